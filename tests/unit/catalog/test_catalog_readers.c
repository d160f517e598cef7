/* The catalog format's two readers agree (docs/testing.md, "Differential
 * fuzzing"): brf_catalog_from_json (the fast reader, falling back to the
 * checked one) and brf__catalog_from_json_checked (the checked reader alone)
 * give the same status and error on every document here, and the same
 * catalog on every valid one: the built-in catalog written as JSON, the
 * committed data file, every seed of the catalog fuzz corpora, the unusual
 * but valid documents of the codec's tests and a generated catalog of 300
 * exercises. The comparison is tests/fuzz/readers_diff.h, the one
 * fuzz_catalog_diff runs on random input; here it runs in every ctest. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../fuzz/readers_diff.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(catalog_readers);

/* The readers agree on text; accepted says whether they must accept it. */
static void expect_agree(const char *what, const char *text, size_t len, int accepted) {
  const char *why = brf_diff_catalog(text, len);
  cr_expect_null(why, "%s: the readers differ: %s", what, why ? why : "");
  if (accepted) {
    brf_catalog *cat = NULL;
    cr_expect_eq(brf__catalog_from_json_checked(ctx, text, len, 0, &cat), BRF_OK, "%s: %s",
                 what, brf_context_errmsg(ctx));
    brf_catalog_free(cat);
  }
}

#define DOC_HEAD "{\"format\": \"backrelief-catalog\", \"format_version\": 1, \"exercises\": ["

#if BRF_WITH_BUILTIN_CATALOG
Test(catalog_readers, the_builtin_catalog_written_as_json_reads_the_same_both_ways) {
  brf_catalog *cat = NULL;
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  for (uint32_t flags = 0; flags <= BRF_JSON_PRETTY; flags += BRF_JSON_PRETTY) {
    char *out = NULL;
    size_t len = 0;
    cr_assert_eq(brf_catalog_to_json(ctx, cat, flags, &out, &len), BRF_OK);
    expect_agree(flags ? "built-in, pretty" : "built-in, compact", out, len, 1);
    brf_free(ctx, out);
  }
  brf_catalog_free(cat);
}
#endif

Test(catalog_readers, the_committed_catalog_data_reads_the_same_both_ways) {
  size_t len = 0;
  char *text = brf_test_read_file(BRF_PROJECT_DIR "/data/catalog/builtin.json", &len);
  cr_assert_not_null(text);
  expect_agree("data/catalog/builtin.json", text, len, 1);
  free(text);
}

/* Every file of a corpus folder; the names of the invalid seeds are listed. */
static void corpus(const char *dir) {
  static const char *const invalid[] = {NULL};
  DIR *d = opendir(dir);
  struct dirent *ent;
  size_t files = 0;
  cr_assert_not_null(d, "%s", dir);
  while ((ent = readdir(d)) != NULL) {
    char path[1024];
    size_t len = 0;
    int valid = 1;
    if (ent->d_name[0] == '.') continue;
    for (size_t k = 0; invalid[k] != NULL; k++)
      if (strcmp(ent->d_name, invalid[k]) == 0) valid = 0;
    snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
    char *text = brf_test_read_file(path, &len);
    cr_assert_not_null(text, "%s", path);
    expect_agree(path, text, len, valid);
    free(text);
    files++;
  }
  closedir(d);
  cr_expect_gt(files, 2, "%s: %zu files", dir, files);
}

Test(catalog_readers, every_seed_of_the_catalog_fuzz_corpora_reads_the_same_both_ways) {
  corpus(BRF_PROJECT_DIR "/tests/fuzz/corpus/catalog");
  corpus(BRF_PROJECT_DIR "/tests/fuzz/corpus/catalog_diff");
}

