/* Queries: combinable filters evaluated in catalog order.
 *
 * Results are kept as catalog indexes, never as exercise pointers: catalog
 * order only grows at the end and an index keeps naming the same exercise,
 * so brf_query_at() always reads the exercise the catalog lists now. A query
 * remembers the catalog's generation it ran at; when the catalog changed
 * since, brf_query_next() and brf_query_reset() run it again (the cursor of
 * brf_query_next() goes on after the last exercise it handed out). */
#include <string.h>

#include "catalog/catalog_private.h"
#include "util/core.h"

struct brf_query {
  brf_context *ctx;
  const brf_catalog *cat;
  int32_t region, region_scope, modality, max_level, laterality;
  int has_equipment;
  uint64_t equipment; /* bit per BRF_EQUIPMENT_* the user has */
  int64_t max_duration_ms;
  char *text;
  size_t text_len;
  size_t *results; /* catalog indexes, in catalog order */
  size_t count, cap, cursor;
  uint64_t generation; /* the catalog's generation at the last run */
  int ran;
};

_Static_assert(BRF_EQUIPMENT_COUNT <= 64, "the equipment set is a 64-bit mask");

brf_status brf_query_new(brf_context *ctx, const brf_catalog *cat, brf_query **out) {
  brf__enter(ctx);
  brf_query *q;
  if (out) *out = NULL;
  if (ctx == NULL || cat == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "query: NULL argument");
  q = brf__calloc(ctx, 1, sizeof *q);
  if (q == NULL) return BRF_E_NOMEM;
  q->ctx = ctx;
  q->cat = cat;
  q->region = q->modality = q->max_level = q->laterality = -1;
  q->max_duration_ms = -1;
  brf__ctx_retain(ctx);
  *out = q;
  return BRF_OK;
}

void brf_query_free(brf_query *q) {
  brf_context *ctx;
  if (q == NULL) return;
  ctx = q->ctx;
  brf__free(ctx, q->text);
  brf__free(ctx, q->results);
  brf__free(ctx, q);
  brf__ctx_release(ctx);
}

/* A filter changed: the old results no longer answer the query. */
static brf_status changed(brf_query *q) {
  q->ran = 0;
  q->count = 0;
  q->cursor = 0;
  return BRF_OK;
}

static brf_status check_code(brf_query *q, int32_t kind, int32_t v) {
  if (q == NULL) return brf__error(NULL, BRF_E_INVALID, "query: NULL query");
  if (v != -1 && brf_vocab_id(kind, v) == NULL)
    return brf__error(q->ctx, BRF_E_INVALID, "query: unknown %s code %d",
                      brf_vocab_kind_name(kind), (int)v);
  return BRF_OK;
}

brf_status brf_query_set_region(brf_query *q, int32_t region, int32_t scope) {
  BRF__ENTER_OBJ(q);
  brf_status s = check_code(q, BRF_VOCAB_REGION, region);
  if (s != BRF_OK) return s;
  if (scope != BRF_REGIONS_PRIMARY && scope != BRF_REGIONS_ANY)
    return brf__error(q->ctx, BRF_E_INVALID, "query: region scope %d is not primary or any",
                      (int)scope);
  q->region = region;
  q->region_scope = scope;
  return changed(q);
}

/* The filters that hold one code (-1: any) are set alike. */
static brf_status set_code(brf_query *q, int32_t kind, int32_t *field, int32_t v) {
  brf_status s = check_code(q, kind, v);
  if (s != BRF_OK) return s;
  *field = v;
  return changed(q);
}

brf_status brf_query_set_modality(brf_query *q, int32_t v) {
  BRF__ENTER_OBJ(q);
  return set_code(q, BRF_VOCAB_MODALITY, q ? &q->modality : NULL, v);
}

brf_status brf_query_set_max_level(brf_query *q, int32_t v) {
  BRF__ENTER_OBJ(q);
  return set_code(q, BRF_VOCAB_LEVEL, q ? &q->max_level : NULL, v);
}

brf_status brf_query_set_laterality(brf_query *q, int32_t v) {
  BRF__ENTER_OBJ(q);
  return set_code(q, BRF_VOCAB_LATERALITY, q ? &q->laterality : NULL, v);
}

brf_status brf_query_set_equipment(brf_query *q, const int32_t *equipment, size_t count) {
  BRF__ENTER_OBJ(q);
  uint64_t mask = (uint64_t)1 << BRF_EQUIPMENT_NONE;
  if (q == NULL || (equipment == NULL && count > 0))
    return brf__error(q ? q->ctx : NULL, BRF_E_INVALID, "query: NULL equipment");
  for (size_t i = 0; i < count; i++) {
    if (brf_vocab_id(BRF_VOCAB_EQUIPMENT, equipment[i]) == NULL)
      return brf__error(q->ctx, BRF_E_INVALID, "query: unknown equipment code %d",
                        (int)equipment[i]);
    mask |= (uint64_t)1 << equipment[i];
  }
  q->has_equipment = 1;
  q->equipment = mask;
  return changed(q);
}

brf_status brf_query_clear_equipment(brf_query *q) {
  BRF__ENTER_OBJ(q);
  if (q == NULL) return brf__error(NULL, BRF_E_INVALID, "query: NULL query");
  q->has_equipment = 0;
  return changed(q);
}

brf_status brf_query_set_max_duration_ms(brf_query *q, int64_t max_ms) {
  BRF__ENTER_OBJ(q);
  if (q == NULL) return brf__error(NULL, BRF_E_INVALID, "query: NULL query");
  if (max_ms < -1)
    return brf__error(q->ctx, BRF_E_INVALID, "query: longest duration %lld ms is negative",
                      (long long)max_ms);
  q->max_duration_ms = max_ms;
  return changed(q);
}

