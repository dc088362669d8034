"""Registration for events on the portal: places, waiting list, cancellation and e-mails.

An event with ``registration == "portal"`` takes sign-ups on its own page under the calendar
(``…/tapahtuma/<slug>/ilmoittaudu/``). Each sign-up gets a place while there are places
(``capacity``), then a place on the waiting list (``waitlist_capacity``), then is refused.
The confirmation e-mail carries a signed link (``…/ilmoittautuminen/<token>/``, in Swedish
``…/anmalan/<token>/``) where the person sees their registration and can cancel it with a button
(a POST: mail scanners follow links, so a GET never cancels). When a confirmed person cancels,
the first person on the waiting list (by time of sign-up) gets the place and an e-mail.

Concurrency
    :func:`register` and :func:`cancel` lock the event's row (``SELECT … FOR UPDATE``) inside
    one transaction before counting places, so on PostgreSQL parallel sign-ups for the same
    event queue behind each other: the capacity is never exceeded and nobody is lost or counted
    twice (``tests/test_registration.py`` fires parallel sign-ups at PostgreSQL). SQLite has no
    row locks, but only one transaction can write at a time: of two sign-ups that collide, one
    fails with "database is locked" rather than overbooking. Production runs PostgreSQL.

Personal data is anonymised after the event by ``manage.py anonymise_registrations``.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils import dateformat, timezone, translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import get_language, gettext_lazy, ngettext, pgettext_lazy
from django.utils.translation import gettext as _

from directory.events.models import CalendarPage, Event, EventOccurrence
from directory.events.recurrence import HELSINKI
from directory.taxonomy.models import attach_municipality_names
from portal import mail
from portal.addresses import absolute
from portal.models import PortalSettings
from portal.numbers import is_ascii_digits
from portal.templatetags.portal_tags import translations_by_language

from .models import EventRegistration

TOKEN_SALT = "directory.registration"
REGISTRATIONS_PER_HOUR = 30
MAX_LISTED_DATES = 10

CONFIRMED = EventRegistration.Status.CONFIRMED
WAITLISTED = EventRegistration.Status.WAITLISTED
CANCELLED = EventRegistration.Status.CANCELLED
ACTIVE = (CONFIRMED, WAITLISTED)


# --- states ---------------------------------------------------------------------------------
class State:
    NOT_OPEN_YET = "not_open_yet"
    OPEN = "open"
    WAITLIST = "waitlist"
    FULL = "full"
    CLOSED = "closed"
    CANCELLED = "cancelled"


STATE_LABELS = {
    State.NOT_OPEN_YET: pgettext_lazy("registration state", "Registration not open yet"),
    State.OPEN: pgettext_lazy("registration state", "Registration open"),
    State.WAITLIST: pgettext_lazy("registration state", "Waiting list"),
    State.FULL: pgettext_lazy("registration state", "Full"),
    State.CLOSED: pgettext_lazy("registration state", "Registration closed"),
    State.CANCELLED: pgettext_lazy("registration state", "Event cancelled"),
}


def local_datetime(value):
    """A moment as the reader knows it: ``ti 12.5.2026 klo 18.00`` (Finnish time)."""
    local = value.astimezone(HELSINKI)
    return _("%(date)s at %(time)s") % {
        "date": dateformat.format(local, "D j.n.Y"),
        "time": local.strftime("%H.%M"),
    }


@dataclass
class RegistrationState:
    """Where registration for an event stands, with the counts behind it."""

    key: str
    confirmed: int = 0
    waitlisted: int = 0
    capacity: int | None = None
    waitlist_capacity: int = 0
    opens: datetime.datetime | None = None
    closes: datetime.datetime | None = None
    ended: bool = False

    @property
    def label(self):
        return STATE_LABELS[self.key]

    @property
    def places_left(self):
        """Free places, or None when the event has no limit."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)

    @property
    def waitlist_places_left(self):
        return max(self.waitlist_capacity - self.waitlisted, 0)

    @property
    def can_register(self):
        return self.key in (State.OPEN, State.WAITLIST)

    @property
    def is_open(self):
        return self.key == State.OPEN

    @property
    def detail(self):
        """One sentence for the reader, in the active language."""
        if self.key == State.NOT_OPEN_YET:
            return _("Registration opens on %(date)s.") % {"date": local_datetime(self.opens)}
        if self.key == State.OPEN:
            if self.places_left is None:
                return _("Places are available.")
            return ngettext("%(count)s place left.", "%(count)s places left.", self.places_left) % {
                "count": self.places_left
            }
        if self.key == State.WAITLIST:
            return ngettext(
                "All places are taken. %(count)s place left on the waiting list.",
                "All places are taken. %(count)s places left on the waiting list.",
                self.waitlist_places_left,
            ) % {"count": self.waitlist_places_left}
        if self.key == State.FULL:
            return _("All places and the waiting list are taken.")
        if self.key == State.CLOSED:
            return _("Registration has closed.")
        return _("The event is cancelled. Registration is not possible.")

    @property
    def closing_note(self):
        if self.can_register and self.closes:
            return _("Registration closes on %(date)s.") % {"date": local_datetime(self.closes)}
        return ""


