list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/context.c
  ${BRF_MODULE_DIR}/status.c
  ${BRF_MODULE_DIR}/version.c
  ${BRF_MODULE_DIR}/strbuf.c
  ${BRF_MODULE_DIR}/text.c)
