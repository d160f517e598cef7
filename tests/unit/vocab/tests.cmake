# The vocabulary: slugs, labels and their lookups; the ids of every family
# of pinned constants (docs/conventions.md, "Names").
brf_add_unit_test(vocab NO_VALGRIND)
brf_add_unit_test(ids NO_VALGRIND) # id tables through one macro
