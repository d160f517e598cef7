/* One status per situation across every reader (docs/conventions.md,
 * "Readers: one status per situation"): each reader of the library is fed
 * the same situations, built from a valid document of its format, and must
 * answer the status of the table with a message that names the JSON path of
 * the offending value and a position (1-based line). A reader where a
 * situation cannot arise has no row for it; a situation a reader accepts by
 * design (a catalog link to an id outside the document, an unknown member of
 * a free-exercise-db entry) has a row expecting BRF_OK. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "support.h"

enum reader { CATALOG, ROUTINE, SCHEDULE, JOURNAL, FEDB };

static const char *const reader_names[] = {"catalog", "routine", "schedule", "journal",
                                           "free-exercise-db"};

typedef struct reader_case {
  enum reader reader;
  const char *situation;
  const char *text;
  brf_status want;
  const char *path; /* the message names it; NULL for BRF_OK and BRF_E_PARSE */
} reader_case;

/* Valid documents, one per reader, that the cases vary. */
#define CAT_EX "{\"id\":\"a\",\"name\":\"A\",\"modality\":\"strength\""
#define CAT_HEAD "{\"format\":\"backrelief-catalog\",\"format_version\":1,\"exercises\":["
#define ROU_HEAD "{\"format\":\"backrelief-routine\",\"format_version\":1,"
#define ROU_STEPS "\"steps\":[{\"exercise\":\"bird-dog\",\"dose\":\"10 reps\"}]"
#define SCH_HEAD "{\"format\":\"backrelief-schedule\",\"format_version\":1,"
#define SCH_BODY                                                                      \
  "\"start\":\"2025-01-06\",\"weeks\":1,\"items\":[{\"kind\":\"routine\",\"routine\":" \
  "{\"steps\":[{\"exercise\":\"bird-dog\"}]}}]"
#define JOU_HEAD "{\"format\":\"backrelief-journal\",\"format_version\":1,"
#define JOU_BODY "\"date\":\"2025-01-06\",\"routine\":\"r\""

