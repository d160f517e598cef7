# Adapting the next dose from the journal's history.
brf_add_unit_test(adapt)
