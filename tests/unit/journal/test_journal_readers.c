/* The journal's two readers agree (docs/testing.md, "Differential
 * fuzzing"): brf_journal_load (the fast reader per line, falling back to the
 * checked one) and brf__journal_load_checked (the checked reader alone) give
 * the same status, error, warnings and torn tail on every journal here, and
 * the same journal on every valid one: the seeds of the journal fuzz
 * corpora, the unusual valid lines and the refused lines of the arena's
 * tests, and a 10-year journal of 3,650 entries. The comparison is
 * tests/fuzz/readers_diff.h, the one fuzz_journal_diff runs on random input;
 * here it runs in every ctest. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../fuzz/readers_diff.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(journal_readers);

/* The readers agree on text; loads says whether it must load (a torn last
 * line loads, with a warning). */
static void expect_agree(const char *what, const char *text, size_t len, int loads) {
  const char *why = brf_diff_journal(text, len);
  cr_expect_null(why, "%s: the readers differ: %s", what, why ? why : "");
  brf_journal *j = NULL;
  brf_status s = brf__journal_load_checked(ctx, text, len, &j);
  cr_expect_eq(s == BRF_OK, loads, "%s: %s (%s)", what, brf_status_name(s),
               brf_context_errmsg(ctx));
  brf_journal_free(j);
}

static void corpus(const char *dir) {
  DIR *d = opendir(dir);
  struct dirent *ent;
  size_t files = 0;
  cr_assert_not_null(d, "%s", dir);
  while ((ent = readdir(d)) != NULL) {
    char path[1024];
    size_t len = 0;
    if (ent->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
    char *text = brf_test_read_file(path, &len);
    cr_assert_not_null(text, "%s", path);
    /* corrupt-middle.jsonl: a bad line before a good one. */
    expect_agree(path, text, len, strcmp(ent->d_name, "corrupt-middle.jsonl") != 0);
    free(text);
    files++;
  }
  closedir(d);
  cr_expect_gt(files, 5, "%s: %zu files", dir, files);
}

Test(journal_readers, every_seed_of_the_journal_fuzz_corpora_reads_the_same_both_ways) {
  corpus(BRF_PROJECT_DIR "/tests/fuzz/corpus/journal");
  corpus(BRF_PROJECT_DIR "/tests/fuzz/corpus/journal_diff");
}

#define HEAD "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2026-01-05\","

Test(journal_readers, unusual_valid_lines_read_the_same_both_ways) {
  static const char *const docs[] = {
      "",
      "\n\n  \t\r\n",
      /* Keys in another order, no time, an escape, partial counts, an
       * empty step list, a rating with the pain only, one moment of pain
       * (test_journal_arena.c). */
      "{\"note\":\"caf\\u00e9\",\"routine\":\"R\",\"date\":\"2026-01-05\",\"format_version\":1,"
      "\"format\":\"backrelief-journal\",\"steps\":{\"done\":2},\"step_status\":[],"
      "\"exercise_ratings\":[{\"pain\":3,\"exercise\":\"bird-dog\"}],\"pain\":{\"after\":2},"
      "\"routine_id\":\"\",\"session\":\"\"}\n"
      "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2026-01-06\","
      "\"time\":\"23:59\",\"routine\":\"\",\"step_status\":[{\"status\":\"skipped\","
      "\"exercise\":\"x\"},{\"exercise\":\"y\",\"status\":\"cut-short\"}],"
      "\"tightness\":{\"next_morning\":0,\"before\":10},\"effort\":0,\"pain_during\":10}\n",
      /* The extremes of every number, a leap day, midnight, a routine id
       * of every allowed character, escapes in every text. */
      "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2024-02-29\","
      "\"time\":\"00:00\",\"routine\":\"\\t\\\"R\\\"\\n\",\"routine_id\":\"a-Z_0.9\","
      "\"session\":\"s\\/1\",\"steps\":{\"done\":0,\"cut_short\":0,\"skipped\":0},"
      "\"pain\":{\"before\":0,\"after\":10,\"next_morning\":0},"
      "\"tightness\":{\"before\":10,\"after\":0,\"next_morning\":10},\"effort\":10,"
      "\"note\":\"\\ud83d\\ude00\",\"pain_during\":0,\"exercise_ratings\":[{\"exercise\":\"a\","
      "\"difficulty\":1},{\"exercise\":\"b\",\"difficulty\":5,\"pain\":10},{\"exercise\":\"c\"}]}",
      /* A valid last line without its "\n", after CRLF lines. */
      HEAD "\"routine\":\"R\"}\r\n" HEAD "\"routine\":\"S\",\"effort\":3}",
      /* A torn last line: loaded without it, with a warning. */
      HEAD "\"routine\":\"R\"}\n" HEAD "\"routine\":\"S\",\"eff",
  };
  for (size_t k = 0; k < sizeof docs / sizeof docs[0]; k++)
    expect_agree(docs[k], docs[k], strlen(docs[k]), 1);
}

/* The lines the fast reader leaves to the checked one (test_journal_arena.c),
 * each after a valid line: the same error from both ways. */
Test(journal_readers, refused_lines_fail_the_same_way_both_ways) {
  static const char *const lines[] = {
      HEAD "\"routine\":\"R\",\"colour\":1}\n",
      HEAD "\"routine\":\"R\",\"routine\":\"S\"}\n",
      HEAD "\"routine\":\"R\",\"effort\":null}\n",
      HEAD "\"routine\":\"R\",\"effort\":11}\n",
      HEAD "\"routine\":\"R\",\"effort\":1.0}\n",
      HEAD "\"routine\":\"R\",\"time\":\"24:00\"}\n",
      HEAD "\"routine\":\"R\",\"pain\":{\"during\":1}}\n",
      HEAD "\"routine\":\"R\",\"step_status\":[{\"exercise\":\"\",\"status\":\"done\"}]}\n",
      HEAD "\"routine\":\"R\",\"step_status\":[{\"exercise\":\"a\",\"status\":\"half\"}]}\n",
      HEAD "\"routine\":\"R\",\"exercise_ratings\":[{\"exercise\":\"a\"},{\"exercise\":\"a\","
           "\"pain\":1}]}\n",
      HEAD "\"routine\":\"R\",\"routine_id\":\"a b\"}\n",
      HEAD "\"routine\":\"R\\u0000\"}\n",
      "{\"format\":\"backrelief-journal\",\"format_version\":2,\"date\":\"2026-01-05\","
      "\"routine\":\"R\"}\n",
      HEAD "\"session\":\"s\"}\n",
      "{\"format\":\"backrelief-journal\",\"format_version\":1,\"date\":\"2026-02-30\","
      "\"routine\":\"R\"}\n",
      "not json\n",
  };
  for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
    char text[1024];
    snprintf(text, sizeof text, HEAD "\"routine\":\"ok\"}\n%s", lines[k]);
    expect_agree(text, text, strlen(text), 0);
  }
}
/* Values at the edges of what either reader takes, whichever way each
 * goes: numbers written otherwise, NULs in keys and values, keys spelled
 * with escapes, a repeated key under another spelling. */