static const reader_case cases[] = {
    /* The valid documents themselves. */
    {CATALOG, "valid", CAT_HEAD CAT_EX "}]}", BRF_OK, NULL},
    {ROUTINE, "valid", ROU_HEAD ROU_STEPS "}", BRF_OK, NULL},
    {SCHEDULE, "valid", SCH_HEAD SCH_BODY "}", BRF_OK, NULL},
    {JOURNAL, "valid", JOU_HEAD JOU_BODY "}\n", BRF_OK, NULL},
    {FEDB, "valid", "[{\"id\":\"A_b\",\"name\":\"A b\"}]", BRF_OK, NULL},

    /* Not well-formed JSON. */
    {CATALOG, "not JSON", CAT_HEAD CAT_EX "}]", BRF_E_PARSE, NULL},
    {ROUTINE, "not JSON", ROU_HEAD ROU_STEPS, BRF_E_PARSE, NULL},
    {SCHEDULE, "not JSON", SCH_HEAD SCH_BODY ",}", BRF_E_PARSE, NULL},
    {JOURNAL, "not JSON", JOU_HEAD JOU_BODY "\n", BRF_E_PARSE, NULL},
    {FEDB, "not JSON", "[{\"id\":\"A_b\",\"name\":\"A b\"}", BRF_E_PARSE, NULL},

    /* A newer format_version. */
    {CATALOG, "newer format_version",
     "{\"format\":\"backrelief-catalog\",\"format_version\":2,\"exercises\":[]}", BRF_E_SCHEMA,
     "format_version"},
    {ROUTINE, "newer format_version",
     "{\"format\":\"backrelief-routine\",\"format_version\":2," ROU_STEPS "}", BRF_E_SCHEMA,
     "format_version"},
    {SCHEDULE, "newer format_version",
     "{\"format\":\"backrelief-schedule\",\"format_version\":2," SCH_BODY "}", BRF_E_SCHEMA,
     "format_version"},
    {JOURNAL, "newer format_version",
     "{\"format\":\"backrelief-journal\",\"format_version\":2," JOU_BODY "}\n", BRF_E_SCHEMA,
     "format_version"},
    /* ... far beyond int64_t, and versions that never existed. */
    {ROUTINE, "newer format_version (huge)",
     "{\"format\":\"backrelief-routine\",\"format_version\":99999999999999999999," ROU_STEPS
     "}",
     BRF_E_SCHEMA, "format_version"},
    {SCHEDULE, "format_version 0",
     "{\"format\":\"backrelief-schedule\",\"format_version\":0," SCH_BODY "}", BRF_E_SCHEMA,
     "format_version"},
    {JOURNAL, "format_version 1.0",
     "{\"format\":\"backrelief-journal\",\"format_version\":1.0," JOU_BODY "}\n", BRF_E_SCHEMA,
     "format_version"},

    /* An unknown format id. */
    {CATALOG, "unknown format",
     "{\"format\":\"backrelief-routine\",\"format_version\":1,\"exercises\":[]}", BRF_E_SCHEMA,
     "format"},
    {ROUTINE, "unknown format",
     "{\"format\":\"backrelief-catalog\",\"format_version\":1," ROU_STEPS "}", BRF_E_SCHEMA,
     "format"},
    {SCHEDULE, "unknown format",
     "{\"format\":\"backrelief-schedules\",\"format_version\":1," SCH_BODY "}", BRF_E_SCHEMA,
     "format"},
    {JOURNAL, "unknown format",
     "{\"format\":\"journal\",\"format_version\":1," JOU_BODY "}\n", BRF_E_SCHEMA, "format"},

    /* An unknown exercise id. */
    {ROUTINE, "unknown exercise id",
     ROU_HEAD "\"steps\":[{\"exercise\":\"moon-walk\",\"dose\":\"10 reps\"}]}", BRF_E_NOT_FOUND,
     "steps[0].exercise"},
    {SCHEDULE, "unknown exercise id",
     SCH_HEAD "\"start\":\"2025-01-06\",\"weeks\":1,\"items\":[{\"kind\":\"routine\",\"routine\":"
              "{\"steps\":[{\"exercise\":\"moon-walk\"}]}}]}",
     BRF_E_NOT_FOUND, "items[0].routine.steps[0].exercise"},
    /* Accepted by design: a catalog may link to exercises of another catalog,
     * a journal keeps the ids it was given (it has no catalog). */
    {CATALOG, "link to an id outside the document",
     CAT_HEAD CAT_EX ",\"progressions\":[{\"exercise\":\"moon-walk\"}]}]}", BRF_OK, NULL},
    {JOURNAL, "step of an id no catalog has",
     JOU_HEAD JOU_BODY ",\"step_status\":[{\"exercise\":\"moon-walk\",\"status\":\"done\"}]}\n",
     BRF_OK, NULL},

    /* A duplicate key. */
    {CATALOG, "duplicate key", CAT_HEAD CAT_EX ",\"name\":\"B\"}]}", BRF_E_SCHEMA,
     "exercises[0].name"},
    {ROUTINE, "duplicate key", ROU_HEAD "\"name\":\"a\",\"name\":\"b\"," ROU_STEPS "}",
     BRF_E_SCHEMA, "name"},
    {SCHEDULE, "duplicate key", SCH_HEAD "\"weeks\":2," SCH_BODY "}", BRF_E_SCHEMA, "weeks"},
    {JOURNAL, "duplicate key", JOU_HEAD JOU_BODY ",\"pain\":{\"after\":1,\"after\":2}}\n",
     BRF_E_SCHEMA, "pain.after"},
    {FEDB, "duplicate key", "[{\"id\":\"A_b\",\"name\":\"A b\",\"id\":\"C\"}]", BRF_E_SCHEMA,
     "[0].id"},

    /* A value out of its documented bounds. */
    {CATALOG, "dose out of range", CAT_HEAD CAT_EX ",\"default_dose\":\"5000 reps\"}]}",
     BRF_E_RANGE, "exercises[0].default_dose"},
    {ROUTINE, "dose out of range", ROU_HEAD "\"steps\":[{\"exercise\":\"bird-dog\",\"dose\":\"5000 reps\"}]}",
     BRF_E_RANGE, "steps[0].dose"},
    {ROUTINE, "integer out of range",
     ROU_HEAD ROU_STEPS ",\"estimate\":{\"min_ms\":-1,\"max_ms\":0}}", BRF_E_RANGE,
     "estimate.min_ms"},
    {SCHEDULE, "integer out of range",
     SCH_HEAD "\"start\":\"2025-01-06\",\"weeks\":105,\"items\":[{\"kind\":\"routine\","
              "\"routine\":{\"steps\":[{\"exercise\":\"bird-dog\"}]}}]}",
     BRF_E_RANGE, "weeks"},
    {SCHEDULE, "date out of range",
     SCH_HEAD "\"start\":\"2025-02-30\",\"weeks\":1,\"items\":[{\"kind\":\"routine\","
              "\"routine\":{\"steps\":[{\"exercise\":\"bird-dog\"}]}}]}",
     BRF_E_RANGE, "start"},
    {SCHEDULE, "no items", SCH_HEAD "\"start\":\"2025-01-06\",\"weeks\":1,\"items\":[]}",
     BRF_E_RANGE, "items"},
    {JOURNAL, "integer out of range", JOU_HEAD JOU_BODY ",\"pain\":{\"after\":11}}\n",
     BRF_E_RANGE, "pain.after"},
    {JOURNAL, "integer beyond int64_t", JOU_HEAD JOU_BODY ",\"effort\":99999999999999999999}\n",
     BRF_E_RANGE, "effort"},
    {JOURNAL, "date out of range",
     JOU_HEAD "\"date\":\"2025-02-30\",\"routine\":\"r\"}\n", BRF_E_RANGE, "date"},

    /* A wrong type (a fraction where an integer belongs is one). */
    {CATALOG, "wrong type", CAT_HEAD "{\"id\":\"a\",\"name\":5,\"modality\":\"strength\"}]}",
     BRF_E_SCHEMA, "exercises[0].name"},
    {ROUTINE, "wrong type", ROU_HEAD "\"name\":5," ROU_STEPS "}", BRF_E_SCHEMA, "name"},
    {SCHEDULE, "wrong type",
     SCH_HEAD "\"start\":\"2025-01-06\",\"weeks\":\"1\",\"items\":[{\"kind\":\"routine\","
              "\"routine\":{\"steps\":[{\"exercise\":\"bird-dog\"}]}}]}",
     BRF_E_SCHEMA, "weeks"},
    {SCHEDULE, "fraction for an integer",
     SCH_HEAD "\"start\":\"2025-01-06\",\"weeks\":1.5,\"items\":[{\"kind\":\"routine\","
              "\"routine\":{\"steps\":[{\"exercise\":\"bird-dog\"}]}}]}",
     BRF_E_SCHEMA, "weeks"},
    {JOURNAL, "wrong type", JOU_HEAD JOU_BODY ",\"effort\":\"5\"}\n", BRF_E_SCHEMA, "effort"},
    {FEDB, "wrong type", "[{\"id\":\"A_b\",\"name\":\"A b\",\"instructions\":[5]}]",
     BRF_E_SCHEMA, "[0].instructions[0]"},

    /* A missing required member. */
    {CATALOG, "missing member", CAT_HEAD "{\"id\":\"a\",\"modality\":\"strength\"}]}",
     BRF_E_SCHEMA, "exercises[0].name"},
    {ROUTINE, "missing member", ROU_HEAD "\"name\":\"a\"}", BRF_E_SCHEMA, "steps"},
    {SCHEDULE, "missing member",
     SCH_HEAD "\"weeks\":1,\"items\":[{\"kind\":\"routine\",\"routine\":"
              "{\"steps\":[{\"exercise\":\"bird-dog\"}]}}]}",
     BRF_E_SCHEMA, "start"},
    {JOURNAL, "missing member", JOU_HEAD "\"routine\":\"r\"}\n", BRF_E_SCHEMA, "date"},
    {FEDB, "missing member", "[{\"id\":\"A_b\"}]", BRF_E_SCHEMA, "[0].name"},

    /* An unknown member (kept and reported by the import: a foreign format). */
    {CATALOG, "unknown member", CAT_HEAD CAT_EX ",\"colour\":\"red\"}]}", BRF_E_SCHEMA,
     "exercises[0].colour"},
    {ROUTINE, "unknown member", ROU_HEAD "\"colour\":1," ROU_STEPS "}", BRF_E_SCHEMA, "colour"},
    {SCHEDULE, "unknown member", SCH_HEAD "\"colour\":1," SCH_BODY "}", BRF_E_SCHEMA, "colour"},
    {JOURNAL, "unknown member", JOU_HEAD JOU_BODY ",\"colour\":1}\n", BRF_E_SCHEMA, "colour"},
    {FEDB, "unknown member", "[{\"id\":\"A_b\",\"name\":\"A b\",\"colour\":1}]", BRF_OK, NULL},
};

