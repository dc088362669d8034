"""Faceted browsing of activities and events: filters from the query string, counts per value.

:class:`ListingFilter` holds the machinery; ``directory.organisations.filters.ActivityFilter``
and ``directory.events.filters.EventFilter`` say which model, facets and texts they use. Every
facet is counted with all the *other* filters applied (so choosing one theme still shows how many
listings the other themes would give), with one aggregate query per facet: the number of queries
does not grow with the number of listings.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from directory.taxonomy.models import localized_names

from .models import ACCESSIBILITY_FLAGS, PracticalDetails

MAX_QUERY_LENGTH = 200
ACCESSIBILITY_CHOICES = {
    flag: PracticalDetails._meta.get_field(flag).verbose_name
    for flag in ACCESSIBILITY_FLAGS
    if flag != "accessibility_not_guaranteed"
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    key: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]


@dataclass
class FacetSpec:
    key: str
    label: str
    lookup: str  # ORM path of the value stored in the URL
    taxonomy: type | None = None
    choices: dict | None = None
    # Labels of values that are neither taxonomy terms nor fixed choices: ``labels(values)``.
    labels: object = None
    # A URL value that stands for "no value" (e.g. "project" for events without an organiser).
    null_value: str = ""
    null_label: str = ""


class ListingFilter:
    """Filters of one listing model from a query string; subclasses fill in the class data."""

    model = None
    facet_specs = ()
    sorts = {}
    default_sort = ""
    # Fields searched for each word of the query.
    text_fields = (
        "title",
        "summary",
        "description",
        "organisation__name",
        "translations__title",
        "translations__summary",
    )

    def __init__(self, params):
        self.params = params
        self.query = " ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH]
        self.selected = {
            spec.key: [v for v in params.getlist(spec.key) if v][:20] for spec in self.facet_specs
        }
        self.free = params.get("free") == "1"
        self.accessibility = [
            flag for flag in params.getlist("access") if flag in ACCESSIBILITY_CHOICES
        ]
        sort = params.get("sort", self.default_sort)
        self.sort = sort if sort in self.sorts else self.default_sort

    def public(self):
        return self.model.objects.public()

    # --- querysets -----------------------------------------------------------------------
    def _text_condition(self):
        condition = Q()
        for word in self.query.split()[:10]:
            word_condition = Q()
            for field_name in self.text_fields:
                word_condition |= Q(**{f"{field_name}__icontains": word})
            condition &= word_condition
        return condition

    def _facet_condition(self, spec, values):
        condition = Q(**{f"{spec.lookup}__in": [v for v in values if v != spec.null_value]})
        if spec.null_value and spec.null_value in values:
            condition |= Q(**{f"{spec.lookup}__isnull": True})
        return condition

    def extra_conditions(self, exclude_key=None):
        """Conditions of a subclass's own filters (e.g. dates)."""
        return []

    def _conditions(self, exclude_key=None):
        conditions = []
        if self.query:
            conditions.append(self._text_condition())
        for spec in self.facet_specs:
            values = self.selected[spec.key]
            if values and spec.key != exclude_key:
                conditions.append(self._facet_condition(spec, values))
        if self.free and exclude_key != "free":
            conditions.append(Q(is_free=True))
        if exclude_key != "access":
            for flag in self.accessibility:
                conditions.append(Q(**{flag: True}))
        conditions.extend(self.extra_conditions(exclude_key))
        return conditions

    def _matching_ids(self, exclude_key=None):
        queryset = self.public()
        for condition in self._conditions(exclude_key):
            queryset = queryset.filter(condition)
        return queryset.values("pk")

    # --- facets --------------------------------------------------------------------------
    def facets(self, language):
        facets = []
        for spec in self.facet_specs:
            matching = self.model.objects.filter(pk__in=self._matching_ids(exclude_key=spec.key))
            if not spec.null_value:
                matching = matching.exclude(**{f"{spec.lookup}__isnull": True})
            counts = dict(
                matching.values_list(spec.lookup)
                .annotate(n=Count("pk", distinct=True))
                .values_list(spec.lookup, "n")
            )
            if spec.null_value and None in counts:
                counts[spec.null_value] = counts.pop(None)
            selected = set(self.selected[spec.key])
            if spec.taxonomy is not None:
                terms = spec.taxonomy.objects.default_locale().filter(
                    slug__in=set(counts) | selected
                )
                names = localized_names(spec.taxonomy, terms, language)
                labels = {term.slug: names[term.slug] for term in terms}
            elif spec.labels is not None:
                labels = spec.labels((set(counts) | selected) - {spec.null_value})
            else:
                labels = {value: str(label) for value, label in spec.choices.items()}
            if spec.null_value:
                labels[spec.null_value] = str(spec.null_label)
            values = [v for v in labels if counts.get(v) or v in selected]
            options = [
                FacetOption(v, labels[v], counts.get(v, 0), v in selected)
                # Chosen values first, so they are not hidden in a scrolled list.
                for v in sorted(values, key=lambda v: (v not in selected, labels[v].lower()))
            ]
            facets.append(Facet(spec.key, str(spec.label), options))
        return facets

    def free_count(self):
        queryset = self.model.objects.filter(pk__in=self._matching_ids(exclude_key="free"))
        return queryset.filter(is_free=True).count()

    def accessibility_counts(self):
        queryset = self.model.objects.filter(pk__in=self._matching_ids(exclude_key="access"))
        counts = queryset.aggregate(
            **{flag: Count("pk", filter=Q(**{flag: True})) for flag in ACCESSIBILITY_CHOICES}
        )
        return [
            FacetOption(flag, str(label), counts[flag], flag in self.accessibility)
            for flag, label in ACCESSIBILITY_CHOICES.items()
        ]

    # --- chips and links -----------------------------------------------------------------
    def extra_pairs(self):
        """``(key, value)`` pairs of a subclass's own filters, in URL order."""
        return []

    def _pairs(self):
        pairs = []
        if self.query:
            pairs.append(("q", self.query))
        pairs.extend(self.extra_pairs())
        for spec in self.facet_specs:
            pairs.extend((spec.key, value) for value in self.selected[spec.key])
        if self.free:
            pairs.append(("free", "1"))
        pairs.extend(("access", flag) for flag in self.accessibility)
        if self.sort != self.default_sort:
            pairs.append(("sort", self.sort))
        return pairs

    def querystring(self, without=None, **extra):
        pairs = [pair for pair in self._pairs() if pair != without]
        pairs.extend(extra.items())
        return urlencode(pairs)

    def chips(self, facets):
        """Active filters, each with the query string that removes just that one."""
        chips = []
        if self.query:
            chips.append((_("Search: %(query)s") % {"query": self.query}, ("q", self.query)))
        chips.extend(self.extra_chips())
        for facet in facets:
            for option in facet.selected_options:
                chips.append((f"{facet.label}: {option.label}", (facet.key, option.value)))
        if self.free:
            chips.append((_("Free of charge"), ("free", "1")))
        for flag in self.accessibility:
            chips.append((str(ACCESSIBILITY_CHOICES[flag]), ("access", flag)))
        return [{"label": label, "remove": self.querystring(without=pair)} for label, pair in chips]

    def extra_chips(self):
        """``(label, pair)`` of a subclass's own filters."""
        return []

    @property
    def is_active(self):
        return bool(self._pairs())
