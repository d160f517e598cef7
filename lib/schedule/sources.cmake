# Schedules: builder, generation, JSON and iCalendar codecs. It needs the
# calendar's dates and iCalendar writer (brf__ical_*).
brf_optional_module(schedule "schedules and their JSON and iCalendar codecs"
  REQUIRES calendar routine dosage catalog
  SOURCES schedule.c schedule_items.c schedule_generate.c schedule_programme.c schedule_json_write.c
          schedule_json_read.c schedule_ical.c schedule_msgs.c
  HEADERS schedule.h)
