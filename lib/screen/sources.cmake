# Red-flag screening and stop rules. Optional (BRF_WITH_SCREEN): left out, the
# module compiles unsupported.c, whose functions answer BRF_E_UNSUPPORTED, so
# the exported symbols stay the same (docs/performance.md, "Leaving modules out").
brf_optional_module(screen "red-flag screening and stop rules")
if(BRF_WITH_SCREEN)
  list(APPEND BRF_SOURCES
    ${BRF_MODULE_DIR}/flags.c
    ${BRF_MODULE_DIR}/stoprules.c
    ${BRF_MODULE_DIR}/screen.c)
else()
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/unsupported.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/screen.h)
