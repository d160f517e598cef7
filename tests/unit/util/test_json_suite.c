/* JSONTestSuite conformance (../shared/data/jsontestsuite/test_parsing):
 * every y_ file is accepted, every n_ file rejected, and every i_ file
 * (implementation-defined) runs without crash or leak, with the decision
 * checked against the list below and printed. */
#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/json.h"
#include "support.h"

/* The i_ files this reader accepts; every other i_ file is rejected. Big
 * numbers are kept as lexemes, so they parse (brf__json_int64 then says
 * BRF_E_RANGE); 500 levels are inside the default limit of 512. Rejected:
 * lone surrogates in \u escapes, invalid or non-UTF-8 bytes (UTF-16, Latin-1,
 * overlongs, code points above U+10FFFF) and the UTF-8 byte order mark. */
static const char *const accepted_i[] = {
    "i_number_double_huge_neg_exp.json",
    "i_number_huge_exp.json",
    "i_number_neg_int_huge_exp.json",
    "i_number_pos_double_huge_exp.json",
    "i_number_real_neg_overflow.json",
    "i_number_real_pos_overflow.json",
    "i_number_real_underflow.json",
    "i_number_too_big_neg_int.json",
    "i_number_too_big_pos_int.json",
    "i_number_very_big_negative_int.json",
    "i_structure_500_nested_arrays.json",
    NULL,
};

static int listed(const char *name) {
  for (const char *const *p = accepted_i; *p != NULL; p++)
    if (strcmp(*p, name) == 0) return 1;
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

Test(json_suite, jsontestsuite_conformance) {
  char dir_path[4096];
  if (brf_test_shared_data("jsontestsuite/test_parsing", dir_path, sizeof dir_path) == NULL)
    cr_skip_test("JSONTestSuite: ../shared/data/jsontestsuite/test_parsing not found");
  DIR *dir = opendir(dir_path);
  cr_assert_not_null(dir, "cannot open %s", dir_path);
  char **names = NULL;
  size_t count = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    if (e->d_name[0] == '.' || strstr(e->d_name, ".json") == NULL) continue;
    if (count == cap) {
      cap = cap ? cap * 2 : 64;
      names = realloc(names, cap * sizeof *names);
      cr_assert_not_null(names);
    }
    names[count] = malloc(strlen(e->d_name) + 1);
    cr_assert_not_null(names[count]);
    memcpy(names[count++], e->d_name, strlen(e->d_name) + 1);
  }
  closedir(dir);
  qsort(names, count, sizeof *names, by_name);

  brf_test_alloc st;
  brf_allocator a;
  brf_context *ctx;
  brf_test_alloc_init(&a, &st);
  cr_assert_eq(brf_context_new_with_allocator(&a, &ctx), BRF_OK);
  size_t baseline = st.live_blocks, y = 0, n = 0, i_acc = 0, i_rej = 0;
  for (size_t k = 0; k < count; k++) {
    const char *name = names[k];
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", dir_path, name);
    size_t len;
    char *text = brf_test_read_file(path, &len);
    cr_assert_not_null(text, "cannot read %s", path);
    brf__json_doc *doc = NULL;
    brf_status s = brf__json_parse(ctx, text, len, 0, &doc);
    cr_expect(s == BRF_OK || s == BRF_E_PARSE, "%s: status %d", name, s);
    brf__json_doc_free(doc);
    free(text);
    cr_expect_eq(st.live_blocks, baseline, "%s leaked", name);
    if (name[0] == 'y') {
      y++;
      cr_expect_eq(s, BRF_OK, "%s rejected: %s (line %u, column %u)", name,
                   brf_context_errmsg(ctx), (unsigned)brf_context_error_line(ctx),
                   (unsigned)brf_context_error_column(ctx));
    } else if (name[0] == 'n') {
      n++;
      cr_expect_eq(s, BRF_E_PARSE, "%s accepted", name);
    } else {
      s == BRF_OK ? i_acc++ : i_rej++;
      cr_log_info("%s: %s%s", name, s == BRF_OK ? "accepted" : "rejected: ",
                  s == BRF_OK ? "" : brf_context_errmsg(ctx));
      cr_expect_eq(s == BRF_OK, listed(name), "%s: decision changed (now %s)", name,
                   s == BRF_OK ? "accepted" : "rejected");
    }
    free(names[k]);
  }
  free(names);
  brf_context_free(ctx);
  cr_log_info("JSONTestSuite: %zu y_ accepted, %zu n_ rejected, i_: %zu accepted, %zu rejected",
              y, n, i_acc, i_rej);
  cr_expect_gt(y, 90, "too few y_ files: %zu", y);
  cr_expect_gt(n, 150, "too few n_ files: %zu", n);
}
