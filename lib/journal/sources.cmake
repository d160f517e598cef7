# The progress journal (entries, JSON Lines, adherence).
# Optional (BRF_WITH_JOURNAL); it needs the calendar: its JSON Lines store
# dates and times through brf_date_parse/format and brf_time_parse/format.
brf_optional_module(journal "the progress journal"
  REQUIRES calendar player)
if(BRF_WITH_JOURNAL)
  list(APPEND BRF_SOURCES
    ${BRF_MODULE_DIR}/journal_adherence.c
    ${BRF_MODULE_DIR}/journal_entry.c
    ${BRF_MODULE_DIR}/journal.c
    ${BRF_MODULE_DIR}/journal_load.c
    ${BRF_MODULE_DIR}/journal_player.c
    ${BRF_MODULE_DIR}/journal_write.c)
else()
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/journal_unsupported.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/journal.h)
