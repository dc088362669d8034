"""The representatives' forms in detail (issue 14): the only organisation chosen already, no
staff hints on public forms, finding an organisation by typing, a preview that shows what the
public page shows, and an image that survives an error."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model

from directory.events.models import Event
from directory.organisations.factories import OrganisationFactory
from directory.organisations.models import Activity, Organisation, Representation
from directory.submissions import forms as submission_forms
from directory.submissions.representation import MAX_RESULTS
from directory.taxonomy.models import Municipality, TargetGroup, Theme

from .support import activity_data, approve, organisation_data, png_bytes

pytestmark = pytest.mark.django_db


def represent(user, organisation):
    Representation.objects.create(
        organisation=organisation, user=user, status=Representation.Status.APPROVED
    )


# --- the only organisation is chosen already --------------------------------------------------


@pytest.mark.parametrize("path", ["/fi/my/activity/new/", "/fi/my/event/new/"])
def test_the_only_organisation_is_chosen_already(client, representative, path):
    organisation = representative.represented_organisations.get()
    client.force_login(representative)
    html = client.get(path).content.decode()
    assert f'<option value="{organisation.pk}" selected>' in html


def test_with_several_organisations_the_representative_chooses(client, representative):
    represent(representative, OrganisationFactory(name="Toinen yhdistys ry"))
    client.force_login(representative)
    html = client.get("/fi/my/activity/new/").content.decode()
    select = html[html.index('name="organisation"') : html.index("</select>")]
    assert " selected" not in select.replace('value="" selected', "")


# --- public help texts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "staff_hint", "public_hint"),
    [
        ("fi", "Jätä tyhjäksi hankkeen omissa tapahtumissa.", "Voit valita vain järjestöjä"),
        ("sv", "Lämna tomt för projektets egna evenemang.", "Du kan välja endast organisationer"),
    ],
)
def test_the_event_form_shows_no_hints_meant_for_staff(
    client, representative, language, staff_hint, public_hint
):
    client.force_login(representative)
    html = client.get(f"/{language}/my/event/new/").content.decode()
    assert staff_hint not in html
    assert public_hint in html


@pytest.mark.parametrize(
    "form_class",
    [submission_forms.OrganisationForm, submission_forms.ActivityForm, submission_forms.EventForm],
    ids=lambda form: form.__name__,
)
def test_public_forms_show_only_their_own_help_texts(form_class):
    form = (
        form_class(organisations=Organisation.objects.none())
        if form_class is not (submission_forms.OrganisationForm)
        else form_class()
    )
    own = form_class._meta.help_texts
    for name, field in form.fields.items():
        if name in form.declared_fields or name.rsplit("_", 1)[-1] in ("fi", "sv"):
            continue
        assert field.help_text in ("", own.get(name)), name


# --- finding the organisation to represent ----------------------------------------------------


@pytest.fixture
def newcomer(django_user_model):
    return django_user_model.objects.create_user(
        username="uusi", email="uusi@example.fi", password="x"
    )


def radio_labels(html):
    return re.findall(
        r'<input type="radio" name="organisation" value="\d+"[^>]*> <label[^>]*>([^<]+)<', html
    )


def test_the_request_page_lists_no_organisations_until_one_searches(client, newcomer):
    OrganisationFactory(name="Savonlinnan Seudun Kolomonen ry")
    client.force_login(newcomer)
    html = client.get("/fi/my/represent/").content.decode()
    assert 'type="search"' in html and 'name="q"' in html
    assert "Kolomonen" not in html and "<select" not in html


def test_only_public_organisations_are_found_by_typing(client, newcomer):
    kolomonen = OrganisationFactory(
        name="Savonlinnan Seudun Kolomonen ry", post_office="Savonlinna", business_id="0112038-9"
    )
    OrganisationFactory(name="Kolomosen piilotettu haara", live=False)
    OrganisationFactory(name="Äänekosken Omaishoitajat ry")
    client.force_login(newcomer)
    html = client.get("/fi/my/represent/?q=kolomo").content.decode()
    assert radio_labels(html) == ["Savonlinnan Seudun Kolomonen ry (Savonlinna, 0112038-9)"]
    assert "piilotettu" not in html
    # Every word typed must match; the business ID and a lower-case ä find it too.
    assert radio_labels(client.get("/fi/my/represent/?q=seudun+kolo").content.decode())
    assert radio_labels(client.get("/fi/my/represent/?q=0112038-9").content.decode())
    assert radio_labels(client.get("/fi/my/represent/?q=äänekosken").content.decode()) == [
        "Äänekosken Omaishoitajat ry"
    ]
    html = client.get("/sv/my/represent/?q=ingenting").content.decode()
    assert "Ingen offentlig organisation matchar ”ingenting”" in html
    assert "Skriv minst två bokstäver." in client.get("/sv/my/represent/?q=k").content.decode()
    # Choosing and sending, without JavaScript.
    response = client.post(
        "/fi/my/represent/", {"q": "kolomo", "organisation": kolomonen.pk, "message": "Sihteeri"}
    )
    assert response.status_code == 302
    request = Representation.objects.get(user=newcomer)
    assert request.organisation == kolomonen and request.status == Representation.Status.PENDING


def test_a_hidden_organisation_cannot_be_asked_for(client, newcomer):
    hidden = OrganisationFactory(name="Piilotettu yhdistys", live=False)
    client.force_login(newcomer)
    html = client.get(f"/fi/my/represent/?organisation={hidden.pk}").content.decode()
    assert "Piilotettu yhdistys" not in html
    response = client.post("/fi/my/represent/", {"organisation": hidden.pk, "q": "piilo"})
    assert response.status_code == 200
    assert not Representation.objects.filter(user=newcomer).exists()
    assert client.get("/fi/my/represent/suggest/?q=piilo").json()["suggestions"] == []


def test_forgetting_to_choose_is_explained_with_a_link(client, newcomer):
    OrganisationFactory(name="Kolomonen ry")
    client.force_login(newcomer)
    html = client.post("/fi/my/represent/", {"q": "kolo", "message": "Sihteeri"}).content.decode()
    assert "Valitse järjestö, jota edustat." in html
    assert 'href="#id_organisation_0"' in html and 'id="id_organisation_0"' in html
    assert "Sihteeri" in html and radio_labels(html) == ["Kolomonen ry"]


def test_a_request_sent_without_a_search_keeps_the_role_typed(client, newcomer):
    """Posted with nothing found (no search, or a search since emptied), the request comes back
    with its error and the role as typed; searching again from there carries the role along."""
    client.force_login(newcomer)
    html = client.post("/fi/my/represent/", {"message": "Sihteeri & rahastonhoitaja"}).content
    html = html.decode()
    assert "Valitse järjestö, jota edustat." in html
    assert html.count("Sihteeri &amp; rahastonhoitaja") == 2  # the field and the search form
    OrganisationFactory(name="Kolomonen ry")
    html = client.get("/fi/my/represent/?q=kolo&message=Sihteeri").content.decode()
    assert radio_labels(html) == ["Kolomonen ry"] and "Sihteeri</textarea>" in html


def test_many_matches_are_cut_with_a_note(client, newcomer):
    for number in range(MAX_RESULTS + 5):
        OrganisationFactory(name=f"Kyläyhdistys {number:02d} ry")
    client.force_login(newcomer)
    html = client.get("/fi/my/represent/?q=kyläyhdistys").content.decode()
    assert len(radio_labels(html)) == MAX_RESULTS
    assert "näytetään ensimmäiset 20" in html


def test_suggestions_lead_to_the_request_with_the_organisation_chosen(client, newcomer):
    kolomonen = OrganisationFactory(name="Kolomonen ry", post_office="Savonlinna")
    client.force_login(newcomer)
    data = client.get("/fi/my/represent/suggest/?q=kolo").json()
    assert data["suggestions"] == [
        {
            "title": "Kolomonen ry",
            "type": "Savonlinna",
            "url": f"/fi/my/represent/?organisation={kolomonen.pk}",
        }
    ]
    html = client.get(data["suggestions"][0]["url"]).content.decode()
    assert re.search(
        rf'<input type="radio" name="organisation" value="{kolomonen.pk}"[^>]* checked>', html
    )
    client.logout()
    assert client.get("/fi/my/represent/suggest/?q=kolo").status_code == 302


# --- the preview shows what the public page shows ---------------------------------------------


def facts(html):
    """The practical information as text, without tags and spacing."""
    start = html.index('<dl class="facts">')
    block = html[start : html.index("</dl>", start)]
    return " ".join(re.sub(r"<[^>]+>", " ", block).split())


def test_the_activity_preview_shows_every_field_of_the_public_page(
    client, directory_page, representative, moderator
):
    organisation = representative.represented_organisations.get()
    kuopio = Municipality.objects.default_locale().get(slug="kuopio")
    older = TargetGroup.objects.default_locale().get(slug="older-people")
    data = activity_data(
        organisation,
        municipality=kuopio.pk,
        target_groups=[older.pk],
        venue_name="Väinölänniemen paviljonki",
        street_address="Väinölänniementie 1",
        postal_code="70100",
        valid_from="2027-01-01",
        valid_to="2027-05-31",
        schedule_note="Ei heinäkuussa.",
        is_free="",
        fee_description="5 € kerta",
        wheelchair_accessible="on",
        induction_loop="on",
        accessibility_details="Ramppi sivuovella.",
        contact_name="Sihteeri",
        contact_email="sihteeri@example.fi",
        min_age="60",
        action="preview",
    )
    client.force_login(representative)
    html = client.post("/fi/my/activity/new/", data).content.decode()
    preview = facts(html)
    for text in (
        "tiistai 17:00–18:30",
        "Ei heinäkuussa.",
        "1.1.2027–31.5.2027",
        "Väinölänniemen paviljonki",
        "Väinölänniementie 1",
        "70100 Kuopio",
        "Vapaa-aika",
        "Ikääntyneet",
        "5 € kerta",
        "esteetön kulku pyörätuolilla, induktiosilmukka",
        "Ramppi sivuovella.",
        "sihteeri@example.fi",
    ):
        assert text in preview, text
    assert not Activity.objects.exists()
    # The same facts as the public page shows once approved (which adds its confirmation date).
    client.post("/fi/my/activity/new/", {**data, "action": "submit"})
    activity = Activity.objects.get()
    approve(client, moderator, activity)
    public = facts(client.get(f"/fi/hakemisto/toiminta/{activity.slug}/").content.decode())
    assert public.startswith(preview)


def test_the_event_preview_shows_times_place_and_price(client, calendar_page, representative):
    organisation = representative.represented_organisations.get()
    leisure = Theme.objects.default_locale().get(slug="leisure")
    data = {
        "organisation": organisation.pk,
        "original_language": "fi",
        "title": "Kevätretki",
        "summary": "Retki Puijolle.",
        "description": "Pitkä kuvaus.",
        "status": "scheduled",
        "start": "2027-05-04T10:00",
        "end": "2027-05-04T14:00",
        "interval": "1",
        "channel": "place",
        "venue_name": "Puijon torni",
        "street_address": "Puijontie 135",
        "themes": [leisure.pk],
        "registration": "none",
        "waitlist_capacity": "0",
        "fee_description": "10 €",
        "parking": "on",
        "action": "preview",
    }
    client.force_login(representative)
    html = client.post("/fi/my/event/new/", data).content.decode()
    preview = facts(html)
    for text in (
        "tiistai 4.5.2027 10:00",
        "14:00",
        "Puijon torni",
        "Puijontie 135",
        "Vapaa-aika",
        "10 €",
    ):
        assert text in preview, text
    assert not Event.objects.exists()


def test_the_organisation_preview_shows_its_contact_details(client, representative):
    client.force_login(representative)
    data = organisation_data(
        street_address="Kauppakatu 1", postal_code="70100", post_office="Kuopio", action="preview"
    )
    html = client.post("/fi/my/organisation/new/", data).content.decode()
    preview = facts(html)
    for text in ("info@uusi.example.fi", "040 000 0001", "Kauppakatu 1", "70100 Kuopio"):
        assert text in preview, text


# --- an image survives an error ---------------------------------------------------------------


def upload(name="kuva.png"):
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")


def kept_token(html, name="image_upload_kept"):
    match = re.search(rf'<input type="hidden" name="{name}" value="([^"]+)">', html)
    return match.group(1) if match else None


def test_a_chosen_image_survives_an_error_elsewhere(client, representative):
    organisation = representative.represented_organisations.get()
    client.force_login(representative)
    data = {**activity_data(organisation, title=""), "image_alt_text": "Kävelijöitä puistossa"}
    html = client.post("/fi/my/activity/new/", {**data, "image_upload": upload()}).content.decode()
    assert "Tarkista nämä kentät" in html
    token = kept_token(html)
    assert token and "Valitsemasi kuva on tallessa" in html
    assert get_image_model().objects.count() == 1
    # Sent again with the error corrected and no file chosen: the image is the one chosen.
    response = client.post(
        "/fi/my/activity/new/", {**data, "title": "Kävelyryhmä", "image_upload_kept": token}
    )
    assert response.status_code == 302
    activity = Activity.objects.get()
    assert activity.image == get_image_model().objects.get()
    assert activity.image.uploaded_by_user == representative
    assert activity.image_alt_text == "Kävelijöitä puistossa"


def test_a_previewed_image_is_shown_and_kept(client, representative):
    organisation = representative.represented_organisations.get()
    client.force_login(representative)
    data = {**activity_data(organisation, action="preview"), "image_alt_text": "Kävelijöitä"}
    html = client.post("/fi/my/activity/new/", {**data, "image_upload": upload()}).content.decode()
    preview = html[html.index('id="preview-heading"') :]
    assert 'class="listing-page__image"' in preview and 'alt="Kävelijöitä"' in preview
    token = kept_token(html)
    response = client.post(
        "/fi/my/activity/new/", {**data, "action": "submit", "image_upload_kept": token}
    )
    assert response.status_code == 302
    assert Activity.objects.get().image is not None


def test_an_organisation_logo_survives_an_error_too(client, representative):
    client.force_login(representative)
    data = organisation_data(name="", logo_alt_text="Yhdistyksen logo")
    html = client.post(
        "/fi/my/organisation/new/", {**data, "logo_upload": upload()}
    ).content.decode()
    token = kept_token(html, "logo_upload_kept")
    assert token
    data["name"] = "Logollinen yhdistys ry"
    response = client.post("/fi/my/organisation/new/", {**data, "logo_upload_kept": token})
    assert response.status_code == 302
    assert Organisation.objects.get(name="Logollinen yhdistys ry").logo is not None


def test_a_kept_image_still_needs_its_alternative_text(client, representative):
    organisation = representative.represented_organisations.get()
    client.force_login(representative)
    data = activity_data(organisation, title="")
    token = kept_token(
        client.post(
            "/fi/my/activity/new/", {**data, "image_upload": upload(), "image_alt_text": "x"}
        ).content.decode()
    )
    html = client.post(
        "/fi/my/activity/new/", {**data, "title": "Kävelyryhmä", "image_upload_kept": token}
    ).content.decode()
    assert "Kuvaile kuva ruudunlukijoita varten." in html
    assert kept_token(html).split(":")[0] == token.split(":")[0]  # the same image, still kept
    assert not Activity.objects.exists()


def test_a_kept_image_token_works_only_for_its_user(client, representative, django_user_model):
    organisation = representative.represented_organisations.get()
    client.force_login(representative)
    data = {**activity_data(organisation, title=""), "image_alt_text": "Kuva"}
    token = kept_token(
        client.post("/fi/my/activity/new/", {**data, "image_upload": upload()}).content.decode()
    )
    other = django_user_model.objects.create_user(username="toinen", password="x")
    represent(other, organisation)
    client.force_login(other)
    for number, forged in enumerate((token, token[:-2] + "xx", "roskaa")):
        title = f"Toisen ryhmä {number}"
        response = client.post(
            "/fi/my/activity/new/", {**data, "title": title, "image_upload_kept": forged}
        )
        assert response.status_code == 302
        assert Activity.objects.get(title=title).image is None
