"""Limits on submissions and sign-ins, with django-ratelimit, kept in the shared cache.

The client's address comes from one place, :func:`client_ip`, configured by one pair of
settings: ``TRUSTED_PROXY_COUNT`` (how many proxies in front of the app append to
``X-Forwarded-For``) or ``CLIENT_IP_HEADER`` (a header a trusted proxy sets, e.g.
``X-Real-IP``). django-ratelimit (``RATELIMIT_IP_META_KEY``) and django-allauth
(``ALLAUTH_TRUSTED_PROXY_COUNT`` / ``ALLAUTH_TRUSTED_CLIENT_IP_HEADER``) read the same values, so
behind the documented proxy every visitor has a bucket of their own.
"""

import ipaddress

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited


def _valid(address):
    try:
        return str(ipaddress.ip_address((address or "").strip()))
    except ValueError:
        return None


def client_ip(request):
    """The visitor's address: from the trusted proxy's header, else ``REMOTE_ADDR``.

    Only the entries the trusted proxies added are believed; whatever a client writes into
    ``X-Forwarded-For`` itself is ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    address = None
    if header:
        address = _valid(request.headers.get(header))
    elif count:
        forwarded = request.headers.get("X-Forwarded-For", "").split(",")
        if len(forwarded) >= count:
            address = _valid(forwarded[-count])
    return address or _valid(remote) or "0.0.0.0"  # noqa: S104 - a key, not a bind address


def rate_limited(request, key, limit, seconds=3600):
    """True when this user (or, signed out, this address) has done ``key`` over ``limit``
    times within ``seconds``. Counting is atomic in the cache (``cache.incr``)."""
    return is_ratelimited(
        request, group=key, key="user_or_ip", rate=f"{limit}/{seconds}s", increment=True
    )


def too_many(request):
    return HttpResponse(
        _("Too many submissions in a short time. Please try again in an hour."), status=429
    )
