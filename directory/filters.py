"""Faceted browsing of activities: filters from the query string, counts per facet value.

Every facet is counted with all the *other* filters applied (so choosing one theme still shows
how many activities the other themes would give), with one aggregate query per facet: the number
of queries does not grow with the number of listings.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from .models import Activity, Municipality, ServiceLanguage, TargetGroup, Theme, localized_names

MAX_QUERY_LENGTH = 200


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


FACETS = [
    FacetSpec("municipality", _("Municipality"), "municipality__slug", taxonomy=Municipality),
    FacetSpec("theme", _("Theme"), "themes__slug", taxonomy=Theme),
    FacetSpec("target", _("Target group"), "target_groups__slug", taxonomy=TargetGroup),
    FacetSpec("kind", _("Kind of activity"), "kind", choices=dict(Activity.Kind.choices)),
    FacetSpec(
        "language", _("Language"), "languages__code", choices=dict(ServiceLanguage.Code.choices)
    ),
    FacetSpec("channel", _("How to take part"), "channel", choices=dict(Activity.Channel.choices)),
]
ACCESSIBILITY_CHOICES = {
    flag: Activity._meta.get_field(flag).verbose_name
    for flag in Activity.ACCESSIBILITY_FLAGS
    if flag != "accessibility_not_guaranteed"
}
SORTS = {
    "title": (_("Title A–Ö"), ["title"]),
    "updated": (_("Recently updated"), ["-updated_at", "title"]),
    "confirmed": (_("Recently confirmed"), ["-last_confirmed", "title"]),
}


def public_activities():
    """Activities anyone may see: published, of a published organisation, not ended."""
    return Activity.objects.filter(live=True, organisation__live=True).exclude(
        status=Activity.Status.ENDED
    )


class ActivityFilter:
    def __init__(self, params):
        self.params = params
        self.query = " ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH]
        self.selected = {
            spec.key: [v for v in params.getlist(spec.key) if v][:20] for spec in FACETS
        }
        self.free = params.get("free") == "1"
        self.accessibility = [
            flag for flag in params.getlist("access") if flag in ACCESSIBILITY_CHOICES
        ]
        sort = params.get("sort", "title")
        self.sort = sort if sort in SORTS else "title"

    # --- querysets -----------------------------------------------------------------------
    def _text_condition(self):
        condition = Q()
        for word in self.query.split()[:10]:
            condition &= (
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(description__icontains=word)
                | Q(organisation__name__icontains=word)
                | Q(translations__title__icontains=word)
                | Q(translations__summary__icontains=word)
            )
        return condition

    def _conditions(self, exclude_key=None):
        conditions = []
        if self.query:
            conditions.append(self._text_condition())
        for spec in FACETS:
            values = self.selected[spec.key]
            if values and spec.key != exclude_key:
                conditions.append(Q(**{f"{spec.lookup}__in": values}))
        if self.free and exclude_key != "free":
            conditions.append(Q(is_free=True))
        if exclude_key != "access":
            for flag in self.accessibility:
                conditions.append(Q(**{flag: True}))
        return conditions

    def _matching_ids(self, exclude_key=None):
        queryset = public_activities()
        for condition in self._conditions(exclude_key):
            queryset = queryset.filter(condition)
        return queryset.values("pk")

    def results(self):
        ids = self._matching_ids()
        return (
            Activity.objects.filter(pk__in=ids)
            .select_related("organisation", "municipality")
            .prefetch_related("translations", "themes", "slots")
            .order_by(*SORTS[self.sort][1])
        )

    # --- facets --------------------------------------------------------------------------
    def facets(self, language):
        facets = []
        for spec in FACETS:
            counts = dict(
                Activity.objects.filter(pk__in=self._matching_ids(exclude_key=spec.key))
                .exclude(**{f"{spec.lookup}__isnull": True})
                .values_list(spec.lookup)
                .annotate(n=Count("pk", distinct=True))
                .values_list(spec.lookup, "n")
            )
            selected = set(self.selected[spec.key])
            if spec.taxonomy is not None:
                terms = spec.taxonomy.objects.default_locale().filter(
                    slug__in=set(counts) | selected
                )
                names = localized_names(spec.taxonomy, terms, language)
                labels = {term.slug: names[term.slug] for term in terms}
            else:
                labels = {value: str(label) for value, label in spec.choices.items()}
            values = [v for v in labels if counts.get(v) or v in selected]
            options = [
                FacetOption(v, labels[v], counts.get(v, 0), v in selected)
                # Chosen values first, so they are not hidden in a scrolled list.
                for v in sorted(values, key=lambda v: (v not in selected, labels[v].lower()))
            ]
            facets.append(Facet(spec.key, str(spec.label), options))
        return facets

    def free_count(self):
        queryset = Activity.objects.filter(pk__in=self._matching_ids(exclude_key="free"))
        return queryset.filter(is_free=True).count()

    def accessibility_counts(self):
        queryset = Activity.objects.filter(pk__in=self._matching_ids(exclude_key="access"))
        counts = queryset.aggregate(
            **{flag: Count("pk", filter=Q(**{flag: True})) for flag in ACCESSIBILITY_CHOICES}
        )
        return [
            FacetOption(flag, str(label), counts[flag], flag in self.accessibility)
            for flag, label in ACCESSIBILITY_CHOICES.items()
        ]

    # --- chips and links -----------------------------------------------------------------
    def _pairs(self):
        pairs = []
        if self.query:
            pairs.append(("q", self.query))
        for spec in FACETS:
            pairs.extend((spec.key, value) for value in self.selected[spec.key])
        if self.free:
            pairs.append(("free", "1"))
        pairs.extend(("access", flag) for flag in self.accessibility)
        if self.sort != "title":
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
        for facet in facets:
            for option in facet.selected_options:
                chips.append((f"{facet.label}: {option.label}", (facet.key, option.value)))
        if self.free:
            chips.append((_("Free of charge"), ("free", "1")))
        for flag in self.accessibility:
            chips.append((str(ACCESSIBILITY_CHOICES[flag]), ("access", flag)))
        return [{"label": label, "remove": self.querystring(without=pair)} for label, pair in chips]

    @property
    def is_active(self):
        return bool(self._pairs())
