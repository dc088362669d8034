"""The taxonomy models, moved from the directory app: state only, the tables keep their names."""

from django.db import migrations, models
import django.db.models.deletion
import modelsearch.index
import uuid


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0007_event_moderation'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ServiceLanguage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(choices=[('fi', 'Finnish'), ('sv', 'Swedish'), ('en', 'English'), ('fse', 'Finnish Sign Language'), ('plain', 'Plain language'), ('se', 'Sámi'), ('ru', 'Russian'), ('ar', 'Arabic'), ('so', 'Somali'), ('et', 'Estonian'), ('other', 'Other languages')], max_length=8, unique=True, verbose_name='code')),
                        ('sort_order', models.PositiveSmallIntegerField(default=100)),
                    ],
                    options={
                        'verbose_name': 'service language',
                        'verbose_name_plural': 'service languages',
                        'db_table': 'directory_servicelanguage',
                        'ordering': ['sort_order', 'code'],
                    },
                ),
                migrations.CreateModel(
                    name='WellbeingCounty',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in addresses and filters; the same in every language.', max_length=120, verbose_name='slug')),
                        ('sort_order', models.PositiveSmallIntegerField(default=100, verbose_name='order')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'wellbeing services county',
                        'verbose_name_plural': 'wellbeing services counties',
                        'db_table': 'directory_wellbeingcounty',
                        'ordering': ['sort_order', 'name'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='TargetGroup',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in addresses and filters; the same in every language.', max_length=120, verbose_name='slug')),
                        ('sort_order', models.PositiveSmallIntegerField(default=100, verbose_name='order')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'target group',
                        'verbose_name_plural': 'target groups',
                        'db_table': 'directory_targetgroup',
                        'ordering': ['sort_order', 'name'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Theme',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in addresses and filters; the same in every language.', max_length=120, verbose_name='slug')),
                        ('sort_order', models.PositiveSmallIntegerField(default=100, verbose_name='order')),
                        ('description', models.CharField(blank=True, max_length=300, verbose_name='description')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'theme',
                        'verbose_name_plural': 'themes',
                        'db_table': 'directory_theme',
                        'ordering': ['sort_order', 'name'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Municipality',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in addresses and filters; the same in every language.', max_length=120, verbose_name='slug')),
                        ('sort_order', models.PositiveSmallIntegerField(default=100, verbose_name='order')),
                        ('code', models.CharField(blank=True, help_text='The official three-digit municipality number.', max_length=3, verbose_name='municipality number')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                        ('county', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='municipalities', to='taxonomy.wellbeingcounty', verbose_name='wellbeing services county')),
                    ],
                    options={
                        'verbose_name': 'municipality',
                        'verbose_name_plural': 'municipalities',
                        'db_table': 'directory_municipality',
                        'ordering': ['sort_order', 'name'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
    ]
