"""Pilot guidance and sote-centres.

Page tree (per language)::

    HomePage
    └── GuidanceIndexPage          lists pilots and their guides, and the centres
        ├── PilotPage              name, period, region, status
        │   └── GuidePage          instructions built from guidance blocks
        └── CentreIndexPage        centres, filtered by county and municipality
            └── CentrePage         a sote-centre or family centre and its liaison persons

Contacts are translatable snippets (:class:`Contact`), chosen in contact cards so that a person's
details live in one place.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory.taxonomy.models import in_default_locale, localized_names
from portal.models import BasePage
from portal.numbers import is_ascii_digits
from portal.sections import CENTRE_SECTION_HOOK, collect_sections

from .blocks import CentreContactsBlock, CentreOffersBlock, GuideStreamBlock
from .filters import CentreFilter
from .toc import build_table_of_contents


class CentreType(models.TextChoices):
    SOTE_CENTRE = "sote_centre", _("Health and social services centre")
    FAMILY_CENTRE = "family_centre", _("Family centre")


class PilotStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    ENDED = "ended", _("Ended")


class Contact(TranslatableMixin, index.Indexed, models.Model):
    """A person to contact in a role, e.g. a centre's NGO liaison person.

    Name, e-mail and phone are the same in every language; title and organisation are
    translated.
    """

    name = models.CharField(_("name"), max_length=150, help_text=_("First name and surname."))
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Job title, e.g. social worker.")
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("A work address."))
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("A work number in international or national format, e.g. 040 000 0000."),
    )
    organisation = models.CharField(
        _("organisation or centre"),
        max_length=200,
        blank=True,
        help_text=_("Where the person works, e.g. the name of the sote-centre."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("title"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("title"),
        TranslatableField("organisation"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def phone_uri(self):
        """The phone number for a ``tel:`` link (digits and a leading plus only)."""
        return "".join(ch for ch in self.phone if is_ascii_digits(ch) or ch == "+")


# --- Guidance ---------------------------------------------------------------------------------


class GuidanceIndexPage(BasePage):
    """The guidance front page: pilots with their guides (newest first) and the centres."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=800,
        help_text=_("What the guidance is for and whom it serves."),
    )

    summary_field = "introduction"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["pilots.PilotPage", "pilots.CentreIndexPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("guidance index")

    def get_pilots(self):
        """Live pilots, newest first, each with ``guides`` (live guides in tree order)."""
        pilots = list(
            PilotPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-start_date", "-first_published_at")
        )
        guides = GuidePage.objects.descendant_of(self).live().public().order_by("path")
        by_parent = {}
        for guide in guides:
            by_parent.setdefault(guide.path[: -guide.steplen], []).append(guide)
        for pilot in pilots:
            pilot.guides = by_parent.get(pilot.path, [])
        return pilots

    def get_centre_index(self):
        return CentreIndexPage.objects.live().public().filter(locale_id=self.locale_id).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["pilots"] = self.get_pilots()
        centre_index = self.get_centre_index()
        context["centre_index"] = centre_index
        # The municipality's name of each centre, in two queries for all of them (no N+1).
        context["centres"] = (
            attach_region_names(
                centre_index.get_centres()
                .select_related("county", "municipality")
                .order_by("title")
            )
            if centre_index
            else []
        )
        return context


class PilotPage(BasePage):
    """A pilot: a period of cooperation in a region, with its guides below it."""

    start_date = models.DateField(_("start date"), help_text=_("When the pilot begins."))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty if it has no set end.")
    )
    region = models.CharField(
        _("region"),
        max_length=200,
        help_text=_("Wellbeing services counties or municipalities where the pilot runs."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PilotStatus.choices,
        default=PilotStatus.PLANNED,
        help_text=_("Shown on the page; update it when the pilot starts and ends."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=1000,
        help_text=_("What the pilot tries out and with whom. Also used in listings."),
    )

    summary_field = "summary"
    parent_page_types = ["pilots.GuidanceIndexPage"]
    subpage_types = ["pilots.GuidePage"]

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], _("Period")),
        FieldPanel("region"),
        FieldPanel("status"),
        FieldPanel("summary"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("region"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("pilot")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = GuidePage.objects.child_of(self).live().public()
        return context


class GuidePage(BasePage):
    """Instructions for one topic of a pilot, printable and with a table of contents."""

    introduction = models.TextField(
        _("introduction"),
        max_length=800,
        help_text=_("Who the guide is for and what it helps with. Also used in listings."),
    )
    plain_language_summary = RichTextField(
        _("plain-language summary"),
        blank=True,
        features=["bold", "ul", "ol", "link"],
        help_text=_(
            "Optional summary in plain language (selkokieli / lättläst): short sentences, "
            "common words. Shown first when present."
        ),
    )
    body = StreamField(
        GuideStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Add sections: each section heading goes into the table of contents."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When the content was last checked to be correct."),
    )
    content_owner = models.CharField(
        _("owner"),
        max_length=200,
        blank=True,
        help_text=_("The team or role responsible for keeping this guide current."),
    )

    summary_field = "introduction"
    parent_page_types = ["pilots.PilotPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("plain_language_summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("content_owner")], _("Upkeep")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("plain_language_summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("guide")

    def get_table_of_contents(self):
        return build_table_of_contents(self.body)[0]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        toc, body_items = build_table_of_contents(self.body)
        context["toc"] = toc
        context["body_items"] = body_items
        # One "today" for the whole page, so every timeline marks the same milestones.
        context.setdefault("today", timezone.localdate())
        return context


# --- Sote-centres -----------------------------------------------------------------------------


class CentreIndexPage(BasePage):
    """All centres of a language, with a filter by wellbeing services county and municipality."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=800,
        help_text=_("What readers find on the centre pages."),
    )

    summary_field = "introduction"
    parent_page_types = ["pilots.GuidanceIndexPage", "home.HomePage"]
    subpage_types = ["pilots.CentrePage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("centre index")

    def get_centres(self):
        return CentrePage.objects.child_of(self).live().public()

    def get_filter(self, data):
        return CentreFilter(data, queryset=self.get_centres())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        centre_filter = self.get_filter(request.GET)
        centres = attach_region_names(
            centre_filter.qs.select_related("county", "municipality").order_by(
                "municipality__name", "title"
            )
        )
        context["filter_form"] = centre_filter.form
        context["centres"] = centres
        context["is_filtered"] = centre_filter.is_filtered()
        return context


def attach_region_names(centres, language=None):
    """Set the county's and municipality's names in the reader's language (two queries)."""
    centres = list(centres)
    if centres:
        counties = localized_names(type(centres[0].county), {c.county for c in centres}, language)
        places = localized_names(
            type(centres[0].municipality), {c.municipality for c in centres}, language
        )
        for centre in centres:
            centre._county_name = counties[centre.county.slug]
            centre._municipality_name = places[centre.municipality.slug]
    return centres


class CentrePage(BasePage):
    """A sote-centre or family centre: where it is, when it is open, whom NGOs contact.

    Other apps add sections to the page through the ``register_centre_section`` hook
    (:mod:`portal.sections`): the directory lists activities and events held at the centre.
    """

    centre_type = models.CharField(
        _("type of centre"),
        max_length=20,
        choices=CentreType.choices,
        default=CentreType.SOTE_CENTRE,
        help_text=_("Sote-centre (sote-keskus) or family centre (perhekeskus)."),
    )
    # The directory's taxonomy (its Finnish terms, shown in the reader's language), so that
    # centres and listings are filtered by the same counties and municipalities.
    county = models.ForeignKey(
        "taxonomy.WellbeingCounty",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("wellbeing services county"),
        limit_choices_to=in_default_locale,
        help_text=_("The county that runs the centre."),
    )
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("municipality"),
        limit_choices_to=in_default_locale,
        help_text=_("Where the centre is."),
    )
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=800,
        help_text=_("A sentence or two on the centre's services. Also used in listings."),
    )
    street_address = models.CharField(
        _("street address"), max_length=200, blank=True, help_text=_("E.g. Keskuskatu 1.")
    )
    postal_code = models.CharField(
        _("postal code"), max_length=10, blank=True, help_text=_("Five digits.")
    )
    post_office = models.CharField(
        _("post office"), max_length=100, blank=True, help_text=_("E.g. Savonlinna.")
    )
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        max_length=600,
        help_text=_("One line per period, e.g. Mon–Fri 8–16."),
    )
    liaison_contacts = StreamField(
        CentreContactsBlock(),
        verbose_name=_("NGO liaison persons"),
        blank=True,
        help_text=_("Whom associations, NGOs and parishes contact about cooperation."),
    )
    offers = StreamField(
        CentreOffersBlock(),
        verbose_name=_("offers to NGOs"),
        blank=True,
        help_text=_(
            "Spaces for group activities, notice boards, brochure racks, info screens with "
            "their technical requirements, presentation slots."
        ),
    )
    cooperation = RichTextField(
        _("how to agree on cooperation"),
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("The steps an NGO takes to start cooperating with the centre."),
    )

    summary_field = "introduction"
    parent_page_types = ["pilots.CentreIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("centre_type"),
        FieldRowPanel([FieldPanel("county"), FieldPanel("municipality")], _("Region")),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("post_office")]),
                FieldPanel("opening_hours"),
            ],
            _("Address and opening hours"),
        ),
        FieldPanel("liaison_contacts"),
        FieldPanel("offers"),
        FieldPanel("cooperation"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.FilterField("county"),
        index.FilterField("municipality"),
    ]
    override_translatable_fields = [
        SynchronizedField("county"),
        SynchronizedField("municipality"),
    ]

    class Meta:
        verbose_name = _("centre")

    @property
    def county_name(self):
        """The county's name in the active language."""
        return getattr(self, "_county_name", None) or self.county.localized.name

    @property
    def municipality_name(self):
        """The municipality's name in the active language."""
        return getattr(self, "_municipality_name", None) or self.municipality.localized.name

    def get_sections(self, request):
        """What other apps show on the centre's page (activities and events held there)."""
        return collect_sections(CENTRE_SECTION_HOOK, self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_sections(request)
        return context
