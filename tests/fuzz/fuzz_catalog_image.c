/* Fuzz target: the catalog image reader (brf_catalog_from_image). Any bytes
 * give a status and never a crash or a leak; copied and borrowed texts give
 * the same status; and an image the reader accepts holds nothing a catalog
 * document could not say: its catalog, written as a catalog document, reads
 * back with brf_catalog_from_json and writes the same document, and written
 * as an image again reads back to the same document too. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The catalog document of cat (compact), aborting on failure. */
static char *doc_of(brf_context *ctx, const brf_catalog *cat, size_t *len) {
  char *text = NULL;
  if (brf_catalog_to_json(ctx, cat, 0, &text, len) != BRF_OK) abort();
  return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL, *borrowed = NULL, *back = NULL, *again = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 0;
  brf_status want = brf_catalog_from_image(ctx, data, size, 0, &cat);
  brf_status got = brf_catalog_from_image(ctx, data, size, BRF_CATALOG_IMAGE_BORROW, &borrowed);
  if (got != want && got != BRF_E_NOMEM && want != BRF_E_NOMEM) abort();
  if ((want != BRF_OK && cat != NULL) || (got != BRF_OK && borrowed != NULL)) abort();
  if (want == BRF_OK) {
    size_t n1 = 0, n2 = 0, n3 = 0, img_len = 0;
    char *one = doc_of(ctx, cat, &n1), *two, *three, *img = NULL;
    /* Every exercise the image gave is one the document reader accepts. */
    if (brf_catalog_from_json(ctx, one, n1, 0, &back) != BRF_OK) abort();
    two = doc_of(ctx, back, &n2);
    if (n1 != n2 || memcmp(one, two, n1) != 0) abort();
    if (brf_catalog_to_image(ctx, cat, 0, &img, &img_len) != BRF_OK) abort();
    if (brf_catalog_from_image(ctx, img, img_len, 0, &again) != BRF_OK) abort();
    three = doc_of(ctx, again, &n3);
    if (n1 != n3 || memcmp(one, three, n1) != 0) abort();
    if (borrowed != NULL) {
      char *four = NULL;
      size_t n4 = 0;
      four = doc_of(ctx, borrowed, &n4);
      if (n1 != n4 || memcmp(one, four, n1) != 0) abort();
      brf_free(ctx, four);
    }
    brf_free(ctx, one);
    brf_free(ctx, two);
    brf_free(ctx, three);
    brf_free(ctx, img);
    brf_catalog_free(back);
    brf_catalog_free(again);
  }
  brf_catalog_free(borrowed);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
