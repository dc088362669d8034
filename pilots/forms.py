"""The centre index's filter: wellbeing services county and municipality."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CentreFilterForm(forms.Form):
    """Choices come from the centres that exist, so a filter never leads to an empty list."""

    county = forms.ChoiceField(label=_("Wellbeing services county"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)

    def __init__(self, data=None, *, centres):
        super().__init__(data or None)
        from .models import WellbeingServicesCounty

        counties = set(
            centres.order_by().values_list("wellbeing_services_county", flat=True).distinct()
        )
        county_choices = sorted(
            (
                (value, label)
                for value, label in WellbeingServicesCounty.choices
                if value in counties
            ),
            key=lambda choice: str(choice[1]),
        )
        municipalities = (
            centres.order_by("municipality").values_list("municipality", flat=True).distinct()
        )
        self.fields["county"].choices = [("", _("All counties")), *county_choices]
        self.fields["municipality"].choices = [
            ("", _("All municipalities")),
            *((name, name) for name in municipalities),
        ]

    def is_filtered(self):
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

    def filter(self, centres):
        if not self.is_bound or not self.is_valid():
            return centres
        if self.cleaned_data["county"]:
            centres = centres.filter(wellbeing_services_county=self.cleaned_data["county"])
        if self.cleaned_data["municipality"]:
            centres = centres.filter(municipality=self.cleaned_data["municipality"])
        return centres
