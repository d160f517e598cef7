/* Import of free-exercise-db: the mapping of each field, the report of
 * everything mapped approximately or dropped, unique slug ids, errors, and
 * (with ../shared/data) all 873 real entries imported, merged with the
 * built-in catalog and queried. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(import_fedb);

static brf_status import(const char *text, brf_catalog **cat, brf_advice **report) {
  return brf_catalog_import_free_exercise_db(ctx, text, strlen(text), 0, cat, report);
}

/* The number of reports for one entry and rule, and the severity of the last. */
static size_t reports(const brf_advice *a, const char *entry, const char *rule, int32_t *sev) {
  size_t n = 0;
  for (size_t i = 0; i < brf_advice_count(a); i++) {
    if (strcmp(brf_advice_source(a, i), entry) == 0 && strcmp(brf_advice_rule(a, i), rule) == 0) {
      n++;
      if (sev) *sev = brf_advice_severity(a, i);
    }
  }
  return n;
}

static const char *const sit_up =
    "[{\"name\": \"3/4 Sit-Up\", \"force\": \"pull\", \"level\": \"beginner\", \"mechanic\": "
    "\"compound\", \"equipment\": \"body only\", \"primaryMuscles\": [\"abdominals\"], "
    "\"secondaryMuscles\": [], \"instructions\": [\"Lie down.\", \"Going \\u00be of the way.\"], "
    "\"category\": \"strength\", \"images\": [\"3_4_Sit-Up/0.jpg\", \"3_4_Sit-Up/1.jpg\"], "
    "\"id\": \"3_4_Sit-Up\"}]";

Test(import_fedb, an_entry_maps_every_field_and_keeps_its_origin) {
  brf_catalog *cat = NULL;
  brf_advice *rep = NULL;
  cr_assert_eq(import(sit_up, &cat, &rep), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_count(cat), 1);
  const brf_exercise *e = brf_catalog_find(cat, "3-4-sit-up");
  cr_assert_not_null(e);
  cr_assert_str_eq(brf_exercise_name(e), "3/4 Sit-Up");
  cr_assert_eq(brf_exercise_modality(e), BRF_MODALITY_STRENGTH);
  cr_assert_eq(brf_exercise_level(e), BRF_LEVEL_BEGINNER);
  cr_assert_eq(brf_exercise_region_count(e, BRF_REGIONS_PRIMARY), 1);
  cr_assert_eq(brf_exercise_region_at(e, BRF_REGIONS_PRIMARY, 0), BRF_REGION_ABDOMINALS);
  cr_assert_eq(brf_exercise_equipment_count(e), 1);
  cr_assert_eq(brf_exercise_equipment_at(e, 0), BRF_EQUIPMENT_NONE);
  cr_assert_eq(brf_exercise_instruction_count(e), 2);
  cr_assert_str_eq(brf_exercise_instruction_at(e, 1), "Going \xc2\xbe of the way.");
  cr_assert_eq(brf_exercise_media_count(e), 2);
  cr_assert_str_eq(brf_exercise_media_at(e, 1),
                   "https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/"
                   "3_4_Sit-Up/1.jpg");
  cr_assert_eq(brf_exercise_source_count(e), 1);
  cr_assert_eq(brf_exercise_source_kind(e, 0), BRF_SOURCE_DATABASE);
  cr_assert_str_eq(brf_exercise_source_ref(e, 0), "free-exercise-db: 3_4_Sit-Up");
  cr_assert_str_eq(brf_exercise_summary(e),
                   "free-exercise-db: category strength, equipment body only, force pull, "
                   "mechanic compound, level beginner.");
  cr_assert_str_eq(brf_exercise_default_dose(e), "");
  cr_assert_eq(brf_exercise_position(e), -1);
  cr_assert_eq(brf_advice_count(rep), 0, "every value had an exact counterpart");
  brf_advice_free(rep);
  brf_catalog_free(cat);
}