Test(catalog_readers, unusual_valid_documents_read_the_same_both_ways) {
  static const char *const docs[] = {
      DOC_HEAD "]}",
      DOC_HEAD "{\"id\": \"wall-sit\", \"name\": \"Wall sit\", \"modality\": \"strength\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\","
               " \"default_dose\": \"3 x 10 reps, rest 60 s\","
               " \"alternative_doses\": [{\"dose\": \"hold 30 sec\", \"source\": {\"kind\": "
               "\"paper\", \"ref\": \"X 2020\"}}]}]}",
      /* Keys in another order, escapes, empty and absent members, a link
       * to an exercise defined later and one to an unknown id. */
      "{\"exercises\": [{\"modality\": \"static-stretch\", \"name\": \"B \\u00e9\\t\\\"q\\\"\", "
      "\"id\": \"b\", \"regions\": {\"secondary\": [\"glutes\"]}, \"aliases\": [], "
      "\"progressions\": [{\"exercise\": \"c\"}, {\"exercise\": \"nowhere\", \"note\": \"n\"}],"
      " \"summary\": \"\", \"default_dose\": \"\", \"media\": []}, {\"id\": \"c\", "
      "\"name\": \"C\", \"modality\": \"strength\", \"default_dose\": \"2-3x8-12, 3x/week\"}],"
      " \"format_version\": 1, \"format\": \"backrelief-catalog\"}",
  };
  for (size_t k = 0; k < sizeof docs / sizeof docs[0]; k++)
    expect_agree(docs[k], docs[k], strlen(docs[k]), 1);
}

Test(catalog_readers, invalid_documents_fail_the_same_way_both_ways) {
  static const char *const docs[] = {
      "",
      "{\"format\": \"backrelief-catalog\",\n  \"format_version\": 1,,\n}",
      "{\"format\": \"backrelief-catalog\", \"format_version\": 2, \"exercises\": []}",
      "{\"format\": \"backrelief-catalog\", \"format_version\": 1}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\"}, "
               "{\"id\": \"a\", \"name\": \"A again\", \"modality\": \"strength\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", \"x\": 1}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"default_dose\": \"3 x banana\"}]}",
      DOC_HEAD "{\"id\": \"Not A Slug\", \"name\": \"A\", \"modality\": \"strength\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\"}, 7]}",
  };
  for (size_t k = 0; k < sizeof docs / sizeof docs[0]; k++) {
    brf_catalog *cat = NULL;
    cr_expect_neq(brf_catalog_from_json(ctx, docs[k], strlen(docs[k]), 0, &cat), BRF_OK,
                  "%s", docs[k]);
    brf_catalog_free(cat);
    expect_agree(docs[k], docs[k], strlen(docs[k]), 0);
  }
}

/* Values at the edges of what either reader takes, whichever way each
 * goes: NULs in ids, values and keys, keys spelled with escapes, a repeated
 * key under another spelling, enum values with a NUL after them. */
Test(catalog_readers, edge_values_read_the_same_both_ways_whether_or_not_they_load) {
  static const char *const docs[] = {
      DOC_HEAD "{\"id\": \"a\\u0000\", \"name\": \"A\", \"modality\": \"strength\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\\u0000\", \"modality\": \"strength\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\\u0000x\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"level\": \"beginner\\u0000\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"n\\u0061me\": \"B\"}]}",
      DOC_HEAD "{\"\\u0069d\": \"a\", \"name\": \"A\", \"modality\": \"strength\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"id\\u0000\": \"b\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"default_dose\": \"3x10\\u0000\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"default_dose\": \"3x99999\"}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"aliases\": [\"\"]}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"regions\": {\"primary\": [], \"primary\": [\"glutes\"]}}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"alternative_doses\": [{\"dose\": \"\", \"source\": {\"kind\": \"seed\", "
               "\"ref\": \"r\"}}]}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"sources\": [{\"kind\": \"seed\", \"ref\": \"\"}]}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"progressions\": [{}]}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"progressions\": [{\"exercise\": \"b\", \"variation\": \"v\"}]}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"regressions\": [{\"exercise\": \"\"}]}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"contraindications\": [{\"condition\": \"fracture\"}]}]}",
      DOC_HEAD "{\"id\": \"a\", \"name\": \"A\", \"modality\": \"strength\", "
               "\"position\": null}]}",
      "{\"format\": \"backrelief-catalog\", \"format_version\": 1.0, \"exercises\": []}",
      "{\"format\": \"backrelief-catalog\", \"format_version\": 1e0, \"exercises\": []}",
  };
  for (size_t k = 0; k < sizeof docs / sizeof docs[0]; k++) {
    const char *why = brf_diff_catalog(docs[k], strlen(docs[k]));
    cr_expect_null(why, "%s: the readers differ: %s", docs[k], why ? why : "");
  }
}

