"""The centre index's filter (django-filter): wellbeing services county and municipality.

The values are the slugs of the directory's taxonomy (``directory.taxonomy``), the same as in
the directory's and calendar's filters, so a link such as ``?municipality=savonlinna`` works on
all three. Choices come from the centres that exist, so a filter never leads to an empty list;
an unknown value is ignored rather than answered with an error page.
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from directory.taxonomy.models import localized_names


class CentreFilter(django_filters.FilterSet):
    county = django_filters.ChoiceFilter(
        field_name="county__slug",
        label=_("Wellbeing services county"),
        empty_label=_("All counties"),
    )
    municipality = django_filters.ChoiceFilter(
        field_name="municipality__slug",
        label=_("Municipality"),
        empty_label=_("All municipalities"),
    )

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data or None, queryset=queryset, **kwargs)
        for name in ("county", "municipality"):
            self.filters[name].extra["choices"] = self._choices(name)

    def _choices(self, name):
        field = self.queryset.model._meta.get_field(name)
        ids = self.queryset.order_by().values_list(f"{name}_id", flat=True).distinct()
        terms = field.related_model.objects.filter(pk__in=ids)
        names = localized_names(field.related_model, terms)
        return sorted(names.items(), key=lambda choice: choice[1].lower())

    def is_filtered(self):
        return self.is_bound and self.form.is_valid() and any(self.form.cleaned_data.values())
