/* The planning options, shared by `plan` and `run --goal`; the parsing of
 * their values is in cmd_plan.c (it needs the planner's vocabulary). */
#include "plan.h"

#include <string.h>

const struct option cli_plan_options[CLI_PLAN_OPTION_COUNT] = {
    {"goal", required_argument, NULL, CLI_PLAN_OPT_GOAL},
    {"minutes", required_argument, NULL, CLI_PLAN_OPT_MINUTES},
    {"equipment", required_argument, NULL, CLI_PLAN_OPT_EQUIPMENT},
    {"level", required_argument, NULL, CLI_PLAN_OPT_LEVEL},
    {"focus", required_argument, NULL, CLI_PLAN_OPT_FOCUS},
    {"avoid", required_argument, NULL, CLI_PLAN_OPT_AVOID},
    {"condition", required_argument, NULL, CLI_PLAN_OPT_CONDITION},
    {"red-flags", required_argument, NULL, CLI_PLAN_OPT_RED_FLAGS},
    {"age", required_argument, NULL, CLI_PLAN_OPT_AGE},
    {"seed", required_argument, NULL, CLI_PLAN_OPT_SEED},
    {"phase", required_argument, NULL, CLI_PLAN_OPT_PHASE},
    {"policy", required_argument, NULL, CLI_PLAN_OPT_POLICY},
    {"no-floor", no_argument, NULL, CLI_PLAN_OPT_NO_FLOOR},
    {"direction", required_argument, NULL, CLI_PLAN_OPT_DIRECTION},
    {"thermal", required_argument, NULL, CLI_PLAN_OPT_THERMAL},
};

void cli_plan_request_init(cli_plan_request *req) {
  memset(req, 0, sizeof *req);
  req->level = -1;
  req->phase = -1;
  req->policy = -1;
  req->goal = -1;
  req->minutes = -1;
  req->age = -1;
}
