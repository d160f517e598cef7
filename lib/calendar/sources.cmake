# Dates, times, weekdays and the iCalendar writer (brf__ical_*, used by the
# schedule). Optional (BRF_WITH_CALENDAR).
brf_optional_module(calendar "civil dates, times, weekdays and the iCalendar writer")
if(BRF_WITH_CALENDAR)
  list(APPEND BRF_SOURCES
    ${BRF_MODULE_DIR}/calendar_date.c
    ${BRF_MODULE_DIR}/calendar_weekdays.c
    ${BRF_MODULE_DIR}/calendar_ical.c
    ${BRF_MODULE_DIR}/calendar_ical_values.c)
else()
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/calendar_unsupported.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/calendar.h)
