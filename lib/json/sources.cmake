list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/parse.c
  ${BRF_MODULE_DIR}/dom.c
  ${BRF_MODULE_DIR}/read.c
  ${BRF_MODULE_DIR}/write.c)
