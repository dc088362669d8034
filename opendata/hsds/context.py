"""What one HSDS request shares: the chosen language and the lookups every row needs, each
read once (so a page of results costs the same number of queries whatever its size)."""

from django.conf import settings
from django.utils import translation

from directory.taxonomy.models import Municipality, TargetGroup, Theme, WellbeingCounty
from portal.addresses import absolute

from .. import public
from ..texts import TermNames

# The two taxonomies: their names and descriptions in each portal language (HSDS texts are
# single-language; English for the other languages).
TAXONOMIES = {
    "themes": {
        "model": Theme,
        "name": {"fi": "Teemat", "sv": "Teman", "en": "Themes"},
        "description": {
            "fi": "Mitä toiminta käsittelee (portaalin teemat).",
            "sv": "Vad verksamheten handlar om (portalens teman).",
            "en": "What the activity is about (the portal's themes).",
        },
    },
    "target-groups": {
        "model": TargetGroup,
        "name": {"fi": "Kohderyhmät", "sv": "Målgrupper", "en": "Target groups"},
        "description": {
            "fi": "Kenelle toiminta on tarkoitettu (portaalin kohderyhmät).",
            "sv": "Vem verksamheten är avsedd för (portalens målgrupper).",
            "en": "Whom the activity is for (the portal's target groups).",
        },
    },
}
TAXONOMY_OF_MODEL = {spec["model"]: slug for slug, spec in TAXONOMIES.items()}


def in_language(texts, language):
    """``texts[language]``, else the default language's, else English."""
    return texts.get(language) or texts.get(settings.LANGUAGE_CODE) or texts.get("en", "")


class Context:
    def __init__(self, language, request=None):
        self.language = language
        self.request = request
        self.terms = {
            model: TermNames(model) for model in (Theme, TargetGroup, Municipality, WellbeingCounty)
        }
        self._centres = None

    # --- terms ----------------------------------------------------------------------------
    def term_name(self, term):
        """``(name, language)``: the term's name in the chosen language, else the default's."""
        if term is None:
            return "", self.language
        names = self.terms[type(term)].names(term)
        for language in (self.language, settings.LANGUAGE_CODE):
            if names.get(language):
                return names[language], language
        return term.name, settings.LANGUAGE_CODE

    def term_field(self, term, field_name):
        rows = self.terms[type(term)].rows(term)
        row = rows.get(self.language) or rows.get(settings.LANGUAGE_CODE) or term
        return getattr(row, field_name, "") or getattr(term, field_name, "") or ""

    # --- centres --------------------------------------------------------------------------
    def _load_centres(self):
        if self._centres is None:
            self._centres, self._centre_keys = {}, {}
            pages = public.centres().select_related("locale", "county", "municipality")
            for page in pages.order_by("pk"):
                key = str(page.translation_key)
                self._centres.setdefault(key, {})[page.locale.language_code] = page
                self._centre_keys[page.pk] = key
        return self._centres

    def centre_key(self, page_id):
        """The translation key of the public centre whose page (any language) is ``page_id``."""
        self._load_centres()
        return self._centre_keys.get(page_id)

    def centre_keys(self):
        """The public centres' keys, sorted by the name shown."""
        centres = self._load_centres()
        return sorted(centres, key=lambda key: (self.centre_page(key).title.casefold(), key))

    def centre_page(self, key):
        """The centre's page in the chosen language, else the default's, else any."""
        pages = self._load_centres().get(key) or {}
        for language in (self.language, settings.LANGUAGE_CODE):
            if language in pages:
                return pages[language]
        return next(iter(pages.values()), None)

    def centre_url(self, page):
        return absolute(page.url) if page.url else ""

    def gettext(self, text):
        with translation.override(self.language):
            return str(text)
