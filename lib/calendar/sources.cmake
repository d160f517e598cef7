list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/date.c
  ${BRF_MODULE_DIR}/weekdays.c
  ${BRF_MODULE_DIR}/ical.c
  ${BRF_MODULE_DIR}/ical_values.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/calendar.h)
