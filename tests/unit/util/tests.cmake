# util, the kernel: context and allocation, status codes, the string buffer,
# text helpers (today's lib/core) and the JSON engine (today's lib/json).
brf_add_unit_test(core NO_VALGRIND)
brf_add_unit_test(core_internal INTERNAL NO_VALGRIND)
brf_add_unit_test(json_parse INTERNAL NO_VALGRIND)
brf_add_unit_test(json_each INTERNAL NO_VALGRIND)
brf_add_unit_test(json_read INTERNAL NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
brf_add_unit_test(json_write INTERNAL NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
brf_add_unit_test(json_suite INTERNAL)
brf_add_unit_test(error_state_internal INTERNAL NO_VALGRIND) # util formatter, ASan checks its buffers
brf_add_unit_test(error_state NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
# The locale (issue 26, docs/localisation.md): tags and fallbacks through the
# API; plurals, numbers and templates inside.
brf_add_unit_test(locale NO_VALGRIND) # tiny; ASan covers its buffers
brf_add_unit_test(locale_format_internal INTERNAL NO_VALGRIND) # tiny; ASan covers its buffers
if(BRF_WITH_TRANSLATIONS)
  target_compile_definitions(test_locale PRIVATE BRF_WITH_TRANSLATIONS=1)
endif()
