"""Forms that association representatives use on the public site.

Built on the frame in :mod:`directory.listings.forms` (honeypot, images, texts in the other
languages, every field with a length limit and nothing typed lost).
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from directory.events.models import Event, EventTranslation
from directory.listings.forms import (
    HoneypotMixin,
    PublicHelpTextsMixin,
    SecondLanguageMixin,
    public_formfield,
)
from directory.listings.models import ACCESSIBILITY_FLAGS
from directory.listings.uploads import KeptUploadMixin
from directory.organisations.models import (
    Activity,
    ActivityTranslation,
    ErrorReport,
    Organisation,
    OrganisationTranslation,
    WeeklySlot,
)
from directory.taxonomy.models import Municipality, ServiceLanguage, TargetGroup, Theme
from pilots.models import CentrePage

ORGANISATION_HELP = _("Only the organisations you represent can be chosen.")


class ListingForm(KeptUploadMixin, PublicHelpTextsMixin, SecondLanguageMixin, HoneypotMixin):
    """What every representatives' listing form has (the frames in :mod:`directory.listings`)."""


def choose_organisation(form, organisations):
    """Only the organisations the user represents; the only one is chosen already."""
    field = form.fields["organisation"]
    field.queryset = organisations
    if not form.instance.pk and not form.initial.get("organisation"):
        only = list(organisations.values_list("pk", flat=True)[:2])
        if len(only) == 1:
            form.initial["organisation"] = only[0]


class OrganisationForm(ListingForm, forms.ModelForm):
    translation_model = OrganisationTranslation
    translation_fields = ("description",)
    upload_field = "logo_upload"
    image_field = "logo"
    alt_text_field = "logo_alt_text"
    alt_text_message = _("Describe the logo for screen readers.")

    logo_upload = forms.ImageField(
        label=_("Logo"),
        required=False,
        help_text=_("JPEG or PNG, at most 5 MB. Metadata is removed."),
    )

    class Meta:
        model = Organisation
        formfield_callback = public_formfield
        fields = [
            "name",
            "abbreviation",
            "type",
            "business_id",
            "parent",
            "original_language",
            "description",
            "logo_alt_text",
            "website",
            "email",
            "phone",
            "street_address",
            "postal_code",
            "post_office",
            "wellbeing_county",
            "municipalities",
            "languages",
        ]
        help_texts = {
            "original_language": _("The language the main texts are written in."),
            "business_id": _("Y-tunnus in the form 1234567-8, if the organisation has one."),
            "parent": _("The federation or district this organisation is a member of."),
            "description": _("What the organisation does and for whom."),
            "logo_alt_text": _("Usually the organisation's name."),
        }
        widgets = {
            "municipalities": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Organisation.objects.filter(live=True).exclude(
            pk=self.instance.pk
        )
        self.fields["municipalities"].queryset = Municipality.objects.default_locale()
        self.fields["wellbeing_county"].queryset = self.fields["wellbeing_county"].queryset.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        self.fields["languages"].queryset = ServiceLanguage.objects.all()
        self.add_translation_fields()

    def build(self):
        """The listing with the form's content, in memory (nothing is written)."""
        organisation = self.save(commit=False)
        self.save_m2m()
        organisation.translations = self.build_translations()
        return organisation


class ActivityForm(ListingForm, forms.ModelForm):
    translation_model = ActivityTranslation
    # Every translated text: an edit must not drop a translation staff entered in the admin.
    translation_fields = Activity.translated_fields

    image_upload = forms.ImageField(
        label=_("Image"),
        required=False,
        help_text=_("JPEG or PNG, at most 5 MB. Metadata is removed."),
    )

    class Meta:
        model = Activity
        formfield_callback = public_formfield
        fields = [
            "organisation",
            "original_language",
            "title",
            "summary",
            "description",
            "kind",
            "status",
            "themes",
            "target_groups",
            "min_age",
            "max_age",
            "languages",
            "channel",
            "venue_name",
            "street_address",
            "postal_code",
            "municipality",
            "centre",
            "online_url",
            "schedule_note",
            "valid_from",
            "valid_to",
            "registration",
            "registration_url",
            "registration_email",
            "registration_phone",
            "registration_instructions",
            "is_free",
            "fee_description",
            *Activity.ACCESSIBILITY_FLAGS,
            "accessibility_details",
            "contact_name",
            "contact_email",
            "contact_phone",
            "image_alt_text",
        ]
        help_texts = {
            "organisation": ORGANISATION_HELP,
            "original_language": _("The language the main texts are written in."),
            "summary": _("One or two sentences shown in lists."),
            "centre": _("If the activity is held at a sote-centre or family centre, choose it."),
            "schedule_note": _('For example "every other Tuesday" or "not in July".'),
        }
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        choose_organisation(self, organisations)
        self.fields["themes"].queryset = Theme.objects.default_locale()
        self.fields["target_groups"].queryset = TargetGroup.objects.default_locale()
        self.fields["municipality"].queryset = Municipality.objects.default_locale()
        self.fields["centre"].queryset = CentrePage.objects.live().filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        self.fields["languages"].queryset = ServiceLanguage.objects.all()
        self.add_translation_fields()

    def build(self, slots):
        activity = self.save(commit=False)
        self.save_m2m()
        activity.translations = self.build_translations()
        activity.slots = slots
        return activity


SLOT_LABEL = _("Weekly time %(number)s")
WEEKDAY_CHOICES = [(str(value), label) for value, label in WeeklySlot.Weekday.choices]


class EventForm(ListingForm, forms.ModelForm):
    translation_model = EventTranslation
    translation_fields = Event.translated_fields

    image_upload = forms.ImageField(
        label=_("Image"),
        required=False,
        help_text=_("JPEG or PNG, at most 5 MB. Metadata is removed."),
    )
    weekdays = forms.MultipleChoiceField(
        label=_("On weekdays"),
        choices=WEEKDAY_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For weekly repetition; the start date's weekday if none is chosen."),
    )

    class Meta:
        model = Event
        formfield_callback = public_formfield
        fields = [
            "organisation",
            "original_language",
            "title",
            "summary",
            "description",
            "status",
            "status_note",
            *Event.SCHEDULE_FIELDS,
            "themes",
            "target_groups",
            "languages",
            "channel",
            "venue_name",
            "street_address",
            "postal_code",
            "municipality",
            "centre",
            "online_url",
            "registration",
            "registration_url",
            "registration_email",
            "capacity",
            "waitlist_capacity",
            "registration_opens",
            "registration_closes",
            "ask_phone",
            "ask_organisation",
            "ask_needs",
            "is_free",
            "fee_description",
            *ACCESSIBILITY_FLAGS,
            "accessibility_details",
            "contact_name",
            "contact_email",
            "contact_phone",
            "image_alt_text",
        ]
        help_texts = {
            "organisation": ORGANISATION_HELP,
            "original_language": _("The language the main texts are written in."),
            "summary": _("One or two sentences shown in lists."),
            "status_note": _("For example why the event was cancelled, or its new date."),
            "interval": _("For example 2 with weekly: every other week."),
            "excluded_dates": _("Dates without the event, one per line (for example 24.12.2026)."),
            "centre": _("If the event is held at a sote-centre or family centre, choose it."),
        }
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 6}),
            "excluded_dates": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        choose_organisation(self, organisations)
        self.fields["organisation"].required = True
        self.fields["organisation"].empty_label = None
        self.fields["themes"].queryset = Theme.objects.default_locale()
        self.fields["target_groups"].queryset = TargetGroup.objects.default_locale()
        self.fields["municipality"].queryset = Municipality.objects.default_locale()
        self.fields["centre"].queryset = CentrePage.objects.live().filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        self.fields["languages"].queryset = ServiceLanguage.objects.all()
        if self.instance.pk or self.instance.weekdays:
            self.initial["weekdays"] = [str(day) for day in self.instance.weekday_list]
        self.add_translation_fields()

    def clean_weekdays(self):
        return ",".join(sorted(self.cleaned_data.get("weekdays") or []))

    def build(self):
        event = self.save(commit=False)
        self.save_m2m()
        event.translations = self.build_translations()
        return event


