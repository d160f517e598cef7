# Player module: the session timeline (white-box: the internal builder makes
# multi-step timelines until routines can) and the clock-driven player.
brf_add_unit_test(timeline INTERNAL)
