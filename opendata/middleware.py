"""Open data answers keep their status: no language redirect for ``/api/``."""

from django.middleware.locale import LocaleMiddleware


class LocaleMiddlewareOutsideApi(LocaleMiddleware):
    """Django's ``LocaleMiddleware``, except that a 404 under ``/api/`` stays a JSON 404.

    The stock middleware redirects a 404 on an address without a language prefix to the same
    address under ``/fi/`` when that one resolves, and Wagtail's catch-all resolves every
    address: an API client asking for a removed object would get a redirect to an HTML page.
    """

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
