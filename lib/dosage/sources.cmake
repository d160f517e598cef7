brf_module(dosage REQUIRES advice)
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/dosage.c
  ${BRF_MODULE_DIR}/dosage_format.c
  ${BRF_MODULE_DIR}/dosage_parse.c
  ${BRF_MODULE_DIR}/dosage_estimate.c
  ${BRF_MODULE_DIR}/dosage_check.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/dosage.h)
