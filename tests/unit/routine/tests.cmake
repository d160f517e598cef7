# The routine module's tests (and the profile's); they build their own small
# catalog (test_routine_fixture.c, also used by the schedule tests), so they
# do not need the built-in one.
brf_add_unit_test(routine NO_VALGRIND SOURCES test_routine.c test_routine_fixture.c)
brf_add_unit_test(profile NO_VALGRIND)
brf_add_unit_test(routine_estimate INTERNAL NO_VALGRIND SOURCES test_routine_estimate.c test_routine_fixture.c)
brf_add_unit_test(routine_check SOURCES test_routine_check.c test_routine_fixture.c)
brf_add_unit_test(routine_goal NO_VALGRIND SOURCES test_routine_goal.c test_routine_fixture.c) # few lib/ lines; ASan covers them
brf_add_unit_test(routine_json SOURCES test_routine_json.c test_routine_fixture.c NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
# Borrowed pointers against every routine mutator (issue 20, docs/conventions.md).
brf_add_unit_test(lifetimes_routine NO_VALGRIND) # written for ASan (use after free)

# The committed routine content generated from data/*.json (tools/gen_content.py) must be current.
if(BRF_PYTHON3)
  add_test(NAME routine.generated COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_content.py
    --root ${PROJECT_SOURCE_DIR} --check ${CMAKE_CURRENT_BINARY_DIR}/content-generated --only routine)
endif()
# The stable routine id (issue 19, item 4).
brf_add_unit_test(routine_id SOURCES test_routine_id.c test_routine_fixture.c NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
if(BRF_WITH_TRANSLATIONS)
  brf_add_unit_test(routine_check_i18n NO_VALGRIND SOURCES test_routine_check_i18n.c test_routine_fixture.c)
endif()