static const char *const odd =
    "[{\"id\": \"Odd_One\", \"name\": \"Odd\", \"force\": null, \"level\": \"expert\", "
    "\"mechanic\": null, \"equipment\": \"machine\", \"primaryMuscles\": [\"chest\"], "
    "\"secondaryMuscles\": [\"shoulders\", \"traps\", \"chest\", \"biceps\"], "
    "\"instructions\": [\"\", \"Push.\"], \"category\": \"cardio\", \"images\": [], "
    "\"color\": \"red\"},"
    " {\"id\": \"odd-one\", \"name\": \"Odd 2\", \"equipment\": \"other\", \"category\": "
    "\"stretching\", \"primaryMuscles\": [\"lats\"], \"secondaryMuscles\": [\"lats\"]},"
    " {\"id\": \"Roll\", \"name\": \"Roll\", \"equipment\": \"foam roll\", \"category\": "
    "\"stretching\", \"level\": \"beginner\"},"
    " {\"id\": \"Nothing\", \"name\": \"Nothing\", \"equipment\": null, \"category\": "
    "\"yoga\", \"level\": \"guru\"}]";

Test(import_fedb, values_without_counterpart_are_mapped_closely_and_reported) {
  brf_catalog *cat = NULL;
  brf_advice *rep = NULL;
  int32_t sev = -1;
  cr_assert_eq(import(odd, &cat, &rep), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_count(cat), 4);
  const brf_exercise *e = brf_catalog_find(cat, "odd-one");
  cr_assert_eq(brf_exercise_modality(e), BRF_MODALITY_MOBILITY);
  cr_assert_eq(reports(rep, "Odd_One", "free-exercise-db.category", &sev), 1);
  cr_assert_eq(sev, BRF_ADVICE_INFO, "approximate");
  cr_assert_eq(brf_exercise_level(e), BRF_LEVEL_ADVANCED);
  cr_assert_eq(reports(rep, "Odd_One", "free-exercise-db.level", NULL), 0, "expert is advanced");
  cr_assert_eq(brf_exercise_equipment_count(e), 0, "a gym machine is not a bench");
  cr_assert_eq(reports(rep, "Odd_One", "free-exercise-db.equipment", &sev), 1);
  cr_assert_eq(sev, BRF_ADVICE_CAUTION, "machine: dropped, kept in the summary");
  cr_assert_eq(brf_exercise_region_count(e, BRF_REGIONS_PRIMARY), 0, "chest has no region");
  cr_assert_eq(reports(rep, "Odd_One", "free-exercise-db.primaryMuscles", &sev), 1);
  cr_assert_eq(sev, BRF_ADVICE_CAUTION, "dropped");
  int said = 0;
  for (size_t i = 0; i < brf_advice_count(rep); i++)
    said |= strcmp(brf_advice_message(rep, i),
                   "odd-one: primaryMuscles \"chest\" has no counterpart and was dropped") == 0;
  cr_assert(said, "the message names our id (show finds it), the field and the value");
  cr_assert_eq(brf_exercise_region_count(e, BRF_REGIONS_SECONDARY), 1,
               "shoulders and traps are both the upper back");
  cr_assert_eq(brf_exercise_region_at(e, BRF_REGIONS_SECONDARY, 0), BRF_REGION_UPPER_BACK);
  cr_assert_eq(reports(rep, "Odd_One", "free-exercise-db.secondaryMuscles", NULL), 3,
               "shoulders approximate, chest and biceps dropped");
  cr_assert_eq(brf_exercise_instruction_count(e), 1);
  cr_assert_eq(reports(rep, "Odd_One", "free-exercise-db.instructions", NULL), 1);
  cr_assert_eq(reports(rep, "Odd_One", "free-exercise-db.color", NULL), 1, "unknown field");
  cr_assert_str_eq(brf_exercise_summary(e),
                   "free-exercise-db: category cardio, equipment machine, force (none), "
                   "mechanic (none), level expert.");

  const brf_exercise *e2 = brf_catalog_find(cat, "odd-one-2");
  cr_assert_not_null(e2, "a taken slug gets a suffix");
  cr_assert_str_eq(brf_exercise_source_ref(e2, 0), "free-exercise-db: odd-one");
  cr_assert_eq(brf_exercise_equipment_count(e2), 0, "\"other\" has no counterpart");
  cr_assert_eq(reports(rep, "odd-one", "free-exercise-db.equipment", &sev), 1);
  cr_assert_eq(sev, BRF_ADVICE_CAUTION);
  cr_assert_eq(brf_exercise_region_at(e2, BRF_REGIONS_PRIMARY, 0), BRF_REGION_MID_BACK);
  cr_assert_eq(brf_exercise_region_count(e2, BRF_REGIONS_SECONDARY), 0, "already primary");

  const brf_exercise *roll = brf_catalog_find(cat, "roll");
  cr_assert_eq(brf_exercise_modality(roll), BRF_MODALITY_SELF_MASSAGE, "foam rolling");
  cr_assert_eq(reports(rep, "Roll", "free-exercise-db.category", NULL), 1);

  const brf_exercise *none = brf_catalog_find(cat, "nothing");
  cr_assert_eq(brf_exercise_equipment_at(none, 0), BRF_EQUIPMENT_NONE);
  cr_assert_eq(reports(rep, "Nothing", "free-exercise-db.equipment", NULL), 1, "null reported");
  cr_assert_eq(reports(rep, "Nothing", "free-exercise-db.category", NULL), 1);
  cr_assert_eq(reports(rep, "Nothing", "free-exercise-db.level", NULL), 1);
  cr_assert_not_null(strstr(brf_advice_message(rep, 0), "odd-one"), "%s",
                     brf_advice_message(rep, 0));
  brf_advice_free(rep);
  brf_catalog_free(cat);
}

