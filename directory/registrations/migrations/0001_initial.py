"""Event registrations, moved from the directory app: state only, the table keeps its name."""

from django.db import migrations, models
import django.db.models.deletion
import portal.languages


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='EventRegistration',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('status', models.CharField(choices=[('confirmed', 'Confirmed'), ('waitlisted', 'On the waiting list'), ('cancelled', 'Cancelled')], max_length=12, verbose_name='status')),
                        ('name', models.CharField(max_length=150, verbose_name='name')),
                        ('email', models.EmailField(max_length=254, verbose_name='e-mail')),
                        ('phone', models.CharField(blank=True, max_length=30, verbose_name='phone')),
                        ('organisation_name', models.CharField(blank=True, max_length=200, verbose_name='organisation')),
                        ('needs', models.TextField(blank=True, max_length=1000, verbose_name='accessibility or dietary needs')),
                        ('consent', models.BooleanField(default=False, verbose_name='consented to the privacy notice')),
                        ('language', portal.languages.LanguageField(verbose_name='language')),
                        ('attended', models.BooleanField(blank=True, null=True, verbose_name='attended')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='registered')),
                        ('cancelled_at', models.DateTimeField(blank=True, null=True, verbose_name='cancelled')),
                        ('promoted_at', models.DateTimeField(blank=True, null=True, verbose_name='moved from the waiting list')),
                        ('anonymised_at', models.DateTimeField(blank=True, null=True, verbose_name='anonymised')),
                        ('event', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='registrations', to='events.event', verbose_name='event')),
                    ],
                    options={
                        'verbose_name': 'registration',
                        'verbose_name_plural': 'registrations',
                        'db_table': 'directory_eventregistration',
                        'ordering': ['created_at', 'pk'],
                        'indexes': [models.Index(fields=['event', 'status'], name='directory_e_event_i_caaa6b_idx')],
                    },
                ),
            ],
        ),
    ]
