"""The HSDS endpoints' query parameters and querysets (always from :mod:`opendata.public`)."""

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils.dateparse import parse_datetime
from rest_framework.exceptions import NotFound, ValidationError

from directory.listings.filters import words_condition
from directory.organisations.filters import ActivityFilter
from directory.taxonomy.models import TargetGroup, Theme

from .. import public
from ..http import MAX_PAGE_SIZE
from ..moments import in_utc
from . import ids
from .context import TAXONOMIES

PER_PAGE = 20
MAX_SEARCH_WORDS = 10


def language(request):
    """``?lang=``: a portal language (default ``settings.LANGUAGE_CODE``)."""
    value = request.query_params.get("lang") or settings.LANGUAGE_CODE
    if value not in [code for code, _name in settings.LANGUAGES]:
        raise ValidationError({"lang": [f"Not a portal language: {value[:20]}."]})
    return value


def positive_int(request, name, default):
    value = request.query_params.get(name)
    if value in (None, ""):
        return default
    if len(value) > 9 or not value.isdigit() or int(value) < 1:
        raise ValidationError({name: ["A whole number of at least 1."]})
    return int(value)


def boolean(request, name):
    value = (request.query_params.get(name) or "").lower()
    if value in ("", "false", "0"):
        return False
    if value in ("true", "1"):
        return True
    raise ValidationError({name: ["true or false."]})


def page_of(request, total):
    """``(page_number, per_page, start, end)``; 404 for a page past the last."""
    number = positive_int(request, "page", 1)
    per_page = min(positive_int(request, "per_page", PER_PAGE), MAX_PAGE_SIZE)
    pages = max(1, -(-total // per_page))
    if number > pages:
        raise NotFound("No such page.")
    start = (number - 1) * per_page
    return number, per_page, start, min(start + per_page, total)


def page_answer(number, per_page, total, contents):
    pages = max(1, -(-total // per_page))
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": number,
        "size": len(contents),
        "first_page": number == 1,
        "last_page": number >= pages,
        "empty": total == 0,
        "contents": contents,
    }


def uuid_param(request, name):
    value = request.query_params.get(name)
    if value in (None, ""):
        return None
    parsed = ids.parse_uuid(value)
    if parsed is None:
        raise ValidationError({name: ["Not a UUID."]})
    return parsed


def modified_after(request):
    value = request.query_params.get("modified_after")
    if value in (None, ""):
        return None
    try:
        moment = parse_datetime(value.replace(" ", "+"))
    except ValueError:
        moment = None
    if moment is None:
        raise ValidationError({"modified_after": ["An ISO 8601 date and time."]})
    return in_utc(moment, "modified_after")


def search_words(request):
    return " ".join((request.query_params.get("search") or "").split()[:MAX_SEARCH_WORDS])


# --- organisations ------------------------------------------------------------------------------
def organisations():
    return (
        public.organisations()
        .select_related("logo", "wellbeing_county")
        .prefetch_related("translations", Prefetch("parent", queryset=public.organisations()))
        .order_by("name", "pk")
    )


def filter_organisations(request, queryset):
    condition = words_condition(search_words(request), public.ORGANISATION_TEXT_FIELDS)
    if condition:
        queryset = queryset.filter(pk__in=public.organisations().filter(condition).values("pk"))
    return queryset


# --- activities ---------------------------------------------------------------------------------
def activities():
    return (
        public.activities()
        .select_related("organisation__logo", "municipality__county", "centre")
        .prefetch_related(
            "translations",
            "themes",
            "target_groups",
            "languages",
            "slots",
            "organisation__translations",
            Prefetch("organisation__parent", queryset=public.organisations()),
        )
        .order_by("title", "pk")
    )


def term_ids(model):
    """``{hsds id: pk}`` of a taxonomy's default-locale terms."""
    kind = ids.THEME if model is Theme else ids.TARGET_GROUP
    keys = model.objects.default_locale().values_list("pk", flat=True)
    return ids.IdMap(kind, keys)


def filter_activities(request, queryset):
    """``search``, ``taxonomy_term_id``, ``taxonomy_id``, ``organization_id``,
    ``modified_after``: an unknown id matches nothing; a malformed one is a 400."""
    condition = words_condition(search_words(request), ActivityFilter.text_fields)
    if condition:
        queryset = queryset.filter(pk__in=public.activities().filter(condition).values("pk"))
    term = uuid_param(request, "taxonomy_term_id")
    if term:
        theme, group = term_ids(Theme).key(term), term_ids(TargetGroup).key(term)
        tagged = public.activities().filter(
            Q(themes__pk=theme or 0) | Q(target_groups__pk=group or 0)
        )
        queryset = queryset.filter(pk__in=tagged.values("pk"))
    taxonomy = uuid_param(request, "taxonomy_id")
    if taxonomy:
        slug = ids.IdMap(ids.TAXONOMY, TAXONOMIES).key(taxonomy)
        field = {"themes": "themes", "target-groups": "target_groups"}.get(slug)
        tagged = public.activities().filter(**{f"{field}__isnull": False}) if field else None
        queryset = queryset.filter(pk__in=tagged.values("pk")) if field else queryset.none()
    organisation = uuid_param(request, "organization_id")
    if organisation:
        keys = public.organisations().values_list("pk", flat=True)
        pk = ids.IdMap(ids.ORGANISATION, keys).key(organisation)
        queryset = queryset.filter(organisation_id=pk) if pk else queryset.none()
    moment = modified_after(request)
    if moment:
        queryset = queryset.filter(updated_at__gte=moment)
    return queryset
