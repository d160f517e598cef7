/* The context: allocator, error detail, and a count of the objects that
 * still refer to it, so that the context and its objects can be freed in any
 * order (the last one out releases the memory). */
#include <stdlib.h>
#include <string.h>

#include "util/core.h"

#define BRF__ERRMSG_CAP 512
#define BRF__WARN_POOL 512 /* the kept warnings, one after another, each with its NUL */
#define BRF__WARN_MAX 8

struct brf_context {
  brf_allocator alloc;
  size_t live_objects; /* objects created from this context not yet freed */
  int closed;          /* brf_context_free was called */
  unsigned keep;       /* > 0: brf__enter keeps the error (a size query is running) */
  brf_status errcode;
  size_t err_line;
  size_t err_column;
  size_t err_offset;
  char errmsg[BRF__ERRMSG_CAP];
  size_t warn_count; /* warnings kept from the current (last) call */
  size_t warn_used;  /* bytes of warn taken */
  char warn[BRF__WARN_POOL];
  int64_t limits[BRF_LIMIT_COUNT];
  /* The locale (lib/util/locale.c): the tag as set, canonical case, and the
   * index of the language whose texts are used in brf__lang_tags. */
  char locale[BRF_LOCALE_MAX + 1];
  int32_t lang;
};

/* The defaults; docs/conventions.md ("Limits") gives the arithmetic. */
static const int64_t LIMIT_DEFAULTS[BRF_LIMIT_COUNT] = {
    200,             /* BRF_LIMIT_ROUTINE_STEPS */
    20000,           /* BRF_LIMIT_TIMELINE_SEGMENTS */
    20000,           /* BRF_LIMIT_TIMELINE_CUES */
    2000,            /* BRF_LIMIT_DOSE_REPS */
    4 * 1024 * 1024, /* BRF_LIMIT_OUTPUT_BYTES */
    50000,           /* BRF_LIMIT_CALENDAR_ITEMS */
    10000,           /* BRF_LIMIT_IMPORT_ENTRIES */
    4 * 1024 * 1024, /* BRF_LIMIT_INPUT_BYTES */
};
static const char *const LIMIT_NAMES[BRF_LIMIT_COUNT] = {
    "BRF_LIMIT_ROUTINE_STEPS",  "BRF_LIMIT_TIMELINE_SEGMENTS", "BRF_LIMIT_TIMELINE_CUES",
    "BRF_LIMIT_DOSE_REPS",      "BRF_LIMIT_OUTPUT_BYTES",      "BRF_LIMIT_CALENDAR_ITEMS",
    "BRF_LIMIT_IMPORT_ENTRIES", "BRF_LIMIT_INPUT_BYTES"};

static void *default_alloc(void *user, size_t size) {
  (void)user;
  return malloc(size);
}
static void *default_realloc(void *user, void *p, size_t size) {
  (void)user;
  return realloc(p, size);
}
static void default_free(void *user, void *p) {
  (void)user;
  free(p);
}

brf_status brf_context_new(brf_context **out) {
  static const brf_allocator std_alloc = {default_alloc, default_realloc, default_free, NULL};
  return brf_context_new_with_allocator(&std_alloc, out);
}

brf_status brf_context_new_with_allocator(const brf_allocator *allocator, brf_context **out) {
  if (out == NULL) return BRF_E_INVALID;
  *out = NULL;
  if (allocator == NULL || allocator->alloc == NULL || allocator->realloc == NULL ||
      allocator->free == NULL)
    return BRF_E_INVALID;
  brf_context *ctx = allocator->alloc(allocator->user, sizeof *ctx);
  if (ctx == NULL) return BRF_E_NOMEM;
  memset(ctx, 0, sizeof *ctx);
  ctx->alloc = *allocator;
  memcpy(ctx->limits, LIMIT_DEFAULTS, sizeof ctx->limits);
  *out = ctx; /* locale "" (zeroed) reads as "en": nothing to set here */
  return BRF_OK;
}

static void context_destroy(brf_context *ctx) {
  brf_allocator a = ctx->alloc;
  a.free(a.user, ctx);
}

void brf_context_free(brf_context *ctx) {
  if (ctx == NULL || ctx->closed) return;
  ctx->closed = 1;
  if (ctx->live_objects == 0) context_destroy(ctx);
}

void brf__ctx_retain(brf_context *ctx) {
  if (ctx != NULL) ctx->live_objects++;
}

