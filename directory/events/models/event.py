"""The event: what, when (with its recurrence), where, who organises, how to sign up."""

import datetime
import uuid

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from directory.listings.models import (
    ACCESSIBILITY_FLAGS,
    Listing,
    ListingQuerySet,
    PracticalDetails,
)
from directory.taxonomy.models import attach_municipality_names
from portal.numbers import is_ascii_digits

from ..pages import CalendarPage, calendar_url
from ..recurrence import HELSINKI, MAX_OCCURRENCES, Rule, occurrences, parse_dates


class EventQuerySet(ListingQuerySet):
    def public(self):
        """Published events whose organiser (if any) is published too."""
        return self.filter(live=True).filter(
            models.Q(organisation__isnull=True) | models.Q(organisation__live=True)
        )


class Event(Listing, PracticalDetails):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        RESCHEDULED = "rescheduled", _("Rescheduled")

    class Channel(models.TextChoices):
        PLACE = "place", _("On site")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("On site and online")

    class Frequency(models.TextChoices):
        NONE = "", _("Does not repeat")
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")
        MONTHLY = "monthly", _("Monthly")

    class Registration(models.TextChoices):
        NONE = "none", _("No registration")
        LINK = "link", _("Register through a link")
        EMAIL = "email", _("Register by e-mail")
        PORTAL = "portal", _("Register on this site")

    uid = models.UUIDField(
        _("calendar identifier"), default=uuid.uuid4, editable=False, unique=True
    )
    sequence = models.PositiveIntegerField(_("version"), default=0, editable=False)
    organisation = models.ForeignKey(
        "directory.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("organiser"),
        help_text=_("Leave empty for the project's own events."),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("short summary"), max_length=300, help_text=_("One or two sentences shown in lists.")
    )
    description = models.TextField(_("description"), max_length=5000)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(_("all-day event"), default=False)
    frequency = models.CharField(
        _("repeats"), max_length=10, choices=Frequency.choices, default="", blank=True
    )
    interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text=_("For example 2 with weekly: every other week."),
    )
    weekdays = models.CharField(
        _("on weekdays"),
        max_length=20,
        blank=True,
        help_text=_("For weekly repetition; the start date's weekday if none is chosen."),
    )
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(
        _("number of times"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(400)],
    )
    excluded_dates = models.TextField(
        _("excluded dates"),
        blank=True,
        help_text=_("Dates without the event, one per line (for example 24.12.2026)."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED
    )
    status_note = models.CharField(
        _("note on the status"),
        max_length=300,
        blank=True,
        help_text=_("For example why the event was cancelled, or its new date."),
    )
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.PLACE
    )
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("municipality"),
    )
    centre = models.ForeignKey(
        "pilots.CentrePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("sote-centre"),
        help_text=_("If the event is held at a sote-centre or family centre, choose it."),
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", blank=True, related_name="events", verbose_name=_("themes")
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", blank=True, related_name="events", verbose_name=_("target groups")
    )
    languages = ParentalManyToManyField(
        "taxonomy.ServiceLanguage", blank=True, related_name="events", verbose_name=_("languages")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    registration = models.CharField(
        _("registration"), max_length=10, choices=Registration.choices, default=Registration.NONE
    )
    registration_url = models.URLField(_("registration link"), blank=True, max_length=300)
    registration_email = models.EmailField(_("registration e-mail"), blank=True)
    # Registration on the portal.
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, validators=[MaxValueValidator(100000)]
    )
    waitlist_capacity = models.PositiveIntegerField(
        _("places on the waiting list"),
        default=0,
        validators=[MaxValueValidator(100000)],
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    ask_phone = models.BooleanField(_("ask for a phone number"), default=False)
    ask_organisation = models.BooleanField(_("ask for the organisation"), default=True)
    ask_needs = models.BooleanField(_("ask about accessibility or dietary needs"), default=True)

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="event",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="event",
        for_concrete_model=False,
    )

    objects = EventQuerySet.as_manager()

    name_field = "title"
    translated_fields = (
        "title",
        "summary",
        "description",
        "status_note",
        "fee_description",
        "accessibility_details",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("original_language"),
                FieldPanel("title"),
                FieldPanel("summary"),
                FieldPanel("description"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
            ],
            _("Event"),
        ),
        InlinePanel("translations", label=_("Texts in other languages"), max_num=3),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("frequency"), FieldPanel("interval")]),
                FieldPanel("weekdays"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                FieldPanel("excluded_dates"),
            ],
            _("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("target_groups"), FieldPanel("languages")],
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
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldPanel("registration_email"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_capacity")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldPanel("ask_phone"),
                FieldPanel("ask_organisation"),
                FieldPanel("ask_needs"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("fee_description")]),
            ],
            _("Registration and price"),
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
        index.FilterField("channel"),
        index.FilterField("is_free"),
        index.FilterField("municipality_id"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    class Meta:
        ordering = ["start", "title"]
        verbose_name = _("event")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_event"
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["live", "start"])]

    # --- recurrence ----------------------------------------------------------------------
    @property
    def weekday_list(self):
        return [int(day) for day in self.weekdays.split(",") if is_ascii_digits(day.strip())]

    @property
    def excluded_date_list(self):
        return parse_dates(self.excluded_dates)

    @property
    def rule(self):
        weekdays = self.weekday_list
        if self.frequency == self.Frequency.WEEKLY and not weekdays and self.start:
            weekdays = [self.start.astimezone(HELSINKI).weekday()]
        return Rule(
            frequency=self.frequency,
            interval=self.interval or 1,
            weekdays=weekdays,
            until=self.repeat_until,
            count=self.repeat_count,
            excluded=self.excluded_date_list,
        )

    @property
    def repeats(self):
        return self.rule.repeats

    def expand(self, limit=MAX_OCCURRENCES):
        """``(start, end)`` pairs of every occurrence (at most ``limit``), from the fields as
        they are now."""
        if not (self.start and self.end):
            return []
        return occurrences(self.start, self.end, self.rule, limit=limit)

    # The fields the occurrences are expanded from.
    SCHEDULE_FIELDS = (
        "start",
        "end",
        "all_day",
        "frequency",
        "interval",
        "weekdays",
        "repeat_until",
        "repeat_count",
        "excluded_dates",
    )

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        with transaction.atomic():
            super().save(*args, **kwargs)
            if update_fields is None:
                self.sync_occurrences()
            elif set(update_fields) & set(self.SCHEDULE_FIELDS):
                # Only some fields were written: the others in memory may be an unpublished
                # edit (``save_revision`` writes just the revision pointers), so expand what
                # the database row holds.
                stored = type(self).objects.only(*self.SCHEDULE_FIELDS).get(pk=self.pk)
                stored.sync_occurrences()

    def sync_occurrences(self):
        """Rewrite the occurrence rows when the dates or the rule of the row changed.

        Only for the row as it is stored: an edit waiting for approval lives in a revision and
        must not move the public dates (``save_revision`` saves with ``update_fields``, which
        :meth:`save` respects)."""
        wanted = self.expand()
        existing = list(self.occurrences.order_by("start").values_list("start", "end"))
        if existing == wanted:
            return
        self.occurrences.all().delete()
        self.occurrences.model.objects.bulk_create(
            self.occurrences.model(event=self, start=start, end=end) for start, end in wanted
        )

    # --- what readers see ------------------------------------------------------------------
    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def organiser_name(self):
        return str(self.organisation) if self.organisation_id else _("The project")

    def upcoming_occurrences(self, now=None):
        now = now or timezone.now()
        return [o for o in self.occurrences.all() if o.end >= now]

    def get_preview_context(self, request, mode_name):
        attach_municipality_names([self])
        now = timezone.now()
        occurrences = [self.occurrences.model(start=start, end=end) for start, end in self.expand()]
        return {
            "object": self,
            "event": self,
            "occurrences": occurrences,
            "upcoming": [o for o in occurrences if o.end >= now],
            "calendar_page": CalendarPage.for_language(),
            "is_preview": True,
        }

    def get_absolute_url(self):
        return calendar_url(self)

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.start and self.end and self.end - self.start > datetime.timedelta(days=60):
            errors["end"] = _("An event can last at most 60 days. Use repetition instead.")
        if (
            self.frequency
            and self.repeat_until
            and self.start
            and self.repeat_until < self.start.astimezone(HELSINKI).date()
        ):
            errors["repeat_until"] = _("The repetition cannot end before the event starts.")
        if self.frequency and not (self.repeat_until or self.repeat_count):
            errors["repeat_until"] = _("Give the last date or the number of times.")
        if any(day not in range(7) for day in self.weekday_list):
            errors["weekdays"] = _("Choose weekdays from Monday to Sunday.")
        elif (
            self.frequency == self.Frequency.WEEKLY
            and self.start
            and self.weekday_list
            and self.start.astimezone(HELSINKI).weekday() not in self.weekday_list
        ):
            # Calendar apps count the first date as an occurrence, the rule would not.
            errors["weekdays"] = _(
                "The first date is a %(weekday)s: choose that weekday too, or change the start."
            ) % {"weekday": date_format(self.start.astimezone(HELSINKI), "l").lower()}
        if (
            self.frequency
            and self.start
            and self.end
            and "end" not in errors
            and "repeat_until" not in errors
            and len(self.expand(limit=MAX_OCCURRENCES + 1)) > MAX_OCCURRENCES
        ):
            errors["repeat_until"] = _(
                "A series can have at most %(count)s dates. Give an earlier last date or fewer "
                "times."
            ) % {"count": MAX_OCCURRENCES}
        try:
            parse_dates(self.excluded_dates, strict=True)
        except ValueError as error:
            errors["excluded_dates"] = str(error)
        if self.registration == self.Registration.LINK and not self.registration_url:
            errors["registration_url"] = _("Give the registration link.")
        if self.registration == self.Registration.EMAIL and not self.registration_email:
            errors["registration_email"] = _("Give the e-mail address for registrations.")
        if self.registration == self.Registration.PORTAL and not self.capacity:
            errors["capacity"] = _("Give the number of places for registration on this site.")
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = _("Registration must close after it opens.")
        self.practical_details_errors(errors)
        if errors:
            raise ValidationError(errors)
