/* Fuzz target: the internal JSON reader. Whatever the input, parsing must
 * return a status (never crash, hang or leak); an accepted document must be
 * written back by the writer and parse again to the same bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf__json_doc *doc = NULL, *doc2 = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 0;
  if (brf__json_parse(ctx, (const char *)data, size, 0, &doc) == BRF_OK) {
    brf__jw w;
    char *one = NULL, *two = NULL;
    size_t n1 = 0, n2 = 0;
    brf__jw_init(&w, ctx, BRF__JW_COMPACT);
    brf__jw_node(&w, brf__json_root(doc));
    if (brf__jw_finish(&w, &one, &n1) != BRF_OK) abort(); /* a parsed value is writable */
    if (brf__json_parse(ctx, one, n1, 0, &doc2) != BRF_OK) abort();
    brf__jw_init(&w, ctx, BRF__JW_COMPACT);
    brf__jw_node(&w, brf__json_root(doc2));
    if (brf__jw_finish(&w, &two, &n2) != BRF_OK) abort();
    if (n1 != n2 || memcmp(one, two, n1) != 0) abort(); /* writing is a fixed point */
    brf_free(ctx, one);
    brf_free(ctx, two);
    brf__json_doc_free(doc2);
  }
  brf__json_doc_free(doc);
  brf_context_free(ctx);
  return 0;
}