def with_registration_counts(events):
    """Annotate ``n_confirmed``, ``n_waitlisted`` and ``last_end`` (the end of the last
    occurrence) on each event of the queryset ``events``, in the same query."""
    active = EventRegistration.objects.filter(event=OuterRef("pk")).order_by().values("event")

    def count(status):
        return Coalesce(
            Subquery(active.filter(status=status).annotate(n=Count("pk")).values("n")[:1]), 0
        )

    return events.annotate(
        n_confirmed=count(CONFIRMED),
        n_waitlisted=count(WAITLISTED),
        last_end=Subquery(
            EventOccurrence.objects.filter(event=OuterRef("pk")).order_by("-end").values("end")[:1]
        ),
    )


def registration_counts(event):
    """Confirmed and waitlisted counts and the end of the last occurrence, in one query (none
    when ``event`` came from :func:`with_registration_counts`)."""
    if hasattr(event, "n_confirmed"):
        return event.n_confirmed, event.n_waitlisted, event.last_end or event.end
    row = (
        with_registration_counts(Event.objects.filter(pk=event.pk).order_by())
        .values("n_confirmed", "n_waitlisted", "last_end")
        .first()
    ) or {"n_confirmed": 0, "n_waitlisted": 0, "last_end": None}
    return row["n_confirmed"], row["n_waitlisted"], row["last_end"] or event.end


def registration_state(event, now=None):
    """The event's :class:`RegistrationState`: not open yet, open, waiting list, full, closed
    (closing time passed or the event is over) or cancelled. One database query, or none for
    an event from :func:`with_registration_counts`."""
    now = now or timezone.now()
    confirmed, waitlisted, last_end = registration_counts(event)
    ended = bool(last_end and last_end < now)
    state = RegistrationState(
        key=State.OPEN,
        confirmed=confirmed,
        waitlisted=waitlisted,
        capacity=event.capacity,
        waitlist_capacity=event.waitlist_capacity or 0,
        opens=event.registration_opens,
        closes=event.registration_closes,
        ended=ended,
    )
    if event.is_cancelled:
        state.key = State.CANCELLED
    elif ended or (event.registration_closes and now >= event.registration_closes):
        state.key = State.CLOSED
    elif event.registration_opens and now < event.registration_opens:
        state.key = State.NOT_OPEN_YET
    elif state.places_left is None or state.places_left > 0:
        state.key = State.OPEN
    elif state.waitlist_places_left > 0:
        state.key = State.WAITLIST
    else:
        state.key = State.FULL
    return state


# --- signing up and cancelling --------------------------------------------------------------
class RegistrationError(Exception):
    """A sign-up that cannot be taken; ``code`` is a state key or ``"duplicate"``."""

    DUPLICATE = "duplicate"

    def __init__(self, code):
        super().__init__(code)
        self.code = code

    @property
    def message(self):
        if self.code == self.DUPLICATE:
            return _(
                "This e-mail address is already registered for this event. The e-mail we sent "
                "you has a link for checking or cancelling the registration."
            )
        if self.code == State.FULL:
            return _("Sorry, all places and the waiting list were taken a moment ago.")
        if self.code == State.NOT_OPEN_YET:
            return _("Registration has not opened yet.")
        if self.code == State.CANCELLED:
            return _("The event is cancelled. Registration is not possible.")
        return _("Registration has closed.")


