# Session timelines (the time formula laid out as segments and cues) and the
# clock-driven player.
brf_module(player REQUIRES routine dosage
  SOURCES player_build.c player_cues_msgs.c player_from_routine.c player_timeline.c player.c player_query.c
  HEADERS player.h)
