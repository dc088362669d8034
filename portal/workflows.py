"""Names of the moderation workflows and their tasks, in the portal's default language.

A workflow is a database row with one name, which staff read in the admin and in the moderation
e-mails. The apps declare the names as gettext strings (English source, Finnish and Swedish in
the catalogues), and the set-up stores them in the default language (``settings.LANGUAGE_CODE``,
Finnish): "Blogin tarkastus", "Ohjeiden tarkastus", "Hakemiston tarkastus". Code finds a
workflow by any of its names (the English source or the name in a portal language), so
databases set up before the names were translated, or with another default language, still
match; the apps' data migrations rename the old English rows (:func:`rename`).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# Wagtail's own default workflow and task for pages without another workflow (its migration
# names both after the Moderators group).
DEFAULT_WORKFLOW_NAME = _("Moderators approval")


def default_name(name):
    """``name`` (a lazy gettext string) in the portal's default language."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(name)


def known_names(name):
    """Every name a workflow or task set up with ``name`` may have: English and translated."""
    with translation.override(None):
        names = {str(name)}
    for code, _label in settings.LANGUAGES:
        with translation.override(code):
            names.add(str(name))
    return sorted(names)


def rename(apps, names, *, to_source=False):
    """Give workflows and tasks named with any of ``names`` their default-language name (or back
    their English source name, ``to_source``, when a migration is reversed)."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for name in names:
        if to_source:
            with translation.override(None):
                new_name = str(name)
        else:
            new_name = default_name(name)
        for model in (Workflow, Task):
            model.objects.filter(name__in=known_names(name)).update(name=new_name)


def renaming_migration(*names):
    """The ``RunPython`` operation of an app's data migration that renames its workflows."""

    def forwards(apps, schema_editor):
        rename(apps, names)

    def backwards(apps, schema_editor):
        rename(apps, names, to_source=True)

    return forwards, backwards
