/* Figure: loading a journal of 10,000 entries (a year of sessions, a few a
 * day) from JSON Lines, as an app does at start-up. */
#include <stdio.h>
#include <stdlib.h>

#include "figures.h"

typedef struct journal_arg {
  brf_context *ctx;
  const char *text;
  size_t len;
} journal_arg;

static void load_once(void *p) {
  journal_arg *a = p;
  brf_journal *j = NULL;
  if (brf_journal_load(a->ctx, a->text, a->len, &j) == BRF_OK)
    brf_journal_free(j);
}

/* A journal of n realistic entries as JSON Lines (owned by ctx). */
static char *make_journal(brf_context *ctx, size_t n, size_t *len) {
  brf_journal *j = NULL;
  char *text = NULL;
  if (brf_journal_new(ctx, &j) != BRF_OK)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    size_t k = 0;
    if (brf_journal_add(j, 20400 + (int32_t)(i / 3), 420 + (int32_t)(i % 3) * 300,
                        "Glute relief", &k) != BRF_OK)
      break;
    (void)brf_journal_entry_add_step(j, k, "glute-foam-roll", BRF_JOURNAL_STEP_DONE);
    (void)brf_journal_entry_add_step(j, k, "glute-stretch", BRF_JOURNAL_STEP_DONE);
    (void)brf_journal_entry_add_step(j, k, "glute-bridge", BRF_JOURNAL_STEP_CUT_SHORT);
    for (int32_t w = 0; w < 3; w++) {
      (void)brf_journal_entry_set_pain(j, k, w, (int32_t)(i % 4));
      (void)brf_journal_entry_set_tightness(j, k, w, (int32_t)(i % 6));
    }
    (void)brf_journal_entry_set_effort(j, k, 5);
    (void)brf_journal_entry_set_note(j, k, "Felt looser after rolling.");
  }
  if (brf_journal_to_jsonl(ctx, j, &text, len) != BRF_OK)
    text = NULL;
  brf_journal_free(j);
  return text;
}

void bench_journal(const bench_opts *o) {
  bench_alloc c = {0, 0};
  brf_context *ctx = bench_context(&c);
  journal_arg a = {ctx, NULL, 0};
  /* 10,000 entries write 4.5 MB: above the writer's default limit of 4 MiB
   * (BRF_LIMIT_OUTPUT_BYTES), which silently skipped this figure. */
  (void)brf_context_set_limit(ctx, BRF_LIMIT_OUTPUT_BYTES, (int64_t)64 << 20);
  char *text = make_journal(ctx, o->quick ? 1000 : 10000, &a.len);
  a.text = text;
  if (!text)
    printf("journal load: skipped (%s)\n", brf_context_errmsg(ctx));
  if (text) {
    (void)bench_run(o->quick ? "journal load 1,000 entries" : "journal load 10,000 entries",
                          o->quick ? 3 : 20, load_once, &a, a.len, &c);
  }
  brf_free(ctx, text);
  brf_context_free(ctx);
}
