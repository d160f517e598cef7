/* Allocation failure on every public path that allocates (issue 11).
 *
 * For each path, a fixture is made with an allocator that never fails, then
 * the call under test runs with the allocator failing its Nth call, for
 * N = 1, 2, ... until the call succeeds. Each failure must return
 * BRF_E_NOMEM, leave the out-pointer NULL, leave the objects it was given
 * unchanged (a text snapshot of their observable fields, taken before and
 * after) and leak nothing (live blocks back to the baseline; after freeing
 * everything, zero). ASan and UBSan check the same runs in CI (not valgrind:
 * docs/testing.md, "Sanitizers and valgrind").
 * Add a case here when a module adds a path that allocates. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

/* The objects a case may use; `made` is what the call under test creates. */
typedef struct fx {
  brf_context *ctx;
  brf_catalog *builtin;
  brf_catalog *empty;
  brf_exercise_draft *draft;
  brf_query *query;
  brf_dosage *dose;
  brf_routine *routine;
  brf_profile *profile;
  brf_screen *screen;
  brf_timeline *timeline;
  char *catalog_json; /* a small catalog (the draft's exercise) as JSON */
  char *routine_json; /* the routine as JSON */
  size_t catalog_json_len, routine_json_len;
  void *made;
  void (*made_free)(void *);
} fx;

typedef struct oom_case {
  const char *name;
  brf_status (*call)(fx *f);
} oom_case;

/* --- snapshots: the observable fields of every fixture object ---------- */

static void put(char *buf, size_t cap, const char *s) {
  size_t n = strlen(buf);
  if (n + 1 < cap) snprintf(buf + n, cap - n, "%s|", s ? s : "(null)");
}

static void put_num(char *buf, size_t cap, long long v) {
  char t[32];
  snprintf(t, sizeof t, "%lld", v);
  put(buf, cap, t);
}

static void snap_catalog(char *buf, size_t cap, const brf_catalog *cat) {
  put_num(buf, cap, (long long)brf_catalog_count(cat));
  for (size_t i = 0; i < brf_catalog_count(cat); i++) {
    const brf_exercise *ex = brf_catalog_at(cat, i);
    put(buf, cap, brf_exercise_id(ex));
    put(buf, cap, brf_exercise_default_dose(ex));
    put_num(buf, cap, (long long)brf_exercise_alias_count(ex));
  }
}

static void snap_routine(char *buf, size_t cap, const brf_routine *r) {
  put(buf, cap, brf_routine_name(r));
  put_num(buf, cap, (long long)brf_routine_step_count(r));
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    char *s = NULL;
    size_t n;
    put(buf, cap, brf_routine_step_exercise_id(r, i));
    put(buf, cap, brf_routine_step_note(r, i));
    put(buf, cap, brf_routine_step_reason(r, i));
    put_num(buf, cap, brf_routine_step_phase(r, i));
    /* Formatting with the default context allocator, not the failing one. */
    if (brf_dosage_format(brf_routine_step_dose(r, i), NULL, 0, &n) == BRF_E_BUFFER_TOO_SMALL &&
        (s = malloc(n)) != NULL && brf_dosage_format(brf_routine_step_dose(r, i), s, n, NULL) == BRF_OK)
      put(buf, cap, s);
    free(s);
  }
}

static void snapshot(const fx *f, char *buf, size_t cap) {
  char t[128];
  size_t n;
  buf[0] = '\0';
  if (f->builtin) snap_catalog(buf, cap, f->builtin);
  if (f->empty) snap_catalog(buf, cap, f->empty);
  if (f->query) {
    put_num(buf, cap, (long long)brf_query_count(f->query));
    for (size_t i = 0; i < brf_query_count(f->query); i++)
      put(buf, cap, brf_exercise_id(brf_query_at(f->query, i)));
  }
  if (f->dose && brf_dosage_format(f->dose, t, sizeof t, &n) == BRF_OK) put(buf, cap, t);
  if (f->routine) snap_routine(buf, cap, f->routine);
  if (f->profile) {
    put_num(buf, cap, brf_profile_level(f->profile));
    put_num(buf, cap, brf_profile_age_years(f->profile));
    for (int32_t c = 0; c < BRF_CONDITION_COUNT; c++)
      put_num(buf, cap, brf_profile_has_condition(f->profile, c));
  }
  if (f->screen) {
    put_num(buf, cap, brf_screen_outcome(f->screen));
    put(buf, cap, brf_screen_message(f->screen));
    for (size_t i = 0; i < brf_screen_positive_count(f->screen); i++)
      put(buf, cap, brf_screen_positive_at(f->screen, i));
  }
  if (f->timeline) {
    put_num(buf, cap, (long long)brf_timeline_segment_count(f->timeline));
    put_num(buf, cap, brf_timeline_total_ms(f->timeline));
  }
}

