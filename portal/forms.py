"""Account forms: django-allauth's, adjusted for the portal's strict CSP and accessibility, and
the Wagtail admin's sign-in (staff only, with a lock-out)."""

from allauth.account.forms import SignupForm
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage
from wagtail.admin.forms.auth import LoginForm

from .ratelimit import client_ip


class PortalSignupForm(SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = self.fields.get(getattr(settings, "ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD", ""))
        if honeypot is not None:
            # allauth hides it with an inline style, which the CSP blocks; CSS hides it here.
            honeypot.label = _("Leave this field empty")
            honeypot.widget.attrs = {"tabindex": "-1", "autocomplete": "off"}


# Failed sign-ins allowed before a lock-out, the same as the public sign-in's
# (ACCOUNT_RATE_LIMITS["login_failed"]): per address and per user name.
ADMIN_LOGIN_FAILURES = (("ip", "10/m"), ("username", "5/300s"))


class StaffLoginForm(LoginForm):
    """The Wagtail admin's sign-in: staff only, with a lock-out after repeated failures."""

    error_messages = {
        **LoginForm.error_messages,
        "locked": _("Too many failed sign-ins. Wait a few minutes and try again."),
        "not_staff": _(
            "This sign-in is for the portal's staff. Associations sign in on the public site."
        ),
    }

    def _usage(self, increment):
        """Whether the allowed failures are used up (counting this one, if ``increment``)."""
        username = (self.data.get("username") or "").strip().lower()[:254]
        keys = {"ip": lambda group, request: client_ip(request), "username": lambda g, r: username}
        usages = [
            get_usage(
                self.request,
                group=f"admin-login-{name}",
                key=keys[name],
                rate=rate,
                increment=increment,
            )
            for name, rate in ADMIN_LOGIN_FAILURES
        ]
        # No usage (None): the cache is unreachable, and the limit lets the attempt through.
        return any(usage and usage["count"] >= usage["limit"] for usage in usages)

    def clean(self):
        if self.request is not None and self._usage(increment=False):
            raise ValidationError(self.error_messages["locked"], code="locked")
        try:
            return super().clean()
        except ValidationError:
            if self.request is not None:
                self._usage(increment=True)
            raise

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.has_perm("wagtailadmin.access_admin"):
            raise ValidationError(self.error_messages["not_staff"], code="not_staff")