#define CASE_COUNT (sizeof cases / sizeof cases[0])

/* Feed one case to its reader; frees what it made. */
static brf_status run_case(brf_context *ctx, const brf_catalog *builtin, const reader_case *c) {
  size_t len = strlen(c->text);
  brf_status s = BRF_E_INTERNAL;
  switch (c->reader) {
  case CATALOG: {
    brf_catalog *cat = NULL;
    s = brf_catalog_from_json(ctx, c->text, len, 0, &cat);
    brf_catalog_free(cat);
    break;
  }
  case ROUTINE: {
    brf_routine *r = NULL;
    s = brf_routine_from_json(ctx, c->text, len, builtin, 0, &r);
    brf_routine_free(r);
    break;
  }
  case SCHEDULE: {
    brf_schedule *sch = NULL;
    s = brf_schedule_from_json(ctx, c->text, len, builtin, &sch);
    brf_schedule_free(sch);
    break;
  }
  case JOURNAL: {
    brf_journal *j = NULL;
    s = brf_journal_load(ctx, c->text, len, &j);
    brf_journal_free(j);
    break;
  }
  case FEDB: {
    brf_catalog *cat = NULL;
    brf_advice *report = NULL;
    s = brf_catalog_import_free_exercise_db(ctx, c->text, len, 0, &cat, &report);
    brf_catalog_free(cat);
    brf_advice_free(report);
    break;
  }
  }
  return s;
}

