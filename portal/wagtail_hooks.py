"""The portal's own entries in the personal data register (portal.personal_data), and the
translation editor's "submit for review" (portal.translation_review)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import translation_review
from .personal_data import PERSONAL_DATA_HOOK, Category, account_export, session_retention

# Before wagtail-localize's own hook, which answers every edit of a translated page.
hooks.register("before_edit_page", translation_review.handle_submission, order=-1)


@hooks.register(PERSONAL_DATA_HOOK)
def account_categories():
    return [
        Category(
            key="account",
            title=_("User accounts of association representatives"),
            contents=_(
                "E-mail address (and any further addresses you add), an encrypted password, "
                "when the account was created and when you last signed in."
            ),
            purpose=_(
                "Signing in, so that you can keep your organisation's listings current; "
                "messages about your listings."
            ),
            retention=_("Until you delete your account."),
            removal=_(
                "Delete your account on the My data page; you can download your data there first."
            ),
            order=10,
            export=account_export,
        ),
        Category(
            key="sessions",
            title=_("Sessions and abuse protection"),
            contents=_(
                "A session cookie while you are signed in or filling in a form, and counters of "
                "attempts per IP address for signing in, signing up and registering."
            ),
            purpose=_("Keeping you signed in; protecting the forms from automated abuse."),
            retention=lambda: " ".join(
                [
                    str(session_retention()),
                    str(_("Attempt counters are kept for at most an hour.")),
                ]
            ),
            removal=_("Sign out; the counters expire by themselves."),
            order=90,
        ),
    ]
