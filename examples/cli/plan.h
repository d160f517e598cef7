/* Planning, shared by `plan` and `run --goal` (cmd_plan.c). */
#ifndef BACKRELIEF_CLI_PLAN_H
#define BACKRELIEF_CLI_PLAN_H

#include "cli.h"

#define CLI_PLAN_MAX_ITEMS 32

/* What the person asked for. */
typedef struct cli_plan_request {
  int32_t goal, minutes, level, phase, policy, age;
  int32_t direction; /* BRF_DIRECTION_*, unknown by default */
  int32_t thermal;   /* BRF_THERMAL_*, any by default */
  uint32_t seed;
  int have_equipment;
  int no_floor; /* --no-floor: no mat assumed */
  int32_t equipment[CLI_PLAN_MAX_ITEMS];
  size_t equipment_n;
  int32_t focus[CLI_PLAN_MAX_ITEMS];
  size_t focus_n;
  int32_t avoid[CLI_PLAN_MAX_ITEMS];
  size_t avoid_n;
  int32_t conditions[CLI_PLAN_MAX_ITEMS];
  size_t conditions_n;
  const char *red_flags;
} cli_plan_request;

/* The planning options' values (long options only). */
enum {
  CLI_PLAN_OPT_GOAL = CLI_OPT_BASE + 100,
  CLI_PLAN_OPT_MINUTES,
  CLI_PLAN_OPT_EQUIPMENT,
  CLI_PLAN_OPT_LEVEL,
  CLI_PLAN_OPT_FOCUS,
  CLI_PLAN_OPT_AVOID,
  CLI_PLAN_OPT_CONDITION,
  CLI_PLAN_OPT_RED_FLAGS,
  CLI_PLAN_OPT_AGE,
  CLI_PLAN_OPT_SEED,
  CLI_PLAN_OPT_PHASE,
  CLI_PLAN_OPT_POLICY,
  CLI_PLAN_OPT_NO_FLOOR,
  CLI_PLAN_OPT_DIRECTION,
  CLI_PLAN_OPT_THERMAL,
  CLI_PLAN_OPT_END
};
#define CLI_PLAN_OPTION_COUNT 15
/* The planning options, for getopt_long tables. */
extern const struct option cli_plan_options[CLI_PLAN_OPTION_COUNT];

void cli_plan_request_init(cli_plan_request *req);

/* Take one planning option; 0 or an exit status (usage errors reported). */
int cli_plan_option(cli *c, cli_plan_request *req, int opt, const char *arg);
/* Plan: 0 with the planner (for its notes) and the routine, or an exit
 * status: 3 with the clinician's message when red flags refuse, 1 when
 * nothing can be planned, 2 for usage errors. */
int cli_plan(cli *c, const cli_plan_request *req, brf_planner **out_planner,
             brf_routine **out);
/* The planner's advisories and what it left out, for people. */
void cli_print_plan_notes(cli *c, const brf_planner *p, FILE *f);
/* What the plan could not do: the time left unused (over 25% of the budget)
 * and what would fill it, from the planner's omissions. */
void cli_print_plan_shortfall(cli *c, const cli_plan_request *req, const brf_planner *p,
                              const brf_routine *r, FILE *f);

#endif /* BACKRELIEF_CLI_PLAN_H */