class WeeklySlotForm(forms.ModelForm):
    class Meta:
        model = WeeklySlot
        formfield_callback = public_formfield
        fields = ["weekday", "start_time", "end_time"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["weekday"].required = False
        self.fields["start_time"].required = False

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("weekday") is not None and not cleaned.get("start_time"):
            self.add_error("start_time", _("Give the start time for this weekday."))
        if cleaned.get("start_time") and cleaned.get("weekday") is None:
            self.add_error("weekday", _("Choose the weekday."))
        return cleaned

    def has_value(self):
        return self.cleaned_data.get("weekday") is not None


def slot_formset(data=None, activity=None):
    initial = []
    if activity is not None and activity.pk:
        initial = [
            {"weekday": s.weekday, "start_time": s.start_time, "end_time": s.end_time}
            for s in activity.slots.all()
        ]
    formset_class = forms.formset_factory(
        WeeklySlotForm,
        extra=max(3 - len(initial), 1),
        max_num=7,
        validate_max=True,
        absolute_max=7,  # never build more forms than a week has days, whatever is posted
    )
    formset = formset_class(data=data, initial=initial, prefix="slots")
    formset.item_label = SLOT_LABEL  # names each slot's errors in the error summary
    return formset


def slots_from(formset):
    return [
        WeeklySlot(
            weekday=form.cleaned_data["weekday"],
            start_time=form.cleaned_data["start_time"],
            end_time=form.cleaned_data.get("end_time"),
        )
        for form in formset.forms
        if form.cleaned_data and form.has_value()
    ]


class OrganisationChoiceField(forms.ModelChoiceField):
    """Names with the place and business ID, to tell apart organisations of the same name."""

    def label_from_instance(self, obj):
        details = [part for part in (obj.post_office, obj.business_id) if part]
        return f"{obj.name} ({', '.join(details)})" if details else obj.name


class RepresentationRequestForm(HoneypotMixin, forms.Form):
    """The organisation is chosen among the public organisations that a search found
    (``organisations``), never from a list of them all."""

    organisation = OrganisationChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Choose the organisation you represent.")},
    )
    message = forms.CharField(
        label=_("Your role in the organisation"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: secretary, chair or volunteer coordinator."),
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisations is not None:
            self.fields["organisation"].queryset = organisations


class ErrorReportForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = ErrorReport
        formfield_callback = public_formfield
        fields = ["message", "email"]
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}
