# Pain-gated adaptation from the journal (docs/adaptation.md).
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/edit.c
  ${BRF_MODULE_DIR}/history.c
  ${BRF_MODULE_DIR}/rules.c
  ${BRF_MODULE_DIR}/suggest.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/adapt.h)
