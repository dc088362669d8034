"""A person's own data: what the portal keeps about them, a download of all of it (JSON), and
deleting the account. The contents come from the personal data register
(:mod:`portal.personal_data`), so these pages never fall behind what the apps store."""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .personal_data import categories, erase_account, export_personal_data
from .ratelimit import rate_limited, too_many

# Wrong passwords allowed per hour on the deletion form before it answers 429.
DELETION_ATTEMPTS_PER_HOUR = 10


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=gettext_lazy("To make sure it is you."),
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand that my account cannot be restored"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        for category in categories():
            if category.deletion_fields is not None:
                self.fields.update(category.deletion_fields(user))

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."), code="password")
        return password


def deletion_summary(user):
    return [
        line
        for category in categories()
        if category.deletion_summary is not None
        for line in category.deletion_summary(user)
    ]


def staff_account(user):
    """Staff accounts are managed by administrators in the Wagtail admin."""
    return user.is_staff or user.is_superuser


@never_cache
@login_required
def my_data(request):
    return render(
        request,
        "portal/account/my_data.html",
        {
            "categories": [category for category in categories() if category.in_notice],
            "staff_account": staff_account(request.user),
        },
    )


@never_cache
@login_required
def download_my_data(request):
    data = export_personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    user = request.user
    if staff_account(user):
        return render(request, "portal/account/delete_staff.html", status=403)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST":
        if rate_limited(request, "delete-account", DELETION_ATTEMPTS_PER_HOUR):
            return too_many(request)
        if form.is_valid():
            choices = dict(form.cleaned_data)
            logout(request)
            erase_account(user, choices)
            messages.success(request, _("Your account and your personal data have been deleted."))
            return redirect("/")
    return render(
        request,
        "portal/account/delete.html",
        {"form": form, "summary": deletion_summary(user)},
    )
