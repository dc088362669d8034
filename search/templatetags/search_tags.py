from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


@register.filter
def lang_attr(text):
    """` lang="xx"` when a text is not in the page's language (WCAG 3.1.2)."""
    language = getattr(text, "language", None)
    if language and language != get_language():
        return format_html(' lang="{}"', language)
    return ""
