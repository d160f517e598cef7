# Player module: the session timeline (white-box: the internal builder makes
# multi-step timelines until routines can), the clock-driven player, and
# timelines made from routines.
brf_add_unit_test(timeline INTERNAL NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
brf_add_unit_test(player INTERNAL NO_VALGRIND SOURCES test_player.c test_player_support.c)
brf_add_unit_test(player_control INTERNAL SOURCES test_player_control.c test_player_support.c NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
brf_add_unit_test(player_routine NO_VALGRIND)
# The cues in every language against hand-written golden files (issue 26).
brf_add_unit_test(player_cues_i18n INTERNAL NO_VALGRIND SOURCES test_player_cues_i18n.c test_player_support.c) # few new lib/ lines per valgrind-second (docs/testing.md)
target_compile_definitions(test_player_cues_i18n PRIVATE
  BRF_CUES_GOLDEN_DIR="${CMAKE_CURRENT_LIST_DIR}/golden")
