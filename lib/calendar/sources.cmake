# Dates, times, weekdays and the iCalendar writer (brf__ical_*, used by the
# schedule).
brf_optional_module(calendar "civil dates, times, weekdays and the iCalendar writer"
  SOURCES calendar_date.c calendar_weekdays.c calendar_ical.c calendar_ical_values.c
  HEADERS calendar.h)
