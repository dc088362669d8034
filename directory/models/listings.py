"""Organisations and their activities: submitted by associations, moderated, then public.

Both are Wagtail snippets with drafts, revisions, locking, preview and workflows. The database
row always holds the *live* version: a representative's edit is stored as a revision and goes
through the "Directory moderation" workflow, and only its approval publishes it. Public views
therefore read rows filtered with ``live=True`` and never revisions.

Texts are written in the listing's ``original_language``; texts in the other portal languages are
optional child rows (``translations``) that go into the same revision, so one form (and one
moderation) covers both languages.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from ..validators import validate_business_id, validate_phone

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
        return self.filter(live=True)


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
    original_language = models.CharField(
        _("language of the texts"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
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

    @property
    def is_stale(self):
        """Not confirmed for a year: flagged to moderators and marked on the public page."""
        if self.last_confirmed is None:
            return False
        return (timezone.localdate() - self.last_confirmed).days > LISTING_STALE_AFTER_DAYS

    def get_preview_template(self, request, mode_name):
        return f"directory/{self._meta.model_name}_page.html"

    def get_preview_context(self, request, mode_name):
        from .pages import DirectoryPage
        from .taxonomy import attach_municipality_names

        if isinstance(self, Activity):
            attach_municipality_names([self])
        return {
            "object": self,
            self._meta.model_name: self,
            "activities": [],
            "directory_page": DirectoryPage.for_language(),
            "is_preview": True,
        }


class Organisation(Listing):
    class Type(models.TextChoices):
        ASSOCIATION = "association", _("Association")
        FEDERATION = "federation", _("Federation")
        DISTRICT = "district", _("District")
        LOCAL_BRANCH = "local_branch", _("Local branch")
        CLUB = "club", _("Club")
        PARISH = "parish", _("Parish")
        FOUNDATION = "foundation", _("Foundation")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    abbreviation = models.CharField(_("abbreviation"), max_length=30, blank=True)
    type = models.CharField(
        _("type"), max_length=20, choices=Type.choices, default=Type.ASSOCIATION
    )
    business_id = models.CharField(
        _("business ID"),
        max_length=9,
        blank=True,
        validators=[validate_business_id],
        help_text=_("Y-tunnus in the form 1234567-8, if the organisation has one."),
    )
    description = models.TextField(
        _("description"),
        max_length=3000,
        help_text=_("What the organisation does and for whom."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    logo_alt_text = models.CharField(
        _("logo alternative text"),
        max_length=200,
        blank=True,
        help_text=_("Usually the organisation's name."),
    )
    website = models.URLField(_("website"), blank=True, max_length=300)
    email = models.EmailField(_("e-mail"), blank=True, max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[validate_phone])
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    post_office = models.CharField(_("post office"), max_length=100, blank=True)
    municipalities = ParentalManyToManyField(
        "directory.Municipality",
        blank=True,
        related_name="organisations",
        verbose_name=_("municipalities where active"),
    )
    wellbeing_county = models.ForeignKey(
        "directory.WellbeingCounty",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        verbose_name=_("wellbeing services county"),
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_organisations",
        verbose_name=_("parent organisation"),
        help_text=_("The federation or district this organisation is a member of."),
    )
    languages = ParentalManyToManyField(
        "directory.ServiceLanguage",
        blank=True,
        related_name="organisations",
        verbose_name=_("languages served"),
    )
    representatives = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="directory.Representation",
        through_fields=("organisation", "user"),
        related_name="represented_organisations",
        blank=True,
        verbose_name=_("representatives"),
    )

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )

    translated_fields = ("description",)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("abbreviation"), FieldPanel("type")]),
                FieldPanel("business_id"),
                FieldPanel("parent"),
                FieldPanel("original_language"),
                FieldPanel("description"),
            ],
            _("Organisation"),
        ),
        InlinePanel("translations", label=_("Texts in other languages"), max_num=3),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_alt_text")],
            _("Logo"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("post_office")]),
            ],
            _("Contact information"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wellbeing_county"),
                FieldPanel("municipalities"),
                FieldPanel("languages"),
                FieldPanel("last_confirmed"),
            ],
            _("Area and languages"),
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("abbreviation", boost=2),
        index.SearchField("description"),
        index.RelatedFields("translations", [index.SearchField("description")]),
        index.FilterField("live"),
        index.FilterField("type"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def get_absolute_url(self):
        from .pages import directory_url

        return directory_url(self)

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.logo_id and not self.logo_alt_text:
            raise ValidationError({"logo_alt_text": _("Describe the logo for screen readers.")})


class OrganisationTranslation(Orderable):
    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    description = models.TextField(_("description"), max_length=3000, blank=True)

    panels = [FieldPanel("language"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("text in another language")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "language"], name="unique_organisation_language"
            )
        ]


class Representation(models.Model):
    """A user who may manage an organisation's listings, once approved."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="representations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="representations"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    message = models.TextField(_("message"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("representation")
        verbose_name_plural = _("representations")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="unique_representative")
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"


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


