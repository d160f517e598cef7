/* Contraindications, per condition, for every exercise of the built-in
 * catalog: the table of docs/screening.md ("Contraindications by condition",
 * generated from data/catalog/builtin.json) says, for each condition, which exercises it
 * rules out (skip or ask a clinician: never planned) and which it adapts
 * (planned with a note); every other exercise is allowed. The table is the
 * reviewed expectation (issue 18), from these sources (docs/evidence.md):
 * - pregnancy: NHS "Exercise in pregnancy" (not flat on the back or front for
 *   long after about 16 weeks; avoid getting too hot), HSCNI back pain advice;
 *   prone extension and press-up are not done lying on the belly;
 * - osteoporosis: Royal Osteoporosis Society, Strong, Steady and Straight (no
 *   loaded or end-range flexion, no forceful twisting); Bartsch 2021 (no
 *   rolling with low bone density without advice);
 * - hip-replacement: hip precautions (deep flexion past 90 degrees,
 *   extension, rotation) depend on the approach: ask first;
 * - leg-symptoms: deep flexion can bring on leg symptoms (knee to chest,
 *   child's pose, back flexion); spinal-stenosis: extension often aggravates
 *   stenosis (NHS: Spinal stenosis);
 * - heat and cold: MPFT heat leaflet, ThermaCare warnings, CSP ice snapshot,
 *   Hannuksela 2001 and Hussain & Cohen 2018 (sauna);
 * - rolling: Bartsch et al. 2021 expert consensus on foam rolling;
 * - recent-surgery: NHS "Lumbar decompression surgery" (no lifting, bending
 *   or twisting, exercise built up as the physiotherapist advises): every
 *   strengthening, bending, twisting and arching exercise waits for clearance.
 * Reading the table from the document (not a copy here) means the docs, the
 * data and the behaviour cannot drift apart: `catalog.generated` ties the
 * document to the data, this test ties the library and planner to it. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void read_table(void);
static void setup(void) {
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  read_table();
}
static void teardown(void) { brf_catalog_free(cat); }
BRF_TEST_CONTEXT_FIXTURE_WITH(contra, setup, teardown);

typedef struct row {
  char condition[64];
  char excluded[2048]; /* space-separated exercise ids */
  char adapted[2048];
} row;

/* The table of docs/screening.md ("Contraindications by condition"),
 * generated from the catalog data by tools/gen_catalog.py: one row per
 * condition, `id`s in backticks, "-" for none. Read once per test. */
static row table[BRF_CONDITION_COUNT + 8];
static size_t ROWS;

static void cell(const char *from, const char *to, char *out, size_t cap) {
  size_t n = 0;
  out[0] = '\0';
  for (const char *p = from; p < to; p++) {
    if (*p != '`') continue;
    const char *q = memchr(p + 1, '`', (size_t)(to - p - 1));
    cr_assert_not_null(q, "unbalanced backticks in the table");
    size_t len = (size_t)(q - p - 1);
    cr_assert_lt(n + len + 2, cap, "a table cell is too long");
    if (n) out[n++] = ' ';
    memcpy(out + n, p + 1, len);
    n += len;
    out[n] = '\0';
    p = q;
  }
}

static void read_table(void) {
  char *doc = brf_test_read_file(BRF_DOCS_DIR "/screening.md", NULL);
  cr_assert_not_null(doc, "cannot read docs/screening.md");
  const char *p = strstr(doc, "<!-- BEGIN GENERATED contraindications");
  cr_assert_not_null(p, "docs/screening.md lacks the contraindication table");
  const char *end = strstr(p, "<!-- END GENERATED contraindications");
  cr_assert_not_null(end);
  p = strstr(p, "|---|---|---|\n");
  cr_assert_not_null(p);
  p += strlen("|---|---|---|\n");
  ROWS = 0;
  while (p < end && *p == '|') {
    const char *eol = strchr(p, '\n');
    const char *bar[4];
    const char *q = p + 1;
    for (int k = 0; k < 3; k++) {
      q = memchr(q, '|', (size_t)(eol - q));
      cr_assert_not_null(q, "a malformed row in the contraindication table");
      bar[k] = q++;
    }
    cr_assert_lt(ROWS, sizeof table / sizeof table[0]);
    row *r = &table[ROWS++];
    cell(p + 1, bar[0], r->condition, sizeof r->condition);
    cell(bar[0], bar[1], r->excluded, sizeof r->excluded);
    cell(bar[1], bar[2], r->adapted, sizeof r->adapted);
    (void)bar[3];
    p = eol + 1;
  }
  free(doc);
}

