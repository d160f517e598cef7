/* What the routine check's suites share (test_routine_check.c,
 * test_routine_check_i18n.c): the fixture catalog (test_routine_fixture.h)
 * and a profile in a context, routines named by ids, and the advisories of
 * one rule. Include it once, in place of BRF_TEST_CONTEXT_DECLARE(); then
 * ROUTINE_CHECK_FIXTURE(suite). Static inline helpers, so that a suite that
 * does not use one is not warned about it. */
#ifndef BRF_TEST_ROUTINE_CHECK_FIXTURES_H
#define BRF_TEST_ROUTINE_CHECK_FIXTURES_H

#include <criterion/criterion.h>
#include <string.h>

#include "support.h"
#include "test_routine_fixture.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;
static brf_profile *profile;

static void routine_check_setup(void) {
  cat = brf_test_routine_catalog(ctx);
  cr_assert_eq(brf_profile_new(ctx, &profile), BRF_OK);
}
static void routine_check_teardown(void) {
  brf_profile_free(profile);
  brf_catalog_free(cat);
}

#define ROUTINE_CHECK_FIXTURE(suite) \
  BRF_TEST_CONTEXT_FIXTURE_WITH(suite, routine_check_setup, routine_check_teardown)

#define IDS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* How many advisories have a rule, and the first one's message, severity
 * and source. */
typedef struct found {
  size_t count;
  int32_t severity;
  char message[1024];
  char source[1024];
} found;

static inline found find_rule(const brf_advice *adv, const char *rule) {
  found f;
  memset(&f, 0, sizeof f);
  f.severity = -1;
  for (size_t i = 0; i < brf_advice_count(adv); i++) {
    if (strcmp(brf_advice_rule(adv, i), rule) != 0) continue;
    if (f.count++ == 0) {
      f.severity = brf_advice_severity(adv, i);
      strncpy(f.message, brf_advice_message(adv, i), sizeof f.message - 1);
      strncpy(f.source, brf_advice_source(adv, i), sizeof f.source - 1);
    }
  }
  return f;
}

/* Check the routine of ids (with profile p, or NULL) and find rule among
 * its advisories. */
static inline found check_rule(const char *const *ids, const brf_profile *p, const char *rule) {
  brf_routine *r = brf_test_routine_of(ctx, cat, ids);
  brf_advice *adv = NULL;
  cr_assert_eq(brf_routine_check(ctx, r, p, &adv), BRF_OK, "%s", brf_context_errmsg(ctx));
  found f = find_rule(adv, rule);
  brf_advice_free(adv);
  brf_routine_free(r);
  return f;
}

#endif /* BRF_TEST_ROUTINE_CHECK_FIXTURES_H */
