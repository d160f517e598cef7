# Calendar module: civil dates, times and weekday lists (public API), the
# internal iCalendar writer (white-box), and an independent check of the
# writer's output by Debian's python3-icalendar.
brf_add_unit_test(calendar NO_VALGRIND)
brf_add_unit_test(ical INTERNAL NO_VALGRIND)

# A white-box program, built only in the test tree, writes a calendar and the
# dates it means; check_ical.py (beside it) parses the calendar with
# python3-icalendar, expands its recurrences with dateutil and compares.
add_executable(ical_write_sample ${CMAKE_CURRENT_LIST_DIR}/write_sample.c
  $<TARGET_OBJECTS:backrelief_objects>)
target_include_directories(ical_write_sample PRIVATE
  $<TARGET_PROPERTY:backrelief_objects,INTERFACE_INCLUDE_DIRECTORIES>)
target_compile_definitions(ical_write_sample PRIVATE
  $<TARGET_PROPERTY:backrelief_objects,INTERFACE_COMPILE_DEFINITIONS>)
if(BRF_SYSTEM_PYTHON3)
  add_test(NAME ical.python_icalendar
    COMMAND ${BRF_SYSTEM_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/check_ical.py
            $<TARGET_FILE:ical_write_sample> ${CMAKE_CURRENT_BINARY_DIR}/ical-check)
  set_tests_properties(ical.python_icalendar PROPERTIES
    SKIP_RETURN_CODE 77 FAIL_REGULAR_EXPRESSION "${BRF_FAIL_REGEX}")
endif()
