# The automatic planner: goals' templates, filters, fitting to a time budget.
# Optional: a watch plays routines planned on the phone.
brf_optional_module(planner "the automatic planner"
  REQUIRES routine catalog dosage vocab advice
  SOURCES planner_filter.c planner_goals.c planner_goals_data.c planner.c planner_msgs.c
          planner_plan_msgs.c planner_run.c
  HEADERS planner.h)
