# The progress journal (entries, JSON Lines, adherence). Its JSON Lines store
# dates and times through the calendar (brf_date_parse/format,
# brf_time_parse/format), and a played session comes from the player.
brf_optional_module(journal "the progress journal"
  REQUIRES calendar player routine
  SOURCES journal_adherence.c journal_entry.c journal.c journal_load.c journal_load_fast.c journal_player.c journal_ratings.c journal_routine.c
          journal_write.c
  HEADERS journal.h)
