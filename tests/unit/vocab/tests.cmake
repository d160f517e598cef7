# The vocabulary: slugs, labels and their lookups.
brf_add_unit_test(vocab NO_VALGRIND)
