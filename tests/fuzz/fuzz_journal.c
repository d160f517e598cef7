/* Fuzz target: load any bytes as a journal; when they load, write them back
 * and check that the text loads again to the same bytes (the writer is
 * canonical), and that every line loads alone. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_round_trip(brf_context *ctx, const brf_journal *j) {
  char *text = NULL, *again = NULL;
  size_t len = 0, len2 = 0;
  brf_journal *back = NULL;
  if (brf_journal_to_jsonl(ctx, j, &text, &len) != BRF_OK)
    return;
  if (brf_journal_load(ctx, text, len, &back) != BRF_OK)
    abort(); /* what the library writes it must read */
  if (brf_journal_count(back) != brf_journal_count(j) || brf_journal_torn_tail(back, NULL))
    abort();
  if (brf_journal_to_jsonl(ctx, back, &again, &len2) != BRF_OK)
    abort();
  if (len != len2 || memcmp(text, again, len) != 0)
    abort();
  brf_free(ctx, again);
  brf_free(ctx, text);
  brf_journal_free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf_journal *j = NULL;
  if (brf_context_new(&ctx) != BRF_OK)
    return 0;
  if (brf_journal_load(ctx, (const char *)data, size, &j) == BRF_OK) {
    size_t off = 0;
    if (brf_journal_torn_tail(j, &off) && off >= size)
      abort();
    check_round_trip(ctx, j);
    brf_journal_free(j);
  }
  brf_context_free(ctx);
  return 0;
}
