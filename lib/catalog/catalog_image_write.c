/* brf_catalog_to_image: a catalog as a catalog image (catalog_image.h,
 * docs/formats.md "Catalog image"). Three buffers are filled in one pass
 * over the exercises (records, list words, texts) and joined behind the
 * header. A text that is already in the pool is referred to, not written
 * again: 873 imported exercises share their source, many instructions and
 * summaries (969 KB of texts -> 769 KB), and every start-up that reads the
 * image maps and checks those bytes. */
#include <string.h>

#include "catalog/catalog_image.h"
#include "catalog/catalog_private.h"
#include "util/core.h"

typedef struct writer {
  brf_context *ctx;
  brf__buf rec, words, pool;
  uint32_t *seen; /* the pool's texts by hash: their offsets, 0 empty */
  size_t seen_cap, seen_count;
  brf_status seen_status;
} writer;

/* Double the table of texts (at least 1,024 slots), or BRF_E_NOMEM. */
static int grow_seen(writer *w) {
  size_t cap = w->seen_cap ? w->seen_cap * 2 : 1024;
  uint32_t *t = cap <= SIZE_MAX / sizeof *t ? brf__calloc(w->ctx, cap, sizeof *t) : NULL;
  if (t == NULL) {
    w->seen_status = BRF_E_NOMEM;
    return 0;
  }
  for (size_t k = 0; k < w->seen_cap; k++) {
    uint32_t at = w->seen[k];
    if (at == 0) continue;
    size_t i = (size_t)brf__catalog_id_hash(w->pool.data + at) & (cap - 1);
    while (t[i] != 0) i = (i + 1) & (cap - 1);
    t[i] = at;
  }
  brf__free(w->ctx, w->seen);
  w->seen = t;
  w->seen_cap = cap;
  return 1;
}

static void put32(brf__buf *b, uint32_t v) {
  char w[4] = {(char)(v & 0xFFu), (char)((v >> 8) & 0xFFu), (char)((v >> 16) & 0xFFu),
               (char)((v >> 24) & 0xFFu)};
  brf__buf_append(b, w, 4);
}

/* A text's reference: 0 for "", else its offset in the pool. An offset
 * past 4 GiB would not fit its word: the whole image is refused, with its
 * message, once the pool's size is known (brf_catalog_to_image). */
static uint32_t text(writer *w, const char *s) {
  size_t at = w->pool.len, n = strlen(s), i;
  if (n == 0 || w->pool.status != BRF_OK) return 0;
  if (w->seen_count * 2 >= w->seen_cap && !grow_seen(w)) return 0;
  for (i = (size_t)brf__catalog_id_hash(s) & (w->seen_cap - 1); w->seen[i] != 0;
       i = (i + 1) & (w->seen_cap - 1))
    if (strcmp(w->pool.data + w->seen[i], s) == 0) return w->seen[i]; /* written before */
  brf__buf_append(&w->pool, s, n + 1);
  if (w->pool.status == BRF_OK && at <= UINT32_MAX) { /* (past 4 GiB: refused below) */
    w->seen[i] = (uint32_t)at;
    w->seen_count++;
  }
  return (uint32_t)at;
}

/* The list's (first word, count) into the record; its elements follow. */
static void list(writer *w, size_t count) {
  put32(&w->rec, (uint32_t)(w->words.len / 4));
  put32(&w->rec, (uint32_t)count);
}

static void texts(writer *w, const brf__strs *s) {
  list(w, s->count);
  for (size_t i = 0; i < s->count; i++) put32(&w->words, text(w, s->items[i]));
}

static void codes(writer *w, const brf__codes *c) {
  list(w, c->count);
  for (size_t i = 0; i < c->count; i++) put32(&w->words, (uint32_t)c->items[i]);
}

static void links(writer *w, const brf__link *l, size_t n) {
  list(w, n);
  for (size_t i = 0; i < n; i++) {
    put32(&w->words, l[i].exercise != NULL ? text(w, l[i].exercise) : IMG_NONE);
    put32(&w->words, text(w, l[i].text));
  }
}

static void source(writer *w, const brf__source *s) {
  put32(&w->words, (uint32_t)s->kind);
  put32(&w->words, text(w, s->ref));
  put32(&w->words, text(w, s->note));
}