Test(journal_readers, edge_values_read_the_same_both_ways_whether_or_not_they_load) {
  static const char *const lines[] = {
      HEAD "\"routine\":\"R\",\"effort\":1e0}",
      HEAD "\"routine\":\"R\",\"effort\":-0}",
      HEAD "\"routine\":\"R\",\"effort\":10.0}",
      HEAD "\"routine\":\"R\",\"effort\":-1}",
      HEAD "\"routine\":\"R\",\"pain\":{\"before\":1E1}}",
      HEAD "\"routine\":\"R\",\"steps\":{\"done\":99999999999}}",
      HEAD "\"routine\":\"R\",\"eff\\u006frt\":3}",
      HEAD "\"routine\":\"R\",\"r\\u006futine\":\"S\"}",
      HEAD "\"routine\":\"R\",\"effort\\u0000\":3}",
      HEAD "\"routine\":\"R\",\"step_status\":[{\"exercise\":\"a\",\"status\":\"done\\u0000\"}]}",
      HEAD "\"routine\":\"R\",\"exercise_ratings\":[{\"exercise\":\"a\\u0000b\"}]}",
      HEAD "\"routine\":\"R\",\"exercise_ratings\":[{\"exercise\":\"a\",\"difficulty\":0}]}",
      HEAD "\"routine\":\"R\",\"routine_id\":\"\\u0000\"}",
      HEAD "\"routine\":\"R\",\"time\":\"7:05\"}",
      HEAD "\"routine\":\"R\",\"time\":null}",
      "{\"format\":\"backrelief-journal\",\"format_version\":1.0,\"date\":\"2026-01-05\","
      "\"routine\":\"R\"}",
      "{\"format\":\"backrelief-journa\\u006c\",\"format_version\":1,\"date\":\"2026-01-05\","
      "\"routine\":\"R\"}",
      "[]",
      "{}",
  };
  for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
    char text[1024];
    /* As the last line with and without its "\n" (torn or not). */
    for (int nl = 0; nl < 2; nl++) {
      snprintf(text, sizeof text, HEAD "\"routine\":\"ok\"}\n%s%s", lines[k], nl ? "\n" : "");
      const char *why = brf_diff_journal(text, strlen(text));
      cr_expect_null(why, "%s: the readers differ: %s", text, why ? why : "");
    }
  }
}
#undef HEAD

#include "journal_generated.h"

Test(journal_readers, a_10_year_journal_of_3650_entries_reads_the_same_both_ways) {
  brf_journal *j = generated(3650);
  char *text = NULL;
  size_t len = 0;
  cr_assert_eq(brf_journal_to_jsonl(ctx, j, &text, &len), BRF_OK);
  expect_agree("3,650 entries", text, len, 1);
  /* And the checked reader alone gives back the same bytes. */
  brf_journal *back = NULL;
  char *again = NULL;
  size_t len2 = 0;
  cr_assert_eq(brf__journal_load_checked(ctx, text, len, &back), BRF_OK);
  cr_assert_eq(brf_journal_count(back), 3650);
  cr_assert_eq(brf_journal_to_jsonl(ctx, back, &again, &len2), BRF_OK);
  cr_expect(len == len2 && memcmp(text, again, len) == 0);
  brf_free(ctx, again);
  brf_free(ctx, text);
  brf_journal_free(back);
  brf_journal_free(j);
}
