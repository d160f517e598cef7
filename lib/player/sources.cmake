brf_module(player REQUIRES routine dosage)
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/player_build.c
  ${BRF_MODULE_DIR}/player_from_routine.c
  ${BRF_MODULE_DIR}/player_timeline.c
  ${BRF_MODULE_DIR}/player.c
  ${BRF_MODULE_DIR}/player_query.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/player.h)
