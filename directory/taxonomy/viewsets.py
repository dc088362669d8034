"""Admin views of the taxonomies (snippets, grouped under Directory by the moderation app)."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Municipality, TargetGroup, Theme, WellbeingCounty


class TaxonomyViewSet(SnippetViewSet):
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class ThemeViewSet(TaxonomyViewSet):
    model = Theme


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup


class WellbeingCountyViewSet(TaxonomyViewSet):
    model = WellbeingCounty


class MunicipalityViewSet(TaxonomyViewSet):
    model = Municipality
    list_display = ["name", "county", "code"]
    list_filter = {"county": ["exact"]}
