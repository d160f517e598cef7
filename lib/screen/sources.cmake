# Red-flag screening and stop rules.
brf_optional_module(screen "red-flag screening and stop rules"
  REQUIRES vocab
  SOURCES screen_flags.c screen_flags_data.c screen_stoprules.c screen_stoprules_data.c screen.c
  HEADERS screen.h)
