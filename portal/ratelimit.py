"""Per-user (or per-address) limits on submissions, kept in the shared cache."""

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _


def rate_limited(request, key, limit, seconds=3600):
    """True when this user or address has done ``key`` more than ``limit`` times lately."""
    ident = request.user.pk if request.user.is_authenticated else request.META.get("REMOTE_ADDR")
    cache_key = f"ratelimit:{key}:{ident}"
    count = cache.get_or_set(cache_key, 0, seconds)
    if count >= limit:
        return True
    try:
        cache.incr(cache_key)
    except ValueError:
        cache.set(cache_key, 1, seconds)
    return False


def too_many(request):
    return HttpResponse(
        _("Too many submissions in a short time. Please try again in an hour."), status=429
    )
