"""Organisations, their representatives and readers' error reports."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from directory.listings.models import Listing, ListingQuerySet, ListingTranslation
from directory.listings.validators import validate_business_id, validate_phone

from ..panels import ReportedListingPanel
from .pages import DirectoryPage, directory_url


class OrganisationQuerySet(ListingQuerySet):
    def public(self):
        return self.filter(live=True)

    def represented_by(self, user):
        """Organisations ``user`` may manage (an approved representation)."""
        return self.filter(
            representations__user=user,
            representations__status=Representation.Status.APPROVED,
        )


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
        "taxonomy.Municipality",
        blank=True,
        related_name="organisations",
        verbose_name=_("municipalities where active"),
    )
    wellbeing_county = models.ForeignKey(
        "taxonomy.WellbeingCounty",
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
        "taxonomy.ServiceLanguage",
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

    objects = OrganisationQuerySet.as_manager()

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
        return directory_url(self)

    @cached_property
    def public_parent(self):
        """The parent organisation when it is public (``objects.public()``, the one rule), else
        ``None``: pages, JSON-LD and the open data name only a public parent. A parent loaded
        with ``Prefetch("parent", queryset=Organisation.objects.public())`` costs no query."""
        if not self.parent_id:
            return None
        if self.parent_is_prefetched():
            return self.parent
        return type(self).objects.public().filter(pk=self.parent_id).first()

    def parent_is_prefetched(self):
        return type(self).parent.is_cached(self)

    def get_preview_context(self, request, mode_name):
        return super().get_preview_context(request, mode_name) | {
            "activities": [],
            "directory_page": DirectoryPage.for_language(),
        }

    def clean(self):
        super().clean()
        if self.logo_id and not self.logo_alt_text:
            raise ValidationError({"logo_alt_text": _("Describe the logo for screen readers.")})


class OrganisationTranslation(ListingTranslation):
    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="translations")
    description = models.TextField(_("description"), max_length=3000, blank=True)

    panels = [FieldPanel("language"), FieldPanel("description")]

    class Meta(ListingTranslation.Meta):
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
        Organisation,
        on_delete=models.CASCADE,
        related_name="representations",
        verbose_name=_("organisation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="representations",
        verbose_name=_("user"),
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
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("representation")
        verbose_name_plural = _("representations")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="unique_representative")
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"


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
        "directory.Activity",
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
        ReportedListingPanel(heading=_("listing")),
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
        """The reported listing. Apps above this one add kinds of reports as multi-table
        children (an event's report is a ``directory.events.EventErrorReport``), whose own
        ``listing`` answers for them, so a report read as an ``ErrorReport`` still names it."""
        child = self.specific_report
        if child is not self:
            return child.listing
        return self.activity or self.organisation

    @property
    def specific_report(self):
        """The report as its child model, found through the parent links (no child is named)."""
        for relation in self._meta.related_objects:
            if not (relation.one_to_one and relation.parent_link):
                continue
            if isinstance(self, relation.related_model):
                continue
            try:
                return getattr(self, relation.get_accessor_name())
            except ObjectDoesNotExist:
                continue
        return self

    @property
    def listing_kind(self):
        listing = self.listing
        return listing._meta.verbose_name if listing is not None else ""

    listing_kind.fget.short_description = _("kind")

    def listing_public_url(self):
        """The listing's public page (relative when the site has one address), or ""."""
        listing = self.listing
        if listing is None:
            return ""
        try:
            return listing.get_absolute_url()
        except Http404:  # no directory or calendar page in this language
            return ""

    def listing_edit_url(self):
        """The listing's edit view in the admin, or ""."""
        listing = self.listing
        if listing is None:
            return ""
        return reverse(listing.snippet_viewset.get_url_name("edit"), args=[listing.pk])
