brf_add_unit_test(json_parse INTERNAL)
brf_add_unit_test(json_read INTERNAL)
brf_add_unit_test(json_write INTERNAL)
brf_add_unit_test(json_suite INTERNAL)
