"""The widget's settings, from a query string: the configurator's form and the widget's own."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.taxonomy.models import (
    Municipality,
    ServiceLanguage,
    TargetGroup,
    Theme,
    localized_names,
)

from .. import public
from . import contrast

MAX_ITEMS = 20
DEFAULT_COLOURS = {"text": "#1a1a1a", "background": "#ffffff", "link": "#0b57a4"}
FILTER_KEYS = ("municipality", "theme", "target", "organisation", "centre", "language", "free")


class ColourField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(max_length=7, required=False, **kwargs)
        self.widget = forms.TextInput(attrs={"type": "color"})

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        colour = contrast.parse(value)
        if colour is None:
            raise forms.ValidationError(_("Give the colour as #rrggbb, for example #1a1a1a."))
        return colour


def term_choices(model):
    terms = model.objects.default_locale().order_by("name")
    names = localized_names(model, terms)
    return [("", _("All")), *sorted(names.items(), key=lambda item: item[1])]


class WidgetForm(forms.Form):
    show = forms.ChoiceField(
        label=_("What to show"),
        choices=[
            ("activities", _("Activities")),
            ("events", _("Events")),
            ("both", _("Activities and events")),
        ],
        initial="activities",
        required=False,
    )
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    target = forms.ChoiceField(label=_("Target group"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    centre = forms.ChoiceField(label=_("Sote-centre"), required=False)
    language = forms.ChoiceField(label=_("Language of the activity"), required=False)
    free = forms.BooleanField(label=_("Free of charge only"), required=False)
    lang = forms.ChoiceField(label=_("Language of the widget"), required=False)
    count = forms.IntegerField(
        label=_("Number of items"), min_value=1, max_value=MAX_ITEMS, initial=5, required=False
    )
    layout = forms.ChoiceField(
        label=_("Layout"),
        choices=[("list", _("List")), ("cards", _("Cards")), ("compact", _("Compact"))],
        initial="list",
        required=False,
    )
    text = ColourField(label=_("Text colour"), initial=DEFAULT_COLOURS["text"])
    background = ColourField(label=_("Background colour"), initial=DEFAULT_COLOURS["background"])
    link = ColourField(label=_("Link colour"), initial=DEFAULT_COLOURS["link"])

    def __init__(self, data=None, *, with_choices=True):
        super().__init__(data)
        self.fields["lang"].choices = settings.LANGUAGES
        self.fields["lang"].initial = get_language()
        self.fields["language"].choices = [("", _("All")), *ServiceLanguage.Code.choices]
        if with_choices:
            self.fields["municipality"].choices = term_choices(Municipality)
            self.fields["theme"].choices = term_choices(Theme)
            self.fields["target"].choices = term_choices(TargetGroup)
            organisations = public.organisations().order_by("name").values_list("slug", "name")
            self.fields["organisation"].choices = [("", _("All")), *organisations]
            centres = public.centres().order_by("title").values_list("slug", "title").distinct()
            self.fields["centre"].choices = [("", _("All")), *dict(centres).items()]
        else:
            # The widget itself: any slug is accepted (unknown ones simply match nothing).
            for key in ("municipality", "theme", "target", "organisation", "centre"):
                self.fields[key] = forms.SlugField(required=False)

    def clean(self):
        data = super().clean()
        colours = {key: data.get(key) or DEFAULT_COLOURS[key] for key in DEFAULT_COLOURS}
        for key in ("text", "link"):
            if key in self.errors or "background" in self.errors:
                continue
            ratio = contrast.ratio(colours[key], colours["background"])
            if ratio < contrast.AA_NORMAL_TEXT:
                self.add_error(
                    key,
                    _(
                        "The contrast of this colour with the background is %(ratio).2f:1; "
                        "it must be at least 4.5:1 (WCAG AA). Choose a darker or lighter colour."
                    )
                    % {"ratio": ratio},
                )
        return data

    def settings(self):
        """The valid settings, with defaults for what is missing or wrong (a widget is always
        shown, in colours that meet WCAG AA)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        values = {
            "show": data.get("show") or "activities",
            "lang": data.get("lang") or "",
            "count": data.get("count") or 5,
            "layout": data.get("layout") or "list",
            "filters": {key: data[key] for key in FILTER_KEYS if data.get(key)},
        }
        colours_ok = not any(key in self.errors for key in DEFAULT_COLOURS)
        values["colours"] = {
            key: (data.get(key) if colours_ok else "") or default
            for key, default in DEFAULT_COLOURS.items()
        }
        return values
