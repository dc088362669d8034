"""The shared core of every moderated listing: the base model, its texts and public rule.

Organisations, activities and events are Wagtail snippets with drafts, revisions, locking,
preview and workflows. The database row always holds the *live* version: a representative's edit
is stored as a revision and goes through the "Directory moderation" workflow, and only its
approval publishes it. Public outputs therefore read rows through ``objects.public()`` (each
model's one rule for "public") and never revisions.

Texts are written in the listing's ``original_language``; texts in the other portal languages are
optional child rows (``translations``, see :class:`ListingTranslation`) that go into the same
revision, so one form (and one moderation) covers every language.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Case, F, OuterRef, Subquery, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from portal.languages import LanguageField, default_language

from .validators import validate_phone

LISTING_STALE_AFTER_DAYS = 365


@dataclass
class LocalizedText:
    """A text and the language it is written in (for the ``lang`` attribute)."""

    text: str
    language: str

    def __str__(self):
        return self.text or ""

    def __bool__(self):
        return bool(self.text)


class ListingQuerySet(models.QuerySet):
    def public(self):
        """Each listing model's one rule for "public"; every output uses it."""
        return self.filter(live=True)

    def with_shown_text(self, field_name, language):
        """Annotate ``shown_<field_name>``: the text the reader of ``language`` sees, in SQL.

        The same rule as :meth:`Listing.text` (the translation into ``language`` when it has
        this text, else the original), for filtering and sorting by the shown text.
        """
        model = self.model
        if field_name not in model.translated_fields:
            return self.annotate(**{f"shown_{field_name}": F(field_name)})
        relation = model._meta.get_field("translations")
        translation = (
            relation.related_model.objects.filter(
                **{relation.field.name: OuterRef("pk"), "language": language}
            )
            .exclude(**{field_name: ""})
            .values(field_name)[:1]
        )
        return self.annotate(
            **{
                f"shown_{field_name}": Case(
                    When(original_language=language, then=F(field_name)),
                    default=Coalesce(Subquery(translation), F(field_name)),
                )
            }
        )


class Listing(
    PreviewableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """What organisations and activities share: moderation, languages and freshness."""

    slug = models.SlugField(_("address"), max_length=140, unique=True, blank=True)
    original_language = LanguageField(
        _("language of the texts"),
        default=default_language,
        help_text=_("The language the main texts are written in."),
    )
    last_confirmed = models.DateField(
        _("last confirmed"),
        null=True,
        blank=True,
        help_text=_("When the organisation last confirmed that the information is current."),
    )
    reminded_at = models.DateTimeField(
        _("reminder sent"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the representatives were last asked to confirm the information."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )

    # Fields that may have a text per language in ``translations``.
    translated_fields = ()
    # The field that names the listing (for slugs and titles).
    name_field = "name"

    objects = ListingQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return getattr(self, self.name_field)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        base = slugify(getattr(self, self.name_field))[:120] or self._meta.model_name
        slug, number = base, 2
        while type(self).objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug

    def text(self, field_name, language=None):
        """The field's text in ``language`` (default: active), else the original."""
        language = language or get_language()
        if language != self.original_language:
            for translation in self.translations.all():
                if translation.language == language and getattr(translation, field_name, ""):
                    return LocalizedText(getattr(translation, field_name), language)
        return LocalizedText(getattr(self, field_name), self.original_language)

    def text_languages(self):
        """The languages the listing has its own texts in: the original and each translation
        with some text (its page's ``hreflang`` alternates; elsewhere it is shown in the
        original language)."""
        languages = {self.original_language}
        for translation in self.translations.all():
            if any(getattr(translation, field, "") for field in self.translated_fields):
                languages.add(translation.language)
        return languages

    @property
    def is_stale(self):
        """Not confirmed for a year: flagged to moderators and marked on the public page."""
        if self.last_confirmed is None:
            return False
        return (timezone.localdate() - self.last_confirmed).days > LISTING_STALE_AFTER_DAYS

    def get_preview_template(self, request, mode_name):
        return f"directory/{self._meta.model_name}_page.html"

    def get_preview_context(self, request, mode_name):
        """The public page's context for a draft; subclasses add what their page shows."""
        return {"object": self, self._meta.model_name: self, "is_preview": True}


ACCESSIBILITY_FLAGS = (
    "wheelchair_accessible",
    "rollator_accessible",
    "induction_loop",
    "accessible_toilet",
    "parking",
    "accessibility_not_guaranteed",
)


class PracticalDetails(models.Model):
    """Where, for how much, how accessible and whom to ask: shared by activities and events."""

    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    online_url = models.URLField(_("online link"), blank=True, max_length=300)
    is_free = models.BooleanField(_("free of charge"), default=True)
    fee_description = models.CharField(_("fee"), max_length=300, blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair access"), default=False)
    rollator_accessible = models.BooleanField(_("rollator access"), default=False)
    induction_loop = models.BooleanField(_("induction loop"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    parking = models.BooleanField(_("parking"), default=False)
    accessibility_not_guaranteed = models.BooleanField(
        _("accessibility not guaranteed"), default=False
    )
    accessibility_details = models.CharField(_("accessibility details"), max_length=500, blank=True)
    contact_name = models.CharField(_("contact person or role"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"), max_length=30, blank=True, validators=[validate_phone]
    )
    image_alt_text = models.CharField(_("image alternative text"), max_length=250, blank=True)

    ACCESSIBILITY_FLAGS = ACCESSIBILITY_FLAGS
    ONLINE_CHANNELS = ("online", "hybrid")

    class Meta:
        abstract = True

    @property
    def accessibility_features(self):
        return [
            self._meta.get_field(flag).verbose_name
            for flag in self.ACCESSIBILITY_FLAGS
            if getattr(self, flag) and flag != "accessibility_not_guaranteed"
        ]

    @property
    def is_online(self):
        return self.channel in self.ONLINE_CHANNELS

    @property
    def has_place(self):
        return self.channel != "online"

    def practical_details_errors(self, errors):
        """Add the shared fields' cross-field errors to ``errors``."""
        if not self.is_free and not self.fee_description:
            errors["fee_description"] = _("Describe the fee, or mark it free of charge.")
        if self.is_online and not self.online_url:
            errors["online_url"] = _("Give the link for taking part online.")
        if self.image_id and not self.image_alt_text:
            errors["image_alt_text"] = _("Describe the image for screen readers.")


class ListingTranslation(Orderable):
    """A listing's texts in one more language: the one mechanism for multilingual listings.

    Subclasses add a ``ParentalKey`` named after the listing with ``related_name="translations"``
    and the listing's ``translated_fields`` as blank fields.
    """

    language = LanguageField()

    panels = []  # subclasses list the language and their fields

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("text in another language")
