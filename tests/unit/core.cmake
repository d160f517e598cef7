brf_add_unit_test(core)
brf_add_unit_test(core_internal INTERNAL)
