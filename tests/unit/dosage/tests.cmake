# Dose notation, checks, estimates, and a property test over random doses.
brf_add_unit_test(dosage NO_VALGRIND)
brf_add_unit_test(dosage_notation NO_VALGRIND)
brf_add_unit_test(dosage_property)
brf_add_unit_test(dosage_estimate INTERNAL NO_VALGRIND)
brf_add_unit_test(dosage_check)
