# The automatic planner: goals' templates, filters, fitting to a time budget.
# Optional (BRF_WITH_PLANNER): a watch plays routines planned on the phone.
brf_optional_module(planner "the automatic planner"
  REQUIRES routine catalog dosage vocab advice)
if(BRF_WITH_PLANNER)
  list(APPEND BRF_SOURCES
    ${BRF_MODULE_DIR}/planner_filter.c
    ${BRF_MODULE_DIR}/planner_goals.c
    ${BRF_MODULE_DIR}/planner.c
    ${BRF_MODULE_DIR}/planner_run.c)
else()
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/planner_unsupported.c)
endif()
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/planner.h)
