/* Schedules keep their routines whole: each item's routine is embedded as
 * the routine format's body (docs/formats.md, "Schedule"), so phases, notes,
 * reasons and doses come back field by field; documents written before
 * (minimal routines) still load; a bad embedded routine fails at its place in the
 * schedule document; allocation failure leaves nothing behind. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"
#include "test_routine_fixture.h"
#include "test_schedule_fixture.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *cat;

static void setup(void) { cat = brf_test_routine_catalog(ctx); }
static void teardown(void) { brf_catalog_free(cat); }

BRF_TEST_CONTEXT_FIXTURE_WITH(schedule_routines, setup, teardown);

/* Name, phases, notes and reasons with characters JSON must escape. */
#define RICH_NAME "Evening reset \xe2\x80\x94 \"glutes\" & back"
#define RICH_NOTE "Slow; breathe out onto the ball.\n\"Ouch\" \xe2\x86\x92 stop.\ttab"

/* A routine with every per-step field in use (built in c, from k). */
static brf_status rich_routine(brf_context *c, const brf_catalog *k, brf_routine **out) {
  brf_routine *r = NULL;
  brf_dosage *dose = NULL;
  brf_status status = brf_routine_new(c, &r);
  if (status == BRF_OK) status = brf_routine_set_name(r, RICH_NAME);
  if (status == BRF_OK) status = brf_dosage_parse(c, "3min, each side", 15, &dose);
  if (status == BRF_OK) status = brf_routine_append(r, brf_catalog_find(k, "ball-glutes"), dose);
  brf_dosage_free(dose);
  dose = NULL;
  if (status == BRF_OK) status = brf_routine_append(r, brf_catalog_find(k, "glute-stretch"), NULL);
  if (status == BRF_OK) status = brf_dosage_parse(c, "2x12", 4, &dose);
  if (status == BRF_OK) status = brf_routine_append(r, brf_catalog_find(k, "bridge"), dose);
  brf_dosage_free(dose);
  if (status == BRF_OK) status = brf_routine_append(r, brf_catalog_find(k, "back-stretch"), NULL);
  if (status == BRF_OK) status = brf_routine_append(r, brf_catalog_find(k, "cat-camel"), NULL);
  if (status == BRF_OK) status = brf_routine_step_set_phase(r, 0, BRF_PHASE_RELEASE);
  if (status == BRF_OK) status = brf_routine_step_set_note(r, 0, RICH_NOTE);
  if (status == BRF_OK) status = brf_routine_step_set_reason(r, 0, "Release before stretching (seeds 000, 003).");
  if (status == BRF_OK) status = brf_routine_step_set_phase(r, 1, BRF_PHASE_STRETCH);
  if (status == BRF_OK) status = brf_routine_step_set_reason(r, 1, "Stretch what was released.");
  if (status == BRF_OK) status = brf_routine_step_set_phase(r, 2, BRF_PHASE_STRENGTHEN);
  if (status == BRF_OK) status = brf_routine_step_set_note(r, 2, "Squeeze at the top.");
  if (status == BRF_OK) status = brf_routine_step_set_phase(r, 3, BRF_PHASE_COOL_DOWN);
  if (status == BRF_OK) status = brf_routine_step_set_note(r, 4, "Phase left at none.");
  if (status != BRF_OK) {
    brf_routine_free(r);
    r = NULL;
  }
  *out = r;
  return status;
}

/* Two weeks: the rich routine 3x/week and a warm-bath exercise item (a
 * step with a contraindication), generated. */
