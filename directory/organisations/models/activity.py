"""Activities: what organisations offer, with weekly times, moderated like organisations."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from directory.listings.models import (
    ACCESSIBILITY_FLAGS,
    Listing,
    ListingQuerySet,
    ListingTranslation,
    PracticalDetails,
)
from directory.listings.validators import validate_phone
from directory.taxonomy.models import attach_municipality_names

from .organisation import Organisation
from .pages import DirectoryPage, directory_url


class ActivityQuerySet(ListingQuerySet):
    def public(self):
        """Activities anyone may open: published, of a published organisation."""
        return self.filter(live=True, organisation__live=True)

    def listed(self):
        """Public activities that have not ended: what lists, search, feeds and counts show."""
        return self.public().exclude(status=Activity.Status.ENDED)


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
        "taxonomy.Theme", blank=True, related_name="activities", verbose_name=_("themes")
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup",
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
        "taxonomy.ServiceLanguage",
        blank=True,
        related_name="activities",
        verbose_name=_("languages"),
    )
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.PLACE
    )
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
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

    objects = ActivityQuerySet.as_manager()

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
        return directory_url(self)

    def get_preview_context(self, request, mode_name):
        attach_municipality_names([self])
        return super().get_preview_context(request, mode_name) | {
            "directory_page": DirectoryPage.for_language(),
        }

    def clean(self):
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
    def is_listed(self):
        return self.live and self.organisation.live and self.status != self.Status.ENDED

    @property
    def age_range(self):
        return (self.min_age, self.max_age) if (self.min_age or self.max_age) else None


class ActivityTranslation(ListingTranslation):
    activity = ParentalKey(Activity, on_delete=models.CASCADE, related_name="translations")
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

    class Meta(ListingTranslation.Meta):
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
        if self.end_time and self.start_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end time must be after the start time.")})
