"""Widget addresses, inside the language prefixes: ``/fi/widget/``, ``/fi/widget/configure/``."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.widget, name="widget"),
    path("configure/", views.configure, name="widget_configure"),
]