/* A step is dropped and reported when it is empty or holds a NUL, which only
 * an escape (\u0000) can put there; other escaped steps are kept whole. */
Test(import_fedb, a_step_holding_a_nul_is_dropped_and_escaped_steps_are_kept) {
  brf_catalog *cat = NULL;
  brf_advice *rep = NULL;
  cr_assert_eq(import("[{\"id\": \"Nul\", \"name\": \"Nul\", \"instructions\": [\"a\\u0000b\", "
                      "\"Tab\\tthen\\u0041.\", \"\\u0000\", \"Plain.\", \"\"]}]",
                      &cat, &rep),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  const brf_exercise *e = brf_catalog_find(cat, "nul");
  cr_assert_not_null(e);
  cr_assert_eq(brf_exercise_instruction_count(e), 2);
  cr_assert_str_eq(brf_exercise_instruction_at(e, 0), "Tab\tthenA.");
  cr_assert_str_eq(brf_exercise_instruction_at(e, 1), "Plain.");
  cr_assert_eq(reports(rep, "Nul", "free-exercise-db.instructions", NULL), 3,
               "two steps with a NUL and one empty");
  brf_advice_free(rep);
  brf_catalog_free(cat);
}

Test(import_fedb, invalid_documents_are_schema_errors_with_paths) {
  static const struct {
    const char *doc, *message;
  } cases[] = {
      {"{}", "top level: expected an array"},
      {"[1]", "[0]: expected an object"},
      {"[{\"id\": \"a\"}]", "[0].name: required key"},
      {"[{\"id\": \"a\", \"name\": 3}]", "[0].name: expected a string"},
      {"[{\"id\": \"__\", \"name\": \"x\"}]", "[0].id: \"__\" gives no id"},
      {"[{\"id\": \"a\", \"name\": \"x\", \"level\": 1}]", "[0].level: expected a string"},
      {"[{\"id\": \"a\", \"name\": \"x\", \"primaryMuscles\": [1]}]",
       "[0].primaryMuscles[0]: expected a string"},
      {"[{\"id\": \"a\", \"name\": \"x\", \"name\": \"y\"}]", "[0].name: duplicate key"},
      {"[{\"id\": \"a\", \"name\": \"\"}]", "[0].name: must not be empty"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    brf_catalog *cat = (brf_catalog *)1;
    brf_advice *rep = (brf_advice *)1;
    size_t base = st.live_blocks;
    brf_status s = import(cases[i].doc, &cat, &rep);
    cr_assert_eq(s, BRF_E_SCHEMA, "case %zu: %s", i, brf_context_errmsg(ctx));
    cr_assert(cat == NULL && rep == NULL);
    cr_assert_eq(strncmp(brf_context_errmsg(ctx), cases[i].message, strlen(cases[i].message)),
                 0, "case %zu: \"%s\"", i, brf_context_errmsg(ctx));
    cr_assert_eq(st.live_blocks, base, "case %zu leaked", i);
  }
  brf_catalog *cat;
  cr_assert_eq(import("[{\"id\": \"a\",}]", &cat, NULL), BRF_E_PARSE);
  cr_assert_eq(brf_context_error_column(ctx), 13);
  cr_assert_eq(import("", &cat, NULL), BRF_E_PARSE);
  cr_assert_eq(brf_catalog_import_free_exercise_db(NULL, "[]", 2, 0, &cat, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, "[]", 2, 0, NULL, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, NULL, 2, 0, &cat, NULL), BRF_E_INVALID);
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, "[]", 2, 2, &cat, NULL), BRF_E_INVALID);
  cr_assert_null(cat);
  /* The writer flag is accepted and ignored, like every JSON reader (docs/conventions.md, "Flags"). */
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, "[]", 2, BRF_JSON_PRETTY, &cat, NULL), BRF_OK);
  brf_catalog_free(cat);
  cat = NULL;
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, "[]", 2, 0, &cat, NULL), BRF_OK);
  cr_assert_eq(brf_catalog_count(cat), 0);
  brf_catalog_free(cat);
}

