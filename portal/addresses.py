"""Absolute addresses: every one the portal gives out starts with ``settings.PORTAL_BASE_URL``.

Canonical and ``hreflang`` links, iCal feeds, the sitemap, JSON-LD, e-mails and Wagtail's own
notifications (``WAGTAILADMIN_BASE_URL`` is derived from the same setting) all use
:func:`absolute`, so no address depends on the Wagtail ``Site`` record or on the request's host.
"""

from django.conf import settings


def base_url():
    return settings.PORTAL_BASE_URL.rstrip("/")


def absolute(url):
    """``url`` (a path such as ``/fi/kalenteri/``) on the portal's base; full URLs unchanged."""
    if not url:
        return ""
    url = str(url)
    if url.startswith(("http://", "https://")):
        return url
    return base_url() + "/" + url.lstrip("/")
