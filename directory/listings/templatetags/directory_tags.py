"""Template tags of every listing: texts in the reader's language, addresses, terms."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from directory.listings.forms import error_summary
from directory.taxonomy.models import localized_names

register = template.Library()


@register.simple_tag
def listing_text(listing, field_name):
    """The listing's text in the reader's language, or the original (see ``lang_attr``)."""
    return listing.text(field_name)


@register.filter
def lang_attr(text):
    """` lang="xx"` when a text is not in the page's language (WCAG 3.1.2)."""
    language = getattr(text, "language", None)
    if language and language != get_language():
        return format_html(' lang="{}"', language)
    return ""


@register.simple_tag(takes_context=True)
def listing_url(context, listing):
    page = context.get("directory_page") or context.get("page")
    return page.listing_url(listing, context.get("request"))


@register.simple_tag
def term_names(terms):
    """Names of taxonomy terms in the reader's language, with one query for all of them."""
    terms = list(terms)
    if not terms:
        return []
    names = localized_names(type(terms[0]), terms)
    return [names[term.slug] for term in terms]


@register.filter
def model_name(obj):
    return obj._meta.model_name


@register.simple_tag
def error_summary_items(form, *formsets):
    """Every error of ``form`` and its ``formsets`` for the summary at the top of a form."""
    return error_summary(form, *formsets)