static void exercise(writer *w, const brf_exercise *e) {
  put32(&w->rec, text(w, e->id));
  put32(&w->rec, text(w, e->name));
  put32(&w->rec, text(w, e->summary));
  put32(&w->rec, text(w, e->default_dose));
  put32(&w->rec, text(w, e->dose_note));
  put32(&w->rec, (uint32_t)e->modality);
  put32(&w->rec, (uint32_t)e->level);
  put32(&w->rec, (uint32_t)e->laterality);
  put32(&w->rec, e->position >= 0 ? (uint32_t)e->position : IMG_NONE);
  /* The lists, in the order of catalog_image.h. */
  texts(w, &e->aliases);
  codes(w, &e->primary);
  codes(w, &e->secondary);
  codes(w, &e->equipment);
  texts(w, &e->instructions);
  texts(w, &e->cues);
  texts(w, &e->cautions);
  texts(w, &e->media);
  list(w, e->contra_count);
  for (size_t i = 0; i < e->contra_count; i++) {
    put32(&w->words, (uint32_t)e->contra[i].condition);
    put32(&w->words, (uint32_t)e->contra[i].action);
    put32(&w->words, text(w, e->contra[i].note));
  }
  list(w, e->alt_dose_count);
  for (size_t i = 0; i < e->alt_dose_count; i++) {
    put32(&w->words, text(w, e->alt_doses[i].dose));
    source(w, &e->alt_doses[i].source);
    put32(&w->words, text(w, e->alt_doses[i].note));
  }
  links(w, e->progressions, e->progression_count);
  links(w, e->regressions, e->regression_count);
  list(w, e->source_count);
  for (size_t i = 0; i < e->source_count; i++) source(w, &e->sources[i]);
}

static brf_status first_failure(const writer *w) {
  if (w->seen_status != BRF_OK) return w->seen_status;
  if (w->rec.status != BRF_OK) return w->rec.status;
  if (w->words.status != BRF_OK) return w->words.status;
  return w->pool.status;
}

brf_status brf_catalog_to_image(brf_context *ctx, const brf_catalog *cat, uint32_t flags,
                                char **out, size_t *out_len) {
  brf__enter(ctx);
  writer w;
  brf__buf img;
  brf_status s;
  size_t n, total;
  char *data = NULL;
  if (out != NULL) *out = NULL;
  if (ctx == NULL || cat == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "catalog_to_image: NULL argument");
  if (flags != 0)
    return brf__error(ctx, BRF_E_INVALID, "catalog_to_image: unknown flags %u", (unsigned)flags);
  n = brf_catalog_count(cat);
  if (n > UINT32_MAX) return brf__error(ctx, BRF_E_RANGE, "catalog_to_image: too many exercises");
  memset(&w, 0, sizeof w);
  w.ctx = ctx;
  brf__buf_init(&w.rec, ctx);
  brf__buf_init(&w.words, ctx);
  brf__buf_init(&w.pool, ctx);
  brf__buf_putc(&w.pool, '\0'); /* reference 0: "" */
  for (size_t i = 0; i < n && first_failure(&w) == BRF_OK; i++)
    exercise(&w, brf_catalog_at(cat, i));
  s = first_failure(&w);
  total = IMG_HEADER_BYTES + w.rec.len + w.words.len + w.pool.len;
  if (s == BRF_OK && (w.words.len / 4 > UINT32_MAX || w.pool.len > UINT32_MAX))
    s = brf__error(ctx, BRF_E_RANGE, "catalog_to_image: the catalog is too large for an image");
  else if (s == BRF_OK && brf__over_limit(ctx, BRF_LIMIT_OUTPUT_BYTES, total))
    s = brf__limit_error(ctx, BRF_LIMIT_OUTPUT_BYTES, "catalog_to_image");
  if (s == BRF_OK) {
    brf__buf_init(&img, ctx);
    brf__buf_append(&img, IMG_MAGIC, 8);
    put32(&img, IMG_VERSION);
    put32(&img, (uint32_t)n);
    put32(&img, (uint32_t)(w.words.len / 4));
    put32(&img, (uint32_t)w.pool.len);
    put32(&img, 0); /* reserved */
    if (w.rec.len) brf__buf_append(&img, w.rec.data, w.rec.len);
    if (w.words.len) brf__buf_append(&img, w.words.data, w.words.len);
    brf__buf_append(&img, w.pool.data, w.pool.len);
    s = brf__buf_take(&img, &data, &total);
  }
  brf__buf_free(&w.rec);
  brf__buf_free(&w.words);
  brf__buf_free(&w.pool);
  brf__free(ctx, w.seen);
  if (s == BRF_E_NOMEM) return brf__nomem(ctx);
  if (s != BRF_OK) return s;
  *out = data;
  if (out_len != NULL) *out_len = total;
  return BRF_OK;
}
