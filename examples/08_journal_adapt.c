/* 08_journal_adapt: keep a progress journal and let it adapt the routine.
 * Each session records pain and tightness (0-10) before, right after and the
 * next morning. The journal is stored as JSON Lines (one entry a line, which
 * an app appends to a file), loaded back, and brf_adapt_suggest() applies the
 * pain-gated rules of docs/adaptation.md: every outcome comes with its
 * reasons and their sources. Introduces: brf_journal_*, brf_journal_to_jsonl,
 * brf_journal_load, brf_adapt_suggest, the adapted routine. */
#include "common.h"

int main(void) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_routine *r = NULL;
  brf_journal *j = NULL, *loaded = NULL;
  brf_adapt_suggestion *sug = NULL;
  CHECK(ctx, brf_context_new(&ctx));
  CHECK(ctx, brf_catalog_new_builtin(ctx, &cat));
  CHECK(ctx, brf_routine_new(ctx, &r));
  CHECK(ctx, brf_routine_set_name(r, "Glute and core strength"));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "glute-bridge"), NULL));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "bird-dog"), NULL));

  /* Three sessions two days apart; pain {before, after, next morning}. The
   * pain stays low after exercise and is no worse next morning: "green". */
  static const int32_t pain[3][3] = {{4, 3, 3}, {3, 2, 2}, {2, 2, 1}};
  int32_t day = 0;
  CHECK(ctx, brf_date_from_ymd(ctx, 2026, 3, 2, &day));
  CHECK(ctx, brf_journal_new(ctx, &j));
  for (int32_t i = 0; i < 3; i++) {
    size_t e = 0;
    CHECK(ctx, brf_journal_add(j, day + 2 * i, 18 * 60, brf_routine_name(r), &e));
    CHECK(ctx, brf_journal_entry_add_step(j, e, "glute-bridge", BRF_JOURNAL_STEP_DONE));
    CHECK(ctx, brf_journal_entry_add_step(j, e, "bird-dog", BRF_JOURNAL_STEP_DONE));
    CHECK(ctx, brf_journal_entry_set_pain(j, e, BRF_JOURNAL_BEFORE, pain[i][0]));
    CHECK(ctx, brf_journal_entry_set_pain(j, e, BRF_JOURNAL_AFTER, pain[i][1]));
    CHECK(ctx, brf_journal_entry_set_tightness(j, e, BRF_JOURNAL_BEFORE, 5 - i));
    CHECK(ctx, brf_journal_entry_set_tightness(j, e, BRF_JOURNAL_AFTER, 3 - i));
    /* Next-morning ratings come a day later and are filled in afterwards. */
    CHECK(ctx, brf_journal_entry_set_next_morning(j, e, pain[i][2], 3 - i));
  }

  /* JSON Lines text, owned by the caller: free it with brf_free. */
  char *text = NULL;
  size_t len = 0;
  CHECK(ctx, brf_journal_to_jsonl(ctx, j, &text, &len));
  printf("journal.jsonl (%zu bytes):\n%s\n", len, text);
  CHECK(ctx, brf_journal_load(ctx, text, len, &loaded));
  brf_free(ctx, text);
  printf("loaded %zu entries\n", brf_journal_count(loaded));

  /* Suggest from the loaded journal; the catalog resolves easier and harder
   * variants. No profile or screen here (both may be NULL). */
  CHECK(ctx, brf_adapt_suggest(ctx, loaded, r, cat, NULL, NULL, &sug));
  printf("\noutcome: %s\n", brf_adapt_outcome_id(brf_adapt_suggestion_outcome(sug)));
  const brf_advice *why = brf_adapt_suggestion_reasons(sug); /* owned by sug */
  for (size_t i = 0; i < brf_advice_count(why); i++)
    printf("  [%s] %s\n      source: %s\n", brf_advice_rule(why, i), brf_advice_message(why, i),
           brf_advice_source(why, i));

  const brf_routine *next = brf_adapt_suggestion_routine(sug); /* owned by sug, or NULL */
  for (size_t i = 0; next && i < brf_routine_step_count(next); i++) {
    char dose[128];
    CHECK(ctx, brf_dosage_format(brf_routine_step_dose(next, i), dose, sizeof dose, NULL));
    printf("  next time: %s: %s\n", brf_routine_step_name(next, i), dose);
  }

  brf_adapt_suggestion_free(sug);
  brf_journal_free(loaded);
  brf_journal_free(j);
  brf_routine_free(r);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
