# Pain-gated adaptation from the journal (docs/adaptation.md).
# Optional (BRF_WITH_ADAPT); it needs the journal, whose entries it reads
# through the journal's representation (internal/journal.h).
brf_optional_module(adapt "pain-gated adaptation"
  REQUIRES journal advice catalog routine dosage)
if(BRF_WITH_ADAPT)
  list(APPEND BRF_SOURCES
    ${BRF_MODULE_DIR}/adapt_edit.c
    ${BRF_MODULE_DIR}/adapt_history.c
    ${BRF_MODULE_DIR}/adapt_rules.c
    ${BRF_MODULE_DIR}/adapt_suggest.c)
else()
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/adapt_unsupported.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/adapt.h)
