# The automatic planner: goals' templates, filters, fitting to a time budget.
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/filter.c
  ${BRF_MODULE_DIR}/goals.c
  ${BRF_MODULE_DIR}/planner.c
  ${BRF_MODULE_DIR}/run.c)
list(APPEND BRF_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/backrelief/planner.h)
