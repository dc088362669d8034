"""Template tags for the portal's additions to the Wagtail admin."""

from django import template

from portal.translation_review import SUBMIT_FIELD, review_state

register = template.Library()


@register.inclusion_tag("portal/admin/translation_review.html", takes_context=True)
def translation_review(context, page):
    """The translation editor's bar for sending the translation to moderation."""
    request = context["request"]
    state = review_state(page.specific, request.user)
    return {
        "state": state,
        "page": page,
        "field": SUBMIT_FIELD,
        "csrf_token": context.get("csrf_token"),
    }
