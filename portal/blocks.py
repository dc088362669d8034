"""StreamField blocks shared by every page type.

Each block declares an icon, a template, a translatable label and a group for the block chooser.
App-specific blocks live in the app's own ``blocks.py`` and extend :class:`BaseStreamBlock`.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .personal_data import categories

TEXT_GROUP = _("Text")
MEDIA_GROUP = _("Media")
LINK_GROUP = _("Links")

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
        help_text=_("Use heading 2 for main sections and heading 3 inside them."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "portal/blocks/heading.html"
        group = TEXT_GROUP

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value["text"])
        return context


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "portal/blocks/paragraph.html"
        group = TEXT_GROUP


class AccessibleImageBlock(blocks.StructBlock):
    """An image whose alternative text is written for this use and cannot be left empty."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("Credit"), required=False, max_length=120, help_text=_("Photographer or source.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "portal/blocks/image.html"
        group = MEDIA_GROUP


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "portal/blocks/quote.html"
        group = TEXT_GROUP


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("External address"),
        required=False,
        help_text=_("Used when no page is chosen."),
    )
    button_label = blocks.CharBlock(label=_("Button text"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "portal/blocks/call_to_action.html"
        group = LINK_GROUP

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Defaults to the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "portal/blocks/document_link.html"
        group = LINK_GROUP


class TableBlock(blocks.StructBlock):
    """A simple data table built from rows of text cells.

    Made of plain blocks (not a spreadsheet widget) so that wagtail-localize can translate
    every cell.
    """

    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=200,
        help_text=_("Tells screen reader users what the table is about."),
    )
    first_row_is_header = blocks.BooleanBlock(
        label=_("First row is a header"), required=False, default=True
    )
    first_column_is_header = blocks.BooleanBlock(
        label=_("First column is a header"), required=False, default=False
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(
            blocks.CharBlock(label=_("Cell"), required=False, max_length=500),
            label=_("Row"),
        ),
        label=_("Rows"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "portal/blocks/table.html"
        group = TEXT_GROUP


class AccessibleEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Address of the video or media"))
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Read out to screen reader users.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript or description"), required=False, features=["bold", "italic", "link"]
    )

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "portal/blocks/embed.html"
        group = MEDIA_GROUP


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every content page can use."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = AccessibleImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    table = TableBlock()
    embed = AccessibleEmbedBlock()


class PersonalDataRegisterBlock(blocks.StaticBlock):
    """The personal data register as the code keeps it (:mod:`portal.personal_data`): what, why,
    how long and how to have it removed, for each kind of data. For the privacy notice, so that
    it always says what the portal actually does."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["categories"] = [category for category in categories() if category.in_notice]
        return context

    class Meta:
        icon = "lock"
        label = _("Personal data register")
        admin_text = _("Lists the personal data the portal keeps, generated from its code.")
        template = "portal/includes/personal_data_register.html"
        group = TEXT_GROUP


class ContentStreamBlock(BaseStreamBlock):
    """General pages' blocks (About, accessibility statement, privacy notice)."""

    personal_data_register = PersonalDataRegisterBlock()