/* Entries are read as the array is parsed: the first error in the file is
 * the one reported, and nothing is kept either way. */
Test(import_fedb, the_first_error_in_the_file_is_reported) {
  brf_catalog *cat = (brf_catalog *)1;
  size_t base = st.live_blocks;
  cr_assert_eq(import("[{\"id\": \"a\", \"name\": \"x\"},\n {\"id\": \"b\", \"name\": 3},\n {\"id\" 1}]",
                      &cat, NULL),
               BRF_E_SCHEMA);
  cr_expect_eq(strncmp(brf_context_errmsg(ctx), "[1].name: expected a string", 27), 0, "%s",
               brf_context_errmsg(ctx));
  cr_expect_null(cat);
  cr_assert_eq(import("[{\"id\": \"a\", \"name\": \"x\"},\n {\"id\" 1},\n {\"id\": \"b\", \"name\": 3}]",
                      &cat, NULL),
               BRF_E_PARSE);
  cr_expect_eq(brf_context_error_line(ctx), 2);
  cr_expect_null(cat);
  cr_expect_eq(st.live_blocks, base);
}

/* The import's memory: the text's copy, one entry's nodes and the catalog
 * it builds; not every node of the document at once. 1,500 entries with
 * many short values (about 40 nodes each, 24 bytes a node: 1.4 MB of nodes
 * if they were all kept). */
Test(import_fedb, memory_is_the_text_the_catalog_and_one_entry) {
  size_t cap = 2u << 20, len = 0, before, peak, catalog;
  char *text = malloc(cap);
  brf_catalog *cat = NULL;
  cr_assert_not_null(text);
  text[len++] = '[';
  for (int i = 0; i < 1500; i++) {
    len += (size_t)snprintf(text + len, cap - len,
                            "%s{\"id\": \"e%d\", \"name\": \"E %d\", \"level\": \"beginner\", "
                            "\"primaryMuscles\": [\"glutes\", \"calves\"], \"secondaryMuscles\": "
                            "[\"neck\", \"traps\", \"quadriceps\", \"hamstrings\"], \"instructions\": "
                            "[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\"], "
                            "\"category\": \"stretching\", \"equipment\": \"bands\", \"images\": "
                            "[\"1.jpg\", \"2.jpg\", \"3.jpg\", \"4.jpg\"], \"extra\": [1, 2, 3, 4, 5, "
                            "6, 7, 8]}",
                            i ? "," : "", i, i);
    cr_assert_lt(len, cap - 1024);
  }
  text[len++] = ']';
  before = st.live_bytes;
  st.peak_bytes = before;
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, text, len, 0, &cat, NULL), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  peak = st.peak_bytes - before;
  catalog = st.live_bytes - before;
  cr_expect_eq(brf_catalog_count(cat), 1500);
  cr_expect_lt(peak, len + catalog + 128 * 1024,
               "peak %zu bytes for %zu bytes of text and a catalog of %zu", peak, len, catalog);
  brf_catalog_free(cat);
  free(text);
}

Test(import_fedb, a_failed_import_allocates_nothing) {
  size_t base = st.live_blocks;
  for (size_t k = 1;; k++) {
    brf_catalog *cat = (brf_catalog *)1;
    brf_advice *rep = (brf_advice *)1;
    st.fail_at = st.calls + k;
    brf_status s = import(odd, &cat, &rep);
    st.fail_at = 0;
    if (s == BRF_OK) {
      cr_assert_eq(brf_catalog_count(cat), 4);
      cr_assert_gt(brf_advice_count(rep), 10);
      brf_advice_free(rep);
      brf_catalog_free(cat);
      break;
    }
    cr_assert_eq(s, BRF_E_NOMEM, "failure %zu: %s", k, brf_context_errmsg(ctx));
    cr_assert(cat == NULL && rep == NULL);
    cr_assert_eq(st.live_blocks, base, "failure %zu leaked", k);
  }
}

