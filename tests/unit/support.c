#include "support.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Each block carries its size in a header so live bytes can be tracked. */
typedef union header {
  size_t size;
  max_align_t align;
} header;

static void *t_alloc(void *user, size_t size) {
  brf_test_alloc *s = user;
  s->calls++;
  if (s->fail_at != 0 && s->calls == s->fail_at) {
    s->failed = 1;
    return NULL;
  }
  header *h = malloc(sizeof *h + size);
  if (h == NULL) return NULL;
  h->size = size;
  s->allocs++;
  s->live_blocks++;
  s->live_bytes += size;
  if (s->live_bytes > s->peak_bytes) s->peak_bytes = s->live_bytes;
  return h + 1;
}

static void *t_realloc(void *user, void *p, size_t size) {
  brf_test_alloc *s = user;
  if (p == NULL) return t_alloc(user, size);
  s->calls++;
  if (s->fail_at != 0 && s->calls == s->fail_at) {
    s->failed = 1;
    return NULL;
  }
  header *old = (header *)p - 1;
  size_t old_size = old->size;
  header *h = realloc(old, sizeof *h + size);
  if (h == NULL) return NULL;
  h->size = size;
  s->allocs++;
  s->live_bytes = s->live_bytes - old_size + size;
  if (s->live_bytes > s->peak_bytes) s->peak_bytes = s->live_bytes;
  return h + 1;
}

static void t_free(void *user, void *p) {
  brf_test_alloc *s = user;
  if (p == NULL) return;
  header *h = (header *)p - 1;
  s->frees++;
  s->live_blocks--;
  s->live_bytes -= h->size;
  free(h);
}

void brf_test_alloc_init(brf_allocator *a, brf_test_alloc *state) {
  memset(state, 0, sizeof *state);
  a->alloc = t_alloc;
  a->realloc = t_realloc;
  a->free = t_free;
  a->user = state;
}

brf_context *brf_test_context(brf_test_alloc *state) {
  brf_allocator a;
  brf_context *ctx = NULL;
  brf_test_alloc_init(&a, state);
  cr_assert_eq(brf_context_new_with_allocator(&a, &ctx), BRF_OK);
  return ctx;
}

void brf_test_context_free(brf_context *ctx, const brf_test_alloc *state) {
  brf_context_free(ctx);
  cr_expect_eq(state->live_blocks, 0, "leaked %zu blocks", state->live_blocks);
}

void brf_test_nothing(void) {}

brf_catalog *brf_test_builtin_catalog(brf_context *ctx) {
  brf_catalog *cat = NULL;
  brf_status s = brf_catalog_new_builtin(ctx, &cat);
  if (s == BRF_E_UNSUPPORTED) {
    brf_context_free(ctx);
    cr_skip_test("the built-in catalog is not compiled in");
  }
  cr_assert_eq(s, BRF_OK);
  return cat;
}

char *brf_test_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  while (buf != NULL) {
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
    if (cap - n - 1 == 0) {
      char *nb = realloc(buf, cap * 2);
      if (nb == NULL) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  fclose(f);
  if (buf == NULL) return NULL;
  buf[n] = '\0';
  if (len != NULL) *len = n;
  return buf;
}

const char *brf_test_shared_data(const char *relative, char *buf, size_t cap) {
  const char *dir = getenv("BRF_SHARED_DATA_DIR");
  if (dir == NULL || dir[0] == '\0') dir = BRF_SHARED_DATA_DIR;
  int n = snprintf(buf, cap, "%s/%s", dir, relative);
  if (n < 0 || (size_t)n >= cap) return NULL;
  struct stat st;
  if (stat(buf, &st) != 0) return NULL;
  return buf;
}
