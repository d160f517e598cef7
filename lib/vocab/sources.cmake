brf_module(vocab)
list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/vocab.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/vocab.h)
