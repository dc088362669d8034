"""Mail through the task queue (portal.mail): after commit, one-line headers, bounded retries,
the last failure logged at ERROR level."""

import logging

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django_tasks import TaskResultStatus, task_backends
from django_tasks_db.models import DBTaskResult

from portal import mail as portal_mail
from portal.tests.support import FailingEmailBackend, FlakyEmailBackend

FAILING = "portal.tests.support.FailingEmailBackend"
FLAKY = "portal.tests.support.FlakyEmailBackend"


@pytest.fixture
def smtp_down(settings):
    settings.PORTAL_MAIL_TRANSPORT = FAILING
    FailingEmailBackend.calls = 0
    return FailingEmailBackend


def test_nothing_is_sent_before_the_transaction_commits(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        portal_mail.send("Otsikko", "Viesti", ["maija@example.fi"])
        assert mail.outbox == []
    assert len(callbacks) == 1 and mail.outbox == []
    callbacks[0]()
    (message,) = mail.outbox
    assert (message.subject, message.body, message.to) == (
        "Otsikko",
        "Viesti",
        ["maija@example.fi"],
    )


def test_line_breaks_in_headers_become_spaces(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        portal_mail.send(
            "Kevätretki\r\nPuijolle\n",
            "Rivi 1\nRivi 2",
            ["maija@example.fi"],
            reply_to=["Retket\n <retket@example.fi>"],
        )
        # Django's own send_mail refuses such a subject (BadHeaderError); queued, it is sent.
        send_mail("Toinen\notsikko", "Teksti", None, ["matti@example.fi"])
    first, second = mail.outbox
    assert first.subject == "Kevätretki Puijolle"
    assert first.reply_to == ["Retket  <retket@example.fi>"]
    assert first.body == "Rivi 1\nRivi 2"
    assert second.subject == "Toinen otsikko"
    assert second.message()["Subject"] == "Toinen otsikko"  # no BadHeaderError


def test_html_alternatives_and_headers_survive_the_queue(db, django_capture_on_commit_callbacks):
    message = EmailMultiAlternatives(
        "Aihe", "Teksti", None, ["maija@example.fi"], headers={"Auto-Submitted": "auto-generated"}
    )
    message.attach_alternative("<p>Teksti</p>", "text/html")
    with django_capture_on_commit_callbacks(execute=True):
        message.send()  # EMAIL_BACKEND is portal.mail.QueuedEmailBackend
    (sent,) = mail.outbox
    assert sent.alternatives[0][0] == "<p>Teksti</p>"
    assert sent.extra_headers == {"Auto-Submitted": "auto-generated"}
    assert sent.from_email == "portaali@example.fi"


def test_a_server_that_is_down_is_tried_three_times_then_logged_as_an_error(
    db, smtp_down, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.WARNING, logger="portal.mail")
    with django_capture_on_commit_callbacks(execute=True):
        portal_mail.send("Vahvistus", "Teksti", ["maija@example.fi"])
    assert smtp_down.calls == 3
    errors = [r for r in caplog.records if r.name == "portal.mail" and r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "'Vahvistus' to maija@example.fi after 3 attempts" in errors[0].getMessage()
    assert mail.outbox == []

    # The task ends as failed, with the error on its result.
    result = portal_mail.deliver.enqueue(
        portal_mail.as_data(EmailMultiAlternatives("Aihe", "Teksti", None, ["a@example.fi"]))
    )
    assert result.status == TaskResultStatus.FAILED
    assert result.errors[0].exception_class_path == "smtplib.SMTPServerDisconnected"


def test_a_passing_failure_is_retried_and_the_message_delivered(
    db, settings, caplog, django_capture_on_commit_callbacks
):
    settings.PORTAL_MAIL_TRANSPORT = FLAKY
    FlakyEmailBackend.failures_left = 1
    caplog.set_level(logging.WARNING, logger="portal.mail")
    with django_capture_on_commit_callbacks(execute=True):
        portal_mail.send("Vahvistus", "Teksti", ["maija@example.fi"])
    assert [m.subject for m in mail.outbox] == ["Vahvistus"]
    assert [r.levelname for r in caplog.records if r.name == "portal.mail"] == ["WARNING"]


def test_a_backend_with_a_worker_retries_later(db, settings, smtp_down):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.PORTAL_MAIL_RETRY_SECONDS = 60
    data = portal_mail.as_data(EmailMultiAlternatives("Aihe", "Teksti", None, ["a@example.fi"]))
    portal_mail.deliver.call(data)  # what a worker runs
    assert smtp_down.calls == 1
    (retry,) = task_backends["default"].results
    assert retry.args == [data, 2]
    assert retry.task.run_after is not None


# The worker manages its own connections (it closes them between tasks), so it runs against
# committed data, as in production: a transactional test.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_database_queue_and_its_worker_deliver(settings):
    """Production's backend: the message waits in the database until `db_worker` sends it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    portal_mail.send("Jonossa", "Viesti", ["maija@example.fi"])  # autocommit: queued at once
    assert mail.outbox == []
    assert DBTaskResult.objects.count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    (message,) = mail.outbox
    assert message.subject == "Jonossa"
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL
