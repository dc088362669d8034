"""The blog's admin forms."""

from wagtail.admin.forms import WagtailAdminPageForm

from .taxonomy import Category


class BlogPostForm(WagtailAdminPageForm):
    """Offers only the categories of the post's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "categories" in self.fields:
            locale = self.instance.locale if self.instance.locale_id else None
            if locale is None and self.parent_page is not None:
                locale = self.parent_page.locale
            if locale is not None:
                self.fields["categories"].queryset = Category.objects.filter(locale=locale)
