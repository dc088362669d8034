from django.urls import path

from . import representation, views

urlpatterns = [
    path("", views.my_listings, name="directory_my_listings"),
    path("organisation/new/", views.organisation_form, name="directory_organisation_new"),
    path("organisation/<int:pk>/", views.organisation_form, name="directory_organisation_edit"),
    path("activity/new/", views.activity_form, name="directory_activity_new"),
    path("activity/<int:pk>/", views.activity_form, name="directory_activity_edit"),
    path("event/new/", views.event_form, name="directory_event_new"),
    path("event/<int:pk>/", views.event_form, name="directory_event_edit"),
    path(
        "represent/", representation.request_representation, name="directory_request_representation"
    ),
    path("represent/suggest/", representation.suggest, name="directory_representation_suggest"),
    path(
        "represent/<int:pk>/<str:decision>/",
        representation.decide_representation,
        name="directory_decide_representation",
    ),
    path("<str:model_name>/<int:pk>/withdraw/", views.withdraw, name="directory_withdraw"),
    path("<str:model_name>/<int:pk>/unpublish/", views.unpublish, name="directory_unpublish"),
    path("<str:model_name>/<int:pk>/republish/", views.republish, name="directory_republish"),
    path(
        "<str:model_name>/<int:pk>/confirm/",
        views.confirm_current,
        name="directory_confirm_current",
    ),
    path("confirm/<str:token>/", views.confirm_by_link, name="directory_confirm_link"),
    path("report/<str:model_name>/<slug:slug>/", views.report_error, name="directory_report_error"),
]
