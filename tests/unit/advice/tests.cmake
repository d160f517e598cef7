# Advice attached to doses and exercises (white-box).
brf_add_unit_test(advice INTERNAL NO_VALGRIND)
