/*
 * A program that reaches every module of libbackrelief: it creates a context,
 * opens the built-in catalog, and calls one function of each optional module.
 * scripts/cortex-m.sh links it for the Cortex-M4 target (newlib-nano, no
 * operating system) to prove that the static library links there with no
 * stdio, locale or clock, and reports its size (tests/cortex-m/watch_app.c is
 * the realistic firmware).
 *
 * The same file is compiled and run on the host against libraries built with
 * modules left out: the exit status says which expectation failed (0 = all
 * held), since the target program has no console to print to. For each
 * optional module it calls one function: a module compiled in answers as
 * usual, a module left out answers BRF_E_UNSUPPORTED, gives no object and
 * leaves a message naming its option.
 *
 *   BRF_EXPECT_CATALOG=0|1  whether the built-in catalog was compiled in
 *   BRF_EXPECT_<MODULE>=0|1 whether the module was compiled in (BRF_WITH_<MODULE>),
 *                           for SCREEN, PLANNER, SCHEDULE, CALENDAR, JOURNAL,
 *                           ADAPT, CATALOG_JSON, IMPORT, DOSAGE_CHECK and
 *                           ROUTINE_CHECK
 */
#include <stddef.h>
#include <string.h>

#include "backrelief.h"

#ifndef BRF_EXPECT_CATALOG
#define BRF_EXPECT_CATALOG 1
#endif
#ifndef BRF_EXPECT_SCREEN
#define BRF_EXPECT_SCREEN 1
#endif
#ifndef BRF_EXPECT_PLANNER
#define BRF_EXPECT_PLANNER 1
#endif
#ifndef BRF_EXPECT_SCHEDULE
#define BRF_EXPECT_SCHEDULE 1
#endif
#ifndef BRF_EXPECT_CALENDAR
#define BRF_EXPECT_CALENDAR 1
#endif
#ifndef BRF_EXPECT_JOURNAL
#define BRF_EXPECT_JOURNAL 1
#endif
#ifndef BRF_EXPECT_ADAPT
#define BRF_EXPECT_ADAPT 1
#endif
#ifndef BRF_EXPECT_CATALOG_JSON
#define BRF_EXPECT_CATALOG_JSON 1
#endif
#ifndef BRF_EXPECT_DOSAGE_CHECK
#define BRF_EXPECT_DOSAGE_CHECK 1
#endif
#ifndef BRF_EXPECT_ROUTINE_CHECK
#define BRF_EXPECT_ROUTINE_CHECK 1
#endif
#ifndef BRF_EXPECT_IMPORT
#define BRF_EXPECT_IMPORT 1
#endif

static int check_catalog(brf_context *ctx)
{
  brf_catalog *cat = NULL;
  brf_status st = brf_catalog_new_builtin(ctx, &cat);
#if BRF_EXPECT_CATALOG
  if (st != BRF_OK || brf_catalog_count(cat) == 0 ||
      brf_exercise_id(brf_catalog_at(cat, 0)) == NULL) {
    brf_catalog_free(cat);
    return 10;
  }
#else
  if (st != BRF_E_UNSUPPORTED || cat != NULL)
    return 11;
#endif
  brf_catalog_free(cat);
  return 0;
}

static int check_screen(brf_context *ctx)
{
  brf_screen *s = NULL;
  brf_status st = brf_screen_new(ctx, &s);
#if BRF_EXPECT_SCREEN
  if (st != BRF_OK || brf_redflag_count() == 0)
    return 20;
  if (brf_screen_evaluate(s) != BRF_OK)
    return 21;
  brf_screen_free(s);
#else
  /* A left-out module answers BRF_E_UNSUPPORTED and never BRF_OK: an app must
   * not read "no red flag" from a build that cannot screen. */
  size_t index = 7;
  int32_t urgency = 7;
  const char *msg;
  if (st != BRF_E_UNSUPPORTED || s != NULL)
    return 30;
  msg = brf_context_errmsg(ctx);
  if (msg == NULL || strstr(msg, "BRF_WITH_SCREEN") == NULL)
    return 31;
  if (brf_screen_evaluate(NULL) != BRF_E_UNSUPPORTED ||
      brf_redflag_find("saddle-numbness", &index) != BRF_E_UNSUPPORTED || index != 7 ||
      brf_urgency_from_name("urgent", &urgency) != BRF_E_UNSUPPORTED || urgency != 7)
    return 32;
  if (brf_redflag_count() != 0 || brf_stoprule_count() != 0 || brf_redflag_id(0) != NULL ||
      brf_urgency_name(BRF_URGENCY_URGENT) != NULL ||
      brf_screen_outcome(NULL) != BRF_URGENCY_NONE || strcmp(brf_screen_message(NULL), "") != 0)
    return 33;
#endif
  return 0;
}

