# Schedules: builder, generation, JSON and iCalendar codecs.
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/schedule.c
  ${BRF_MODULE_DIR}/items.c
  ${BRF_MODULE_DIR}/generate.c
  ${BRF_MODULE_DIR}/json_write.c
  ${BRF_MODULE_DIR}/json_read.c
  ${BRF_MODULE_DIR}/ical.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/schedule.h)
