"""Account forms: django-allauth's, adjusted for the portal's strict CSP and accessibility."""

from allauth.account.forms import SignupForm
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class PortalSignupForm(SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = self.fields.get(getattr(settings, "ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD", ""))
        if honeypot is not None:
            # allauth hides it with an inline style, which the CSP blocks; CSS hides it here.
            honeypot.label = _("Leave this field empty")
            honeypot.widget.attrs = {"tabindex": "-1", "autocomplete": "off"}
