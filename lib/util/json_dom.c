/* Read access to the parsed DOM: kinds, strings, numbers, arrays, objects,
 * positions, and the duplicate-key check codecs need. */
#include <stdlib.h>
#include <string.h>

#include "util/json_private.h"

const brf__json *brf__json_root(const brf__json_doc *doc) {
  return doc != NULL ? &doc->root : NULL;
}

void brf__json_doc_position(const brf__json_doc *doc, size_t offset, size_t *line,
                            size_t *column) {
  size_t ln = 1, start = 0;
  if (doc != NULL) {
    if (offset > doc->len) offset = doc->len;
    const char *p = doc->text, *stop = doc->text + offset, *nl;
    while (p < stop && (nl = memchr(p, '\n', (size_t)(stop - p))) != NULL) {
      ln++;
      p = nl + 1;
    }
    start = (size_t)(p - doc->text);
  }
  if (line != NULL) *line = ln;
  if (column != NULL) *column = offset - start + 1;
}

int brf__json_kind(const brf__json *n) {
  return n != NULL ? n->kind : -1;
}

const char *brf__json_kind_name(int kind) {
  switch (kind) {
  case BRF__JSON_NULL: return "null";
  case BRF__JSON_FALSE:
  case BRF__JSON_TRUE: return "a boolean";
  case BRF__JSON_NUMBER: return "a number";
  case BRF__JSON_STRING: return "a string";
  case BRF__JSON_ARRAY: return "an array";
  case BRF__JSON_OBJECT: return "an object";
  default: return "nothing";
  }
}

size_t brf__json_offset(const brf__json *n) {
  return n != NULL ? n->offset : 0;
}

const char *brf__json_str(const brf__json *n, size_t *len) {
  int ok = n != NULL && n->kind == BRF__JSON_STRING;
  if (len != NULL) *len = ok ? n->len : 0;
  return ok ? n->ptr : NULL;
}

const char *brf__json_number(const brf__json *n, size_t *len) {
  int ok = n != NULL && n->kind == BRF__JSON_NUMBER;
  if (len != NULL) *len = ok ? n->len : 0;
  return ok ? n->ptr : NULL;
}

brf_status brf__json_int64(const brf__json *n, int64_t *v) {
  if (n == NULL || v == NULL || n->kind != BRF__JSON_NUMBER) return BRF_E_INVALID;
  if (!n->is_int) return BRF_E_RANGE;
  const char *s = n->ptr;
  size_t len = n->len;
  int neg = s[0] == '-';
  int overflow = 0;
  int64_t mag = 0;
  brf__parse_u64(s + neg, len - (size_t)neg, &mag, &overflow);
  if (overflow) {
    /* The one magnitude that only fits negated. */
    if (neg && len == 20 && memcmp(s + 1, "9223372036854775808", 19) == 0) {
      *v = INT64_MIN;
      return BRF_OK;
    }
    return BRF_E_RANGE;
  }
  *v = neg ? -mag : mag;
  return BRF_OK;
}

size_t brf__json_count(const brf__json *n) {
  if (n == NULL || (n->kind != BRF__JSON_ARRAY && n->kind != BRF__JSON_OBJECT)) return 0;
  return n->len;
}

const brf__json *brf__json_at(const brf__json *array, size_t i) {
  if (array == NULL || array->kind != BRF__JSON_ARRAY || i >= array->len) return NULL;
  return (const brf__json *)array->ptr + i;
}

const brf__json *brf__json_member_key(const brf__json *obj, size_t i) {
  if (obj == NULL || obj->kind != BRF__JSON_OBJECT || i >= obj->len) return NULL;
  return (const brf__json *)obj->ptr + 2 * i;
}

const brf__json *brf__json_member(const brf__json *obj, size_t i, const char **key,
                                  size_t *key_len) {
  const brf__json *k = brf__json_member_key(obj, i);
  if (key != NULL) *key = k != NULL ? k->ptr : NULL;
  if (key_len != NULL) *key_len = k != NULL ? k->len : 0;
  return k != NULL ? k + 1 : NULL;
}

