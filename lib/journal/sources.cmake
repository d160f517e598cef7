# The progress journal (entries, JSON Lines, adherence).
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/adherence.c
  ${BRF_MODULE_DIR}/entry.c
  ${BRF_MODULE_DIR}/journal.c
  ${BRF_MODULE_DIR}/load.c
  ${BRF_MODULE_DIR}/player.c
  ${BRF_MODULE_DIR}/write.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/journal.h)