void brf__ctx_release(brf_context *ctx) {
  if (ctx == NULL || ctx->live_objects == 0) return;
  ctx->live_objects--;
  if (ctx->closed && ctx->live_objects == 0) context_destroy(ctx);
}

/* ---- errors ---- */

const char *brf_context_errmsg(const brf_context *ctx) {
  if (ctx == NULL) return "no context (NULL)";
  return ctx->errmsg;
}

brf_status brf_context_errcode(const brf_context *ctx) {
  return ctx == NULL ? BRF_E_INVALID : ctx->errcode;
}

size_t brf_context_error_line(const brf_context *ctx) {
  return ctx == NULL ? 0 : ctx->err_line;
}

size_t brf_context_error_column(const brf_context *ctx) {
  return ctx == NULL ? 0 : ctx->err_column;
}

size_t brf_context_error_offset(const brf_context *ctx) {
  return ctx == NULL ? 0 : ctx->err_offset;
}

void brf_context_clear_error(brf_context *ctx) {
  if (ctx == NULL) return;
  ctx->errcode = BRF_OK;
  ctx->err_line = ctx->err_column = ctx->err_offset = 0;
  ctx->errmsg[0] = '\0';
}

size_t brf_context_warning_count(const brf_context *ctx) {
  return ctx == NULL ? 0 : ctx->warn_count;
}

const char *brf_context_warning(const brf_context *ctx, size_t index) {
  if (ctx == NULL || index >= ctx->warn_count) return NULL;
  const char *w = ctx->warn;
  while (index-- > 0) w += strlen(w) + 1;
  return w;
}

void brf__enter(brf_context *ctx) {
  if (ctx == NULL || ctx->keep > 0) return;
  brf_context_clear_error(ctx);
  ctx->warn_count = 0;
  ctx->warn_used = 0;
}

void brf__keep_begin(brf_context *ctx) {
  if (ctx != NULL) ctx->keep++;
}

void brf__keep_end(brf_context *ctx) {
  if (ctx != NULL && ctx->keep > 0) ctx->keep--;
}

void brf__clear_error(brf_context *ctx) {
  brf_context_clear_error(ctx);
}

void brf__warn(brf_context *ctx, const char *fmt, ...) {
  if (ctx == NULL || ctx->warn_count >= BRF__WARN_MAX) return;
  size_t room = sizeof ctx->warn - ctx->warn_used;
  if (room < 2) return; /* no room for one character and its NUL: dropped */
  char *w = ctx->warn + ctx->warn_used;
  va_list ap;
  va_start(ap, fmt);
  brf__vformat(w, room, fmt, ap);
  va_end(ap);
  ctx->warn_used += strlen(w) + 1;
  ctx->warn_count++;
}

brf_status brf__verror_at(brf_context *ctx, brf_status code, size_t line, size_t column,
                          size_t offset, const char *fmt, va_list ap) {
  if (ctx == NULL) return code;
  ctx->errcode = code;
  ctx->err_line = line;
  ctx->err_column = column;
  ctx->err_offset = offset;
  /* The formatter escapes quoted input and cuts only between characters. */
  brf__vformat(ctx->errmsg, sizeof ctx->errmsg, fmt, ap);
  return code;
}

brf_status brf__error_at(brf_context *ctx, brf_status code, size_t line, size_t column,
                         size_t offset, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  brf__verror_at(ctx, code, line, column, offset, fmt, ap);
  va_end(ap);
  return code;
}

brf_status brf__error(brf_context *ctx, brf_status code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  brf__verror_at(ctx, code, 0, 0, 0, fmt, ap);
  va_end(ap);
  return code;
}

brf_status brf__nomem(brf_context *ctx) {
  return brf__error(ctx, BRF_E_NOMEM, "out of memory");
}

/* ---- locale (the rules are in lib/util/locale.c) ---- */

void brf__ctx_set_locale(brf_context *ctx, const char *tag, int32_t lang) {
  size_t n = strlen(tag);
  if (n > BRF_LOCALE_MAX) n = BRF_LOCALE_MAX;
  memcpy(ctx->locale, tag, n);
  ctx->locale[n] = '\0';
  ctx->lang = lang;
}

const char *brf__ctx_locale(const brf_context *ctx) {
  return ctx->locale[0] != '\0' ? ctx->locale : "en";
}