/* ---- the real file ---- */

static char *fedb(size_t *len) {
  char path[4096];
  if (brf_test_shared_data("free-exercise-db/exercises.json", path, sizeof path) == NULL)
    return NULL;
  return brf_test_read_file(path, len);
}

#define NEED_FEDB(text, len)                                                                     \
  size_t len;                                                                                    \
  char *text = fedb(&len);                                                                       \
  if (text == NULL) {                                                                            \
    cr_skip_test("free-exercise-db import: ../shared/data/free-exercise-db/exercises.json not " \
                 "found");                                                                       \
    return;                                                                                      \
  }

Test(import_fedb, all_873_exercises_import_with_their_origin) {
  NEED_FEDB(text, len);
  brf_catalog *cat = NULL;
  brf_advice *rep = NULL;
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, text, len, 0, &cat, &rep), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_count(cat), 873);
  for (size_t i = 0; i < 873; i++) {
    const brf_exercise *e = brf_catalog_at(cat, i);
    cr_assert_eq(brf_catalog_find(cat, brf_exercise_id(e)), e, "ids are unique");
    cr_assert_eq(brf_exercise_source_count(e), 1);
    cr_assert_eq(strncmp(brf_exercise_source_ref(e, 0), "free-exercise-db: ", 18), 0);
  }
  const brf_exercise *e = brf_catalog_find(cat, "lower-back-smr");
  cr_assert_not_null(e);
  cr_assert_eq(brf_exercise_modality(e), BRF_MODALITY_SELF_MASSAGE);
  cr_assert_eq(brf_exercise_equipment_at(e, 0), BRF_EQUIPMENT_FOAM_ROLLER);
  cr_assert_eq(brf_exercise_region_at(e, BRF_REGIONS_PRIMARY, 0), BRF_REGION_LOWER_BACK);
  cr_assert_gt(brf_advice_count(rep), 500, "chest, arms, machines and the like are reported");
  cr_assert_eq(reports(rep, "Barbell_Bench_Press_-_Medium_Grip", "free-exercise-db.primaryMuscles",
                       NULL),
               1, "chest dropped and reported");
  brf_advice_free(rep);
  brf_catalog_free(cat);
  free(text);
}

