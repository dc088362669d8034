"""Reference data and moderation for the directory.

* The languages activities are offered in, and the taxonomies in Finnish and Swedish: the
  life-area themes of sote-NGO wellbeing activities (seed 002), target groups, the wellbeing
  services counties and the municipalities of the project's regions (moderators add more in the
  admin). Swedish rows are translations (same translation_key) of the Finnish ones.
* The "Directory moderation" workflow: one group approval task for Moderators, applied to
  organisations and activities.
* Permissions: Moderators manage listings and taxonomies; Editors may view listings.
"""

import uuid

from django.contrib.auth.management import create_permissions
from django.db import migrations

SERVICE_LANGUAGES = ["fi", "sv", "en", "fse", "plain", "se", "ru", "ar", "so", "et", "other"]

THEMES = [
    ("mental-physical-health", "Mielen hyvinvointi ja fyysinen terveys", "Psykiskt välbefinnande och fysisk hälsa"),
    ("study", "Opiskelu", "Studier"),
    ("work", "Työ", "Arbete"),
    ("leisure", "Vapaa-aika", "Fritid"),
    ("relationships", "Ihmissuhteet, osallisuus ja elämänmuutokset", "Relationer, delaktighet och livsförändringar"),
    ("society", "Yhteiskunta, arvot ja vaikuttaminen", "Samhälle, värderingar och påverkan"),
    ("housing", "Asuminen ja elinympäristö", "Boende och livsmiljö"),
    ("services", "Palvelut", "Tjänster"),
    ("everyday-life", "Toimiva arki", "En fungerande vardag"),
    ("lifestyle", "Elintavat ja terveyskäyttäytyminen", "Levnadsvanor och hälsobeteende"),
    ("livelihood", "Taloudellinen toimeentulo", "Ekonomisk utkomst"),
]

TARGET_GROUPS = [
    ("everyone", "Kaikki", "Alla"),
    ("children-families", "Lapsiperheet", "Barnfamiljer"),
    ("young-people", "Nuoret", "Unga"),
    ("working-age", "Työikäiset", "Personer i arbetsför ålder"),
    ("older-people", "Ikääntyneet", "Äldre"),
    ("disabled-people", "Vammaiset henkilöt", "Personer med funktionsnedsättning"),
    ("carers", "Omaishoitajat ja läheiset", "Närståendevårdare och anhöriga"),
    ("immigrants", "Maahanmuuttajat", "Invandrare"),
    ("mental-health-recovery", "Mielenterveys- ja päihdekuntoutujat", "Personer i rehabilitering inom mentalvård och missbruk"),
    ("long-term-illness", "Pitkäaikaissairaat", "Långtidssjuka"),
    ("unemployed", "Työttömät", "Arbetslösa"),
]

COUNTIES = [
    ("ita-uusimaa", "Itä-Uudenmaan hyvinvointialue", "Östra Nylands välfärdsområde"),
    ("keski-uusimaa", "Keski-Uudenmaan hyvinvointialue", "Mellersta Nylands välfärdsområde"),
    ("lansi-uusimaa", "Länsi-Uudenmaan hyvinvointialue", "Västra Nylands välfärdsområde"),
    ("vantaa-kerava", "Vantaan ja Keravan hyvinvointialue", "Vanda och Kervo välfärdsområde"),
    ("helsinki", "Helsingin kaupunki", "Helsingfors stad"),
    ("varsinais-suomi", "Varsinais-Suomen hyvinvointialue", "Egentliga Finlands välfärdsområde"),
    ("satakunta", "Satakunnan hyvinvointialue", "Satakunta välfärdsområde"),
    ("kanta-hame", "Kanta-Hämeen hyvinvointialue", "Egentliga Tavastlands välfärdsområde"),
    ("pirkanmaa", "Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde"),
    ("paijat-hame", "Päijät-Hämeen hyvinvointialue", "Päijät-Häme välfärdsområde"),
    ("kymenlaakso", "Kymenlaakson hyvinvointialue", "Kymmenedalens välfärdsområde"),
    ("etela-karjala", "Etelä-Karjalan hyvinvointialue", "Södra Karelens välfärdsområde"),
    ("etela-savo", "Etelä-Savon hyvinvointialue", "Södra Savolax välfärdsområde"),
    ("pohjois-savo", "Pohjois-Savon hyvinvointialue", "Norra Savolax välfärdsområde"),
    ("pohjois-karjala", "Pohjois-Karjalan hyvinvointialue", "Norra Karelens välfärdsområde"),
    ("keski-suomi", "Keski-Suomen hyvinvointialue", "Mellersta Finlands välfärdsområde"),
    ("etela-pohjanmaa", "Etelä-Pohjanmaan hyvinvointialue", "Södra Österbottens välfärdsområde"),
    ("pohjanmaa", "Pohjanmaan hyvinvointialue", "Österbottens välfärdsområde"),
    ("keski-pohjanmaa", "Keski-Pohjanmaan hyvinvointialue", "Mellersta Österbottens välfärdsområde"),
    ("pohjois-pohjanmaa", "Pohjois-Pohjanmaan hyvinvointialue", "Norra Österbottens välfärdsområde"),
    ("kainuu", "Kainuun hyvinvointialue", "Kajanalands välfärdsområde"),
    ("lappi", "Lapin hyvinvointialue", "Lapplands välfärdsområde"),
]

