"""Images chosen in the public forms: checked, re-encoded without metadata, and kept.

An image chosen in a form that comes back (an error in another field, or a preview) is stored at
once, and the form that comes back carries a signed token for it instead of the file: the person
does not have to choose the file again. The token names the image and the user; it is valid for
a day and only for the user who chose the image.
"""

import io

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from wagtail.images import get_image_model

MIN_UPLOAD_PIXELS = (200, 200)
KEPT_UPLOAD_SALT = "directory.kept-upload"
KEPT_UPLOAD_MAX_AGE = 60 * 60 * 24  # a day to finish the form


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


def store_image(upload, title, user=None):
    image_model = get_image_model()
    return image_model.objects.create(
        title=(title or "upload")[:255], file=upload, uploaded_by_user=user
    )


class KeptUploadMixin:
    """The image field of a listing form (``upload_field``), with its alternative text
    (``alt_text_field``, required with an image), kept across the form's round trips.

    The view calls :meth:`keep_upload` after ``is_valid()``, whatever it returned, and the form
    template renders ``kept_upload_token`` in a hidden field named ``kept_field_name``
    (``directory/forms/kept_upload.html``).
    """

    upload_field = "image_upload"
    image_field = "image"  # the listing's foreign key to the image
    alt_text_field = "image_alt_text"
    alt_text_message = _("Describe the image for screen readers.")

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.kept_image = None

    @property
    def kept_field_name(self):
        return f"{self.upload_field}_kept"

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get(self.upload_field)
        if upload is not None:
            try:
                cleaned[self.upload_field] = clean_uploaded_image(upload)
            except ValidationError as error:
                self.add_error(self.upload_field, error)
        if cleaned.get(self.upload_field) is None:
            # No new image (or a file we cannot use): the one chosen earlier, if any, stays.
            self.kept_image = self._image_from_token(self.data.get(self.kept_field_name, ""))
        has_image = cleaned.get(self.upload_field) is not None or self.kept_image is not None
        described = cleaned.get(self.alt_text_field) or self.alt_text_field in self.errors
        if has_image and not described:
            self.add_error(self.alt_text_field, self.alt_text_message)
        return cleaned

    def _image_from_token(self, token):
        if not token or self.user is None:
            return None
        try:
            data = signing.loads(token, salt=KEPT_UPLOAD_SALT, max_age=KEPT_UPLOAD_MAX_AGE)
        except signing.BadSignature:
            return None
        if not isinstance(data, dict) or data.get("user") != self.user.pk:
            return None
        if not isinstance(data.get("image"), int):
            return None
        image_model = get_image_model()
        return image_model.objects.filter(pk=data["image"], uploaded_by_user=self.user).first()

    @property
    def new_upload(self):
        """The newly chosen image, checked and re-encoded, while it is not stored yet."""
        return getattr(self, "cleaned_data", {}).get(self.upload_field)

    def keep_upload(self, title):
        """Store a newly chosen image now (once); returns the image the listing gets, if any."""
        upload = self.new_upload
        if upload is not None:
            self.kept_image = store_image(upload, title, self.user)
            self.cleaned_data[self.upload_field] = None
        return self.kept_image

    @property
    def kept_upload_token(self):
        if self.kept_image is None or self.user is None:
            return ""
        return signing.dumps(
            {"image": self.kept_image.pk, "user": self.user.pk}, salt=KEPT_UPLOAD_SALT
        )
