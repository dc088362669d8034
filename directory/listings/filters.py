"""Faceted browsing of activities and events: django-filter filter sets plus facet counts.

:class:`ListingFilter` is a ``django_filters.FilterSet``: its form reads and validates the query
string (unknown values are ignored, never an error page) and each filter narrows the public
listings. ``directory.organisations.filters.ActivityFilter`` and
``directory.events.filters.EventFilter`` say which model, facets and texts they use.

The one piece django-filter does not have is the facet count (:meth:`ListingFilter.facets`):
every facet is counted with all the *other* filters applied (so choosing one theme still shows
how many listings the other themes would give), with one aggregate query per facet, so the
number of queries does not grow with the number of listings.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from directory.taxonomy.models import localized_names

from .models import ACCESSIBILITY_FLAGS, PracticalDetails

MAX_QUERY_LENGTH = 200
MAX_VALUES = 20  # values of one facet in a query string
ACCESSIBILITY_CHOICES = {
    flag: PracticalDetails._meta.get_field(flag).verbose_name
    for flag in ACCESSIBILITY_FLAGS
    if flag != "accessibility_not_guaranteed"
}


def words_condition(query, fields):
    """The filters' one text rule: each word of ``query`` (at most 10) in any of ``fields``
    (case-insensitive substring). Used by the pages' filters and the open data API."""
    condition = Q()
    for word in " ".join(str(query).split())[:MAX_QUERY_LENGTH].split()[:10]:
        word_condition = Q()
        for field_name in fields:
            word_condition |= Q(**{f"{field_name}__icontains": word})
        condition &= word_condition
    return condition


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


class ValuesField(forms.Field):
    """Repeated query-string values (``?theme=a&theme=b``), any text, at most ``MAX_VALUES``."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        if not value:
            return []
        values = [value] if isinstance(value, str) else value
        texts = (str(v).strip() for v in values)
        # Control characters (NUL would stop PostgreSQL) make a value unknown: it is left out.
        return [text for text in texts if text and text.isprintable()][:MAX_VALUES]


class FlagField(forms.BooleanField):
    """A checkbox sent as ``1``."""

    def __init__(self, **kwargs):
        kwargs["required"] = False
        super().__init__(**kwargs)


class FlagFilter(django_filters.Filter):
    field_class = FlagField


class ValuesFilter(django_filters.Filter):
    field_class = ValuesField


class FacetFilter(django_filters.Filter):
    """One facet (:class:`FacetSpec`): matches listings with any of the chosen values."""

    field_class = ValuesField

    def __init__(self, spec):
        super().__init__(field_name=spec.lookup, label=spec.label)
        self.spec = spec

    def filter(self, qs, values):
        if not values:
            return qs
        spec = self.spec
        condition = Q(**{f"{spec.lookup}__in": [v for v in values if v != spec.null_value]})
        if spec.null_value and spec.null_value in values:
            condition |= Q(**{f"{spec.lookup}__isnull": True})
        return qs.filter(condition)


class ListingFilter(django_filters.FilterSet):
    """Filters of one listing model from a query string; subclasses fill in the class data.

    The query string's keys are the filters' names: ``q`` (words), each facet's key, ``free``,
    ``access`` (accessibility flags) and ``sort``. Facets come from ``facet_specs``.
    """

    model = None
    facet_specs = ()
    sorts = {}
    default_sort = ""
    # Filters counted together, as one facet (e.g. the two ends of a date range).
    facet_groups = {}
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
        super().__init__(params, queryset=self.public())
        # Added here rather than declared on the class, so that the attributes the templates
        # read (``filter.free``, ``filter.sort``) can share the query string's names.
        self.add_filter("q", django_filters.CharFilter(method="filter_text"))
        for spec in self.facet_specs:
            self.add_filter(spec.key, FacetFilter(spec))
        self.add_filter("free", FlagFilter(method="filter_free"))
        self.add_filter("access", ValuesFilter(method="filter_access"))
        self.add_filter("sort", django_filters.CharFilter(method="keep"))

    def add_filter(self, name, new_filter):
        new_filter.model = self.model
        new_filter.parent = self
        self.filters[name] = new_filter

    def public(self):
        return self.model.objects.public()

    @property
    def values(self):
        """The valid values of the query string (invalid ones are left out)."""
        if not hasattr(self, "_values"):
            self.form.is_valid()
            self._values = {
                name: value
                for name, value in self.form.cleaned_data.items()
                if value not in (None, "", [], False)
            }
        return self._values

    # --- what the templates read -----------------------------------------------------------
    @property
    def query(self):
        return " ".join(self.values.get("q", "").split())[:MAX_QUERY_LENGTH]

    @property
    def free(self):
        return bool(self.values.get("free"))

    @property
    def accessibility(self):
        return [flag for flag in self.values.get("access", []) if flag in ACCESSIBILITY_CHOICES]

    @property
    def sort(self):
        sort = self.values.get("sort", self.default_sort)
        return sort if sort in self.sorts else self.default_sort

    def selected(self, key):
        return self.values.get(key, [])

    # --- filters ---------------------------------------------------------------------------
    def keep(self, queryset, name, value):
        return queryset

    def filter_text(self, queryset, name, value):
        return queryset.filter(words_condition(self.query, self.text_fields))

    def filter_free(self, queryset, name, value):
        return queryset.filter(is_free=True)

    def filter_access(self, queryset, name, value):
        for flag in self.accessibility:
            queryset = queryset.filter(**{flag: True})
        return queryset

    def matching_ids(self, exclude_key=None):
        """The matching listings' ids (a subquery), leaving out the filters of ``exclude_key``."""
        queryset = self.public()
        for name, value in self.values.items():
            if exclude_key is not None and exclude_key in (name, self.facet_groups.get(name)):
                continue
            queryset = self.filters[name].filter(queryset, value)
        return queryset.values("pk")

    def filter_queryset(self, queryset):
        return queryset.filter(pk__in=self.matching_ids())

    # --- facets: the shared counting piece ----------------------------------------------------
    def facets(self, language):
        facets = []
        for spec in self.facet_specs:
            matching = self.model.objects.filter(pk__in=self.matching_ids(exclude_key=spec.key))
            if not spec.null_value:
                matching = matching.exclude(**{f"{spec.lookup}__isnull": True})
            counts = dict(
                matching.values_list(spec.lookup)
                .annotate(n=Count("pk", distinct=True))
                .values_list(spec.lookup, "n")
            )
            if spec.null_value and None in counts:
                counts[spec.null_value] = counts.pop(None)
            selected = set(self.selected(spec.key))
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
        queryset = self.model.objects.filter(pk__in=self.matching_ids(exclude_key="free"))
        return queryset.filter(is_free=True).count()

    def accessibility_counts(self):
        queryset = self.model.objects.filter(pk__in=self.matching_ids(exclude_key="access"))
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

    def pairs(self):
        """The active filters as ``(key, value)`` pairs, in URL order."""
        pairs = []
        if self.query:
            pairs.append(("q", self.query))
        pairs.extend(self.extra_pairs())
        for spec in self.facet_specs:
            pairs.extend((spec.key, value) for value in self.selected(spec.key))
        if self.free:
            pairs.append(("free", "1"))
        pairs.extend(("access", flag) for flag in self.accessibility)
        if self.sort != self.default_sort:
            pairs.append(("sort", self.sort))
        return pairs

    def querystring(self, without=None, **extra):
        pairs = [pair for pair in self.pairs() if pair != without]
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
        return bool(self.pairs())
