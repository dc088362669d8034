"""The two editorial roles: Editors (project staff) and Moderators.

Wagtail's own initial data creates both groups with page permissions on the root page; this
makes sure they exist whatever the database's history, and gives each role what it needs:

* Editors write and submit pages, images and documents and request translations; they cannot
  publish: publishing goes through a workflow's moderation task.
* Moderators can do all that and also publish, lock and unlock pages and change the portal
  settings. Later apps add their snippet permissions in their own migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS + ["publish_page", "lock_page", "unlock_page"]
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
MODERATOR_MODEL_PERMISSIONS = EDITOR_MODEL_PERMISSIONS + [("portal", "change_portalsettings")]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    # Permissions of models created in this run are otherwise made only after all migrations.
    for app_config in apps.get_app_configs():
        if getattr(app_config, "models_module", None) is None:  # historical app configs
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
        else:
            create_permissions(app_config, apps=apps, verbosity=0)

    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    roles = {
        "Editors": (EDITOR_PAGE_PERMISSIONS, EDITOR_MODEL_PERMISSIONS),
        "Moderators": (MODERATOR_PAGE_PERMISSIONS, MODERATOR_MODEL_PERMISSIONS),
    }
    for name, (page_permissions, model_permissions) in roles.items():
        group, _ = Group.objects.get_or_create(name=name)
        for codename in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=_permission(apps, "wagtailcore", codename),
            )
        for app_label, codename in model_permissions:
            group.permissions.add(_permission(apps, app_label, codename))
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(apps, app_label, codename),
            )
    # Editors must not publish, whatever an earlier set-up gave them.
    GroupPagePermission.objects.filter(
        group__name="Editors", permission__codename__in=["publish_page", "bulk_delete_page"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("home", "0002_create_homepage_and_locales"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
