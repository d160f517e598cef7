# Routines (composition, estimate, check, JSON) and the person's profile.
brf_module(routine REQUIRES advice vocab catalog dosage)
list(APPEND BRF_SOURCES
  ${BRF_MODULE_DIR}/routine_check.c
  ${BRF_MODULE_DIR}/routine_json.c
  ${BRF_MODULE_DIR}/routine_profile.c
  ${BRF_MODULE_DIR}/routine.c
  ${BRF_MODULE_DIR}/routine_step.c
  ${BRF_MODULE_DIR}/routine_step_access.c)
list(APPEND BRF_PUBLIC_HEADERS
  ${PROJECT_SOURCE_DIR}/include/backrelief/profile.h
  ${PROJECT_SOURCE_DIR}/include/backrelief/routine.h)
