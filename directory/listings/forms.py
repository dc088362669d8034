"""The frame of every listing form: honeypot, plain text, dates and times, texts in other
languages, the error summary (image uploads are in :mod:`directory.listings.uploads`).

Every field has a length limit, errors are shown next to the field and in a summary, and nothing
typed is lost: an invalid form comes back with everything filled in. The texts in the other
portal languages can be given in the same form; they become translation rows of the listing
(:class:`directory.listings.models.ListingTranslation`).
"""

import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .validators import validate_portal_year


def contains_control_characters(value, multiline):
    """True when ``value`` has control characters (line breaks only allowed in long texts)."""
    allowed = "\n\r\t" if multiline else ""
    return any(unicodedata.category(char) == "Cc" and char not in allowed for char in value)


class PlainTextMixin(forms.Form):
    """Every text field of a public form takes plain text: no control characters, and no line
    breaks in one-line fields (they would end up in e-mail headers and iCal properties)."""

    def clean(self):
        data = super().clean()
        for name, field in self.fields.items():
            value = data.get(name)
            if not isinstance(field, forms.CharField) or not isinstance(value, str):
                continue
            multiline = isinstance(field.widget, forms.Textarea)
            if contains_control_characters(value, multiline):
                self.add_error(
                    name,
                    ValidationError(
                        _("Remove the control characters from this text and try again.")
                        if multiline
                        else _(
                            "Write this on one line, without line breaks or control characters."
                        ),
                        code="control_characters",
                    ),
                )
        return data


class PortalYearsMixin(forms.Form):
    """Every date and time of a public form is within the portal's years (2000–2100): others are
    typing errors, and the earliest cannot be stored (year 1 in Helsinki is year 0 in UTC)."""

    def clean(self):
        data = super().clean()
        for name, field in self.fields.items():
            if isinstance(field, forms.DateField | forms.DateTimeField) and data.get(name):
                try:
                    validate_portal_year(data[name])
                except ValidationError as error:
                    self.add_error(name, error)  # also drops it from cleaned_data
        return data


class HoneypotMixin(PlainTextMixin, PortalYearsMixin):
    """A field people never see or fill; bots that fill every field are turned away. (Public
    forms use it, so they take plain text only and dates within the portal's years, too.)"""

    homepage = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_homepage(self):
        if self.cleaned_data.get("homepage"):
            raise ValidationError(_("This form could not be sent."))
        return ""


# The only value formats HTML accepts in date, time and date-and-time inputs, in every language.
# Django would render the active language's format (17.00.00 and 01.01.2027 in Finnish), which
# browsers throw away: the field would come back empty. Parsing still accepts both.
ISO_DATE_FORMAT = "%Y-%m-%d"
ISO_TIME_FORMAT = "%H:%M"
ISO_DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class IsoDateInput(forms.DateInput):
    """``<input type="date">`` with the value as 2027-01-01 whatever the language."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_DATE_FORMAT)


class IsoTimeInput(forms.TimeInput):
    """``<input type="time">`` with the value as 17:00 whatever the language."""

    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_TIME_FORMAT)


class IsoDateTimeInput(forms.DateTimeInput):
    """``<input type="datetime-local">``: 2026-12-24T18:00 in Finnish time (the current time zone),
    whatever the language."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_DATETIME_FORMAT)


def public_formfield(model_field, **kwargs):
    """The form field of a model field on a public form (every public ``ModelForm``'s
    ``formfield_callback``): dates and times in the inputs HTML has for them, with the values in
    the formats those inputs take, and addresses typed without a scheme get https:// (Django 6's
    default, asked for now)."""
    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    # DateTimeField is a DateField: check it first.
    if isinstance(model_field, models.DateTimeField):
        kwargs.setdefault("widget", IsoDateTimeInput)
    elif isinstance(model_field, models.DateField):
        kwargs.setdefault("widget", IsoDateInput)
    elif isinstance(model_field, models.TimeField):
        kwargs.setdefault("widget", IsoTimeInput)
    return model_field.formfield(**kwargs)


class PublicHelpTextsMixin:
    """The models' help texts are written for the project's staff in the Wagtail admin ("Leave
    empty for the project's own events"); a public ``ModelForm`` shows only the help texts it
    gives itself (``Meta.help_texts``) and those of the fields it declares."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = getattr(self._meta, "help_texts", None) or {}
        for name, field in self.fields.items():
            if name not in own and name not in self.declared_fields:
                field.help_text = ""


class SecondLanguageMixin:
    """Adds the listing's texts in the other portal languages as optional form fields."""

    translation_model = None
    translation_fields = ()
    translation_parent = ""

    def _other_languages(self):
        original = self.data.get("original_language") if self.is_bound else None
        original = original or getattr(self.instance, "original_language", settings.LANGUAGE_CODE)
        return [(code, name) for code, name in settings.LANGUAGES if code != original]

    def add_translation_fields(self):
        existing = {}
        if self.instance.pk:
            existing = {t.language: t for t in self.instance.translations.all()}
        for code, name in settings.LANGUAGES:
            for field_name in self.translation_fields:
                model_field = self.translation_model._meta.get_field(field_name)
                form_field = model_field.formfield(required=False)
                form_field.label = f"{model_field.verbose_name.capitalize()} ({name})"
                form_field.help_text = _("Optional: the text in this language.")
                key = f"{field_name}_{code}"
                if code in existing:
                    form_field.initial = getattr(existing[code], field_name)
                self.fields[key] = form_field

    def translation_field_groups(self):
        """Bound fields grouped by language, for the template."""
        return [
            (name, [self[f"{field}_{code}"] for field in self.translation_fields])
            for code, name in self._other_languages()
        ]

    def build_translations(self):
        rows = []
        for code, _name in self._other_languages():
            values = {f: self.cleaned_data.get(f"{f}_{code}", "") for f in self.translation_fields}
            if any(values.values()):
                rows.append(self.translation_model(language=code, **values))
        return rows


def _field_anchor(bound_field):
    """The id the summary links to: the input, or a group's first choice."""
    if isinstance(bound_field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return f"{bound_field.auto_id}_0"
    return bound_field.id_for_label or bound_field.auto_id


def _form_errors(form, prefix=""):
    items = [{"anchor": "", "label": prefix, "message": error} for error in form.non_field_errors()]
    for bound_field in form:
        label = f"{prefix}: {bound_field.label}" if prefix else str(bound_field.label)
        items.extend(
            {"anchor": _field_anchor(bound_field), "label": label, "message": error}
            for error in bound_field.errors
        )
    return items


def error_summary(form, *formsets):
    """Every error of a form and of its formsets, for the summary at the top of the page: each
    with the id of the field to link to, the field's label and the message.

    A formset's forms are named with its ``item_label`` ("Weekly time %(number)s"); its own
    errors (too many forms, for example) link to ``<prefix>-errors``, where the form template
    shows them too.
    """
    items = _form_errors(form) if isinstance(form, forms.BaseForm) else []
    for formset in formsets:
        if not isinstance(formset, forms.BaseFormSet):
            continue
        items.extend(
            {"anchor": f"{formset.prefix}-errors", "label": "", "message": error}
            for error in formset.non_form_errors()
        )
        item_label = getattr(formset, "item_label", "")
        for number, item in enumerate(formset.forms, 1):
            items.extend(_form_errors(item, item_label % {"number": number} if item_label else ""))
    return items