def _lock(event):
    """Lock the event's row until the end of the transaction (a no-op on SQLite)."""
    return Event.objects.select_for_update().get(pk=event.pk)


def register(event, data, language=None, now=None, send=True):
    """Sign a person up: a confirmed place, a place on the waiting list, or
    :class:`RegistrationError`. ``data`` holds the form's cleaned fields.

    The event row stays locked from counting to saving, so parallel sign-ups are counted
    one after another (see the module's documentation).
    """
    now = now or timezone.now()
    email = data["email"].strip()
    with transaction.atomic():
        locked = _lock(event)
        if (
            locked.registration != Event.Registration.PORTAL
            or not Event.objects.public().filter(pk=locked.pk).exists()
        ):
            raise RegistrationError(State.CLOSED)
        state = registration_state(locked, now=now)
        if state.key in (State.CANCELLED, State.CLOSED, State.NOT_OPEN_YET):
            raise RegistrationError(state.key)
        if locked.registrations.filter(email__iexact=email, status__in=ACTIVE).exists():
            raise RegistrationError(RegistrationError.DUPLICATE)
        if not state.can_register:
            raise RegistrationError(state.key)
        registration = EventRegistration.objects.create(
            event=locked,
            status=CONFIRMED if state.is_open else WAITLISTED,
            name=data["name"].strip(),
            email=email,
            phone=data.get("phone", "") or "",
            organisation_name=data.get("organisation_name", "") or "",
            needs=data.get("needs", "") or "",
            consent=bool(data.get("consent")),
            language=language or get_language() or settings.LANGUAGE_CODE,
        )
    if send:
        send_registration_email(
            registration, "confirmed" if registration.status == CONFIRMED else "waitlisted"
        )
    return registration


def _fill_places(event, now):
    """Move people from the waiting list to free places; the caller holds the event's lock."""
    if event.is_cancelled:
        return []
    confirmed, _waitlisted, last_end = registration_counts(event)
    if last_end and last_end < now:
        return []
    queue = event.registrations.filter(status=WAITLISTED).order_by("created_at", "pk")
    if event.capacity is not None:
        queue = queue[: max(event.capacity - confirmed, 0)]
    promoted = list(queue)
    for registration in promoted:
        registration.status = CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
    return promoted


def cancel(registration, now=None, send=True):
    """Cancel a registration; a freed place goes to the first on the waiting list.

    Returns ``(registration, promoted)``. Cancelling twice changes nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(registration.event)
        registration = EventRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == CANCELLED:
            return registration, []
        was_confirmed = registration.status == CONFIRMED
        registration.status = CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = _fill_places(event, now) if was_confirmed else []
    if send:
        send_registration_email(registration, "cancelled")
        for person in promoted:
            send_registration_email(person, "promoted")
    return registration, promoted


def fill_places(event, now=None):
    """Promote waiting people to free places, e.g. after the capacity was raised."""
    now = now or timezone.now()
    with transaction.atomic():
        promoted = _fill_places(_lock(event), now)
    for person in promoted:
        send_registration_email(person, "promoted")
    return promoted


def waitlist_position(registration):
    """1 for the first on the waiting list; None when not waiting."""
    if registration.status != WAITLISTED:
        return None
    ahead = registration.event.registrations.filter(status=WAITLISTED).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


# --- links and e-mails ----------------------------------------------------------------------
def _signer():
    return signing.Signer(salt=TOKEN_SALT)


def make_token(registration):
    """``<pk>-<signature>``: only letters, digits, ``-`` and ``_``, as page paths allow."""
    return f"{registration.pk}-{_signer().signature(str(registration.pk))}"


def read_token(token):
    """The registration's pk from a link's token, or None when the token is not ours."""
    pk, _sep, signature = (token or "").partition("-")
    if not is_ascii_digits(pk) or not constant_time_compare(signature, _signer().signature(pk)):
        return None
    return int(pk)


def manage_path(registration, page):
    return page.get_url() + page.reverse_subpage(
        "registration", kwargs={"token": make_token(registration)}
    )


def manage_url(registration, language=None):
    """The absolute address of the registration's own page, in ``language`` (default: its own)."""
    page = CalendarPage.for_language(language or registration.language)
    if page is None:
        return ""
    return absolute(manage_path(registration, page))


