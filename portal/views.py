"""Operational endpoints and the site-wide text files."""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.addresses import absolute

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """The process is alive and serving requests."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request):
    """Ready when the database answers (else 503). The cache is reported but does not decide:
    every server shares one Redis, so failing on it would take them all out of rotation at
    once, while the pages keep working without it (``"status": "degraded"``)."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means not ready
        logger.exception("Readiness check: database unreachable")
        checks["database"] = "error"
    try:
        cache.set("readyz", "1", 5)
        if cache.get("readyz") != "1":
            raise RuntimeError("cache did not return the value just stored")
        checks["cache"] = "ok"
    except Exception:  # noqa: BLE001
        logger.exception("Readiness check: cache unreachable")
        checks["cache"] = "error"
    ready = checks["database"] == "ok"
    status = "unavailable" if not ready else "ok" if checks["cache"] == "ok" else "degraded"
    return JsonResponse({"status": status, "checks": checks}, status=200 if ready else 503)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {absolute('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