static int listed(const char *list, const char *id) {
  size_t n = strlen(id);
  for (const char *p = list; (p = strstr(p, id)) != NULL; p += n)
    if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ')) return 1;
  return 0;
}

/* 0 allowed, 1 adapted, 2 excluded: what the catalog says. */
static int verdict(const brf_exercise *ex, int32_t cond) {
  int v = 0;
  for (size_t k = 0; k < brf_exercise_contraindication_count(ex); k++) {
    if (brf_exercise_contraindication_condition(ex, k) != cond) continue;
    int32_t a = brf_exercise_contraindication_action(ex, k);
    int w = a == BRF_ACTION_MODIFY ? 1 : 2;
    if (w > v) v = w;
  }
  return v;
}

Test(contra, the_table_covers_every_condition) {
  cr_expect_eq(ROWS, (size_t)BRF_CONDITION_COUNT);
  for (size_t i = 0; i < ROWS; i++)
    cr_expect_str_eq(table[i].condition, brf_condition_id((int32_t)i), "row %zu", i);
}

Test(contra, every_condition_and_exercise_as_the_table_says) {
  for (size_t i = 0; i < ROWS; i++) {
    int32_t cond = (int32_t)i;
    for (size_t e = 0; e < brf_catalog_count(cat); e++) {
      const brf_exercise *ex = brf_catalog_at(cat, e);
      const char *id = brf_exercise_id(ex);
      int want = listed(table[i].excluded, id) ? 2 : listed(table[i].adapted, id) ? 1 : 0;
      cr_expect_eq(verdict(ex, cond), want, "%s x %s: catalog %d, table %d", table[i].condition,
                   id, verdict(ex, cond), want);
    }
  }
}

/* Through the planner: with the condition, no excluded exercise is planned
 * for any goal at any budget from 5 to 60 minutes (every minute: issue 18,
 * "Done means"), and an adapted one carries its note. */
Test(contra, the_planner_never_plans_an_excluded_exercise) {
  /* With every piece of equipment, then with none: other exercises fill the
   * slots without equipment. */
  for (int all = 1; all >= 0; all--)
    for (size_t i = 0; i < ROWS; i++) {
      brf_profile *p = NULL;
      cr_assert_eq(brf_profile_new(ctx, &p), BRF_OK);
      for (int32_t e = 0; e < BRF_EQUIPMENT_COUNT; e++)
        cr_assert_eq(brf_profile_set_equipment(p, e, all || e == BRF_EQUIPMENT_NONE), BRF_OK);
      cr_assert_eq(brf_profile_set_condition(p, (int32_t)i, 1), BRF_OK);
      int planned = 0;
      for (int32_t g = 0; g < BRF_GOAL_COUNT; g++)
        for (int32_t m = 5; m <= 60; m++) {
          brf_planner *pl = NULL;
          cr_assert_eq(brf_planner_new(ctx, &pl), BRF_OK);
          cr_assert_eq(brf_planner_set_goal(pl, g), BRF_OK);
          cr_assert_eq(brf_planner_set_minutes(pl, m), BRF_OK);
          cr_assert_eq(brf_planner_set_profile(pl, p), BRF_OK);
          brf_routine *r = NULL;
          brf_status s = brf_planner_run(pl, cat, &r);
          cr_assert(s == BRF_OK || s == BRF_E_NOT_FOUND, "%s", brf_context_errmsg(ctx));
          planned += r != NULL && brf_routine_step_count(r) > 0;
          for (size_t k = 0; r != NULL && k < brf_routine_step_count(r); k++) {
            const char *id = brf_routine_step_exercise_id(r, k);
            cr_expect(!listed(table[i].excluded, id), "%s planned with %s (%s, %d min%s)", id,
                      table[i].condition, brf_goal_id(g), m, all ? "" : ", no equipment");
            if (listed(table[i].adapted, id)) {
              const char *note = brf_routine_step_note(r, k);
              cr_expect(note != NULL && strstr(note, table[i].condition) != NULL,
                        "%s with %s: no note", id, table[i].condition);
            }
          }
          brf_routine_free(r);
          brf_planner_free(pl);
        }
      /* Every condition still leaves plans to check (not vacuous). */
      cr_expect_gt(planned, BRF_GOAL_COUNT * 56 / 2, "%s: only %d plans", table[i].condition,
                   planned);
      brf_profile_free(p);
    }
}
