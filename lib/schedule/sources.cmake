# Schedules: builder, generation, JSON and iCalendar codecs.
# Optional (BRF_WITH_SCHEDULE); it needs the calendar's dates and iCalendar
# writer (brf__ical_*).
brf_optional_module(schedule "schedules and their JSON and iCalendar codecs"
  REQUIRES calendar)
if(BRF_WITH_SCHEDULE)
  list(APPEND BRF_SOURCES
    ${BRF_MODULE_DIR}/schedule.c
    ${BRF_MODULE_DIR}/items.c
    ${BRF_MODULE_DIR}/generate.c
    ${BRF_MODULE_DIR}/json_write.c
    ${BRF_MODULE_DIR}/json_read.c
    ${BRF_MODULE_DIR}/ical.c)
else()
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/unsupported.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/schedule.h)
