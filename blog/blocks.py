"""StreamField blocks of the blog: the shared blocks plus a pull quote and an image gallery."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.blocks import MEDIA_GROUP, TEXT_GROUP, AccessibleImageBlock, BaseStreamBlock


class PullQuoteBlock(blocks.StructBlock):
    """A short sentence lifted from the post and shown large, to catch a skimming reader."""

    text = blocks.TextBlock(
        label=_("Pull quote"),
        max_length=280,
        help_text=_("One or two sentences from the post itself. Keep it short."),
    )
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=120,
        help_text=_("Who said it, if it is a quotation from someone."),
    )

    class Meta:
        icon = "openquote"
        label = _("Pull quote")
        template = "blog/blocks/pull_quote.html"
        group = TEXT_GROUP


class GalleryImageBlock(AccessibleImageBlock):
    class Meta:
        icon = "image"
        label = _("Gallery image")
        template = "blog/blocks/gallery_image.html"
        group = MEDIA_GROUP


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Gallery title"),
        required=False,
        max_length=120,
        help_text=_("Optional heading shown above the images."),
    )
    images = blocks.ListBlock(GalleryImageBlock(), label=_("Images"), min_num=2, max_num=12)

    class Meta:
        icon = "image"
        label = _("Image gallery")
        template = "blog/blocks/gallery.html"
        group = MEDIA_GROUP


class BlogStreamBlock(BaseStreamBlock):
    pull_quote = PullQuoteBlock()
    gallery = GalleryBlock()
