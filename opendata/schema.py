"""The OpenAPI document (drf-spectacular) describes the open data only."""


def only_open_data(endpoints):
    """Preprocessing hook: keep the endpoints under ``/api/`` (not Wagtail's admin API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