# (county slug, Finnish name, official Swedish name or None, municipality number)
MUNICIPALITIES = [
    ("pohjois-savo", "Kuopio", None, "297"),
    ("pohjois-savo", "Iisalmi", "Idensalmi", "140"),
    ("pohjois-savo", "Varkaus", None, "915"),
    ("pohjois-savo", "Siilinjärvi", None, "749"),
    ("pohjois-savo", "Suonenjoki", None, "778"),
    ("pohjois-savo", "Leppävirta", None, "420"),
    ("pohjois-savo", "Lapinlahti", None, "402"),
    ("pohjois-savo", "Kiuruvesi", None, "263"),
    ("pohjois-savo", "Pielavesi", None, "595"),
    ("pohjois-savo", "Rautalampi", None, "686"),
    ("pohjois-savo", "Tuusniemi", None, "857"),
    ("pohjois-savo", "Sonkajärvi", None, "762"),
    ("pohjois-pohjanmaa", "Oulu", "Uleåborg", "564"),
    ("pohjois-pohjanmaa", "Raahe", "Brahestad", "678"),
    ("pohjois-pohjanmaa", "Kempele", None, "244"),
    ("pohjois-pohjanmaa", "Liminka", "Limingo", "425"),
    ("pohjois-pohjanmaa", "Muhos", None, "494"),
    ("pohjois-pohjanmaa", "Kuusamo", None, "305"),
    ("pohjois-pohjanmaa", "Ylivieska", None, "977"),
    ("pohjois-pohjanmaa", "Nivala", None, "535"),
    ("pohjois-pohjanmaa", "Kalajoki", None, "208"),
    ("pohjois-pohjanmaa", "Hailuoto", "Karlö", "072"),
    ("pohjois-pohjanmaa", "Ii", None, "139"),
    ("etela-savo", "Mikkeli", "S:t Michel", "491"),
    ("etela-savo", "Savonlinna", "Nyslott", "740"),
    ("etela-savo", "Pieksämäki", None, "593"),
    ("etela-savo", "Juva", None, "178"),
    ("etela-savo", "Kangasniemi", None, "213"),
    ("etela-savo", "Mäntyharju", None, "507"),
    ("etela-savo", "Rantasalmi", None, "681"),
    ("etela-savo", "Sulkava", None, "768"),
    ("etela-savo", "Enonkoski", None, "046"),
    ("kymenlaakso", "Kotka", None, "285"),
    ("kymenlaakso", "Kouvola", None, "286"),
    ("kymenlaakso", "Hamina", "Fredrikshamn", "075"),
    ("kymenlaakso", "Pyhtää", "Pyttis", "624"),
    ("kymenlaakso", "Miehikkälä", None, "489"),
    ("kymenlaakso", "Virolahti", "Vederlax", "935"),
    ("etela-karjala", "Lappeenranta", "Villmanstrand", "405"),
    ("etela-karjala", "Imatra", None, "153"),
    ("etela-karjala", "Lemi", None, "416"),
    ("etela-karjala", "Luumäki", None, "441"),
    ("etela-karjala", "Parikkala", None, "580"),
    ("etela-karjala", "Rautjärvi", None, "689"),
    ("etela-karjala", "Ruokolahti", None, "700"),
    ("etela-karjala", "Savitaipale", None, "739"),
    ("etela-karjala", "Taipalsaari", None, "831"),
]

