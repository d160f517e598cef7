brf_add_unit_test(screen)
