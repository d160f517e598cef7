list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/build.c
  ${BRF_MODULE_DIR}/from_routine.c
  ${BRF_MODULE_DIR}/timeline.c
  ${BRF_MODULE_DIR}/player.c
  ${BRF_MODULE_DIR}/player_query.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/player.h)