MODERATOR_PERMISSIONS = {
    "organisation": ["add", "change", "delete", "view", "publish", "lock", "unlock"],
    "activity": ["add", "change", "delete", "view", "publish", "lock", "unlock"],
    "theme": ["add", "change", "delete", "view"],
    "targetgroup": ["add", "change", "delete", "view"],
    "municipality": ["add", "change", "delete", "view"],
    "wellbeingcounty": ["add", "change", "delete", "view"],
    "representation": ["add", "change", "delete", "view"],
}
EDITOR_PERMISSIONS = {"organisation": ["view"], "activity": ["view"]}


def slugify_fi(name):
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a"})
    return name.translate(table).lower().replace(" ", "-").replace(":", "")


def create_pair(model, fi_locale, sv_locale, slug, name_fi, name_sv, order, **extra):
    key = uuid.uuid4()
    fi, _ = model.objects.get_or_create(
        slug=slug,
        locale=fi_locale,
        defaults={"name": name_fi, "translation_key": key, "sort_order": order, **extra.get("fi", {})},
    )
    if sv_locale is not None:
        model.objects.get_or_create(
            translation_key=fi.translation_key,
            locale=sv_locale,
            defaults={"name": name_sv, "slug": slug, "sort_order": order, **extra.get("sv", {})},
        )
    return fi


def reference_data(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    fi = Locale.objects.get(language_code="fi")
    sv = Locale.objects.filter(language_code="sv").first()

    ServiceLanguage = apps.get_model("directory.ServiceLanguage")
    for order, code in enumerate(SERVICE_LANGUAGES):
        ServiceLanguage.objects.get_or_create(code=code, defaults={"sort_order": order})

    for model_name, rows in (("Theme", THEMES), ("TargetGroup", TARGET_GROUPS)):
        model = apps.get_model("directory", model_name)
        for order, (slug, name_fi, name_sv) in enumerate(rows):
            create_pair(model, fi, sv, slug, name_fi, name_sv, order)

    County = apps.get_model("directory.WellbeingCounty")
    counties = {}
    for order, (slug, name_fi, name_sv) in enumerate(COUNTIES):
        counties[slug] = create_pair(County, fi, sv, slug, name_fi, name_sv, order)
    sv_counties = {c.translation_key: c for c in County.objects.filter(locale=sv)} if sv else {}

    Municipality = apps.get_model("directory.Municipality")
    for county_slug, name_fi, name_sv, code in MUNICIPALITIES:
        county = counties[county_slug]
        create_pair(
            Municipality,
            fi,
            sv,
            slugify_fi(name_fi),
            name_fi,
            name_sv or name_fi,
            100,
            fi={"county": county, "code": code},
            sv={"county": sv_counties.get(county.translation_key, county), "code": code},
        )


def moderation(apps, schema_editor):
    for app_config in apps.get_app_configs():
        if getattr(app_config, "models_module", None) is None:
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
        else:
            create_permissions(app_config, apps=apps, verbosity=0)

    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    editors, _ = Group.objects.get_or_create(name="Editors")
    for group, permissions in ((moderators, MODERATOR_PERMISSIONS), (editors, EDITOR_PERMISSIONS)):
        for model, actions in permissions.items():
            for action in actions:
                # publish/lock/unlock are otherwise made by Wagtail after all migrations.
                permission, _ = Permission.objects.get_or_create(
                    content_type=ContentType.objects.get_or_create(
                        app_label="directory", model=model
                    )[0],
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)

    task_content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, created = GroupApprovalTask.objects.get_or_create(
        name="Directory moderator approval",
        defaults={"content_type": task_content_type, "active": True},
    )
    if created:
        task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name="Directory moderation", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for model in ("organisation", "activity"):
        content_type, _ = ContentType.objects.get_or_create(app_label="directory", model=model)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
        ("home", "0002_create_homepage_and_locales"),
        ("portal", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(reference_data, migrations.RunPython.noop),
        migrations.RunPython(moderation, migrations.RunPython.noop),
    ]
