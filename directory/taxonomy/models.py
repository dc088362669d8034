"""Taxonomies that moderators manage: themes, target groups, counties and municipalities.

Each is a translatable snippet (wagtail-localize): the Finnish row is the one listings point to,
and its Swedish translation carries the Swedish name. The slug is shared by every translation,
so a filter in the URL (``?theme=mental-health``) means the same in every language.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.languages import localized


class TaxonomyQuerySet(models.QuerySet):
    def default_locale(self):
        return self.filter(locale=Locale.get_default())


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Used in addresses and filters; the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    objects = TaxonomyQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


def in_default_locale():
    """``limit_choices_to`` of foreign keys to terms: the default language's rows (the other
    languages' rows are their translations). A callable, so no language is frozen into a
    migration."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


def localized_names(model, terms, language=None):
    """``{slug: name}`` of ``terms`` in ``language`` (default: the active one), in one query."""
    terms = list(terms)
    shown = {term.translation_key: term for term in localized(terms, language or get_language())}
    return {term.slug: shown[term.translation_key].name for term in terms}


def attach_municipality_names(activities, language=None):
    """Set ``municipality_name`` on each activity, in the reader's language (one query)."""
    activities = list(activities)
    municipalities = {a.municipality for a in activities if a.municipality_id}
    names = localized_names(Municipality, municipalities, language) if municipalities else {}
    for activity in activities:
        activity.municipality_name = (
            names.get(activity.municipality.slug, activity.municipality.name)
            if activity.municipality_id
            else ""
        )
    return activities


def attach_theme_names(listings, language=None):
    """Set ``theme_names`` on each listing (an event's iCal CATEGORIES), in the reader's
    language, with one query for all of them (prefetch ``themes`` first)."""
    listings = list(listings)
    themes = {theme for listing in listings for theme in listing.themes.all()}
    names = localized_names(Theme, themes, language) if themes else {}
    for listing in listings:
        listing.theme_names = [names.get(t.slug, t.name) for t in listing.themes.all()]
    return listings


class Theme(Taxonomy):
    """A life area of wellbeing activities (the sote-NGO taxonomy of seed 002)."""

    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = Taxonomy.panels + [FieldPanel("description")]
    translatable_fields = Taxonomy.translatable_fields + [TranslatableField("description")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_theme"
        verbose_name_plural = _("themes")


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_targetgroup"
        verbose_name_plural = _("target groups")


class WellbeingCounty(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("wellbeing services county")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_wellbeingcounty"
        verbose_name_plural = _("wellbeing services counties")


class Municipality(Taxonomy):
    county = models.ForeignKey(
        WellbeingCounty,
        on_delete=models.PROTECT,
        related_name="municipalities",
        verbose_name=_("wellbeing services county"),
    )
    code = models.CharField(
        _("municipality number"),
        max_length=3,
        blank=True,
        help_text=_("The official three-digit municipality number."),
    )

    panels = Taxonomy.panels + [FieldPanel("county"), FieldPanel("code")]
    translatable_fields = Taxonomy.translatable_fields + [
        SynchronizedField("county"),
        SynchronizedField("code"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("municipality")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_municipality"
        verbose_name_plural = _("municipalities")


class ServiceLanguage(models.Model):
    """A language an organisation or activity serves in (fixed list, names via gettext)."""

    class Code(models.TextChoices):
        FINNISH = "fi", _("Finnish")
        SWEDISH = "sv", _("Swedish")
        ENGLISH = "en", _("English")
        FINNISH_SIGN_LANGUAGE = "fse", _("Finnish Sign Language")
        PLAIN_LANGUAGE = "plain", _("Plain language")
        SAMI = "se", _("Sámi")
        RUSSIAN = "ru", _("Russian")
        ARABIC = "ar", _("Arabic")
        SOMALI = "so", _("Somali")
        ESTONIAN = "et", _("Estonian")
        OTHER = "other", _("Other languages")

    code = models.CharField(_("code"), max_length=8, choices=Code.choices, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("service language")
        # The table kept its name when the model moved out of the "directory" app.
        db_table = "directory_servicelanguage"
        verbose_name_plural = _("service languages")

    def __str__(self):
        return str(self.get_code_display())

    @property
    def slug(self):
        return self.code

    @property
    def name(self):
        return str(self.get_code_display())