#ifndef BRF_READER_SURVEY

BRF_TEST_CONTEXT_DECLARE();
static brf_catalog *builtin;
static void open_builtin(void) { cr_assert_eq(brf_catalog_new_builtin(ctx, &builtin), BRF_OK); }
static void close_builtin(void) { brf_catalog_free(builtin); }
BRF_TEST_CONTEXT_FIXTURE_WITH(reader_statuses, open_builtin, close_builtin);

/* The message names the path where it starts a segment of it: "colour"
 * must not pass because of "colours" or "x.colour" elsewhere. */
static int names_path(const char *msg, const char *path) {
  size_t n = strlen(path);
  for (const char *p = strstr(msg, path); p != NULL; p = strstr(p + 1, path)) {
    int starts = p == msg || p[-1] == ' ';
    if (starts && p[n] == ':') return 1;
  }
  return 0;
}

Test(reader_statuses, one_status_per_situation) {
  for (size_t i = 0; i < CASE_COUNT; i++) {
    const reader_case *c = &cases[i];
    brf_context_clear_error(ctx);
    brf_status s = run_case(ctx, builtin, c);
    cr_expect_eq(s, c->want, "%s reader, %s: %s, want %s (%s)", reader_names[c->reader],
                 c->situation, brf_status_name(s), brf_status_name(c->want),
                 brf_context_errmsg(ctx));
    if (s != c->want || s == BRF_OK) continue;
    cr_expect_eq(brf_context_errcode(ctx), s, "%s reader, %s: errcode", reader_names[c->reader],
                 c->situation);
    cr_expect_gt(brf_context_error_line(ctx), 0, "%s reader, %s: no position (%s)",
                 reader_names[c->reader], c->situation, brf_context_errmsg(ctx));
    if (c->path != NULL)
      cr_expect(names_path(brf_context_errmsg(ctx), c->path),
                "%s reader, %s: the message does not name %s: %s", reader_names[c->reader],
                c->situation, c->path, brf_context_errmsg(ctx));
  }
}

/* Every reader has a row for each situation that can arise in it. */
Test(reader_statuses, every_reader_meets_every_situation) {
  static const char *const situations[] = {"not JSON",       "newer format_version",
                                           "unknown format", "duplicate key",
                                           "wrong type",     "missing member",
                                           "unknown member", NULL};
  for (int r = CATALOG; r <= FEDB; r++) {
    for (size_t k = 0; situations[k] != NULL; k++) {
      int found = r == FEDB && (strcmp(situations[k], "newer format_version") == 0 ||
                                strcmp(situations[k], "unknown format") == 0);
      for (size_t i = 0; i < CASE_COUNT && !found; i++)
        found = (int)cases[i].reader == r && strcmp(cases[i].situation, situations[k]) == 0;
      cr_expect(found, "%s reader: no case for %s", reader_names[r], situations[k]);
    }
  }
}

#endif /* BRF_READER_SURVEY */