def register_path(event, page):
    return page.get_url() + page.reverse_subpage("register", kwargs={"slug": event.slug})


def occurrence_text(occurrence, all_day=False):
    """``ti 12.5.2026 18.00–20.00`` in Finnish time and the active language."""
    start = occurrence.start.astimezone(HELSINKI)
    end = occurrence.end.astimezone(HELSINKI)
    day = "D j.n.Y"
    if all_day:
        if end.date() == start.date():
            return dateformat.format(start, day)
        return f"{dateformat.format(start, day)}–{dateformat.format(end, day)}"
    if end.date() == start.date():
        return f"{dateformat.format(start, day)} {start:%H.%M}–{end:%H.%M}"
    return (
        f"{dateformat.format(start, day)} {start:%H.%M} – {dateformat.format(end, day)} {end:%H.%M}"
    )


def event_dates(event, now=None, limit=MAX_LISTED_DATES):
    """The event's coming dates as text (all dates if none is coming), and how many more."""
    now = now or timezone.now()
    occurrences = list(event.occurrences.order_by("start"))
    if not occurrences and event.start and event.end:
        occurrences = [EventOccurrence(start=event.start, end=event.end)]
    upcoming = [o for o in occurrences if o.end >= now] or occurrences
    lines = [occurrence_text(o, event.all_day) for o in upcoming[:limit]]
    return lines, max(len(upcoming) - limit, 0)


def event_place(event):
    """Lines describing where the event is (needs ``municipality_name``)."""
    lines = []
    if event.has_place:
        if event.centre_id:
            lines.append(event.centre.title)
        lines += [value for value in (event.venue_name, event.street_address) if value]
        town = " ".join(
            v for v in (event.postal_code, getattr(event, "municipality_name", "")) if v
        )
        if town:
            lines.append(town)
    if event.is_online:
        lines.append(str(Event.Channel(event.channel).label))
        if event.online_url and not event.is_cancelled:
            lines.append(event.online_url)
    return lines


EMAIL_SUBJECTS = {
    "confirmed": gettext_lazy("Registration confirmed: %(title)s"),
    "waitlisted": gettext_lazy("You are on the waiting list: %(title)s"),
    "cancelled": gettext_lazy("Registration cancelled: %(title)s"),
    "promoted": gettext_lazy("You got a place: %(title)s"),
}


def render_registration_email(registration, kind):
    """``(subject, body)`` of an e-mail to the registrant, in their language."""
    language = registration.language or settings.LANGUAGE_CODE
    with translation.override(language):
        event = registration.event
        attach_municipality_names([event], language)
        title = str(event.text("title", language))
        dates, more_dates = event_dates(event)
        context = {
            "registration": registration,
            "event": event,
            "title": title,
            "dates": dates,
            "more_dates": more_dates,
            "place": event_place(event),
            "manage_url": manage_url(registration),
            "event_url": _event_url(event, language),
            "position": waitlist_position(registration),
            "organiser": str(event.organiser_name),
        }
        subject = EMAIL_SUBJECTS[kind] % {"title": title}
        body = render_to_string(f"directory/email/registration_{kind}.txt", context)
    return subject, body


def _event_url(event, language):
    page = CalendarPage.for_language(language)
    return absolute(page.event_url(event)) if page is not None else ""


def send_registration_email(registration, kind):
    """Queue one of the registration e-mails, sent after the sign-up or cancellation commits;
    a failing mail server is retried and logged (portal.mail), never reported to the person."""
    subject, body = render_registration_email(registration, kind)
    reply_to = [registration.event.contact_email] if registration.event.contact_email else None
    mail.send(subject, body, [registration.email], reply_to=reply_to)


def privacy_notice_url(request=None):
    """The privacy notice page in the active language, as the footer links it."""
    page = PortalSettings.load(request_or_site=request).privacy_notice
    if page is None:
        return ""
    localized = translations_by_language(page).get(get_language()) or page
    return localized.get_url(request) if localized.live else ""


def csv_safe(value):
    """Text that spreadsheet programs show as text, never run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
