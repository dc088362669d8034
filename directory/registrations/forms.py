"""The public registration form of an event."""

from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy

from directory.listings.forms import HoneypotMixin
from directory.listings.validators import validate_phone


class EventRegistrationForm(HoneypotMixin, forms.Form):
    """What the event asks: name, e-mail, optional phone, organisation and needs, consent."""

    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=gettext_lazy("E-mail"),
        max_length=254,
        help_text=gettext_lazy("We send the confirmation and a link for cancelling here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=gettext_lazy("Phone"),
        max_length=30,
        required=False,
        validators=[validate_phone],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    organisation_name = forms.CharField(
        label=pgettext_lazy("participant's", "Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    needs = forms.CharField(
        label=gettext_lazy("Accessibility or dietary needs"),
        max_length=1000,
        required=False,
        help_text=gettext_lazy(
            "For example an interpreter, an induction loop, a wheelchair place or a special diet."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "I agree that my details are used for organising this event as the privacy "
            "notice describes."
        ),
        error_messages={"required": gettext_lazy("Registration needs your consent.")},
    )

    def __init__(self, *args, event, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        for flag, field_name in (
            ("ask_phone", "phone"),
            ("ask_organisation", "organisation_name"),
            ("ask_needs", "needs"),
        ):
            if not getattr(event, flag):
                del self.fields[field_name]
        days = getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 30)
        retention = ngettext(
            "Your details are deleted %(days)s day after the event.",
            "Your details are deleted %(days)s days after the event.",
            days,
        ) % {"days": days}
        if privacy_url:
            self.fields["consent"].help_text = format_html(
                '{} <a href="{}">{}</a>', retention, privacy_url, _("Read the privacy notice.")
            )
        else:
            self.fields["consent"].help_text = retention

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    @property
    def shown_fields(self):
        """The fields people fill in (everything but the honeypot), in order."""
        return [field for field in self if field.name != "homepage"]
