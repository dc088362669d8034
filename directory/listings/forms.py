"""The frame of every listing form: honeypot, image uploads, texts in other languages.

Every field has a length limit, errors are shown next to the field and in a summary, and nothing
typed is lost: an invalid form comes back with everything filled in. The texts in the other
portal languages can be given in the same form; they become translation rows of the listing
(:class:`directory.listings.models.ListingTranslation`).
"""

import io
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from .validators import validate_portal_year

MIN_UPLOAD_PIXELS = (200, 200)


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


def clean_uploaded_image(upload):
    """Accept only a real image within the limits; return a re-encoded copy without metadata."""
    if upload is None:
        return None
    max_bytes = settings.PORTAL_IMAGE_MAX_BYTES
    max_pixels = settings.PORTAL_IMAGE_MAX_PIXELS
    if upload.size > max_bytes:
        raise ValidationError(
            _("The image is too large. The largest allowed size is %(size)s MB.")
            % {"size": max_bytes // (1024 * 1024)}
        )
    try:
        with PillowImage.open(upload) as image:
            # Opening reads only the header: check the pixel count before decoding anything.
            width, height = image.size
            if width * height > max_pixels:
                raise ValidationError(
                    _(
                        "The image is too large: %(width)s × %(height)s pixels. It can have at "
                        "most %(megapixels)s million pixels; make it smaller and try again."
                    )
                    % {"width": width, "height": height, "megapixels": max_pixels // 1_000_000}
                )
            image.verify()
        upload.seek(0)
        with PillowImage.open(upload) as image:
            if width < MIN_UPLOAD_PIXELS[0] or height < MIN_UPLOAD_PIXELS[1]:
                raise ValidationError(
                    _("The image is too small. It must be at least 200 × 200 pixels.")
                )
            image_format = "PNG" if image.format == "PNG" else "JPEG"
            clean = image.convert("RGBA" if image_format == "PNG" else "RGB")
            # A new image from the pixels alone: EXIF, GPS and other metadata stay behind.
            stripped = PillowImage.new(clean.mode, clean.size)
            stripped.paste(clean)
            buffer = io.BytesIO()
            stripped.save(buffer, format=image_format)
    except ValidationError:
        raise
    except Exception as error:
        raise ValidationError(_("This file is not an image we can read (JPEG or PNG).")) from error
    extension = "png" if image_format == "PNG" else "jpg"
    name = f"upload.{extension}"
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{extension}")


def https_by_default(model_field, **kwargs):
    """Addresses typed without a scheme get https:// (Django 6's default, asked for now)."""
    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return model_field.formfield(**kwargs)


def store_image(upload, title):
    image_model = get_image_model()
    return image_model.objects.create(title=title[:255], file=upload)


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