#if BRF_WITH_BUILTIN_CATALOG
Test(import_fedb, an_id_a_builtin_exercise_has_gets_a_prefix_and_is_reported) {
  static const char *const doc =
      "[{\"id\": \"Dead_Bug\", \"name\": \"Dead Bug\", \"category\": \"strength\", "
      "\"level\": \"beginner\", \"equipment\": \"body only\"},"
      " {\"id\": \"fedb-dead-bug\", \"name\": \"Same slug\"}]";
  brf_catalog *cat = NULL;
  brf_advice *rep = NULL;
  int32_t sev = -1;
  cr_assert_eq(import(doc, &cat, &rep), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_null(brf_catalog_find(cat, "dead-bug"), "the built-in id stays the built-in's");
  const brf_exercise *e = brf_catalog_find(cat, "fedb-dead-bug");
  cr_assert_not_null(e);
  cr_assert_str_eq(brf_exercise_name(e), "Dead Bug");
  cr_assert_str_eq(brf_exercise_source_ref(e, 0), "free-exercise-db: Dead_Bug");
  cr_assert_not_null(brf_catalog_find(cat, "fedb-dead-bug-2"), "a taken prefixed slug: -2");
  cr_assert_eq(reports(rep, "Dead_Bug", "free-exercise-db.id", &sev), 1);
  cr_assert_eq(sev, BRF_ADVICE_INFO);
  cr_assert_eq(reports(rep, "fedb-dead-bug", "free-exercise-db.id", NULL), 0);
  int said = 0;
  for (size_t i = 0; i < brf_advice_count(rep); i++)
    said |= strcmp(brf_advice_message(rep, i),
                   "fedb-dead-bug: id \"dead-bug\" is a built-in exercise's id: imported as "
                   "\"fedb-dead-bug\"") == 0;
  cr_assert(said, "the rename names both ids");
  brf_advice_free(rep);
  brf_catalog_free(cat);
}
#endif

static size_t count_query(brf_query *q) {
  cr_assert_eq(brf_query_run(q), BRF_OK);
  return brf_query_count(q);
}

static int has_result(brf_query *q, const char *id) {
  for (size_t i = 0; i < brf_query_count(q); i++)
    if (strcmp(brf_exercise_id(brf_query_at(q, i)), id) == 0) return 1;
  return 0;
}

#if BRF_WITH_BUILTIN_CATALOG
Test(import_fedb, the_import_merges_with_the_builtin_catalog_and_answers_queries) {
  NEED_FEDB(text, len);
  brf_catalog *cat = NULL, *all = NULL;
  brf_query *q = NULL;
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, text, len, 0, &cat, NULL), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &all), BRF_OK);
  cr_assert_eq(brf_catalog_merge(all, cat), BRF_OK);
  /* Seven slugs are built-in ids too (childs-pose, dead-bug, ...): imported
   * as fedb-..., nothing hides behind a built-in exercise. */
  cr_assert_eq(brf_catalog_count(all), 48 + 873);
  cr_assert_neq(brf_exercise_source_kind(brf_catalog_find(all, "dead-bug"), 0),
                BRF_SOURCE_DATABASE);
  cr_assert_eq(brf_exercise_source_kind(brf_catalog_find(all, "fedb-dead-bug"), 0),
               BRF_SOURCE_DATABASE);
  brf_catalog_free(cat);
  cr_assert_eq(brf_query_new(ctx, all, &q), BRF_OK);
  cr_assert_eq(brf_query_set_region(q, BRF_REGION_LOWER_BACK, BRF_REGIONS_PRIMARY), BRF_OK);
  size_t lower = count_query(q);
  cr_assert_gt(lower, 27, "built-in and imported lower-back exercises: %zu", lower);
  cr_assert(has_result(q, "cat-camel") && has_result(q, "lower-back-smr") &&
                has_result(q, "superman"),
            "both sources answer");
  int32_t roller = BRF_EQUIPMENT_FOAM_ROLLER;
  cr_assert_eq(brf_query_set_equipment(q, &roller, 1), BRF_OK);
  cr_assert(count_query(q) >= 1 && has_result(q, "lower-back-smr"));
  cr_assert_not(has_result(q, "barbell-deadlift"), "a barbell is needed");
  cr_assert_eq(brf_query_clear_equipment(q), BRF_OK);
  cr_assert_eq(brf_query_set_region(q, -1, BRF_REGIONS_ANY), BRF_OK);
  cr_assert_eq(brf_query_set_text(q, "sit-up"), BRF_OK);
  cr_assert(count_query(q) >= 1 && has_result(q, "3-4-sit-up"));
  cr_assert_eq(brf_query_set_text(q, "bird dog"), BRF_OK);
  cr_assert(count_query(q) >= 1 && has_result(q, "bird-dog"), "the built-in one is still there");
  brf_query_free(q);
  brf_catalog_free(all);
  free(text);
}
#endif

Test(import_fedb, the_imported_catalog_round_trips_through_the_catalog_format) {
  NEED_FEDB(text, len);
  brf_catalog *cat = NULL, *back = NULL;
  char *one = NULL, *two = NULL;
  size_t n1, n2;
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, text, len, 0, &cat, NULL), BRF_OK);
  cr_assert_eq(brf_catalog_to_json(ctx, cat, BRF_JSON_PRETTY, &one, &n1), BRF_OK);
  cr_assert_eq(brf_catalog_from_json(ctx, one, n1, 0, &back), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  cr_assert_eq(brf_catalog_to_json(ctx, back, BRF_JSON_PRETTY, &two, &n2), BRF_OK);
  cr_assert(n1 == n2 && memcmp(one, two, n1) == 0, "byte-identical");
  brf_free(ctx, one);
  brf_free(ctx, two);
  brf_catalog_free(back);
  brf_catalog_free(cat);
  free(text);
}

/* brf_catalog_import_free_exercise_db_v2: the same import with the catalog
 * last (issue 20, "Names"). */