/* The answer of one function of an optional module: 0 when it matches the
 * expectation. `made` says whether the call gave an object back. Compiled in,
 * the call must not answer BRF_E_UNSUPPORTED; left out, it must, with no
 * object and a message naming `option`. */
static int expect_module(brf_context *ctx, int compiled_in, brf_status st, int made,
                         const char *option)
{
  const char *msg;
  if (compiled_in)
    return st == BRF_E_UNSUPPORTED;
  if (st != BRF_E_UNSUPPORTED || made)
    return 1;
  msg = brf_context_errmsg(ctx);
  return msg == NULL || strstr(msg, option) == NULL;
}

/* One function of each optional module besides the screen. The out-pointers
 * start non-NULL so that a stub that leaves them alone is caught. */
static int check_modules(brf_context *ctx)
{
  void *junk = &junk;
  brf_planner *planner = (brf_planner *)junk;
  brf_schedule *schedule = (brf_schedule *)junk;
  brf_journal *journal = (brf_journal *)junk;
  brf_adapt_suggestion *suggestion = (brf_adapt_suggestion *)junk;
  brf_catalog *cat = (brf_catalog *)junk;
  brf_advice *report = (brf_advice *)junk;
  int32_t day = -7;
  brf_status st;

  st = brf_planner_new(ctx, &planner);
  if (expect_module(ctx, BRF_EXPECT_PLANNER, st, planner != NULL, "BRF_WITH_PLANNER=OFF"))
    return 40;
  brf_planner_free(planner);
  st = brf_schedule_new(ctx, 20454, 4, &schedule);
  if (expect_module(ctx, BRF_EXPECT_SCHEDULE, st, schedule != NULL, "BRF_WITH_SCHEDULE=OFF"))
    return 41;
  brf_schedule_free(schedule);
  /* Left out, the output is untouched as after any failure. */
  st = brf_date_parse(ctx, "2026-01-01", 10, &day);
  if (expect_module(ctx, BRF_EXPECT_CALENDAR, st, 0, "BRF_WITH_CALENDAR=OFF") ||
      day != (BRF_EXPECT_CALENDAR ? 20454 : -7))
    return 42;
  st = brf_journal_new(ctx, &journal);
  if (expect_module(ctx, BRF_EXPECT_JOURNAL, st, journal != NULL, "BRF_WITH_JOURNAL=OFF"))
    return 43;
  brf_journal_free(journal);
  /* Compiled in, the NULL arguments give BRF_E_INVALID. */
  st = brf_adapt_suggest(ctx, NULL, NULL, NULL, NULL, NULL, &suggestion);
  if (expect_module(ctx, BRF_EXPECT_ADAPT, st, suggestion != NULL, "BRF_WITH_ADAPT=OFF"))
    return 44;
  /* Compiled in, "{}" is not a catalog document: BRF_E_SCHEMA. */
  st = brf_catalog_from_json(ctx, "{}", 2, 0, &cat);
  if (expect_module(ctx, BRF_EXPECT_CATALOG_JSON, st, cat != NULL, "BRF_WITH_CATALOG_JSON=OFF"))
    return 45;
  brf_catalog_free(cat);
  cat = (brf_catalog *)junk;
  st = brf_catalog_import_free_exercise_db(ctx, "[]", 2, 0, &cat, &report);
  if (expect_module(ctx, BRF_EXPECT_IMPORT, st, cat != NULL || report != NULL,
                    "BRF_WITH_IMPORT=OFF"))
    return 46;
  brf_catalog_free(cat);
  brf_advice_free(report);
  /* Compiled in, the NULL dose or routine gives BRF_E_INVALID. */
  report = (brf_advice *)junk;
  st = brf_dosage_check(ctx, NULL, -1, &report);
  if (expect_module(ctx, BRF_EXPECT_DOSAGE_CHECK, st, report != NULL, "BRF_WITH_DOSAGE_CHECK=OFF"))
    return 47;
  report = (brf_advice *)junk;
  st = brf_routine_check(ctx, NULL, NULL, &report);
  if (expect_module(ctx, BRF_EXPECT_ROUTINE_CHECK, st, report != NULL, "BRF_WITH_ROUTINE_CHECK=OFF"))
    return 48;
  return 0;
}

int main(void)
{
  brf_context *ctx = NULL;
  int rc;
  if (brf_context_new(&ctx) != BRF_OK)
    return 1;
  rc = check_catalog(ctx);
  if (rc == 0)
    rc = check_screen(ctx);
  if (rc == 0)
    rc = check_modules(ctx);
  brf_context_free(ctx);
  return rc;
}