static brf_status rich_schedule(brf_context *c, const brf_catalog *k, brf_schedule **out) {
  brf_schedule *s = NULL;
  brf_routine *r = NULL;
  int32_t monday = 0;
  size_t item = 0;
  brf_status status = brf_date_from_ymd(c, 2026, 1, 5, &monday);
  if (status == BRF_OK) status = brf_schedule_new(c, monday, 2, &s);
  if (status == BRF_OK) status = rich_routine(c, k, &r);
  if (status == BRF_OK) status = brf_schedule_add_routine(s, r, NULL, &item);
  if (status == BRF_OK) status = brf_schedule_item_set_frequency_text(s, item, "3x/week", 7);
  if (status == BRF_OK)
    status = brf_schedule_add_exercise(s, brf_catalog_find(k, "warm-bath"), NULL, NULL, &item);
  if (status == BRF_OK) status = brf_schedule_item_set_frequency_text(s, item, "every other day", 15);
  if (status == BRF_OK) status = brf_schedule_generate(s);
  brf_routine_free(r);
  if (status != BRF_OK) {
    brf_schedule_free(s);
    s = NULL;
  }
  *out = s;
  return status;
}

static char *schedule_json(const brf_schedule *s) {
  char *text = NULL;
  cr_assert_eq(brf_schedule_to_json(ctx, s, &text, NULL), BRF_OK, "%s", brf_context_errmsg(ctx));
  return text;
}

