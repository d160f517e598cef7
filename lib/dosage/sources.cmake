list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/dosage.c
  ${BRF_MODULE_DIR}/format.c
  ${BRF_MODULE_DIR}/parse.c
  ${BRF_MODULE_DIR}/estimate.c
  ${BRF_MODULE_DIR}/check.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/dosage.h)
