/*
 * Heap use of a context, the built-in catalog and a screen, counted through a
 * custom allocator (the library allocates only through the context's). Run by
 * scripts/footprint.sh on the host for docs/performance.md, "Memory"; figures
 * are for the host's pointer size (a 32-bit target needs less).
 */
#include <stdio.h>
#include <stdlib.h>

#include "backrelief.h"

typedef struct counts {
  size_t live, peak, calls;
} counts;

/* Each block starts with its size, so that free and realloc can count. */
#define HEADER 16

static void *count_alloc(void *user, size_t size) {
  counts *c = user;
  size_t *block = malloc(size + HEADER);
  if (block == NULL) return NULL;
  *block = size;
  c->live += size;
  c->calls++;
  if (c->live > c->peak) c->peak = c->live;
  return (char *)block + HEADER;
}

static void count_free(void *user, void *ptr) {
  counts *c = user;
  if (ptr == NULL) return;
  size_t *block = (size_t *)((char *)ptr - HEADER);
  c->live -= *block;
  free(block);
}

static void *count_realloc(void *user, void *ptr, size_t size) {
  counts *c = user;
  if (ptr == NULL) return count_alloc(user, size);
  size_t *block = (size_t *)((char *)ptr - HEADER);
  size_t old = *block;
  size_t *grown = realloc(block, size + HEADER);
  if (grown == NULL) return NULL;
  *grown = size;
  c->live = c->live - old + size;
  c->calls++;
  if (c->live > c->peak) c->peak = c->live;
  return (char *)grown + HEADER;
}

static void report(const char *what, const counts *c, const counts *before) {
  printf("%-42s live %6zu bytes, peak %6zu, %3zu allocations\n", what, c->live - before->live,
         c->peak - before->live, c->calls - before->calls);
}

int main(void) {
  counts c = {0, 0, 0}, before = c;
  brf_allocator allocator = {count_alloc, count_realloc, count_free, &c};
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_screen *screen = NULL;
  if (brf_context_new_with_allocator(&allocator, &ctx) != BRF_OK) return 1;
  report("context", &c, &before);
  before = c;
  if (brf_catalog_new_builtin(ctx, &cat) == BRF_OK) {
    report("built-in catalog", &c, &before);
  } else {
    printf("built-in catalog: %s\n", brf_context_errmsg(ctx));
  }
  before = c;
  if (brf_screen_new(ctx, &screen) == BRF_OK) {
    brf_screen_answer(screen, "saddle-numbness", 1);
    brf_screen_evaluate(screen);
    report("screen, one answer, evaluated", &c, &before);
  } else {
    printf("screen: %s\n", brf_context_errmsg(ctx));
  }
  brf_screen_free(screen);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  if (c.live != 0) {
    printf("leak: %zu bytes still allocated\n", c.live);
    return 1;
  }
  return 0;
}