Test(import_fedb, v2_puts_the_catalog_last) {
  const char *text = "[{\"id\":\"Band_Pull_Apart\",\"name\":\"Band Pull Apart\","
                     "\"equipment\":\"bands\",\"category\":\"strength\"}]";
  brf_catalog *cat = NULL;
  brf_advice *report = NULL;
  cr_assert_eq(brf_catalog_import_free_exercise_db_v2(ctx, text, strlen(text), 0, &report, &cat),
               BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_catalog_count(cat), 1);
  cr_expect_not_null(report);
  brf_catalog_free(cat);
  brf_advice_free(report);
  cat = NULL;
  cr_assert_eq(brf_catalog_import_free_exercise_db_v2(ctx, text, strlen(text), 0, NULL, &cat),
               BRF_OK);
  brf_catalog_free(cat);
  cat = (brf_catalog *)1;
  report = (brf_advice *)1;
  cr_expect_eq(brf_catalog_import_free_exercise_db_v2(ctx, text, strlen(text), 2u, &report, &cat),
               BRF_E_INVALID);
  cr_expect_null(cat);
  cr_expect_null(report);
  cr_expect_eq(brf_catalog_import_free_exercise_db_v2(ctx, text, strlen(text), 0, NULL, NULL),
               BRF_E_INVALID);
}

/* ---- allocations per exercise (issue 25: under 2) ----
 * Counted with the fixture's counting allocator, not timed. The catalog
 * packs the exercises into its arena, a few large blocks: the whole load of
 * 873 exercises takes a few dozen allocations (the parser's, the catalog's
 * arrays and hash, the arena's blocks). */

/* Allocations per exercise of one import of text, which must succeed. */
static double allocations_per_exercise(const char *text, size_t len, size_t expect) {
  brf_catalog *cat = NULL;
  size_t before = st.calls;
  cr_assert_eq(brf_catalog_import_free_exercise_db(ctx, text, len, 0, &cat, NULL), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  double per = (double)(st.calls - before) / (double)expect;
  cr_assert_eq(brf_catalog_count(cat), expect);
  brf_catalog_free(cat);
  return per;
}

Test(import_fedb, a_synthetic_catalog_loads_with_under_2_allocations_per_exercise) {
  /* 2,000 entries of every shape the real file has: a few to a dozen
   * instructions of 20 to 400 bytes, escapes, images, muscles, nulls. */
  size_t cap = 4u << 20, len = 0;
  char *text = malloc(cap);
  cr_assert_not_null(text);
  text[len++] = '[';
  for (int i = 0; i < 2000; i++) {
    len += (size_t)snprintf(text + len, cap - len,
                            "%s{\"id\": \"Synthetic_%d\", \"name\": \"Synthetic \\u00e9 %d\", "
                            "\"force\": %s, \"level\": \"%s\", \"mechanic\": null, "
                            "\"equipment\": \"%s\", \"primaryMuscles\": [\"glutes\"], "
                            "\"secondaryMuscles\": [\"neck\", \"lats\", \"biceps\"], "
                            "\"instructions\": [",
                            i ? "," : "", i, i, i % 3 ? "\"push\"" : "null",
                            i % 2 ? "beginner" : "expert", i % 5 ? "dumbbell" : "machine");
    for (int k = 0; k < 1 + i % 12; k++) {
      text[len++] = '"';
      for (int c = 0; c < 20 + (i * 7 + k * 13) % 380; c++) text[len++] = (char)('a' + c % 26);
      len += (size_t)snprintf(text + len, cap - len, "\\\" step %d.\"%s", k,
                              k < i % 12 ? ", " : "");
    }
    len += (size_t)snprintf(text + len, cap - len,
                            "], \"category\": \"strength\", \"images\": [\"S_%d/0.jpg\", "
                            "\"S_%d/1.jpg\"]}",
                            i, i);
    cr_assert_lt(len, cap - 8192);
  }
  text[len++] = ']';
  double per = allocations_per_exercise(text, len, 2000);
  cr_expect_lt(per, 2.0, "%.3f allocations per exercise", per);
  cr_expect_lt(per, 0.1, "%.3f allocations per exercise: the arena takes blocks, not exercises",
               per);
  free(text);
}

Test(import_fedb, free_exercise_db_loads_with_under_2_allocations_per_exercise) {
  NEED_FEDB(text, len);
  double per = allocations_per_exercise(text, len, 873);
  cr_expect_lt(per, 2.0, "%.3f allocations per exercise", per);
  free(text);
}
