"""E-mail leaves through the task queue, after the transaction commits (docs/deployment.md).

A mail server that is down or slow must never break what a person did: a sign-up, a password
reset or a moderator's approval is saved first, and the message is sent afterwards by the
``deliver`` task. Sending is attempted ``PORTAL_MAIL_ATTEMPTS`` times; a backend that can run
tasks later (``supports_defer``) waits ``PORTAL_MAIL_RETRY_SECONDS`` (doubling) between attempts,
the immediate backend retries at once. The last failure is logged at ERROR level on the
``portal.mail`` logger and the task ends as failed.

Everything a message needs is turned into plain strings when it is queued, so it is rendered in
the reader's language at that moment and the task's arguments are JSON. Header values are made
single-line: a title with a line break in it becomes a subject with a space.

Our own code calls :func:`send`; mail sent by Django, Wagtail and django-allauth goes through
:class:`QueuedEmailBackend`, the ``EMAIL_BACKEND`` in every environment. The task itself sends
with ``PORTAL_MAIL_TRANSPORT`` (SMTP in production, set by the ``EMAIL_BACKEND`` variable).
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task, task_backends

logger = logging.getLogger("portal.mail")


def one_line(value):
    """A header value on one line: CR, LF and the other line breaks become spaces."""
    return " ".join(str(value).splitlines()).strip()


def as_data(message):
    """The JSON form of an ``EmailMessage`` that ``deliver`` sends; every header is one line."""
    if message.attachments:
        raise ValueError("Queued e-mail does not carry attachments.")
    html = [
        str(content)
        for content, mimetype in getattr(message, "alternatives", [])
        if mimetype == "text/html"
    ]
    return {
        "subject": one_line(message.subject),
        "body": str(message.body),
        "html": html[0] if html else "",
        "subtype": message.content_subtype,
        "from_email": one_line(message.from_email or settings.DEFAULT_FROM_EMAIL),
        "to": [one_line(address) for address in message.to],
        "cc": [one_line(address) for address in message.cc],
        "bcc": [one_line(address) for address in message.bcc],
        "reply_to": [one_line(address) for address in message.reply_to],
        "headers": {one_line(k): one_line(v) for k, v in message.extra_headers.items()},
    }


def from_data(data, connection=None):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        connection=connection,
    )
    message.content_subtype = data["subtype"]
    if data["html"]:
        message.attach_alternative(data["html"], "text/html")
    return message


def _describe(data):
    return f"{data['subject']!r} to {', '.join(data['to'] + data['cc'] + data['bcc'])}"


@task()
def deliver(data, attempt=1):
    """Send one queued message (``as_data``), with bounded retries."""
    attempts = max(1, settings.PORTAL_MAIL_ATTEMPTS)
    while True:
        try:
            connection = get_connection(settings.PORTAL_MAIL_TRANSPORT)
            from_data(data, connection=connection).send()
        except Exception as error:
            if attempt >= attempts:
                logger.error(
                    "Could not send e-mail %s after %d attempts: %r",
                    _describe(data),
                    attempt,
                    error,
                )
                raise
            logger.warning(
                "Attempt %d of %d to send e-mail %s failed: %r",
                attempt,
                attempts,
                _describe(data),
                error,
            )
            attempt += 1
            if task_backends[deliver.backend].supports_defer:
                delay = settings.PORTAL_MAIL_RETRY_SECONDS * 2 ** (attempt - 2)
                run_after = timezone.now() + datetime.timedelta(seconds=delay)
                deliver.using(run_after=run_after).enqueue(data, attempt)
                return
        else:
            return


def queue(message):
    """Queue an ``EmailMessage`` to be sent once the current transaction commits."""
    data = as_data(message)
    transaction.on_commit(lambda: deliver.enqueue(data), robust=True)


def send(subject, body, to, *, from_email=None, reply_to=None):
    """Queue a plain-text message (rendered by the caller in the reader's language)."""
    queue(EmailMessage(str(subject), str(body), from_email, list(to), reply_to=reply_to or []))


class QueuedEmailBackend(BaseEmailBackend):
    """``EMAIL_BACKEND`` for mail that Django, Wagtail and allauth send: queue it, never fail."""

    def send_messages(self, email_messages):
        for message in email_messages:
            queue(message)
        return len(email_messages)