/* --- the fixture: every object made with the allocator not failing ----- */

static void fixture_make(fx *f, brf_context *ctx) {
  memset(f, 0, sizeof *f);
  f->ctx = ctx;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &f->builtin), BRF_OK);
  cr_assert_eq(brf_catalog_new_empty(ctx, &f->empty), BRF_OK);
  cr_assert_eq(brf_exercise_draft_new(ctx, &f->draft), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_id(f->draft, "oom-stretch"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_name(f->draft, "Out-of-memory stretch"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_modality(f->draft, BRF_MODALITY_STATIC_STRETCH), BRF_OK);
  cr_assert_eq(brf_exercise_draft_set_default_dose(f->draft, "3x30s, each side, daily"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_alias(f->draft, "OOM stretch"), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_region(f->draft, BRF_REGION_LOWER_BACK, BRF_REGIONS_PRIMARY),
               BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_instruction(f->draft, "Lie on your back."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_cue(f->draft, "Breathe out."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_caution(f->draft, "Stop if it hurts."), BRF_OK);
  cr_assert_eq(brf_exercise_draft_add_source(f->draft, 0, "test", "made up"), BRF_OK);
  cr_assert_eq(brf_query_new(ctx, f->builtin, &f->query), BRF_OK);
  cr_assert_eq(brf_query_set_text(f->query, "stretch"), BRF_OK);
  const char *text = "3x30s, each side, daily";
  cr_assert_eq(brf_dosage_parse(ctx, text, strlen(text), &f->dose), BRF_OK);
  cr_assert_eq(brf_routine_new(ctx, &f->routine), BRF_OK);
  cr_assert_eq(brf_routine_set_name(f->routine, "Evening"), BRF_OK);
  const brf_exercise *ex0 = brf_catalog_at(f->builtin, 0);
  cr_assert_eq(brf_routine_append(f->routine, ex0, NULL), BRF_OK);
  cr_assert_eq(brf_routine_append(f->routine, brf_catalog_at(f->builtin, 1), f->dose), BRF_OK);
  cr_assert_eq(brf_profile_new(ctx, &f->profile), BRF_OK);
  cr_assert_eq(brf_screen_new(ctx, &f->screen), BRF_OK);
  cr_assert_eq(brf_timeline_new(ctx, f->routine, BRF_TIMELINE_MAX, &f->timeline), BRF_OK);
  brf_catalog *small = NULL;
  cr_assert_eq(brf_catalog_new_empty(ctx, &small), BRF_OK);
  cr_assert_eq(brf_catalog_add(small, f->draft), BRF_OK);
  cr_assert_eq(brf_catalog_to_json(ctx, small, BRF_JSON_COMPACT, &f->catalog_json,
                                   &f->catalog_json_len), BRF_OK);
  brf_catalog_free(small);
  cr_assert_eq(brf_routine_to_json(ctx, f->routine, BRF_JSON_COMPACT, &f->routine_json,
                                   &f->routine_json_len), BRF_OK);
}

static void fixture_free(fx *f) {
  if (f->made_free) f->made_free(f->made);
  brf_free(f->ctx, f->routine_json);
  brf_free(f->ctx, f->catalog_json);
  brf_timeline_free(f->timeline);
  brf_screen_free(f->screen);
  brf_profile_free(f->profile);
  brf_routine_free(f->routine);
  brf_dosage_free(f->dose);
  brf_query_free(f->query);
  brf_exercise_draft_free(f->draft);
  brf_catalog_free(f->empty);
  brf_catalog_free(f->builtin);
}

/* --- the driver --------------------------------------------------------- */

#define SNAP 65536

static void run_case(const oom_case *c) {
  static char before[SNAP], after[SNAP];
  for (size_t n = 1;; n++) {
    brf_test_alloc st;
    brf_allocator a;
    brf_context *ctx = NULL;
    fx f;
    brf_test_alloc_init(&a, &st);
    cr_assert_eq(brf_context_new_with_allocator(&a, &ctx), BRF_OK);
    fixture_make(&f, ctx);
    snapshot(&f, before, sizeof before);
    size_t base = st.live_blocks;
    st.fail_at = st.calls + n;
    brf_status r = c->call(&f);
    int failed = st.failed;
    st.fail_at = 0;
    if (r == BRF_OK) {
      fixture_free(&f);
      brf_context_free(ctx);
      cr_expect_eq(st.live_blocks, 0, "%s: leak after success", c->name);
      /* A failed allocation must be reported, never swallowed. */
      cr_expect(!failed, "%s succeeded although allocation %zu failed", c->name, n);
      return;
    }
    cr_assert_eq(r, BRF_E_NOMEM, "%s: allocation %zu failed: got %d (%s), not BRF_E_NOMEM", c->name,
                 n, (int)r, brf_context_errmsg(ctx));
    cr_assert(failed, "%s returned BRF_E_NOMEM with no failed allocation", c->name);
    cr_expect_null(f.made, "%s: allocation %zu failed: the out-pointer is not NULL", c->name, n);
    cr_expect_eq(st.live_blocks, base, "%s: allocation %zu failed: %zu blocks leaked", c->name, n,
                 st.live_blocks - base);
    snapshot(&f, after, sizeof after);
    cr_expect_str_eq(after, before, "%s: allocation %zu failed: the objects changed", c->name, n);
    fixture_free(&f);
    brf_context_free(ctx);
    cr_assert_eq(st.live_blocks, 0, "%s: blocks left after freeing everything", c->name);
    cr_assert_lt(n, 100000, "%s never succeeds", c->name);
  }
}

/* --- the cases: one call each ---------------------------------------- */

#define MADE(type, freefn) (f->made_free = (void (*)(void *))(freefn), (type **)&f->made)

static brf_status c_catalog_builtin(fx *f) {
  return brf_catalog_new_builtin(f->ctx, MADE(brf_catalog, brf_catalog_free));
}
static brf_status c_catalog_empty(fx *f) {
  return brf_catalog_new_empty(f->ctx, MADE(brf_catalog, brf_catalog_free));
}
static brf_status c_catalog_add(fx *f) { return brf_catalog_add(f->empty, f->draft); }
static brf_status c_catalog_add_to_builtin(fx *f) { return brf_catalog_add(f->builtin, f->draft); }
static brf_status c_catalog_merge(fx *f) { return brf_catalog_merge(f->empty, f->builtin); }
static brf_status c_catalog_set_default_dose(fx *f) {
  return brf_catalog_set_default_dose(f->builtin, brf_exercise_id(brf_catalog_at(f->builtin, 3)),
                                      "2x45s, daily");
}
static brf_status c_draft_new(fx *f) {
  return brf_exercise_draft_new(f->ctx, MADE(brf_exercise_draft, brf_exercise_draft_free));
}
static brf_status c_draft_fill(fx *f) {
  brf_exercise_draft *d = NULL;
  brf_status r = brf_exercise_draft_new(f->ctx, &d);
  if (r == BRF_OK) r = brf_exercise_draft_set_id(d, "x-stretch");
  if (r == BRF_OK) r = brf_exercise_draft_set_summary(d, "A summary.");
  if (r == BRF_OK) r = brf_exercise_draft_set_dose_note(d, "A note.");
  if (r == BRF_OK) r = brf_exercise_draft_add_equipment(d, BRF_EQUIPMENT_MAT);
  if (r == BRF_OK) r = brf_exercise_draft_add_contraindication(d, 0, 0, "A note.");
  if (r == BRF_OK) r = brf_exercise_draft_add_alternative_dose(d, "2x30s", 0, "ref", "note");
  if (r == BRF_OK) r = brf_exercise_draft_add_progression(d, "cat-cow", "harder");
  if (r == BRF_OK) r = brf_exercise_draft_add_regression(d, "cat-cow", "easier");
  if (r == BRF_OK) r = brf_exercise_draft_add_media(d, "https://example.org/a.png");
  brf_exercise_draft_free(d);
  return r;
}
static brf_status c_query_new(fx *f) {
  return brf_query_new(f->ctx, f->builtin, MADE(brf_query, brf_query_free));
}
static brf_status c_query_set_text(fx *f) { return brf_query_set_text(f->query, "hip"); }
static brf_status c_query_run(fx *f) { return brf_query_run(f->query); }
static brf_status c_dosage_new(fx *f) {
  return brf_dosage_new(f->ctx, MADE(brf_dosage, brf_dosage_free));
}
static brf_status c_dosage_parse(fx *f) {
  const char *t = "2-3x8-12 reps, hold 5s, rest 30s, each side, 3x/week";
  return brf_dosage_parse(f->ctx, t, strlen(t), MADE(brf_dosage, brf_dosage_free));
}
static brf_status c_dosage_clone(fx *f) {
  return brf_dosage_clone(f->ctx, f->dose, MADE(brf_dosage, brf_dosage_free));
}
static void free_string(void *p) { free(p); }
static brf_status keep_string(fx *f, brf_status r);
static brf_status c_dosage_to_string(fx *f) {
  size_t len;
  return keep_string(f, brf_dosage_to_string(f->ctx, f->dose, (char **)&f->made, &len));
}
static brf_status c_dosage_check(fx *f) {
  return brf_dosage_check(f->ctx, f->dose, BRF_MODALITY_STATIC_STRETCH,
                          MADE(brf_advice, brf_advice_free));
}
static brf_status c_routine_new(fx *f) {
  return brf_routine_new(f->ctx, MADE(brf_routine, brf_routine_free));
}
static brf_status c_routine_append(fx *f) {
  return brf_routine_append(f->routine, brf_catalog_at(f->builtin, 2), f->dose);
}
static brf_status c_routine_insert(fx *f) {
  return brf_routine_insert(f->routine, 1, brf_catalog_at(f->builtin, 4), NULL);
}
static brf_status c_routine_set_name(fx *f) { return brf_routine_set_name(f->routine, "Morning"); }
static brf_status c_routine_step_set_note(fx *f) {
  return brf_routine_step_set_note(f->routine, 0, "Go gently.");
}
static brf_status c_routine_step_set_reason(fx *f) {
  return brf_routine_step_set_reason(f->routine, 1, "Loosens the hips.");
}
static brf_status c_routine_step_set_dose(fx *f) {
  return brf_routine_step_set_dose(f->routine, 0, f->dose);
}
static brf_status c_routine_clone(fx *f) {
  return brf_routine_clone(f->ctx, f->routine, MADE(brf_routine, brf_routine_free));
}
static brf_status c_profile_new(fx *f) {
  return brf_profile_new(f->ctx, MADE(brf_profile, brf_profile_free));
}
static brf_status c_profile_clone(fx *f) {
  return brf_profile_clone(f->ctx, f->profile, MADE(brf_profile, brf_profile_free));
}
static brf_status c_screen_new(fx *f) {
  return brf_screen_new(f->ctx, MADE(brf_screen, brf_screen_free));
}
static brf_status c_screen_answer_list(fx *f) {
  const char *id0 = brf_redflag_id(0), *id1 = brf_redflag_id(1);
  char list[256];
  snprintf(list, sizeof list, "%s,%s", id0, id1);
  return brf_screen_answer_list(f->screen, list);
}
static brf_status c_screen_clone(fx *f) {
  return brf_screen_clone(f->screen, MADE(brf_screen, brf_screen_free));
}
static brf_status c_timeline_new(fx *f) {
  return brf_timeline_new(f->ctx, f->routine, BRF_TIMELINE_MIN, MADE(brf_timeline, brf_timeline_free));
}
static brf_status c_timeline_new_from_dose(fx *f) {
  return brf_timeline_new_from_dose(f->ctx, "cat-cow", "Cat-cow", BRF_MODALITY_MOBILITY, f->dose,
                                    BRF_TIMELINE_MAX, MADE(brf_timeline, brf_timeline_free));
}
static brf_status c_player_new(fx *f) {
  return brf_player_new(f->ctx, f->timeline, MADE(brf_player, brf_player_free));
}
static brf_status c_catalog_from_json(fx *f) {
  return brf_catalog_from_json(f->ctx, f->catalog_json, f->catalog_json_len, 0,
                               MADE(brf_catalog, brf_catalog_free));
}
/* Strings returned to the caller are the context's: copy them so the
 * fixture can free them after the context. */
static brf_status keep_string(fx *f, brf_status r) {
  char **out = (char **)&f->made;
  if (r == BRF_OK) {
    size_t size = strlen(*out) + 1;
    char *copy = malloc(size);
    if (copy) memcpy(copy, *out, size);
    brf_free(f->ctx, *out);
    *out = copy;
    f->made_free = free_string;
  }
  return r;
}
static brf_status c_catalog_to_json(fx *f) {
  size_t len;
  return keep_string(f, brf_catalog_to_json(f->ctx, f->empty, BRF_JSON_PRETTY, (char **)&f->made,
                                            &len));
}
static brf_status c_catalog_builtin_to_json(fx *f) {
  size_t len;
  return keep_string(f, brf_catalog_to_json(f->ctx, f->builtin, BRF_JSON_COMPACT,
                                            (char **)&f->made, &len));
}
static brf_status c_import_fedb(fx *f) {
  static const char fedb[] =
      "[{\"name\": \"3/4 Sit-Up\", \"force\": \"pull\", \"level\": \"beginner\", "
      "\"mechanic\": \"compound\", \"equipment\": \"body only\", \"primaryMuscles\": "
      "[\"abdominals\"], \"secondaryMuscles\": [\"lower back\"], \"instructions\": "
      "[\"Lie down.\", \"Sit up.\"], \"category\": \"strength\", \"images\": "
      "[\"3_4_Sit-Up/0.jpg\"], \"id\": \"3_4_Sit-Up\"}]";
  brf_advice *report = NULL;
  brf_status r = brf_catalog_import_free_exercise_db(f->ctx, fedb, sizeof fedb - 1, 0,
                                                     MADE(brf_catalog, brf_catalog_free), &report);
  if (r != BRF_OK) cr_expect_null(report, "import: the report is not NULL on failure");
  brf_advice_free(report);
  return r;
}
static brf_status c_routine_check(fx *f) {
  return brf_routine_check(f->ctx, f->routine, f->profile, MADE(brf_advice, brf_advice_free));
}
static brf_status c_routine_from_json(fx *f) {
  return brf_routine_from_json(f->ctx, f->routine_json, f->routine_json_len, f->builtin, 0,
                               MADE(brf_routine, brf_routine_free));
}
static brf_status c_routine_to_json(fx *f) {
  size_t len;
  return keep_string(f, brf_routine_to_json(f->ctx, f->routine, BRF_JSON_PRETTY,
                                            (char **)&f->made, &len));
}
static brf_status c_planner_new(fx *f) {
  return brf_planner_new(f->ctx, MADE(brf_planner, brf_planner_free));
}
static brf_status c_schedule_new(fx *f) {
  return brf_schedule_new(f->ctx, 20000, 4, MADE(brf_schedule, brf_schedule_free));
}
static brf_status c_journal_new(fx *f) {
  return brf_journal_new(f->ctx, MADE(brf_journal, brf_journal_free));
}
/* A journal with one entry, built in the failing context: any failure
 * frees it and must leak nothing. */
static brf_status c_journal_add(fx *f) {
  brf_journal *j = NULL;
  size_t at = 0;
  brf_status r = brf_journal_new(f->ctx, &j);
  if (r == BRF_OK) r = brf_journal_add(j, 20000, 18 * 60, "Evening", &at);
  if (r == BRF_OK) r = brf_journal_entry_set_session(j, at, "evening-1");
  if (r == BRF_OK) r = brf_journal_entry_add_step(j, at, "cat-cow", 0);
  brf_journal_free(j);
  return r;
}
static brf_status c_adapt_suggest(fx *f) {
  brf_journal *j = NULL;
  size_t at = 0;
  brf_status r = brf_journal_new(f->ctx, &j);
  if (r == BRF_OK) r = brf_journal_add(j, 20000, 18 * 60, "Evening", &at);
  if (r == BRF_OK)
    r = brf_adapt_suggest(f->ctx, j, f->routine, f->builtin, f->profile, f->screen,
                          MADE(brf_adapt_suggestion, brf_adapt_suggestion_free));
  brf_journal_free(j);
  return r;
}
static brf_status c_date_parse(fx *f) {
  int32_t day;
  return brf_date_parse(f->ctx, "2026-11-22", 10, &day);
}

static const oom_case cases[] = {
    {"brf_catalog_new_builtin", c_catalog_builtin},
    {"brf_catalog_new_empty", c_catalog_empty},
    {"brf_catalog_add", c_catalog_add},
    {"brf_catalog_add (built-in)", c_catalog_add_to_builtin},
    {"brf_catalog_merge", c_catalog_merge},
    {"brf_catalog_set_default_dose", c_catalog_set_default_dose},
    {"brf_exercise_draft_new", c_draft_new},
    {"brf_exercise_draft_set_/add_*", c_draft_fill},
    {"brf_query_new", c_query_new},
    {"brf_query_set_text", c_query_set_text},
    {"brf_query_run", c_query_run},
    {"brf_dosage_new", c_dosage_new},
    {"brf_dosage_parse", c_dosage_parse},
    {"brf_dosage_clone", c_dosage_clone},
    {"brf_dosage_to_string", c_dosage_to_string},
    {"brf_dosage_check", c_dosage_check},
    {"brf_routine_new", c_routine_new},
    {"brf_routine_append", c_routine_append},
    {"brf_routine_insert", c_routine_insert},
    {"brf_routine_set_name", c_routine_set_name},
    {"brf_routine_step_set_note", c_routine_step_set_note},
    {"brf_routine_step_set_reason", c_routine_step_set_reason},
    {"brf_routine_step_set_dose", c_routine_step_set_dose},
    {"brf_routine_clone", c_routine_clone},
    {"brf_profile_new", c_profile_new},
    {"brf_profile_clone", c_profile_clone},
    {"brf_screen_new", c_screen_new},
    {"brf_screen_answer_list", c_screen_answer_list},
    {"brf_screen_clone", c_screen_clone},
    {"brf_timeline_new", c_timeline_new},
    {"brf_timeline_new_from_dose", c_timeline_new_from_dose},
    {"brf_player_new", c_player_new},
    {"brf_catalog_from_json", c_catalog_from_json},
    {"brf_catalog_to_json", c_catalog_to_json},
    {"brf_catalog_to_json (built-in)", c_catalog_builtin_to_json},
    {"brf_catalog_import_free_exercise_db", c_import_fedb},
    {"brf_routine_check", c_routine_check},
    {"brf_routine_from_json", c_routine_from_json},
    {"brf_routine_to_json", c_routine_to_json},
    {"brf_planner_new", c_planner_new},
    {"brf_schedule_new", c_schedule_new},
    {"brf_journal_new", c_journal_new},
    {"brf_journal_add and entry setters", c_journal_add},
    {"brf_adapt_suggest", c_adapt_suggest},
    {"brf_date_parse", c_date_parse},
};

/* Criterion passes parameters to a fresh process image, where the
 * addresses in `cases` may differ (PIE): pass the index instead. */
ParameterizedTestParameters(oom, every_path) {
  static size_t index[sizeof cases / sizeof cases[0]];
  for (size_t i = 0; i < sizeof index / sizeof index[0]; i++) index[i] = i;
  return cr_make_param_array(size_t, index, sizeof index / sizeof index[0]);
}

ParameterizedTest(size_t *i, oom, every_path) { run_case(&cases[*i]); }

/* The context itself: its own allocation failing gives NULL and no leak. */
Test(oom, context_new_with_allocator) {
  for (size_t n = 1;; n++) {
    brf_test_alloc st;
    brf_allocator a;
    brf_context *ctx = (brf_context *)&st;
    brf_test_alloc_init(&a, &st);
    st.fail_at = n;
    brf_status r = brf_context_new_with_allocator(&a, &ctx);
    if (r == BRF_OK) {
      brf_context_free(ctx);
      cr_expect_eq(st.live_blocks, 0);
      return;
    }
    cr_assert_eq(r, BRF_E_NOMEM);
    cr_expect_null(ctx);
    cr_expect_eq(st.live_blocks, 0);
    cr_assert_lt(n, 100);
  }
}
