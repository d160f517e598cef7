# The catalog module. builtin_data.c is generated from data/catalog/builtin.json
# by tools/gen_catalog.py and committed, so builds need no Python; the
# catalog.generated test (tests/unit/catalog.cmake) checks it is current.
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/catalog.c
  ${BRF_MODULE_DIR}/codec_dose.c
  ${BRF_MODULE_DIR}/codec_read.c
  ${BRF_MODULE_DIR}/codec_write.c
  ${BRF_MODULE_DIR}/import_fedb.c
  ${BRF_MODULE_DIR}/draft.c
  ${BRF_MODULE_DIR}/exercise.c
  ${BRF_MODULE_DIR}/query.c)
if(BRF_WITH_BUILTIN_CATALOG)
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/builtin_data.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/catalog.h
  ${PROJECT_SOURCE_DIR}/include/backrelief/json.h)
