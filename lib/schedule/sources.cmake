# Schedules: builder, generation, JSON and iCalendar codecs.
# Optional (BRF_WITH_SCHEDULE); it needs the calendar's dates and iCalendar
# writer (brf__ical_*).
brf_optional_module(schedule "schedules and their JSON and iCalendar codecs"
  REQUIRES calendar routine dosage catalog)
if(BRF_WITH_SCHEDULE)
  list(APPEND BRF_SOURCES
    ${BRF_MODULE_DIR}/schedule.c
    ${BRF_MODULE_DIR}/schedule_items.c
    ${BRF_MODULE_DIR}/schedule_generate.c
    ${BRF_MODULE_DIR}/schedule_json_write.c
    ${BRF_MODULE_DIR}/schedule_json_read.c
    ${BRF_MODULE_DIR}/schedule_ical.c)
else()
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/schedule_unsupported.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/schedule.h)