const brf__json *brf__json_getn(const brf__json *obj, const char *key, size_t key_len) {
  if (obj == NULL || obj->kind != BRF__JSON_OBJECT || key == NULL) return NULL;
  const brf__json *m = obj->ptr;
  /* The first byte before memcmp: most keys of the same length differ
   * there, and a call per member was a tenth of a journal's load. */
  for (size_t i = 0; i < obj->len; i++, m += 2)
    if (m->len == key_len && (key_len == 0 || *(const char *)m->ptr == key[0]) &&
        memcmp(m->ptr, key, key_len) == 0)
      return m + 1;
  return NULL;
}

const brf__json *brf__json_get(const brf__json *obj, const char *key) {
  return key != NULL ? brf__json_getn(obj, key, strlen(key)) : NULL;
}

static int same_key(const brf__json *a, const brf__json *b) {
  return a->len == b->len && memcmp(a->ptr, b->ptr, a->len) == 0;
}

/* Order key nodes by bytes, then by position, so equal keys are adjacent
 * with their first occurrence first. */
static int compare_keys(const void *pa, const void *pb) {
  const brf__json *a = *(const brf__json *const *)pa, *b = *(const brf__json *const *)pb;
  size_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->ptr, b->ptr, n);
  if (c != 0) return c;
  if (a->len != b->len) return a->len < b->len ? -1 : 1;
  return a->offset < b->offset ? -1 : a->offset > b->offset;
}

#define SMALL_OBJECT 16
#define MID_OBJECT 127 /* at most half the slots used, indices + 1 fit a byte */
#define MID_SLOTS 256

/* A cheap hash of a key: its length and three of its bytes. */
static size_t key_hash(const brf__json *k) {
  const unsigned char *p = (const unsigned char *)k->ptr;
  size_t len = k->len, h = len * 31u;
  if (len > 0) h += p[0] * 7u + p[len - 1] * 131u + p[len / 2] * 17u;
  return h & (MID_SLOTS - 1);
}

brf_status brf__json_find_duplicate(brf_context *ctx, const brf__json *obj, size_t *index) {
  if (index == NULL) return brf__error(ctx, BRF_E_INVALID, "brf__json_find_duplicate: NULL");
  *index = SIZE_MAX;
  size_t n = brf__json_count(obj);
  if (obj == NULL || obj->kind != BRF__JSON_OBJECT) return BRF_OK;
  const brf__json *m = obj->ptr;
  if (n <= SMALL_OBJECT) {
    for (size_t i = 1; i < n; i++)
      for (size_t j = 0; j < i; j++)
        if (same_key(&m[2 * i], &m[2 * j])) {
          *index = i;
          return BRF_OK;
        }
    return BRF_OK;
  }
  if (n <= MID_OBJECT) {
    /* An exercise of the catalog format has 20 to 30 keys: a table on the
     * stack, filled in order, finds the earliest repeat in one pass with no
     * allocation (the sort below cost a third of a catalog's load). */
    unsigned char slot[MID_SLOTS] = {0}; /* member index + 1; 0: free */
    for (size_t i = 0; i < n; i++) {
      size_t h = key_hash(&m[2 * i]);
      for (;; h = (h + 1) & (MID_SLOTS - 1)) {
        if (slot[h] == 0) {
          slot[h] = (unsigned char)(i + 1);
          break;
        }
        if (same_key(&m[2 * i], &m[2 * (slot[h] - 1)])) {
          *index = i;
          return BRF_OK;
        }
      }
    }
    return BRF_OK;
  }
  /* Large objects: sort pointers to the keys; every key equal to its
   * predecessor is a repeat, and the earliest repeat is the answer. */
  const brf__json **keys = brf__calloc(ctx, n, sizeof *keys);
  if (keys == NULL) return BRF_E_NOMEM;
  for (size_t i = 0; i < n; i++) keys[i] = &m[2 * i];
  qsort(keys, n, sizeof *keys, compare_keys);
  const brf__json *first = NULL;
  for (size_t i = 1; i < n; i++)
    if (same_key(keys[i], keys[i - 1]) && (first == NULL || keys[i]->offset < first->offset))
      first = keys[i];
  brf__free(ctx, keys);
  if (first != NULL) *index = (size_t)(first - m) / 2;
  return BRF_OK;
}
