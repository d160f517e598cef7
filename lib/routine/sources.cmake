# Routines (composition, estimate, check, JSON) and the person's profile.
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/check.c
  ${BRF_MODULE_DIR}/json.c
  ${BRF_MODULE_DIR}/profile.c
  ${BRF_MODULE_DIR}/routine.c
  ${BRF_MODULE_DIR}/step.c
  ${BRF_MODULE_DIR}/step_access.c)
list(APPEND BRF_PUBLIC_HEADERS
  ${PROJECT_SOURCE_DIR}/include/backrelief/profile.h
  ${PROJECT_SOURCE_DIR}/include/backrelief/routine.h)
