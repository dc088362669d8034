"""Centres use the directory's taxonomy: a county and a municipality term instead of a fixed
list of counties and a municipality typed as text.

Each centre (and each of its stored revisions and translation sources, so that old drafts can
still be published and translations synchronised) gets the Finnish term of its county and of
its municipality, found by name in any language. A municipality that the taxonomy does not have
yet is added to it (in every language, under the centre's county), so nothing typed is lost.
"""

import json
import re
import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from directory.taxonomy.models import in_default_locale

# The old choice values and the taxonomy's slugs for the same counties.
COUNTY_SLUGS = {
    "east_uusimaa": "ita-uusimaa",
    "central_uusimaa": "keski-uusimaa",
    "west_uusimaa": "lansi-uusimaa",
    "vantaa_kerava": "vantaa-kerava",
    "southwest_finland": "varsinais-suomi",
    "satakunta": "satakunta",
    "kanta_hame": "kanta-hame",
    "pirkanmaa": "pirkanmaa",
    "paijat_hame": "paijat-hame",
    "kymenlaakso": "kymenlaakso",
    "south_karelia": "etela-karjala",
    "south_savo": "etela-savo",
    "north_savo": "pohjois-savo",
    "north_karelia": "pohjois-karjala",
    "central_finland": "keski-suomi",
    "south_ostrobothnia": "etela-pohjanmaa",
    "ostrobothnia": "pohjanmaa",
    "central_ostrobothnia": "keski-pohjanmaa",
    "north_ostrobothnia": "pohjois-pohjanmaa",
    "kainuu": "kainuu",
    "lapland": "lappi",
    "helsinki": "helsinki",
}


def slugify_fi(name):
    name = name.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    return re.sub(r"[^a-z0-9]+", "-", name).strip("-")[:120] or "municipality"


class Terms:
    """Finds (or adds) the Finnish taxonomy terms of a county value and a municipality name."""

    def __init__(self, apps):
        self.County = apps.get_model("taxonomy", "WellbeingCounty")
        self.Municipality = apps.get_model("taxonomy", "Municipality")
        self.Locale = apps.get_model("wagtailcore", "Locale")
        self.default = self.Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    def finnish(self, model, term):
        return model.objects.filter(
            translation_key=term.translation_key, locale=self.default
        ).first() or term

    def county(self, value):
        slug = COUNTY_SLUGS.get(value, value)
        term = self.County.objects.filter(slug=slug).order_by("pk").first()
        if term is None:
            raise ValueError(f"No wellbeing services county {value!r} in the taxonomy")
        return self.finnish(self.County, term)

    def municipality(self, name, county):
        name = (name or "").strip()
        term = self.Municipality.objects.filter(name__iexact=name).order_by("pk").first()
        if term is not None:
            return self.finnish(self.Municipality, term)
        slug = slugify_fi(name)
        term = self.Municipality.objects.filter(slug=slug, locale=self.default).first()
        if term is not None:
            return term
        key = uuid.uuid4()
        created = None
        for locale in self.Locale.objects.all():
            row = self.Municipality.objects.create(
                translation_key=key,
                locale=locale,
                name=name,
                slug=slug,
                sort_order=100,
                county=self.finnish(self.County, county)
                if locale == self.default
                else self.County.objects.filter(
                    translation_key=county.translation_key, locale=locale
                ).first()
                or county,
            )
            if locale == self.default:
                created = row
        return created


def convert_content(content, terms):
    """The centre's fields in a stored copy (revision or translation source)."""
    if "wellbeing_services_county" not in content:
        return False
    county = terms.county(content.pop("wellbeing_services_county"))
    municipality = terms.municipality(content.get("municipality"), county)
    content["county"] = county.pk
    content["municipality"] = municipality.pk
    return True


def forwards(apps, schema_editor):
    CentrePage = apps.get_model("pilots", "CentrePage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    terms = Terms(apps)
    for centre in CentrePage.objects.all():
        county = terms.county(centre.wellbeing_services_county)
        centre.county_term = county
        centre.municipality_term = terms.municipality(centre.municipality, county)
        centre.save(update_fields=["county_term", "municipality_term"])
    content_type = ContentType.objects.filter(app_label="pilots", model="centrepage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type):
        if convert_content(revision.content, terms):
            revision.save(update_fields=["content"])
    for source in TranslationSource.objects.filter(specific_content_type=content_type):
        content = json.loads(source.content_json)
        if convert_content(content, terms):
            source.content_json = json.dumps(content, cls=json.JSONEncoder)
            source.save(update_fields=["content_json"])


class Migration(migrations.Migration):
    dependencies = [
        ("pilots", "0002_guidance_workflow_and_roles"),
        ("taxonomy", "0001_initial"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="centrepage",
            name="county_term",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="taxonomy.wellbeingcounty",
            ),
        ),
        migrations.AddField(
            model_name="centrepage",
            name="municipality_term",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="taxonomy.municipality",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False),
        migrations.RemoveField(model_name="centrepage", name="wellbeing_services_county"),
        migrations.RemoveField(model_name="centrepage", name="municipality"),
        migrations.RenameField(model_name="centrepage", old_name="county_term", new_name="county"),
        migrations.RenameField(
            model_name="centrepage", old_name="municipality_term", new_name="municipality"
        ),
        migrations.AlterField(
            model_name="centrepage",
            name="county",
            field=models.ForeignKey(
                help_text="The county that runs the centre.",
                limit_choices_to=in_default_locale,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="taxonomy.wellbeingcounty",
                verbose_name="wellbeing services county",
            ),
        ),
        migrations.AlterField(
            model_name="centrepage",
            name="municipality",
            field=models.ForeignKey(
                help_text="Where the centre is.",
                limit_choices_to=in_default_locale,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="taxonomy.municipality",
                verbose_name="municipality",
            ),
        ),
    ]
