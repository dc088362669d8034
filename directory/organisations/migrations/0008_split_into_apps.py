"""The directory split into apps: taxonomy, events and registrations now own their models.

Only Django's model state changes; the tables keep their names (``db_table``) and the content
types move to the new app labels, so existing data stays linked."""

from django.db import migrations, models
import django.db.models.deletion
import modelcluster.fields
import portal.languages


MOVED = {
    "taxonomy": ["theme", "targetgroup", "wellbeingcounty", "municipality", "servicelanguage"],
    "events": ["event", "eventtranslation", "eventoccurrence", "calendarpage"],
    "registrations": ["eventregistration"],
}


def move_content_types(apps, schema_editor, forward=True):
    """The moved models keep their content types (and so their pages, revisions, workflow
    states, permissions and search entries): only the app label changes."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    types = ContentType.objects.using(schema_editor.connection.alias)
    for new_label, names in MOVED.items():
        old_label = "directory"
        if not forward:
            old_label, new_label = new_label, old_label
        for model in names:
            if types.filter(app_label=new_label, model=model).exists():
                continue
            types.filter(app_label=old_label, model=model).update(app_label=new_label)


def move_back(apps, schema_editor):
    move_content_types(apps, schema_editor, forward=False)


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('directory', '0007_event_moderation'),
        ('events', '0001_initial'),
        ('registrations', '0001_initial'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='calendarpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='calendarpage',
                    name='social_image',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='centre',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='created_by',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='image',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='languages',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='latest_revision',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='live_revision',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='locked_by',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='municipality',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='organisation',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='target_groups',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='themes',
                ),
                migrations.RemoveField(
                    model_name='eventregistration',
                    name='event',
                ),
                migrations.RemoveField(
                    model_name='eventtranslation',
                    name='event',
                ),
                migrations.RemoveField(
                    model_name='eventoccurrence',
                    name='event',
                ),
                migrations.AlterUniqueTogether(
                    name='municipality',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='municipality',
                    name='county',
                ),
                migrations.RemoveField(
                    model_name='municipality',
                    name='locale',
                ),
                migrations.AlterField(
                    model_name='activity',
                    name='municipality',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='activities', to='taxonomy.municipality', verbose_name='municipality'),
                ),
                migrations.AlterUniqueTogether(
                    name='targetgroup',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='targetgroup',
                    name='locale',
                ),
                migrations.AlterUniqueTogether(
                    name='theme',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='theme',
                    name='locale',
                ),
                migrations.AlterUniqueTogether(
                    name='wellbeingcounty',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='wellbeingcounty',
                    name='locale',
                ),
                migrations.AlterField(
                    model_name='organisation',
                    name='wellbeing_county',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='organisations', to='taxonomy.wellbeingcounty', verbose_name='wellbeing services county'),
                ),
                migrations.AlterField(
                    model_name='activity',
                    name='languages',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='activities', to='taxonomy.servicelanguage', verbose_name='languages'),
                ),
                migrations.AlterField(
                    model_name='activity',
                    name='original_language',
                    field=portal.languages.LanguageField(default='fi', help_text='The language the main texts are written in.', verbose_name='language of the texts'),
                ),
                migrations.AlterField(
                    model_name='activity',
                    name='target_groups',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='activities', to='taxonomy.targetgroup', verbose_name='target groups'),
                ),
                migrations.AlterField(
                    model_name='activity',
                    name='themes',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='activities', to='taxonomy.theme', verbose_name='themes'),
                ),
                migrations.AlterField(
                    model_name='activitytranslation',
                    name='language',
                    field=portal.languages.LanguageField(verbose_name='language'),
                ),
                migrations.AlterField(
                    model_name='organisation',
                    name='languages',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='organisations', to='taxonomy.servicelanguage', verbose_name='languages served'),
                ),
                migrations.AlterField(
                    model_name='organisation',
                    name='municipalities',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='organisations', to='taxonomy.municipality', verbose_name='municipalities where active'),
                ),
                migrations.AlterField(
                    model_name='organisation',
                    name='original_language',
                    field=portal.languages.LanguageField(default='fi', help_text='The language the main texts are written in.', verbose_name='language of the texts'),
                ),
                migrations.AlterField(
                    model_name='organisationtranslation',
                    name='language',
                    field=portal.languages.LanguageField(verbose_name='language'),
                ),
                migrations.DeleteModel(
                    name='CalendarPage',
                ),
                migrations.DeleteModel(
                    name='ServiceLanguage',
                ),
                migrations.DeleteModel(
                    name='EventRegistration',
                ),
                migrations.DeleteModel(
                    name='EventTranslation',
                ),
                migrations.DeleteModel(
                    name='Event',
                ),
                migrations.DeleteModel(
                    name='EventOccurrence',
                ),
                migrations.DeleteModel(
                    name='Municipality',
                ),
                migrations.DeleteModel(
                    name='TargetGroup',
                ),
                migrations.DeleteModel(
                    name='Theme',
                ),
                migrations.DeleteModel(
                    name='WellbeingCounty',
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_back),
    ]
