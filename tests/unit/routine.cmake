# The routine module's tests; they build their own small catalog, so they do
# not need the built-in one.
brf_add_unit_test(routine SOURCES unit/test_routine.c unit/test_routine_fixture.c)
brf_add_unit_test(profile)
brf_add_unit_test(routine_estimate INTERNAL
  SOURCES unit/test_routine_estimate.c unit/test_routine_fixture.c)
brf_add_unit_test(routine_check SOURCES unit/test_routine_check.c unit/test_routine_fixture.c)
brf_add_unit_test(routine_json SOURCES unit/test_routine_json.c unit/test_routine_fixture.c)
