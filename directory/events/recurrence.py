"""Expanding an event's recurrence rule into occurrences, in Helsinki local time.

A weekly group meeting at 18:00 stays at 18:00 local time across the switch to and from summer
time: the rule is expanded with naive local wall-clock times and each occurrence is then given
its own UTC offset. Excluded dates drop single occurrences. The same rule is written to iCal as
RRULE/EXDATE (see ``directory.ical``).
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.utils.translation import gettext as _

HELSINKI = ZoneInfo("Europe/Helsinki")
MAX_OCCURRENCES = 400  # about two years of weekly meetings, or a year of daily ones
MAX_EXCLUDED_DATES = 100

FREQUENCIES = {"daily": rrule.DAILY, "weekly": rrule.WEEKLY, "monthly": rrule.MONTHLY}
WEEKDAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]
ICAL_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@dataclass
class Rule:
    frequency: str = ""  # "", "daily", "weekly" or "monthly"
    interval: int = 1
    weekdays: list = field(default_factory=list)  # 0 = Monday
    until: datetime.date | None = None
    count: int | None = None
    excluded: list = field(default_factory=list)  # dates

    @property
    def repeats(self):
        return self.frequency in FREQUENCIES

    def as_ical(self, all_day=False):
        """The RRULE value as a dict for icalendar's vRecur; ``UNTIL`` is a date for an all-day
        event (RFC 5545: the same type as ``DTSTART``), else the end of that day in UTC."""
        value = {"FREQ": self.frequency.upper(), "INTERVAL": self.interval}
        if self.weekdays and self.frequency == "weekly":
            value["BYDAY"] = [ICAL_WEEKDAYS[day] for day in sorted(self.weekdays)]
        if self.count:
            value["COUNT"] = self.count
        elif self.until and all_day:
            value["UNTIL"] = self.until
        elif self.until:
            value["UNTIL"] = datetime.datetime.combine(
                self.until, datetime.time(23, 59, 59), tzinfo=HELSINKI
            ).astimezone(datetime.UTC)
        return value


def occurrences(start, end, rule, limit=MAX_OCCURRENCES):
    """``(start, end)`` pairs of aware datetimes for every occurrence of the event."""
    start_local = start.astimezone(HELSINKI)
    duration = end.astimezone(HELSINKI).replace(tzinfo=None) - start_local.replace(tzinfo=None)
    if not rule.repeats:
        return [(start, end)]
    naive_start = start_local.replace(tzinfo=None)
    kwargs = {"dtstart": naive_start, "interval": max(rule.interval, 1)}
    if rule.weekdays and rule.frequency == "weekly":
        kwargs["byweekday"] = [WEEKDAYS[day] for day in sorted(rule.weekdays)]
    if rule.count:
        kwargs["count"] = min(rule.count, limit)
    elif rule.until:
        kwargs["until"] = datetime.datetime.combine(rule.until, datetime.time(23, 59, 59))
    excluded = set(rule.excluded)
    result = []
    for naive in rrule.rrule(FREQUENCIES[rule.frequency], **kwargs):
        if naive.date() in excluded:
            continue
        local_start = naive.replace(tzinfo=HELSINKI)
        local_end = (naive + duration).replace(tzinfo=HELSINKI)
        result.append((local_start, local_end))
        if len(result) >= limit:
            break
    return result


def parse_dates(text, strict=False):
    """Dates from lines like ``24.12.2026`` or ``2026-12-24``; bad lines raise or are skipped."""
    dates = []
    for line in (text or "").replace(",", "\n").splitlines():
        value = line.strip()
        if not value:
            continue
        parsed = None
        for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
            try:
                parsed = datetime.datetime.strptime(value, pattern).date()
                break
            except ValueError:
                continue
        if parsed is None:
            if strict:
                raise ValueError(
                    _("“%(value)s” is not a date. Write dates like 24.12.2026.") % {"value": value}
                )
            continue
        dates.append(parsed)
    if strict and len(dates) > MAX_EXCLUDED_DATES:
        raise ValueError(_("At most 100 excluded dates."))
    return dates
