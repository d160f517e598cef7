/* A growable byte buffer whose appends latch the first failure, so that
 * writers (JSON, iCalendar, dose notation) append freely and check once. */
#include <string.h>

#include "util/core.h"

void brf__buf_init(brf__buf *b, brf_context *ctx) {
  b->ctx = ctx;
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
  b->status = BRF_OK;
}

void brf__buf_free(brf__buf *b) {
  brf__free(b->ctx, b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

static int reserve(brf__buf *b, size_t extra) {
  if (b->status != BRF_OK) return 0;
  if (extra > SIZE_MAX - b->len - 1) {
    b->status = brf__nomem(b->ctx);
    return 0;
  }
  size_t need = b->len + extra + 1; /* keep room for the terminator */
  if (brf__over_limit(b->ctx, BRF_LIMIT_OUTPUT_BYTES, (uint64_t)need - 1)) {
    b->status = brf__limit_error(b->ctx, BRF_LIMIT_OUTPUT_BYTES, "text output");
    return 0;
  }
  if (need <= b->cap) return 1;
  size_t cap = b->cap < 64 ? 64 : b->cap;
  while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  char *p = brf__realloc(b->ctx, b->data, cap);
  if (p == NULL) {
    b->status = BRF_E_NOMEM;
    return 0;
  }
  b->data = p;
  b->cap = cap;
  return 1;
}

void brf__buf_append(brf__buf *b, const char *s, size_t len) {
  if (len == 0 || !reserve(b, len)) return;
  memcpy(b->data + b->len, s, len);
  b->len += len;
  b->data[b->len] = '\0';
}

void brf__buf_puts(brf__buf *b, const char *s) {
  brf__buf_append(b, s, strlen(s));
}

void brf__buf_putc(brf__buf *b, char c) {
  brf__buf_append(b, &c, 1);
}

void brf__buf_put_i64(brf__buf *b, int64_t v) {
  char tmp[21];
  size_t n = brf__i64_to_str(v, tmp);
  brf__buf_append(b, tmp, n);
}

brf_status brf__buf_take(brf__buf *b, char **out, size_t *out_len) {
  if (b->status != BRF_OK) {
    brf_status s = b->status;
    brf__buf_free(b);
    return s;
  }
  if (b->data == NULL && !reserve(b, 0)) return b->status;
  b->data[b->len] = '\0';
  *out = b->data;
  if (out_len != NULL) *out_len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return BRF_OK;
}
