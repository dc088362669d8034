"""Events and the calendar page, moved from the directory app: state only, the tables keep their names."""

from django.conf import settings
from django.db import migrations, models
import directory.listings.validators
import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
import portal.languages
import uuid
import wagtail.contrib.routable_page.models
import wagtail.models.preview


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0007_event_moderation'),
        ('pilots', '0002_guidance_workflow_and_roles'),
        ('taxonomy', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='EventOccurrence',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('start', models.DateTimeField(db_index=True, verbose_name='starts')),
                        ('end', models.DateTimeField(db_index=True, verbose_name='ends')),
                    ],
                    options={
                        'verbose_name': 'occurrence',
                        'verbose_name_plural': 'occurrences',
                        'db_table': 'directory_eventoccurrence',
                        'ordering': ['start'],
                    },
                ),
                migrations.CreateModel(
                    name='EventTranslation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('language', portal.languages.LanguageField(verbose_name='language')),
                        ('title', models.CharField(blank=True, max_length=200, verbose_name='title')),
                        ('summary', models.CharField(blank=True, max_length=300, verbose_name='short summary')),
                        ('description', models.TextField(blank=True, max_length=5000, verbose_name='description')),
                        ('status_note', models.CharField(blank=True, max_length=300, verbose_name='note on the status')),
                        ('fee_description', models.CharField(blank=True, max_length=300, verbose_name='fee')),
                        ('accessibility_details', models.CharField(blank=True, max_length=500, verbose_name='accessibility details')),
                    ],
                    options={
                        'verbose_name': 'text in another language',
                        'db_table': 'directory_eventtranslation',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='CalendarPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True, help_text='Shown above the calendar.', max_length=600, verbose_name='introduction')),
                        ('social_image', models.ForeignKey(blank=True, help_text='Shown when the page is shared. At least 1200 × 630 pixels.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='social media image')),
                    ],
                    options={
                        'verbose_name': 'calendar page',
                        'db_table': 'directory_calendarpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
                ),
                migrations.CreateModel(
                    name='Event',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                        ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                        ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                        ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                        ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                        ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                        ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                        ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                        ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                        ('slug', models.SlugField(blank=True, max_length=140, unique=True, verbose_name='address')),
                        ('original_language', portal.languages.LanguageField(default='fi', help_text='The language the main texts are written in.', verbose_name='language of the texts')),
                        ('last_confirmed', models.DateField(blank=True, help_text='When the organisation last confirmed that the information is current.', null=True, verbose_name='last confirmed')),
                        ('reminded_at', models.DateTimeField(blank=True, editable=False, help_text='When the representatives were last asked to confirm the information.', null=True, verbose_name='reminder sent')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('venue_name', models.CharField(blank=True, max_length=200, verbose_name='venue')),
                        ('street_address', models.CharField(blank=True, max_length=200, verbose_name='street address')),
                        ('postal_code', models.CharField(blank=True, max_length=10, verbose_name='postal code')),
                        ('online_url', models.URLField(blank=True, max_length=300, verbose_name='online link')),
                        ('is_free', models.BooleanField(default=True, verbose_name='free of charge')),
                        ('fee_description', models.CharField(blank=True, max_length=300, verbose_name='fee')),
                        ('wheelchair_accessible', models.BooleanField(default=False, verbose_name='wheelchair access')),
                        ('rollator_accessible', models.BooleanField(default=False, verbose_name='rollator access')),
                        ('induction_loop', models.BooleanField(default=False, verbose_name='induction loop')),
                        ('accessible_toilet', models.BooleanField(default=False, verbose_name='accessible toilet')),
                        ('parking', models.BooleanField(default=False, verbose_name='parking')),
                        ('accessibility_not_guaranteed', models.BooleanField(default=False, verbose_name='accessibility not guaranteed')),
                        ('accessibility_details', models.CharField(blank=True, max_length=500, verbose_name='accessibility details')),
                        ('contact_name', models.CharField(blank=True, max_length=120, verbose_name='contact person or role')),
                        ('contact_email', models.EmailField(blank=True, max_length=254, verbose_name='contact e-mail')),
                        ('contact_phone', models.CharField(blank=True, max_length=30, validators=[directory.listings.validators.validate_phone], verbose_name='contact phone')),
                        ('image_alt_text', models.CharField(blank=True, max_length=250, verbose_name='image alternative text')),
                        ('uid', models.UUIDField(default=uuid.uuid4, editable=False, unique=True, verbose_name='calendar identifier')),
                        ('sequence', models.PositiveIntegerField(default=0, editable=False, verbose_name='version')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('summary', models.CharField(help_text='One or two sentences shown in lists.', max_length=300, verbose_name='short summary')),
                        ('description', models.TextField(max_length=5000, verbose_name='description')),
                        ('start', models.DateTimeField(verbose_name='starts')),
                        ('end', models.DateTimeField(verbose_name='ends')),
                        ('all_day', models.BooleanField(default=False, verbose_name='all-day event')),
                        ('frequency', models.CharField(blank=True, choices=[('', 'Does not repeat'), ('daily', 'Daily'), ('weekly', 'Weekly'), ('monthly', 'Monthly')], default='', max_length=10, verbose_name='repeats')),
                        ('interval', models.PositiveSmallIntegerField(default=1, help_text='For example 2 with weekly: every other week.', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(52)], verbose_name='every')),
                        ('weekdays', models.CharField(blank=True, help_text="For weekly repetition; the start date's weekday if none is chosen.", max_length=20, verbose_name='on weekdays')),
                        ('repeat_until', models.DateField(blank=True, null=True, verbose_name='repeats until')),
                        ('repeat_count', models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(400)], verbose_name='number of times')),
                        ('excluded_dates', models.TextField(blank=True, help_text='Dates without the event, one per line (for example 24.12.2026).', verbose_name='excluded dates')),
                        ('status', models.CharField(choices=[('scheduled', 'Scheduled'), ('cancelled', 'Cancelled'), ('postponed', 'Postponed'), ('rescheduled', 'Rescheduled')], default='scheduled', max_length=12, verbose_name='status')),
                        ('status_note', models.CharField(blank=True, help_text='For example why the event was cancelled, or its new date.', max_length=300, verbose_name='note on the status')),
                        ('channel', models.CharField(choices=[('place', 'On site'), ('online', 'Online'), ('hybrid', 'On site and online')], default='place', max_length=10, verbose_name='channel')),
                        ('registration', models.CharField(choices=[('none', 'No registration'), ('link', 'Register through a link'), ('email', 'Register by e-mail'), ('portal', 'Register on this site')], default='none', max_length=10, verbose_name='registration')),
                        ('registration_url', models.URLField(blank=True, max_length=300, verbose_name='registration link')),
                        ('registration_email', models.EmailField(blank=True, max_length=254, verbose_name='registration e-mail')),
                        ('capacity', models.PositiveIntegerField(blank=True, null=True, validators=[django.core.validators.MaxValueValidator(100000)], verbose_name='places')),
                        ('waitlist_capacity', models.PositiveIntegerField(default=0, validators=[django.core.validators.MaxValueValidator(100000)], verbose_name='places on the waiting list')),
                        ('registration_opens', models.DateTimeField(blank=True, null=True, verbose_name='registration opens')),
                        ('registration_closes', models.DateTimeField(blank=True, null=True, verbose_name='registration closes')),
                        ('ask_phone', models.BooleanField(default=False, verbose_name='ask for a phone number')),
                        ('ask_organisation', models.BooleanField(default=True, verbose_name='ask for the organisation')),
                        ('ask_needs', models.BooleanField(default=True, verbose_name='ask about accessibility or dietary needs')),
                        ('centre', models.ForeignKey(blank=True, help_text='If the event is held at a sote-centre or family centre, choose it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='events', to='pilots.centrepage', verbose_name='sote-centre')),
                        ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                        ('image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='image')),
                    ],
                    options={
                        'verbose_name': 'event',
                        'verbose_name_plural': 'events',
                        'db_table': 'directory_event',
                        'ordering': ['start', 'title'],
                    },
                    bases=(wagtail.models.preview.PreviewableMixin, modelsearch.index.Indexed, models.Model),
                ),
                migrations.AddField(
                    model_name='event',
                    name='languages',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='events', to='taxonomy.servicelanguage', verbose_name='languages'),
                ),
                migrations.AddField(
                    model_name='event',
                    name='latest_revision',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision'),
                ),
                migrations.AddField(
                    model_name='event',
                    name='live_revision',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision'),
                ),
                migrations.AddField(
                    model_name='event',
                    name='locked_by',
                    field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by'),
                ),
                migrations.AddField(
                    model_name='event',
                    name='municipality',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='events', to='taxonomy.municipality', verbose_name='municipality'),
                ),
                migrations.AddField(
                    model_name='event',
                    name='organisation',
                    field=models.ForeignKey(blank=True, help_text="Leave empty for the project's own events.", null=True, on_delete=django.db.models.deletion.CASCADE, related_name='events', to='directory.organisation', verbose_name='organiser'),
                ),
                migrations.AddField(
                    model_name='event',
                    name='target_groups',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='events', to='taxonomy.targetgroup', verbose_name='target groups'),
                ),
                migrations.AddField(
                    model_name='event',
                    name='themes',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='events', to='taxonomy.theme', verbose_name='themes'),
                ),
                migrations.AddField(
                    model_name='eventoccurrence',
                    name='event',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='occurrences', to='events.event'),
                ),
                migrations.AddField(
                    model_name='eventtranslation',
                    name='event',
                    field=modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='translations', to='events.event'),
                ),
                migrations.AddIndex(
                    model_name='event',
                    index=models.Index(fields=['live', 'start'], name='directory_e_live_245576_idx'),
                ),
                migrations.AddConstraint(
                    model_name='eventtranslation',
                    constraint=models.UniqueConstraint(fields=('event', 'language'), name='unique_event_language'),
                ),
            ],
        ),
    ]
