"""Django's LocaleMiddleware, without its redirect of genuine "not found" answers.

For a 404 on an address without a language prefix, Django redirects to the same address under
the active language's prefix when that resolves, and Wagtail's catch-all route resolves every
address. So a 404 from a view outside the language prefixes (the open data API, ``/healthz``)
would become a redirect to a page that does not exist. A request that reached a view (it has a
``resolver_match``) keeps its 404.
"""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

# Addresses outside the language prefixes, whose every answer is their own (the open data).
UNPREFIXED = ("/api/",)


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if (
            response.status_code == 404
            and (
                getattr(request, "resolver_match", None) is not None
                or request.path_info.startswith(UNPREFIXED)
            )
            and not translation.get_language_from_path(request.path_info)
        ):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
