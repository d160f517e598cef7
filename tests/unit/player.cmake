# Player module: the session timeline (white-box: the internal builder makes
# multi-step timelines until routines can) and the clock-driven player.
brf_add_unit_test(timeline INTERNAL)
brf_add_unit_test(player INTERNAL SOURCES unit/test_player.c unit/test_player_support.c)
brf_add_unit_test(player_control INTERNAL
  SOURCES unit/test_player_control.c unit/test_player_support.c)
brf_add_unit_test(player_routine)
