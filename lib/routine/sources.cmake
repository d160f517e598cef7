# Routines (composition, estimate, check, JSON) and the person's profile.
brf_module(routine REQUIRES advice vocab catalog dosage
  SOURCES routine_goal.c routine_id.c routine_json.c routine_profile.c routine.c
          routine_step.c
          routine_step_access.c
  HEADERS profile.h routine.h)
# The routine checks (brf_routine_check: the sequencing rules and each
# step's dose checks), which a watch that plays routines checked on the phone
# leaves out (docs/performance.md, "Leaving modules out").
brf_optional_module(routine_check "the routine checks of brf_routine_check"
  REQUIRES dosage_check
  SOURCES routine_check.c routine_check_msgs.c routine_msgs.c)
