import datetime

from directory.events.recurrence import HELSINKI, Rule, occurrences


def at(year, month, day, hour=18, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=HELSINKI)


def test_a_single_event_has_one_occurrence():
    start, end = at(2026, 12, 1), at(2026, 12, 1, 20)
    assert occurrences(start, end, Rule()) == [(start, end)]


def test_weekly_meetings_keep_their_local_time_across_dst_changes():
    # Finland moves to summer time on 29 March 2026 and back on 25 October 2026.
    rule = Rule(frequency="weekly", weekdays=[1], until=datetime.date(2026, 4, 14))
    result = occurrences(at(2026, 3, 17), at(2026, 3, 17, 19, 30), rule)
    assert [s.date() for s, _ in result] == [
        datetime.date(2026, 3, 17),
        datetime.date(2026, 3, 24),
        datetime.date(2026, 3, 31),
        datetime.date(2026, 4, 7),
        datetime.date(2026, 4, 14),
    ]
    assert all((s.hour, s.minute, e.hour, e.minute) == (18, 0, 19, 30) for s, e in result)
    assert result[1][0].utcoffset() == datetime.timedelta(hours=2)
    assert result[2][0].utcoffset() == datetime.timedelta(hours=3)
    assert result[2][0].astimezone(datetime.UTC).hour == 15  # one hour earlier in UTC

    autumn = occurrences(at(2026, 10, 20), at(2026, 10, 20, 19), Rule(frequency="weekly", count=2))
    assert [s.astimezone(datetime.UTC).hour for s, _ in autumn] == [15, 16]


def test_interval_weekdays_count_and_excluded_dates():
    rule = Rule(
        frequency="weekly",
        interval=2,
        weekdays=[0, 3],
        count=5,
        excluded=[datetime.date(2026, 1, 19)],
    )
    result = occurrences(at(2026, 1, 5, 10), at(2026, 1, 5, 11), rule)
    # Every other week on Mondays and Thursdays; COUNT includes the excluded date (RFC 5545).
    assert [s.date().isoformat() for s, _ in result] == [
        "2026-01-05",
        "2026-01-08",
        "2026-01-22",
        "2026-02-02",
    ]


def test_monthly_and_daily_rules():
    monthly = occurrences(at(2026, 1, 31), at(2026, 1, 31, 19), Rule(frequency="monthly", count=3))
    # Months without a 31st are skipped, as RFC 5545 says.
    assert [s.date().isoformat() for s, _ in monthly] == ["2026-01-31", "2026-03-31", "2026-05-31"]
    daily = occurrences(
        at(2026, 6, 1), at(2026, 6, 1, 19), Rule(frequency="daily", until=datetime.date(2026, 6, 3))
    )
    assert len(daily) == 3


def test_expansion_is_bounded():
    result = occurrences(at(2026, 1, 1), at(2026, 1, 1, 19), Rule(frequency="daily"), limit=50)
    assert len(result) == 50


def test_ical_rule():
    rule = Rule(frequency="weekly", interval=2, weekdays=[3, 1], until=datetime.date(2026, 6, 30))
    value = rule.as_ical()
    assert value["FREQ"] == "WEEKLY" and value["INTERVAL"] == 2 and value["BYDAY"] == ["TU", "TH"]
    assert value["UNTIL"].tzinfo == datetime.UTC
