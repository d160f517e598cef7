list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/flags.c
  ${BRF_MODULE_DIR}/stoprules.c
  ${BRF_MODULE_DIR}/screen.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/screen.h)
