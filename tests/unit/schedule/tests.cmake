# Schedule module: builder, generation rules, JSON codec, iCalendar export.
# The tests build their routines with the routine module's fixture
# (../routine/test_routine_fixture.c).
brf_add_unit_test(schedule NO_VALGRIND SOURCES test_schedule.c ../routine/test_routine_fixture.c)
brf_add_unit_test(schedule_codec
  SOURCES test_schedule_codec.c ../routine/test_routine_fixture.c test_schedule_fixture.c)
# Embedded routines: every field kept, version-1 documents, errors at their path.
brf_add_unit_test(schedule_routines NO_VALGRIND
  SOURCES test_schedule_routines.c ../routine/test_routine_fixture.c test_schedule_fixture.c)

# An independent check of the iCalendar export: write_schedules.c (public
# API) writes the seed programme's calendars and sessions;
# check_schedule_ical.py parses them with python3-icalendar, expands the
# recurrences with dateutil and compares with the sessions.
add_executable(schedule_write_sample ${CMAKE_CURRENT_LIST_DIR}/write_schedules.c)
target_link_libraries(schedule_write_sample PRIVATE backrelief)
if(BRF_SYSTEM_PYTHON3)
  add_test(NAME schedule.python_icalendar
    COMMAND ${BRF_SYSTEM_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/check_schedule_ical.py
            $<TARGET_FILE:schedule_write_sample> ${CMAKE_CURRENT_BINARY_DIR}/schedule-ical-check)
  set_tests_properties(schedule.python_icalendar PROPERTIES
    SKIP_RETURN_CODE 77 FAIL_REGULAR_EXPRESSION "${BRF_FAIL_REGEX}")
endif()
# Programmes: every step at its own frequency, four weeks day by day.
brf_add_unit_test(schedule_programme
  SOURCES test_schedule_programme.c ../routine/test_routine_fixture.c)
# The calendar text in the schedule's language; folding of umlauts and accents.
if(BRF_WITH_TRANSLATIONS AND BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(schedule_ical_i18n NO_VALGRIND SOURCES test_schedule_ical_i18n.c)
endif()
