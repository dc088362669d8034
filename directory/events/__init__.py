"""Events, their occurrences and recurrence, the calendar page and its iCal feeds."""
