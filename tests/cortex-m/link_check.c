/*
 * The smallest program that uses libbackrelief the way a watch would: create a
 * context and open the built-in catalog. scripts/cortex-m.sh links it for the
 * Cortex-M4 target (newlib-nano, no operating system) to prove that the static
 * library links there with no stdio, locale or clock, and reports its size.
 *
 * The same file is compiled and run on the host against libraries built with
 * modules left out: the exit status says which expectation failed (0 = all
 * held), since the target program has no console to print to.
 *
 *   BRF_EXPECT_CATALOG=0|1  whether the built-in catalog was compiled in
 *   BRF_EXPECT_SCREEN=0|1   whether the screen module was compiled in
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

int main(void)
{
  brf_context *ctx = NULL;
  int rc;
  if (brf_context_new(&ctx) != BRF_OK)
    return 1;
  rc = check_catalog(ctx);
  if (rc == 0)
    rc = check_screen(ctx);
  brf_context_free(ctx);
  return rc;
}