class Activity(Listing, PracticalDetails):
    class Kind(models.TextChoices):
        PEER_SUPPORT = "peer_support", _("Peer-support group")
        MEETING_PLACE = "meeting_place", _("Meeting place")
        CLUB = "club", _("Club or hobby")
        COUNSELLING = "counselling", _("Counselling")
        VOLUNTEERING = "volunteering", _("Volunteering opportunity")
        COURSE = "course", _("Course")
        OTHER = "other", _("Other")

    class Channel(models.TextChoices):
        PLACE = "place", _("On site")
        ONLINE = "online", _("Online")
        PHONE = "phone", _("By phone")
        HYBRID = "hybrid", _("On site and online")

    class Registration(models.TextChoices):
        NOT_NEEDED = "none", _("No registration needed")
        LINK = "link", _("Register through a link")
        EMAIL = "email", _("Register by e-mail")
        PHONE = "phone", _("Register by phone")
        INSTRUCTIONS = "instructions", _("See the instructions")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Paused")
        ENDED = "ended", _("Ended")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("organisation"),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("short summary"), max_length=300, help_text=_("One or two sentences shown in lists.")
    )
    description = models.TextField(_("description"), max_length=5000)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    themes = ParentalManyToManyField(
        "directory.Theme", blank=True, related_name="activities", verbose_name=_("themes")
    )
    target_groups = ParentalManyToManyField(
        "directory.TargetGroup",
        blank=True,
        related_name="activities",
        verbose_name=_("target groups"),
    )
    min_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    languages = ParentalManyToManyField(
        "directory.ServiceLanguage",
        blank=True,
        related_name="activities",
        verbose_name=_("languages"),
    )
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.PLACE
    )
    municipality = models.ForeignKey(
        "directory.Municipality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
        verbose_name=_("municipality"),
    )
    centre = models.ForeignKey(
        "pilots.CentrePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
        verbose_name=_("sote-centre"),
        help_text=_("If the activity is held at a sote-centre or family centre, choose it."),
    )
    schedule_note = models.CharField(
        _("schedule note"),
        max_length=300,
        blank=True,
        help_text=_('For example "every other Tuesday" or "not in July".'),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    registration = models.CharField(
        _("registration"),
        max_length=15,
        choices=Registration.choices,
        default=Registration.NOT_NEEDED,
    )
    registration_url = models.URLField(_("registration link"), blank=True, max_length=300)
    registration_email = models.EmailField(_("registration e-mail"), blank=True)
    registration_phone = models.CharField(
        _("registration phone"), max_length=30, blank=True, validators=[validate_phone]
    )
    registration_instructions = models.CharField(
        _("registration instructions"), max_length=500, blank=True
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page.")
    )

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="activity",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="activity",
        for_concrete_model=False,
    )

    name_field = "title"
    translated_fields = (
        "title",
        "summary",
        "description",
        "schedule_note",
        "fee_description",
        "accessibility_details",
        "registration_instructions",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("original_language"),
                FieldPanel("title"),
                FieldPanel("summary"),
                FieldPanel("description"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
                FieldPanel("featured"),
            ],
            _("Activity"),
        ),
        InlinePanel("translations", label=_("Texts in other languages"), max_num=3),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("target_groups"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldPanel("languages"),
            ],
            _("For whom"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("channel"),
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("municipality")]),
                FieldPanel("centre"),
                FieldPanel("online_url"),
            ],
            _("Where"),
        ),
        MultiFieldPanel(
            [
                InlinePanel("slots", label=_("Weekly times")),
                FieldPanel("schedule_note"),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
            ],
            _("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("registration_email"), FieldPanel("registration_phone")]),
                FieldPanel("registration_instructions"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("fee_description")]),
            ],
            _("Registration and cost"),
        ),
        MultiFieldPanel(
            [FieldPanel(flag) for flag in ACCESSIBILITY_FLAGS]
            + [FieldPanel("accessibility_details")],
            _("Accessibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("image"),
                FieldPanel("image_alt_text"),
                FieldPanel("last_confirmed"),
            ],
            _("Contact and image"),
        ),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.RelatedFields(
            "translations",
            [
                index.SearchField("title"),
                index.SearchField("summary"),
                index.SearchField("description"),
            ],
        ),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.FilterField("live"),
        index.FilterField("status"),
        index.FilterField("kind"),
        index.FilterField("channel"),
        index.FilterField("is_free"),
        index.FilterField("municipality_id"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [models.Index(fields=["live", "status"])]

    def get_absolute_url(self):
        from .pages import directory_url

        return directory_url(self)

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            errors["max_age"] = _("The maximum age cannot be below the minimum age.")
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            errors["valid_to"] = _("The end date cannot be before the start date.")
        required_for_registration = {
            self.Registration.LINK: "registration_url",
            self.Registration.EMAIL: "registration_email",
            self.Registration.PHONE: "registration_phone",
            self.Registration.INSTRUCTIONS: "registration_instructions",
        }
        field = required_for_registration.get(self.registration)
        if field and not getattr(self, field):
            errors[field] = _("Give this for the chosen way of registering.")
        self.practical_details_errors(errors)
        if errors:
            raise ValidationError(errors)

    @property
    def age_range(self):
        return (self.min_age, self.max_age) if (self.min_age or self.max_age) else None


class ActivityTranslation(Orderable):
    activity = ParentalKey(Activity, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.CharField(_("short summary"), max_length=300, blank=True)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    schedule_note = models.CharField(_("schedule note"), max_length=300, blank=True)
    fee_description = models.CharField(_("fee"), max_length=300, blank=True)
    accessibility_details = models.CharField(_("accessibility details"), max_length=500, blank=True)
    registration_instructions = models.CharField(
        _("registration instructions"), max_length=500, blank=True
    )

    panels = [
        FieldPanel("language"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("schedule_note"),
        FieldPanel("fee_description"),
        FieldPanel("accessibility_details"),
        FieldPanel("registration_instructions"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("text in another language")
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "language"], name="unique_activity_language"
            )
        ]


class WeeklySlot(Orderable):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    activity = ParentalKey(Activity, on_delete=models.CASCADE, related_name="slots")
    weekday = models.PositiveSmallIntegerField(
        _("weekday"),
        choices=Weekday.choices,
        validators=[MinValueValidator(0), MaxValueValidator(6)],
    )
    start_time = models.TimeField(_("starts"))
    end_time = models.TimeField(_("ends"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("start_time"), FieldPanel("end_time")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("weekly time")
        verbose_name_plural = _("weekly times")

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.end_time and self.start_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end time must be after the start time.")})


class ErrorReport(models.Model):
    """A reader's note that a listing has wrong or outdated information."""

    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="error_reports",
        verbose_name=_("organisation"),
    )
    activity = models.ForeignKey(
        Activity,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="error_reports",
        verbose_name=_("activity"),
    )
    message = models.TextField(_("what is wrong"), max_length=2000)
    email = models.EmailField(
        _("your e-mail (optional)"),
        blank=True,
        help_text=_("Only if you want an answer. It is not shown to anyone else."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    handled = models.BooleanField(_("handled"), default=False)

    panels = [
        FieldPanel("organisation", read_only=True),
        FieldPanel("activity", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("handled"),
    ]

    class Meta:
        ordering = ["handled", "-created_at"]
        verbose_name = _("error report")
        verbose_name_plural = _("error reports")

    def __str__(self):
        return f"{self.listing} – {self.created_at:%d.%m.%Y}"

    @property
    def listing(self):
        return self.activity or self.organisation