/* n generated exercises with every member, every third with an
 * alternative dose; malloc'd. */
static char *generated(int n, size_t *len_out) {
  size_t cap = (size_t)n * 2048 + 256, len = 0;
  char *t = malloc(cap);
  cr_assert_not_null(t);
  len += (size_t)snprintf(t + len, cap - len, DOC_HEAD);
  for (int i = 0; i < n; i++) {
    len += (size_t)snprintf(
        t + len, cap - len,
        "%s{\"id\": \"generated-%d\", \"name\": \"Generated \\u00e9xercise %d\", "
        "\"aliases\": [\"alias %d\"], \"summary\": \"A generated exercise.\", "
        "\"modality\": \"%s\", \"regions\": {\"primary\": [\"glutes\"], "
        "\"secondary\": [\"hamstrings\", \"lower-back\"]}, \"equipment\": [\"%s\"], "
        "\"level\": \"%s\", \"laterality\": \"both-sides\", \"position\": \"supine\", "
        "\"instructions\": [\"Lie on your back.\", \"Lift (\\\"bridge\\\") %d.\"], "
        "\"cues\": [\"Breathe out.\"], \"cautions\": [], "
        "\"contraindications\": [{\"condition\": \"fracture\", \"action\": \"skip\"}], "
        "\"default_dose\": \"%dx%d, rest %d s\", \"dose_note\": \"Generated.\", %s"
        "\"progressions\": [{\"exercise\": \"generated-%d\", \"note\": \"harder\"}], "
        "\"regressions\": [{\"variation\": \"a shorter hold\"}], "
        "\"sources\": [{\"kind\": \"database\", \"ref\": \"generated %d\", \"note\": \"\"}], "
        "\"media\": [\"https://example.org/%d.jpg\"]}",
        i ? ", " : "", i, i, i, i % 2 ? "strength" : "mobility", i % 3 ? "none" : "mat",
        i % 4 ? "beginner" : "intermediate", i, 2 + i % 2, 8 + i % 5, 30 + i % 60,
        i % 3 ? ""
              : "\"alternative_doses\": [{\"dose\": \"3 reps, hold 20 sec, each side\", \"source\": "
                "{\"kind\": \"guideline\", \"ref\": \"A guideline\"}}], ",
        i + 1, i, i);
    cr_assert_lt(len, cap - 2048);
  }
  len += (size_t)snprintf(t + len, cap - len, "]}");
  *len_out = len;
  return t;
}

Test(catalog_readers, a_generated_catalog_of_300_exercises_reads_the_same_both_ways) {
  size_t len = 0;
  char *text = generated(300, &len);
  expect_agree("300 generated exercises", text, len, 1);
  free(text);
}

/* The comparison is not vacuous: the checked entry point does not take
 * the fast reader's path (which packs an exercise into the arena with
 * under 2 allocations, test_catalog_json_allocs) but reads every value
 * through the schema layer and adds a copy: at least one allocation more
 * per exercise (840 against 438 for these 300 when this was written). */
Test(catalog_readers, the_checked_entry_point_really_skips_the_fast_reader) {
  size_t len = 0, before;
  char *text = generated(300, &len);
  brf_catalog *cat = NULL;
  before = st.calls;
  cr_assert_eq(brf_catalog_from_json(ctx, text, len, 0, &cat), BRF_OK);
  size_t fast = st.calls - before;
  brf_catalog_free(cat);
  before = st.calls;
  cr_assert_eq(brf__catalog_from_json_checked(ctx, text, len, 0, &cat), BRF_OK);
  size_t checked = st.calls - before;
  brf_catalog_free(cat);
  cr_log_info("300 exercises: %zu allocations fast, %zu checked", fast, checked);
  cr_expect_gt(checked, fast + 300, "%zu allocations checked, %zu fast", checked, fast);
  free(text);
}
