# Routines (composition, estimate, check, JSON) and the person's profile.
brf_module(routine REQUIRES advice vocab catalog dosage
  SOURCES routine_check.c routine_check_msgs.c routine_goal.c routine_msgs.c routine_id.c routine_json.c routine_profile.c routine.c
          routine_step.c
          routine_step_access.c
  HEADERS profile.h routine.h)