static char *routine_json(const brf_routine *r) {
  char *text = NULL;
  cr_assert_eq(brf_routine_to_json(ctx, r, BRF_JSON_PRETTY, &text, NULL), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  return text;
}

static void expect_same_dose(const brf_dosage *a, const brf_dosage *b, size_t i) {
  char *ta = NULL, *tb = NULL;
  cr_assert_eq(brf_dosage_to_string(ctx, a, &ta, NULL), BRF_OK);
  cr_assert_eq(brf_dosage_to_string(ctx, b, &tb, NULL), BRF_OK);
  cr_expect(brf_dosage_equal(a, b), "step %zu: dose %s became %s", i, ta, tb);
  brf_free(ctx, ta);
  brf_free(ctx, tb);
}

/* Every getter of the routine API gives the same value on a and b. */
static void expect_same_routine(const brf_routine *a, const brf_routine *b) {
  cr_expect_str_eq(brf_routine_name(b), brf_routine_name(a));
  cr_assert_eq(brf_routine_step_count(b), brf_routine_step_count(a));
  for (size_t i = 0; i < brf_routine_step_count(a); i++) {
    cr_expect_str_eq(brf_routine_step_exercise_id(b, i), brf_routine_step_exercise_id(a, i));
    cr_expect_str_eq(brf_routine_step_name(b, i), brf_routine_step_name(a, i));
    cr_expect_eq(brf_routine_step_modality(b, i), brf_routine_step_modality(a, i));
    cr_expect_eq(brf_routine_step_laterality(b, i), brf_routine_step_laterality(a, i));
    cr_expect_eq(brf_routine_step_phase(b, i), brf_routine_step_phase(a, i), "step %zu", i);
    cr_expect_str_eq(brf_routine_step_note(b, i), brf_routine_step_note(a, i));
    cr_expect_str_eq(brf_routine_step_reason(b, i), brf_routine_step_reason(a, i));
    expect_same_dose(brf_routine_step_dose(a, i), brf_routine_step_dose(b, i), i);
    size_t n = brf_routine_step_region_count(a, i);
    cr_expect_eq(brf_routine_step_region_count(b, i), n);
    for (size_t k = 0; k < n; k++)
      cr_expect_eq(brf_routine_step_region_at(b, i, k), brf_routine_step_region_at(a, i, k));
    n = brf_routine_step_equipment_count(a, i);
    cr_expect_eq(brf_routine_step_equipment_count(b, i), n);
    for (size_t k = 0; k < n; k++)
      cr_expect_eq(brf_routine_step_equipment_at(b, i, k), brf_routine_step_equipment_at(a, i, k));
    n = brf_routine_step_contraindication_count(a, i);
    cr_expect_eq(brf_routine_step_contraindication_count(b, i), n);
    for (size_t k = 0; k < n; k++) {
      cr_expect_eq(brf_routine_step_contraindication_condition(b, i, k),
                   brf_routine_step_contraindication_condition(a, i, k));
      cr_expect_eq(brf_routine_step_contraindication_action(b, i, k),
                   brf_routine_step_contraindication_action(a, i, k));
      cr_expect_str_eq(brf_routine_step_contraindication_note(b, i, k),
                       brf_routine_step_contraindication_note(a, i, k));
    }
  }
  int64_t alo = 0, ahi = 0, blo = 0, bhi = 0;
  cr_expect_eq(brf_routine_estimate_ms(a, &alo, &ahi), BRF_OK);
  cr_expect_eq(brf_routine_estimate_ms(b, &blo, &bhi), BRF_OK);
  cr_expect(alo == blo && ahi == bhi);
}

Test(schedule_routines, a_saved_and_loaded_schedule_gives_back_equal_routines) {
  brf_schedule *s = NULL, *t = NULL;
  brf_routine *r = NULL;
  cr_assert_eq(rich_schedule(ctx, cat, &s), BRF_OK, "%s", brf_context_errmsg(ctx));
  char *a = schedule_json(s);
  cr_assert_eq(brf_schedule_from_json(ctx, a, strlen(a), cat, &t), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_schedule_item_count(t), 2);
  /* Against the routine that went in, and the exercise item's own. */
  cr_assert_eq(rich_routine(ctx, cat, &r), BRF_OK);
  expect_same_routine(r, brf_schedule_item_routine(t, 0));
  expect_same_routine(brf_schedule_item_routine(s, 1), brf_schedule_item_routine(t, 1));
  cr_expect_eq(brf_routine_step_phase(brf_schedule_item_routine(t, 0), 3), BRF_PHASE_COOL_DOWN);
  cr_expect_str_eq(brf_routine_step_note(brf_schedule_item_routine(t, 0), 0), RICH_NOTE);
  cr_expect_eq(brf_routine_step_contraindication_count(brf_schedule_item_routine(t, 1), 0), 1);
  /* The routine codec sees no difference either. */
  for (size_t i = 0; i < 2; i++) {
    char *x = routine_json(brf_schedule_item_routine(s, i));
    char *y = routine_json(brf_schedule_item_routine(t, i));
    cr_expect_str_eq(y, x);
    brf_free(ctx, x);
    brf_free(ctx, y);
  }
  /* Save, load, save: the same bytes. */
  char *b = schedule_json(t);
  cr_expect_str_eq(b, a);
  brf_free(ctx, a);
  brf_free(ctx, b);
  brf_routine_free(r);
  brf_schedule_free(s);
  brf_schedule_free(t);
}

/* The routine document's text without its first three lines ("{", format,
 * format_version), indented to where a schedule item's routine sits. */
static char *as_embedded(const char *doc) {
  static const char open[] = "\"routine\": {\n", indent[] = "      ";
  const char *body = doc;
  for (int i = 0; i < 3; i++) body = strchr(body, '\n') + 1;
  size_t lines = 0;
  for (const char *p = body; *p; p++) lines += *p == '\n';
  char *out = malloc(sizeof open + strlen(body) + 6 * lines);
  memcpy(out, open, sizeof open - 1);
  char *o = out + sizeof open - 1;
  for (const char *p = body; *p;) {
    const char *end = strchr(p, '\n');
    memcpy(o, indent, 6);
    memcpy(o + 6, p, (size_t)(end - p));
    o += 6 + (end - p);
    p = end + 1;
    if (*p) *o++ = '\n';
  }
  *o = '\0';
  return out;
}

Test(schedule_routines, the_embedded_routine_is_the_routine_documents_body) {
  brf_schedule *s = NULL;
  brf_routine *r = NULL;
  cr_assert_eq(rich_schedule(ctx, cat, &s), BRF_OK);
  cr_assert_eq(rich_routine(ctx, cat, &r), BRF_OK);
  char *a = schedule_json(s);
  char *doc = routine_json(r);
  char *want = as_embedded(doc);
  cr_expect(strstr(a, want) != NULL, "the schedule\n%s\nlacks\n%s", a, want);
  cr_expect(strstr(want, "\"phase\": \"strengthen\"") != NULL && strstr(want, "\"estimate\"") != NULL,
            "%s", want);
  cr_expect(strstr(a, "\"format_version\": 1,") != NULL);
  free(want);
  brf_free(ctx, doc);
  brf_free(ctx, a);
  brf_routine_free(r);
  brf_schedule_free(s);
}

/* Written by brf_schedule_to_json before the routines were embedded whole
 * (commit 90d9db6), byte for byte: minimal routines, the first step's phase
 * and note dropped. Such files must still open. */
static const char v1_doc[] =
    "{\n"
    "  \"format\": \"backrelief-schedule\",\n"
    "  \"format_version\": 1,\n"
    "  \"start\": \"2026-01-05\",\n"
    "  \"weeks\": 1,\n"
    "  \"items\": [\n"
    "    {\n"
    "      \"kind\": \"routine\",\n"
    "      \"routine\": {\n"
    "        \"name\": \"Glute release\",\n"
    "        \"steps\": [\n"
    "          {\n"
    "            \"exercise\": \"ball-glutes\",\n"
    "            \"dose\": \"2min, each side\"\n"
    "          },\n"
    "          {\n"
    "            \"exercise\": \"glute-stretch\",\n"
    "            \"dose\": \"3 reps, hold 30s, each side\"\n"
    "          }\n"
    "        ]\n"
    "      },\n"
    "      \"frequency\": \"3x/week\",\n"
    "      \"first_time\": \"08:00\",\n"
    "      \"last_time\": \"20:00\"\n"
    "    },\n"
    "    {\n"
    "      \"kind\": \"exercise\",\n"
    "      \"routine\": {\n"
    "        \"name\": \"bridge\",\n"
    "        \"steps\": [\n"
    "          {\n"
    "            \"exercise\": \"bridge\",\n"
    "            \"dose\": \"2-3x6-15\"\n"
    "          }\n"
    "        ]\n"
    "      },\n"
    "      \"frequency\": \"every other day\",\n"
    "      \"first_time\": \"08:00\",\n"
    "      \"last_time\": \"20:00\"\n"
    "    }\n"
    "  ],\n"
    "  \"sessions\": [\n"
    "    {\n"
    "      \"date\": \"2026-01-05\",\n"
    "      \"time\": \"08:00\",\n"
    "      \"item\": 0,\n"
    "      \"occurrence\": 0,\n"
    "      \"title\": \"Glute release\",\n"
    "      \"duration_ms\": 467000\n"
    "    },\n"
    "    {\n"
    "      \"date\": \"2026-01-05\",\n"
    "      \"time\": \"08:00\",\n"
    "      \"item\": 1,\n"
    "      \"occurrence\": 0,\n"
    "      \"title\": \"bridge\",\n"
    "      \"duration_ms\": 205000\n"
    "    },\n"
    "    {\n"
    "      \"date\": \"2026-01-07\",\n"
    "      \"time\": \"08:00\",\n"
    "      \"item\": 0,\n"
    "      \"occurrence\": 1,\n"
    "      \"title\": \"Glute release\",\n"
    "      \"duration_ms\": 467000\n"
    "    },\n"
    "    {\n"
    "      \"date\": \"2026-01-07\",\n"
    "      \"time\": \"08:00\",\n"
    "      \"item\": 1,\n"
    "      \"occurrence\": 1,\n"
    "      \"title\": \"bridge\",\n"
    "      \"duration_ms\": 205000\n"
    "    },\n"
    "    {\n"
    "      \"date\": \"2026-01-09\",\n"
    "      \"time\": \"08:00\",\n"
    "      \"item\": 1,\n"
    "      \"occurrence\": 2,\n"
    "      \"title\": \"bridge\",\n"
    "      \"duration_ms\": 205000\n"
    "    },\n"
    "    {\n"
    "      \"date\": \"2026-01-10\",\n"
    "      \"time\": \"08:00\",\n"
    "      \"item\": 0,\n"
    "      \"occurrence\": 2,\n"
    "      \"title\": \"Glute release\",\n"
    "      \"duration_ms\": 467000\n"
    "    },\n"
    "    {\n"
    "      \"date\": \"2026-01-11\",\n"
    "      \"time\": \"08:00\",\n"
    "      \"item\": 1,\n"
    "      \"occurrence\": 3,\n"
    "      \"title\": \"bridge\",\n"
    "      \"duration_ms\": 205000\n"
    "    }\n"
    "  ]\n"
    "}\n";

Test(schedule_routines, minimal_routine_documents_still_load) {
  brf_schedule *s = NULL, *t = NULL;
  cr_assert_eq(brf_schedule_from_json(ctx, v1_doc, strlen(v1_doc), cat, &s), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_schedule_item_count(s), 2);
  cr_expect_eq(brf_schedule_session_count(s), 7);
  const brf_routine *r = brf_schedule_item_routine(s, 0);
  cr_expect_str_eq(brf_routine_name(r), "Glute release");
  cr_assert_eq(brf_routine_step_count(r), 2);
  cr_expect_str_eq(brf_routine_step_exercise_id(r, 1), "glute-stretch");
  cr_expect_eq(brf_routine_step_phase(r, 0), BRF_PHASE_NONE);
  cr_expect_str_eq(brf_routine_step_note(r, 0), "");
  char *dose = NULL;
  cr_assert_eq(brf_dosage_to_string(ctx, brf_routine_step_dose(r, 0), &dose, NULL), BRF_OK);
  cr_expect_str_eq(dose, "2min, each side");
  brf_free(ctx, dose);
  cr_expect_eq(brf_schedule_item_kind(s, 1), BRF_SCHEDULE_KIND_EXERCISE);
  /* Written again it gains the whole routine body, stable from then on. */
  char *a = schedule_json(s);
  cr_expect(strstr(a, "\"format_version\": 1,") != NULL, "%s", a);
  cr_expect(strstr(a, "\"phase\": \"none\"") != NULL);
  cr_assert_eq(brf_schedule_from_json(ctx, a, strlen(a), cat, &t), BRF_OK);
  char *b = schedule_json(t);
  cr_expect_str_eq(b, a);
  brf_free(ctx, a);
  brf_free(ctx, b);
  brf_schedule_free(s);
  brf_schedule_free(t);
  /* A later version is refused. */
  char *v2 = malloc(sizeof v1_doc);
  memcpy(v2, v1_doc, sizeof v1_doc);
  memcpy(strstr(v2, "\"format_version\": 1") + 18, "2", 1);
  cr_expect_eq(brf_schedule_from_json(ctx, v2, strlen(v2), cat, &s), BRF_E_SCHEMA);
  cr_expect(strstr(brf_context_errmsg(ctx), "format_version: version 2 is newer than this library reads (1)") != NULL,
            "%s", brf_context_errmsg(ctx));
  free(v2);
}

/* The rich schedule's text with one replacement must fail with code and a
 * message holding path, leaving nothing allocated. */
static void expect_error(const char *from, const char *to, brf_status code, const char *path) {
  brf_test_schedule_edit_error(ctx, cat, &st, rich_schedule, from, to, code, path);
}

Test(schedule_routines, a_bad_embedded_routine_fails_at_its_place_in_the_schedule) {
  expect_error("\"phase\": \"release\"", "\"phase\": \"unwind\"", BRF_E_SCHEMA,
               "items[0].routine.steps[0].phase: unknown value \"unwind\"");
  expect_error("\"dose\": \"3min, each side\"", "\"dose\": \"3min, each sid\"", BRF_E_SCHEMA,
               "items[0].routine.steps[0].dose: ");
  expect_error("\"dose\": \"2x12\"", "\"dose\": \"daily\"", BRF_E_SCHEMA,
               "items[0].routine.steps[2].dose: ");
  /* An unknown id is BRF_E_NOT_FOUND, as for a routine document (it was
   * BRF_E_SCHEMA here before API 1.1). */
  expect_error("\"exercise\": \"bridge\"", "\"exercise\": \"moon-walk\"", BRF_E_NOT_FOUND,
               "items[0].routine.steps[2].exercise: no exercise in the catalog has the id moon-walk");
  expect_error("\"phase\": \"stretch\"", "\"phase\": \"stretch\", \"note\": null", BRF_E_SCHEMA,
               "items[0].routine.steps[1].note: expected a string");
  expect_error("\"phase\": \"cool-down\"", "\"phase\": \"cool-down\", \"sets\": 3", BRF_E_SCHEMA,
               "items[0].routine.steps[3].sets: unknown key");
  expect_error("\"name\": \"Evening", "\"name\": \"Eve\\u0000ning", BRF_E_SCHEMA,
               "items[0].routine.name: contains a NUL character");
  expect_error("\"dose\": \"15-20min\"", "\"dose\": 20", BRF_E_SCHEMA,
               "items[1].routine.steps[0].dose: expected a string");
  expect_error("\"min_ms\": 794000", "\"total\": 1, \"min_ms\": 794000",
               BRF_E_SCHEMA, "items[0].routine.estimate.total: unknown key");
  expect_error("\"routine\": {\n        \"name\": \"warm-bath\"",
               "\"routine\": {\"colour\": \"red\",\n        \"name\": \"warm-bath\"", BRF_E_SCHEMA,
               "items[1].routine.colour: unknown key");
  expect_error("\"phase\": \"release\"", "\"phase\": \"release\",", BRF_E_PARSE, "");
}

Test(schedule_routines, a_routine_without_steps_is_refused) {
  static const char doc[] =
      "{\"format\": \"backrelief-schedule\", \"format_version\": 1, \"start\": \"2026-01-05\","
      " \"weeks\": 1, \"items\": [{\"kind\": \"routine\", \"routine\": {\"steps\": []}}]}";
  brf_schedule *s = (brf_schedule *)1;
  size_t live = st.live_blocks;
  cr_expect_eq(brf_schedule_from_json(ctx, doc, strlen(doc), cat, &s), BRF_E_SCHEMA);
  cr_expect_null(s);
  cr_expect(strstr(brf_context_errmsg(ctx), "items[0].routine.steps: a routine needs at least one step") != NULL,
            "%s", brf_context_errmsg(ctx));
  cr_expect_eq(st.live_blocks, live);
  /* With a step and no name the routine is read ("" as in the routine
   * format) and its sessions take the default title. */
  static const char nameless[] =
      "{\"format\": \"backrelief-schedule\", \"format_version\": 1, \"start\": \"2026-01-05\","
      " \"weeks\": 1, \"items\": [{\"kind\": \"routine\", \"routine\": {\"steps\": ["
      "{\"exercise\": \"bridge\", \"phase\": \"strengthen\"}]}}]}";
  cr_assert_eq(brf_schedule_from_json(ctx, nameless, strlen(nameless), cat, &s), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_expect_str_eq(brf_routine_name(brf_schedule_item_routine(s, 0)), "");
  cr_expect_eq(brf_routine_step_phase(brf_schedule_item_routine(s, 0), 0), BRF_PHASE_STRENGTHEN);
  cr_expect_str_eq(brf_schedule_session_title(s, 0), "Session");
  brf_schedule_free(s);
}

/* ---- allocation failure ---- */

Test(schedule_routines, saving_survives_allocation_failure) {
  brf_test_schedule_fail_each(brf_test_schedule_op_save, rich_schedule, NULL);
}
Test(schedule_routines, loading_survives_allocation_failure) {
  brf_test_schedule_fail_each(brf_test_schedule_op_load, rich_schedule, NULL);
}
Test(schedule_routines, loading_minimal_routines_survives_allocation_failure) {
  brf_test_schedule_fail_each(brf_test_schedule_op_load, rich_schedule, v1_doc);
}
