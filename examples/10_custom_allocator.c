/* 10_custom_allocator: give the library your own memory functions, here a
 * counter of calls and live bytes, as a game engine or a watch firmware
 * would. Every byte the library takes for this context goes through them.
 * Introduces: brf_allocator, brf_context_new_with_allocator, brf_free. */
#include <stdlib.h>
#include <string.h>

#include "common.h"

typedef struct counter {
  size_t calls;
  size_t live;
} counter;

/* A size header lets the counter know how much each free returns. */
static void *my_alloc(void *user, size_t n) {
  counter *c = user;
  size_t *p = malloc(sizeof(size_t) * 2 + n);
  if (p == NULL) return NULL;
  c->calls++;
  c->live += n;
  p[0] = n;
  return p + 2;
}
static void my_free(void *user, void *ptr) {
  if (ptr == NULL) return;
  size_t *p = (size_t *)ptr - 2;
  ((counter *)user)->live -= p[0];
  free(p);
}
static void *my_realloc(void *user, void *ptr, size_t n) {
  if (ptr == NULL) return my_alloc(user, n);
  void *q = my_alloc(user, n);
  if (q == NULL) return NULL; /* the old block stays valid */
  size_t old = ((size_t *)ptr - 2)[0];
  memcpy(q, ptr, old < n ? old : n);
  my_free(user, ptr);
  return q;
}

int main(void) {
  counter c = {0, 0};
  brf_allocator a = {my_alloc, my_realloc, my_free, &c};
  brf_context *ctx = NULL;
  CHECK(ctx, brf_context_new_with_allocator(&a, &ctx));

  brf_dosage *d = NULL;
  const char *text = "3x10/side, rest 60s";
  CHECK(ctx, brf_dosage_parse(ctx, text, strlen(text), &d));
  char *canonical = NULL; /* owned: freed with brf_free, never free() */
  size_t len = 0;
  CHECK(ctx, brf_dosage_to_string(ctx, d, &canonical, &len));
  printf("%s -> %s\n", text, canonical);
  printf("while in use: %zu allocations, %zu bytes live\n", c.calls, c.live);

  brf_free(ctx, canonical);
  brf_dosage_free(d);
  brf_context_free(ctx);
  printf("after freeing everything: %zu bytes live\n", c.live);
  return c.live == 0 ? 0 : 1;
}
