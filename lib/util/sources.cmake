# The layer below the domain: allocation and errors through the context, the
# string buffer, locale-free text helpers, the name-table lookup, the
# caller-buffer copy and the JSON engine. It knows nothing of back relief;
# every module may use it (docs/architecture.md).
brf_module(util)
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/context.c
  ${BRF_MODULE_DIR}/status.c
  ${BRF_MODULE_DIR}/version.c
  ${BRF_MODULE_DIR}/strbuf.c
  ${BRF_MODULE_DIR}/text.c
  ${BRF_MODULE_DIR}/json_parse.c
  ${BRF_MODULE_DIR}/json_dom.c
  ${BRF_MODULE_DIR}/json_read.c
  ${BRF_MODULE_DIR}/json_write.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/core.h)