brf_status brf_query_set_text(brf_query *q, const char *text) {
  BRF__ENTER_OBJ(q);
  char *copy = NULL;
  size_t len = text ? strlen(text) : 0;
  if (q == NULL) return brf__error(NULL, BRF_E_INVALID, "query: NULL query");
  if (len > 0) {
    if (!brf__utf8_valid(text, len, NULL))
      return brf__error(q->ctx, BRF_E_INVALID, "query: search text is not valid UTF-8");
    copy = brf__strndup(q->ctx, text, len);
    if (copy == NULL) return BRF_E_NOMEM;
  }
  brf__free(q->ctx, q->text);
  q->text = copy;
  q->text_len = len;
  return changed(q);
}

static int text_in(const brf__strs *s, const char *t, size_t n) {
  for (size_t i = 0; i < s->count; i++) {
    if (brf__icontains(s->items[i], strlen(s->items[i]), t, n)) return 1;
  }
  return 0;
}

/* Every filter but the text, decided from the key of exercise i alone (but
 * for an estimate too long for the key, which is looked up in full). */
static int key_matches(const brf_query *q, const brf__exercise_key *k, size_t i) {
  if (q->region >= 0 &&
      !(((q->region_scope == BRF_REGIONS_ANY ? k->regions : k->primary) >> q->region) & 1u))
    return 0;
  if (q->modality >= 0 && k->modality != q->modality) return 0;
  if (q->max_level >= 0 && k->level > q->max_level) return 0;
  if (q->laterality >= 0 && k->laterality != q->laterality) return 0;
  if (q->has_equipment && (k->equipment & ~q->equipment) != 0) return 0;
  if (q->max_duration_ms >= 0) {
    int64_t lo, hi;
    if (k->max_ms == BRF__KEY_MS_UNKNOWN) return 0;
    if (k->max_ms != BRF__KEY_MS_SAT) return (int64_t)k->max_ms <= q->max_duration_ms;
    if (!brf__exercise_estimate(brf_catalog_at(q->cat, i), &lo, &hi) || hi > q->max_duration_ms)
      return 0;
  }
  return 1;
}

static int text_matches(const brf_query *q, const brf_exercise *ex) {
  return brf__icontains(ex->name, strlen(ex->name), q->text, q->text_len) ||
         text_in(&ex->aliases, q->text, q->text_len) ||
         text_in(&ex->instructions, q->text, q->text_len);
}

brf_status brf_query_run(brf_query *q) {
  BRF__ENTER_OBJ(q);
  const brf__exercise_key *keys;
  size_t n, k = 0;
  if (q == NULL) return brf__error(NULL, BRF_E_INVALID, "query: NULL query");
  changed(q);
  n = brf_catalog_count(q->cat);
  if (n > q->cap) {
    size_t *r = brf__calloc(q->ctx, n, sizeof *r);
    if (r == NULL) return BRF_E_NOMEM;
    brf__free(q->ctx, q->results);
    q->results = r;
    q->cap = n;
  }
  keys = brf__catalog_keys(q->cat);
  for (size_t i = 0; i < n; i++) {
    brf__exercise_key own;
    if (keys == NULL) brf__exercise_key_of(brf_catalog_at(q->cat, i), &own); /* built-in view */
    /* The exercise itself is read only for what its key cannot answer (so
     * one read from an image is not built for a query without text). */
    if (!key_matches(q, keys ? &keys[i] : &own, i)) continue;
    if (q->text != NULL && !text_matches(q, brf_catalog_at(q->cat, i))) continue;
    q->results[k++] = i;
  }
  q->count = k;
  q->generation = brf__catalog_generation(q->cat);
  q->ran = 1;
  return BRF_OK;
}

/* The catalog changed since the last run: the results may name exercises
 * that no longer match, or miss new ones. */
static int stale(const brf_query *q) {
  return q->ran && q->generation != brf__catalog_generation(q->cat);
}

brf_status brf_query_next(brf_query *q, const brf_exercise **out) {
  BRF__ENTER_OBJ(q);
  if (out) *out = NULL;
  if (q == NULL || out == NULL) return brf__error(q ? q->ctx : NULL, BRF_E_INVALID, "query: NULL argument");
  if (!q->ran) {
    brf_status s = brf_query_run(q);
    if (s != BRF_OK) return s;
  } else if (stale(q)) {
    /* Run again, and go on after the last exercise handed out: catalog
     * indexes are stable, so none is handed out twice or skipped. */
    size_t from = q->cursor > 0 ? q->results[q->cursor - 1] + 1 : 0;
    brf_status s = brf_query_run(q);
    if (s != BRF_OK) return s;
    while (q->cursor < q->count && q->results[q->cursor] < from) q->cursor++;
  }
  if (q->cursor >= q->count) return BRF_DONE;
  *out = brf_catalog_at(q->cat, q->results[q->cursor++]);
  return BRF_OK;
}

brf_status brf_query_reset(brf_query *q) {
  BRF__ENTER_OBJ(q);
  if (q == NULL) return brf__error(NULL, BRF_E_INVALID, "query: NULL query");
  if (stale(q)) return brf_query_run(q); /* rewinds too */
  q->cursor = 0;
  return BRF_OK;
}

size_t brf_query_count(const brf_query *q) { return q && q->ran ? q->count : 0; }

const brf_exercise *brf_query_at(const brf_query *q, size_t index) {
  return q && q->ran && index < q->count ? brf_catalog_at(q->cat, q->results[index]) : NULL;
}
