from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import account, views
from portal.sitemaps import SITEMAPS

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("opendata.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every page is under its language prefix: /fi/…, /sv/…; "/" redirects by the browser's language.
urlpatterns += i18n_patterns(
    path("account/my-data/", account.my_data, name="account_my_data"),
    path("account/my-data/download/", account.download_my_data, name="account_download_data"),
    path("account/delete/", account.delete_account, name="account_delete"),
    path("account/", include("allauth.urls")),
    path("my/", include("directory.submissions.urls")),
    path("my/", include("directory.registrations.urls")),
    path("search/", include("search.urls")),
    path("widget/", include("opendata.widgets.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
