"""Staff read workflow and task names in the default language (portal.workflows): the set-up
names them in Finnish, and the data migrations rename the English names of older databases."""

from importlib import import_module

import pytest
from django.apps import apps
from django.utils import translation
from wagtail.models import Task, Workflow

from blog.workflow import BLOG_WORKFLOW_NAME, set_up
from directory.organisations.models import Activity, Organisation
from portal.workflows import default_name, known_names

pytestmark = pytest.mark.django_db

FINNISH_WORKFLOWS = {
    "Blogin tarkastus",
    "Ohjeiden tarkastus",
    "Hakemiston tarkastus",
    "Moderaattorien hyväksyntä",
}
FINNISH_TASKS = {
    "Moderaattorien hyväksyntä: blogi",
    "Moderaattorien hyväksyntä: ohjeet",
    "Moderaattorien hyväksyntä: hakemisto",
    "Moderaattorien hyväksyntä",
}
# (migration module, English workflow name, English task name)
MIGRATIONS = [
    ("blog.migrations.0003_workflow_names", "Blog review", "Blog moderator approval"),
    ("pilots.migrations.0004_workflow_names", "Guidance review", "Guidance approval by Moderators"),
    (
        "directory.organisations.migrations.0010_workflow_names",
        "Directory moderation",
        "Directory moderator approval",
    ),
    ("portal.migrations.0003_workflow_names", "Moderators approval", "Moderators approval"),
]


def run(migration_module, backwards=False):
    operation = import_module(migration_module).Migration.operations[0]
    (operation.reverse_code if backwards else operation.code)(apps, None)


def test_workflows_and_tasks_are_named_in_finnish():
    assert set(Workflow.objects.values_list("name", flat=True)) == FINNISH_WORKFLOWS
    assert set(Task.objects.values_list("name", flat=True)) == FINNISH_TASKS
    assert Organisation().get_workflow().name == "Hakemiston tarkastus"
    assert Activity().get_workflow().name == "Hakemiston tarkastus"


def test_names_are_translated_for_every_portal_language():
    with translation.override("sv"):
        assert str(BLOG_WORKFLOW_NAME) == "Granskning av bloggen"
    assert known_names(BLOG_WORKFLOW_NAME) == [
        "Blog review",
        "Blogin tarkastus",
        "Granskning av bloggen",
    ]
    with translation.override("sv"):  # the active language does not matter
        assert default_name(BLOG_WORKFLOW_NAME) == "Blogin tarkastus"


@pytest.mark.parametrize(("migration", "workflow_name", "task_name"), MIGRATIONS)
def test_data_migrations_rename_english_workflows_and_back(migration, workflow_name, task_name):
    run(migration, backwards=True)
    names = set(Workflow.objects.values_list("name", flat=True))
    assert workflow_name in names and not names <= FINNISH_WORKFLOWS
    assert task_name in set(Task.objects.values_list("name", flat=True))
    run(migration)
    assert set(Workflow.objects.values_list("name", flat=True)) == FINNISH_WORKFLOWS
    assert set(Task.objects.values_list("name", flat=True)) == FINNISH_TASKS


def test_the_blog_set_up_creates_the_workflow_in_finnish():
    Workflow.objects.filter(name="Blogin tarkastus").delete()
    Task.objects.filter(name="Moderaattorien hyväksyntä: blogi").delete()
    set_up(apps)  # as the demo does after tests emptied the database
    workflow = Workflow.objects.get(name="Blogin tarkastus")
    assert workflow.tasks.get().name == "Moderaattorien hyväksyntä: blogi"
    set_up(apps)  # found again by its Finnish name: nothing new
    assert Workflow.objects.filter(name__in=known_names(BLOG_WORKFLOW_NAME)).count() == 1