int32_t brf__ctx_lang(const brf_context *ctx) { return ctx == NULL ? 0 : ctx->lang; }

/* ---- limits ---- */

static int64_t ctx_limit_or_default(const brf_context *ctx, int32_t id) {
  return ctx != NULL ? ctx->limits[id] : LIMIT_DEFAULTS[id];
}

brf_status brf_context_set_limit(brf_context *ctx, int32_t id, int64_t value) {
  brf__enter(ctx);
  if (ctx == NULL) return BRF_E_INVALID;
  if (id < 0 || id >= BRF_LIMIT_COUNT)
    return brf__error(ctx, BRF_E_INVALID, "brf_context_set_limit: no limit %d", (int)id);
  if (value < 1)
    return brf__error(ctx, BRF_E_RANGE, "brf_context_set_limit: %s must be at least 1, not %lld",
                      LIMIT_NAMES[id], (long long)value);
  ctx->limits[id] = value;
  return BRF_OK;
}

int64_t brf_context_limit(const brf_context *ctx, int32_t id) {
  if (ctx == NULL || id < 0 || id >= BRF_LIMIT_COUNT) return -1;
  return ctx->limits[id];
}

int64_t brf__limit(const brf_context *ctx, int32_t id) {
  if (ctx == NULL || id < 0 || id >= BRF_LIMIT_COUNT) return INT64_MAX;
  return ctx->limits[id];
}

int brf__over_limit(const brf_context *ctx, int32_t id, uint64_t n) {
  int64_t lim = brf__limit(ctx, id);
  return n > (uint64_t)lim;
}

brf_status brf__limit_error(brf_context *ctx, int32_t id, const char *what) {
  if (id < 0 || id >= BRF_LIMIT_COUNT) return brf__error(ctx, BRF_E_INTERNAL, "no limit %d", (int)id);
  return brf__error(ctx, BRF_E_LIMIT, "%s: more than %s (%lld); raise it with brf_context_set_limit",
                    what, LIMIT_NAMES[id], (long long)ctx_limit_or_default(ctx, id));
}

/* ---- allocation ---- */

void *brf__alloc(brf_context *ctx, size_t size) {
  if (ctx == NULL) return NULL;
  if (size == 0) size = 1;
  void *p = ctx->alloc.alloc(ctx->alloc.user, size);
  if (p == NULL) brf__nomem(ctx);
  return p;
}

void *brf__calloc(brf_context *ctx, size_t n, size_t size) {
  if (size != 0 && n > SIZE_MAX / size) {
    brf__nomem(ctx);
    return NULL;
  }
  void *p = brf__alloc(ctx, n * size);
  if (p != NULL) memset(p, 0, n * size == 0 ? 1 : n * size);
  return p;
}

void *brf__realloc(brf_context *ctx, void *p, size_t size) {
  if (ctx == NULL) return NULL;
  if (size == 0) size = 1;
  void *q = ctx->alloc.realloc(ctx->alloc.user, p, size);
  if (q == NULL) brf__nomem(ctx);
  return q;
}

void brf__free(brf_context *ctx, void *p) {
  if (ctx == NULL || p == NULL) return;
  ctx->alloc.free(ctx->alloc.user, p);
}

void brf_free(brf_context *ctx, void *ptr) {
  brf__free(ctx, ptr);
}

char *brf__strndup(brf_context *ctx, const char *s, size_t len) {
  if (len == SIZE_MAX) {
    brf__nomem(ctx);
    return NULL;
  }
  char *p = brf__alloc(ctx, len + 1);
  if (p == NULL) return NULL;
  if (len > 0) memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *brf__strdup(brf_context *ctx, const char *s) {
  return brf__strndup(ctx, s, strlen(s));
}

brf_status brf__grow(brf_context *ctx, void **items, size_t *cap, size_t need,
                     size_t elem_size) {
  if (need <= *cap) return BRF_OK;
  size_t new_cap = *cap < 8 ? 8 : *cap;
  while (new_cap < need) {
    if (new_cap > SIZE_MAX / 2) return brf__nomem(ctx);
    new_cap *= 2;
  }
  if (elem_size != 0 && new_cap > SIZE_MAX / elem_size) return brf__nomem(ctx);
  void *p = brf__realloc(ctx, *items, new_cap * elem_size);
  if (p == NULL) return BRF_E_NOMEM;
  *items = p;
  *cap = new_cap;
  return BRF_OK;
}
