"""Rendering of every guidance block, the table of contents and the timeline's past marking."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.models import Locale

from pilots.blocks import (
    CalloutBlock,
    ChecklistBlock,
    ContactCardBlock,
    FacilityBlock,
    FAQBlock,
    GuideStreamBlock,
    ProcessPhasesBlock,
    RoleCardBlock,
    SectionBlock,
    TimelineBlock,
)
from pilots.factories import ContactFactory
from pilots.toc import build_table_of_contents

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def finnish():
    """Blocks render in the active language; earlier tests may have left another active."""
    with translation.override("fi"):
        yield


def render(block, raw, **context):
    return block.render(block.to_python(raw), context=context)


def stream(raw):
    return GuideStreamBlock().to_python(raw)


def section(heading, content=()):
    return {"type": "section", "value": {"heading": heading, "content": list(content)}}


def test_table_of_contents_lists_sections_with_unique_anchors():
    body = stream(
        [
            {"type": "paragraph", "value": "<p>Johdanto</p>"},
            section("Tavoitteet"),
            section("Yhteystiedot"),
            section("Tavoitteet"),
            section("Tavoitteet"),
            section("Sisällys"),
            section("Main"),
        ]
    )
    toc, items = build_table_of_contents(body)
    assert [entry.anchor for entry in toc] == [
        "tavoitteet",
        "yhteystiedot",
        "tavoitteet-2",
        "tavoitteet-3",
        "sisallys",
        "main-2",  # "main" is the id of the page's <main>
    ]
    assert [entry.title for entry in toc][:2] == ["Tavoitteet", "Yhteystiedot"]
    assert [anchor for _block, anchor in items][:2] == [None, "tavoitteet"]


def test_section_renders_heading_with_anchor_link_and_content():
    html = render(
        SectionBlock(),
        {
            "heading": "Toiminnan esittely",
            "content": [{"type": "paragraph", "value": "<p>Teksti</p>"}],
        },
        anchor="toiminnan-esittely",
    )
    assert '<h2 id="toiminnan-esittely"' in html
    assert 'href="#toiminnan-esittely"' in html
    assert 'aria-label="Linkki osioon ”Toiminnan esittely”"' in html
    assert "<p>Teksti</p>" in html


def test_checklist_renders_items_and_explanations():
    html = render(
        ChecklistBlock(),
        {
            "title": "Sovi nämä etukäteen",
            "introduction": "",
            "items": [
                {"text": "Aika", "explanation": "Ajankohta ja kesto"},
                {"text": "Tilat", "explanation": ""},
            ],
        },
    )
    assert '<h3 class="checklist__title">Sovi nämä etukäteen</h3>' in html
    assert html.count('class="checklist__item"') == 2
    assert "Ajankohta ja kesto" in html
    assert html.count("checklist__explanation") == 1


def test_role_card_renders_role_and_tasks():
    html = render(
        RoleCardBlock(),
        {"role": "Järjestöyhdyshenkilö", "description": "", "tasks": ["Koordinoi", "Arvioi"]},
    )
    assert "Järjestöyhdyshenkilö" in html
    assert "<li>Koordinoi</li><li>Arvioi</li>" in html


def test_process_phases_render_in_order_with_responsible_parties():
    html = render(
        ProcessPhasesBlock(),
        {
            "title": "Työpaja",
            "phases": [
                {
                    "name": "Ennen",
                    "description": "",
                    "participants": "Yhdistykset",
                    "steps": [{"text": "Kutsut", "responsible": "Kolomonen"}],
                },
                {
                    "name": "Aikana",
                    "description": "",
                    "participants": "",
                    "steps": [{"text": "Työskentely", "responsible": ""}],
                },
                {
                    "name": "Jälkeen",
                    "description": "",
                    "participants": "",
                    "steps": [{"text": "Muistio", "responsible": ""}],
                },
            ],
        },
    )
    assert html.index("Ennen") < html.index("Aikana") < html.index("Jälkeen")
    assert "Vaihe 1" in html and "Vaihe 3" in html
    assert "(Vastuu: Kolomonen)" in html
    assert "Osallistujat" in html and "Yhdistykset" in html
    assert '<h4 class="process__phase-name">' in html  # under the block's h3 title


TIMELINE = {
    "title": "Aikataulu",
    "milestones": [
        {"date": "2022-09-01", "relative_label": "", "title": "Alku", "description": ""},
        {"date": "2022-10-15", "relative_label": "", "title": "Tänään", "description": ""},
        {"date": "2022-12-31", "relative_label": "", "title": "Loppu", "description": ""},
        {
            "date": None,
            "relative_label": "Pilotin jälkeen",
            "title": "Arviointi",
            "description": "",
        },
    ],
}


def test_timeline_marks_past_milestones_with_text_using_the_given_today():
    html = render(TimelineBlock(), TIMELINE, today=datetime.date(2022, 10, 15))
    items = html.split('<li class="timeline__milestone')[1:]
    assert "--past" in items[0] and "(toteutunut)" in items[0]
    assert "--past" not in items[1] and "(toteutunut)" not in items[1]  # today is not past
    assert "--past" not in items[2]
    assert "--past" not in items[3] and "Pilotin jälkeen" in items[3]
    assert '<time datetime="2022-09-01">1.9.2022</time>' in html


def test_timeline_uses_the_local_date_by_default(monkeypatch):
    monkeypatch.setattr("pilots.blocks.timezone.localdate", lambda: datetime.date(2023, 1, 1))
    html = render(TimelineBlock(), TIMELINE)
    assert html.count("timeline__milestone--past") == 3


def test_timeline_milestone_needs_a_date_or_a_label():

    block = TimelineBlock()
    value = block.to_python(
        {
            "title": "",
            "milestones": [{"date": None, "relative_label": "", "title": "X", "description": ""}],
        }
    )
    with pytest.raises(Exception) as error:
        block.clean(value)
    assert isinstance(error.value, StructBlockValidationError) or "date" in str(error.value)


def test_contact_card_renders_the_snippet_in_the_readers_language():

    contact = ContactFactory(
        name="Sanna Esimerkki",
        title="Sosiaaliohjaaja",
        email="sanna@example.fi",
        phone="040 000 0001",
    )
    swedish = contact.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.title = "Socialhandledare"
    swedish.save()

    block = ContactCardBlock()
    raw = {"role": "Järjestöyhdyshenkilö", "contact": contact.pk}
    html = render(block, raw)
    assert '<h3 class="contact-card__name">Sanna Esimerkki</h3>' in html
    assert "Sosiaaliohjaaja" in html
    assert 'href="mailto:sanna@example.fi"' in html
    assert 'href="tel:0400000001">040 000 0001</a>' in html
    assert "Järjestöyhdyshenkilö" in html
    with translation.override("sv"):
        assert "Socialhandledare" in render(block, raw)

    # A change to the snippet shows on every page that uses it.
    contact.phone = "040 000 0002"
    contact.save()
    assert "040 000 0002" in render(block, raw)


def test_callout_names_its_kind_in_text():
    for kind, label in (("note", "Huomio"), ("tip", "Vinkki"), ("warning", "Varoitus")):
        html = render(CalloutBlock(), {"kind": kind, "title": "Otsikko", "text": "<p>Sisältö</p>"})
        assert f"callout--{kind}" in html
        assert f'<p class="callout__kind">{label}</p>' in html
        assert "<p>Sisältö</p>" in html


def test_faq_uses_details_and_summary_and_a_print_copy():
    html = render(
        FAQBlock(),
        {
            "title": "Usein kysyttyä",
            "items": [{"question": "Voiko etänä?", "answer": "<p>Voi.</p>"}],
        },
    )
    assert '<details class="faq__item">' in html
    assert '<summary class="faq__question">Voiko etänä?</summary>' in html
    assert '<dl class="faq__print" hidden>' in html
    assert html.count("<p>Voi.</p>") == 2


@override_settings(MEDIA_ROOT="/tmp/pilots-test-media")
def test_document_block_links_the_file():
    document = Document(title="A3-lomake")
    document.file.save("a3-lomake.txt", ContentFile(b"lomake"), save=False)
    document.save()
    html = (
        GuideStreamBlock()
        .child_blocks["document"]
        .render(
            GuideStreamBlock()
            .child_blocks["document"]
            .to_python({"document": document.pk, "title": ""})
        )
    )
    assert document.url in html
    assert "A3-lomake" in html and "TXT" in html


def test_facility_shows_kind_and_technical_requirements():
    html = render(
        FacilityBlock(),
        {"kind": "info_screen", "description": "Aulan näyttö", "requirements": ["1920 × 1080"]},
    )
    assert "Sähköinen infotaulu" in html
    assert "Tekniset vaatimukset" in html and "<li>1920 × 1080</li>" in html
