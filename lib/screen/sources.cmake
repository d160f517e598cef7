# Red-flag screening and stop rules.
brf_optional_module(screen "red-flag screening and stop rules"
  REQUIRES vocab calendar
  SOURCES screen_flags.c screen_flags_data.c screen_stoprules.c screen_stoprules_data.c screen.c
          screen_result.c screen_yellow.c screen_yellow_data.c screen_msgs.c
          screen_text.c
  HEADERS screen.h)
