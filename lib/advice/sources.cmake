brf_module(advice)
list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/advice.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/advice.h)
