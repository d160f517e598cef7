# Dose notation, checks, estimates, and a property test over random doses.
brf_add_unit_test(dosage)
brf_add_unit_test(dosage_notation)
brf_add_unit_test(dosage_property)
brf_add_unit_test(dosage_estimate INTERNAL)
brf_add_unit_test(dosage_check)
