# Pain-gated adaptation from the journal (docs/adaptation.md).
# Optional (BRF_WITH_ADAPT); it needs the journal, whose entries it reads
# through the journal's representation (internal/journal.h).
brf_optional_module(adapt "pain-gated adaptation" REQUIRES journal)
if(BRF_WITH_ADAPT)
  list(APPEND BRF_SOURCES
    ${BRF_MODULE_DIR}/edit.c
    ${BRF_MODULE_DIR}/history.c
    ${BRF_MODULE_DIR}/rules.c
    ${BRF_MODULE_DIR}/suggest.c)
else()
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/unsupported.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/adapt.h)
