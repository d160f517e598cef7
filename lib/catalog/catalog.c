/* The catalog: an ordered list of exercise pointers plus an id index.
 *
 * The built-in catalog starts as a view of the static tables (no allocation
 * but the handle) and is looked up by binary search over a generated sorted
 * index. The first change copies the pointers to the heap and builds an
 * open-addressing hash of ids and a query key per exercise (one block holds
 * the keys and then the item pointers), which every later change keeps
 * current before it commits, so readers never write them (a reader writes
 * only to build an exercise read from an image, and a freeze builds them
 * all first: a frozen catalog is safe to share).
 *
 * Lifetimes (docs/conventions.md, "Borrowed pointers and what invalidates
 * them"): an exercise is never freed before its catalog. A replaced one
 * (brf_catalog_set_default_dose) moves to the retired list, so a pointer an
 * app or a query kept reads the exercise as it was. Every change bumps the
 * generation, which queries compare to know they must run again. Exercises
 * the catalog packs itself live in its arena (lib/util/arena.c):
 * a few large blocks, not one allocation per exercise. Exercises read from
 * a catalog image are listed without being built and built on first read
 * (catalog_private.h, "Exercises built on first use"): heap_items[k] is
 * NULL until then, and a freeze builds the rest. */
#include <string.h>

#include "backrelief/json.h"
#include "catalog/catalog_codec.h"
#include "catalog/catalog_private.h"
#include "internal/catalog.h"
#include "util/core.h"

struct brf_catalog {
  brf_context *ctx;
  const brf_exercise *const *items; /* static table, or == heap_items */
  const brf_exercise **heap_items;  /* NULL while a view of static data */
  brf__exercise_key *keys;          /* cap keys, then heap_items: one block */
  size_t count;
  size_t cap;
  size_t *slots; /* hash slots: index + 1, 0 = empty; NULL while static */
  size_t slot_cap;
  /* The exercises the catalog packed itself (add, the readers), freed with it. */
  brf__arena arena;
  /* Replaced exercises that the catalog owns, freed with it. */
  const brf_exercise **retired;
  size_t retired_count, retired_cap;
  /* Bumped by every change to the list or to an exercise (never by reads). */
  uint64_t generation;
  int frozen;
#if BRF_WITH_CATALOG_IMAGE
  /* Exercises not built yet (catalog_private.h, "Exercises built on first
   * use"): heap_items[k] is NULL and lazy[k] says where to build it from. */
  brf__lazy_ref *lazy; /* lazy_cap entries, NULL until the first */
  size_t lazy_cap;
  size_t unbuilt;
#endif
};

#if BRF_WITH_CATALOG_IMAGE
/* Build exercise k, listed but not built (the catalog is not frozen: the
 * caller's thread owns it, so a reader may fill it in). */
static const brf_exercise *build(const brf_catalog *cat, size_t k) {
  brf_catalog *c = (brf_catalog *)(uintptr_t)cat; /* a heap object: never const */
  const brf__lazy_ref *r = &c->lazy[k];
  const brf_exercise *ex = r->src->build(r->src, r->rec);
  c->heap_items[k] = ex;
  c->unbuilt--;
  return ex;
}
/* Exercise k, built if it is not yet; its id without building it. */
#define ITEM(cat, k) ((cat)->items[k] != NULL ? (cat)->items[k] : build(cat, k))
#define ITEM_ID(cat, k) ((cat)->items[k] != NULL ? (cat)->items[k]->id : (cat)->lazy[k].id)
#else /* every exercise is built when it goes in (a watch pays nothing) */
#define ITEM(cat, k) ((cat)->items[k])
#define ITEM_ID(cat, k) ((cat)->items[k]->id)
#endif

static uint64_t hash_id(const char *s) {
  uint64_t h = BRF__ID_HASH_SEED; /* FNV-1a */
  for (; *s; s++) h = BRF__ID_HASH_STEP(h, *s);
  return h;
}

static void slot_insert_h(size_t *slots, size_t slot_cap, uint64_t h, size_t index) {
  size_t mask = slot_cap - 1;
  size_t i = (size_t)h & mask;
  while (slots[i] != 0) i = (i + 1) & mask;
  slots[i] = index + 1;
}

static void slot_insert(size_t *slots, size_t slot_cap, const char *id, size_t index) {
  slot_insert_h(slots, slot_cap, hash_id(id), index);
}

/* The index of id (whose hash_id is h), or -1. */
static long find_index_h(const brf_catalog *cat, const char *id, uint64_t h) {
  if (cat->slots != NULL) {
    size_t mask = cat->slot_cap - 1;
    for (size_t i = (size_t)h & mask; cat->slots[i] != 0; i = (i + 1) & mask) {
      size_t k = cat->slots[i] - 1;
      if (strcmp(ITEM_ID(cat, k), id) == 0) return (long)k;
    }
    return -1;
  }
#if BRF_WITH_BUILTIN_CATALOG
  if (cat->count > 0) { /* a pristine built-in view: binary search */
    size_t lo = 0, hi = cat->count;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      size_t k = brf__builtin_by_id[mid];
      int c = strcmp(cat->items[k]->id, id);
      if (c == 0) return (long)k;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
  }
#endif
  return -1;
}

static long find_index(const brf_catalog *cat, const char *id) {
  return find_index_h(cat, id, cat->slots != NULL ? hash_id(id) : 0);
}

int brf__builtin_has_id(const char *id) {
#if BRF_WITH_BUILTIN_CATALOG
  size_t lo = 0, hi = brf__builtin_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(brf__builtin_exercises[brf__builtin_by_id[mid]]->id, id);
    if (c == 0) return 1;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
#else
  (void)id;
#endif
  return 0;
}

brf_status brf__catalog_check_json_args(brf_context *ctx, const char *fn, const char *text,
                                        size_t len, uint32_t flags, brf_catalog **out) {
  if (out) *out = NULL;
  if (ctx == NULL || out == NULL || (text == NULL && len > 0))
    return brf__error(ctx, BRF_E_INVALID, "%s: NULL argument", fn);
  if ((flags & ~(uint32_t)BRF_JSON_PRETTY) != 0)
    return brf__error(ctx, BRF_E_INVALID, "%s: unknown flags %u", fn, (unsigned)flags);
  return BRF_OK;
}

static brf_status catalog_new(brf_context *ctx, brf_catalog **out) {
  brf_catalog *cat;
  BRF__NEW_OBJECT(cat, ctx, out, 1, "catalog");
  *out = cat;
  return BRF_OK;
}

brf_status brf_catalog_new_empty(brf_context *ctx, brf_catalog **out) {
  brf__enter(ctx);
  return catalog_new(ctx, out);
}

brf_status brf_catalog_new_builtin(brf_context *ctx, brf_catalog **out) {
  brf__enter(ctx);
#if BRF_WITH_BUILTIN_CATALOG
  brf_status s = catalog_new(ctx, out);
  if (s != BRF_OK) return s;
  (*out)->items = brf__builtin_exercises_for(ctx); /* in the context's language */
  (*out)->count = brf__builtin_count;
  (*out)->cap = brf__builtin_count;
  return BRF_OK;
#else
  if (out) *out = NULL;
  if (ctx == NULL || out == NULL) return brf__error(ctx, BRF_E_INVALID, "catalog: NULL argument");
  return brf__error(ctx, BRF_E_UNSUPPORTED,
                    "the built-in catalog was not compiled in (BRF_WITH_BUILTIN_CATALOG=OFF)");
#endif
}

void brf_catalog_free(brf_catalog *cat) {
  brf_context *ctx;
  if (cat == NULL) return;
  ctx = cat->ctx;
  for (size_t i = 0; i < cat->count; i++) { /* NULL: not built (in the arena) */
    if (cat->items[i] != NULL && cat->items[i]->owned == BRF__OWNED_HEAP)
      brf__free(ctx, (void *)(uintptr_t)cat->items[i]);
  }
  for (size_t i = 0; i < cat->retired_count; i++) {
    if (cat->retired[i]->owned == BRF__OWNED_HEAP)
      brf__free(ctx, (void *)(uintptr_t)cat->retired[i]);
  }
  brf__arena_free(ctx, &cat->arena);
  brf__free(ctx, cat->retired);
  brf__free(ctx, cat->keys);
  brf__free(ctx, cat->slots);
#if BRF_WITH_CATALOG_IMAGE
  brf__free(ctx, cat->lazy);
#endif
  brf__free(ctx, cat);
  brf__ctx_release(ctx);
}

brf_context *brf__catalog_context(const brf_catalog *cat) { return cat->ctx; }

const brf__exercise_key *brf__catalog_keys(const brf_catalog *cat) { return cat->keys; }

uint64_t brf__catalog_generation(const brf_catalog *cat) { return cat->generation; }

size_t brf_catalog_count(const brf_catalog *cat) { return cat ? cat->count : 0; }

int32_t brf__catalog_modality_at(const brf_catalog *cat, size_t i) {
  return cat->keys != NULL ? cat->keys[i].modality : cat->items[i]->modality;
}

const brf_exercise *brf_catalog_at(const brf_catalog *cat, size_t index) {
  return cat && index < cat->count ? ITEM(cat, index) : NULL;
}

const brf_exercise *brf_catalog_find(const brf_catalog *cat, const char *id) {
  long k;
  if (cat == NULL || id == NULL) return NULL;
  k = find_index(cat, id);
  return k < 0 ? NULL : ITEM(cat, (size_t)k);
}

brf_status brf_catalog_freeze(brf_catalog *cat) {
  BRF__ENTER_OBJ(cat);
  if (cat == NULL) return brf__error(NULL, BRF_E_INVALID, "catalog: NULL catalog");
#if BRF_WITH_CATALOG_IMAGE /* readers of a frozen catalog never write it */
  for (size_t k = 0; k < cat->count && cat->unbuilt > 0; k++) (void)ITEM(cat, k);
#endif
  cat->frozen = 1;
  return BRF_OK;
}

int32_t brf_catalog_is_frozen(const brf_catalog *cat) { return cat && cat->frozen ? 1 : 0; }

static brf_status check_mutable(brf_catalog *cat) {
  if (cat->frozen)
    return brf__error(cat->ctx, BRF_E_STATE, "catalog is frozen: it can no longer be changed");
  return BRF_OK;
}

/* Make room for `extra` more exercises: a heap block of keys and item
 * pointers, and a hash with a load of at most one half. Either everything
 * is in place or nothing changed (new arrays are built aside and swapped in
 * at the end). */
static brf_status reserve(brf_catalog *cat, size_t extra) {
  size_t need = cat->count + extra;
  brf__exercise_key *keys = NULL;
  const brf_exercise **items = NULL;
  size_t *slots = NULL;
  size_t cap = cat->cap, slot_cap = cat->slot_cap;
  if (need < cat->count) return brf__nomem(cat->ctx);
  if (cat->heap_items == NULL || need > cat->cap) {
    cap = cat->cap < 8 ? 8 : cat->cap;
    while (cap < need) cap *= 2;
    keys = brf__calloc(cat->ctx, cap, sizeof *keys + sizeof *items);
    if (keys == NULL) return BRF_E_NOMEM;
    items = (const brf_exercise **)(void *)(keys + cap);
  }
  if (cat->slots == NULL || need * 2 > cat->slot_cap) {
    slot_cap = 16;
    while (slot_cap < need * 2) slot_cap *= 2;
    slots = brf__calloc(cat->ctx, slot_cap, sizeof *slots);
    if (slots == NULL) {
      brf__free(cat->ctx, keys);
      return BRF_E_NOMEM;
    }
    for (size_t i = 0; i < cat->count; i++) slot_insert(slots, slot_cap, ITEM_ID(cat, i), i);
  }
  if (items != NULL) {
    if (cat->count) memcpy(items, cat->items, cat->count * sizeof *items);
    if (cat->keys != NULL) memcpy(keys, cat->keys, cat->count * sizeof *keys);
    else {
      for (size_t i = 0; i < cat->count; i++) brf__exercise_key_of(items[i], &keys[i]);
    }
    brf__free(cat->ctx, cat->keys);
    cat->keys = keys;
    cat->heap_items = items;
    cat->items = items;
    cat->cap = cap;
  }
  if (slots != NULL) {
    brf__free(cat->ctx, cat->slots);
    cat->slots = slots;
    cat->slot_cap = slot_cap;
  }
  return BRF_OK;
}

brf_status brf__catalog_reserve(brf_catalog *cat, size_t n) {
  return reserve(cat, n) == BRF_OK ? BRF_OK : brf__nomem(cat->ctx);
}

#if BRF_WITH_CATALOG_IMAGE
brf_status brf__catalog_reserve_lazy(brf_catalog *cat, size_t n) {
  /* The lazy table first, aside: if reserve() fails, it is freed and the
   * catalog holds what it held. */
  brf__lazy_ref *lazy = NULL;
  size_t need = cat->count + n, cap = cat->lazy_cap;
  if (need < cat->count) return brf__nomem(cat->ctx);
  if (need > cap) {
    cap = cap * 2 > need ? cap * 2 : need;
    /* not zeroed: an entry is written when its exercise is listed */
    if (cap > SIZE_MAX / sizeof *lazy ||
        (lazy = brf__alloc(cat->ctx, cap * sizeof *lazy)) == NULL)
      return brf__nomem(cat->ctx);
  }
  if (reserve(cat, n) != BRF_OK) {
    brf__free(cat->ctx, lazy);
    return brf__nomem(cat->ctx);
  }
  if (lazy != NULL) {
    if (cat->lazy != NULL) memcpy(lazy, cat->lazy, cat->lazy_cap * sizeof *lazy);
    brf__free(cat->ctx, cat->lazy);
    cat->lazy = lazy;
    cat->lazy_cap = cap;
  }
  return BRF_OK;
}

void brf__catalog_append_lazy(brf_catalog *cat, const brf__exercise_key *key,
                              const brf__lazy_ref *ref, uint64_t hash) {
  cat->heap_items[cat->count] = NULL;
  cat->keys[cat->count] = *key;
  cat->lazy[cat->count] = *ref;
  slot_insert_h(cat->slots, cat->slot_cap, hash, cat->count);
  cat->count++;
  cat->unbuilt++;
}

long brf__catalog_find_index(const brf_catalog *cat, const char *id, uint64_t hash) {
  return find_index_h(cat, id, hash);
}

void brf__catalog_arena_undo(brf_catalog *cat, const brf__arena_mark *mark) {
  brf__arena_undo(cat->ctx, &cat->arena, mark);
}

uint64_t brf__catalog_id_hash(const char *id) { return hash_id(id); }

void brf__catalog_changed(brf_catalog *cat) { cat->generation++; }
#endif

size_t brf__catalog_unbuilt(const brf_catalog *cat) {
#if BRF_WITH_CATALOG_IMAGE
  return cat->unbuilt;
#else
  (void)cat;
  return 0;
#endif
}

/* Append after reserve(): cannot fail. */
static void append(brf_catalog *cat, const brf_exercise *ex) {
  cat->heap_items[cat->count] = ex;
  brf__exercise_key_of(ex, &cat->keys[cat->count]);
  slot_insert(cat->slots, cat->slot_cap, ex->id, cat->count);
  cat->count++;
}

void *brf__catalog_arena_take(brf_catalog *cat, size_t size, brf__arena_mark *mark) {
  return brf__arena_take(cat->ctx, &cat->arena, size, mark);
}

brf_status brf__catalog_add_packed(brf_catalog *cat, const brf_exercise *ex,
                                   const brf__arena_mark *mark) {
  brf_status s = reserve(cat, 1);
  if (s != BRF_OK) {
    brf__arena_undo(cat->ctx, &cat->arena, mark);
    return s;
  }
  append(cat, ex);
  cat->generation++;
  return BRF_OK;
}

/* Copy a complete, validated exercise into the catalog (its arena). */
brf_status brf__catalog_add_exercise(brf_catalog *cat, const brf_exercise *ex) {
  brf__arena_mark mark;
  void *block;
  if (find_index(cat, ex->id) >= 0)
    return brf__error(cat->ctx, BRF_E_INVALID, "duplicate exercise id '%s'", ex->id);
  block = brf__arena_take(cat->ctx, &cat->arena, brf__exercise_pack_size(ex, NULL), &mark);
  if (block == NULL) return BRF_E_NOMEM;
  return brf__catalog_add_packed(
      cat, brf__exercise_pack_into(block, ex, NULL, BRF__OWNED_ARENA), &mark);
}

brf_status brf__catalog_absorb(brf_catalog *dst, brf_catalog *src) {
  size_t n = 0;
  if (reserve(dst, src->count) != BRF_OK) {
    brf_catalog_free(src);
    return brf__nomem(dst->ctx);
  }
  brf__arena_splice(&dst->arena, &src->arena);
  for (size_t i = 0; i < src->count; i++) {
    if (find_index(dst, ITEM_ID(src, i)) >= 0) continue; /* the one in dst wins */
    append(dst, ITEM(src, i)); /* built (if it is not) in the arena dst now has */
    n++;
  }
  if (n > 0) dst->generation++;
  brf_catalog_free(src); /* its arrays; its exercises now live in dst's arena */
  return BRF_OK;
}

brf_status brf_catalog_set_default_dose(brf_catalog *cat, const char *id, const char *notation) {
  BRF__ENTER_OBJ(cat);
  long k;
  brf_exercise *copy;
  const brf_exercise *old;
  char *canon;
  int64_t lo, hi;
  brf_status s;
  if (cat == NULL || id == NULL || notation == NULL)
    return brf__error(cat ? cat->ctx : NULL, BRF_E_INVALID, "set_default_dose: NULL argument");
  if ((s = check_mutable(cat)) != BRF_OK) return s;
  if (*notation == '\0' || !brf__utf8_valid(notation, strlen(notation), NULL))
    return brf__error(cat->ctx, BRF_E_INVALID, "default dose of '%s': empty or not UTF-8", id);
  k = find_index(cat, id);
  if (k < 0) return brf__error(cat->ctx, BRF_E_NOT_FOUND, "no exercise with id '%s'", id);
  old = ITEM(cat, (size_t)k);
  /* Stored canonical, with the session time of the new dose. */
  s = brf__catalog_dose(cat->ctx, notation, strlen(notation), old->modality, &canon, &lo, &hi);
  if (s != BRF_OK) return s;
  copy = brf__exercise_pack(cat->ctx, old, canon);
  brf__free(cat->ctx, canon);
  if (copy == NULL) return BRF_E_NOMEM;
  copy->estimate_min_ms = lo;
  copy->estimate_max_ms = hi;
  if ((s = reserve(cat, 0)) != BRF_OK) { /* a built-in view needs its own item array */
    brf__free(cat->ctx, copy);
    return s;
  }
  /* The replaced exercise lives on until the catalog is freed: pointers to
   * it may be kept (static built-in data needs no room, and one in the
   * arena stays there until the arena is freed with the catalog). */
  if (old->owned == BRF__OWNED_HEAP && cat->retired_count == cat->retired_cap &&
      (s = brf__grow(cat->ctx, (void **)&cat->retired, &cat->retired_cap,
                     cat->retired_count + 1, sizeof *cat->retired)) != BRF_OK) {
    brf__free(cat->ctx, copy);
    return s;
  }
  cat->heap_items[k] = copy; /* same id, so the hash slot stays right */
  brf__exercise_key_of(copy, &cat->keys[k]);
  if (old->owned == BRF__OWNED_HEAP) cat->retired[cat->retired_count++] = old;
  cat->generation++;
  return BRF_OK;
}

brf_status brf_catalog_merge(brf_catalog *dst, const brf_catalog *src) {
  BRF__ENTER_OBJ(dst);
  const brf_exercise **fresh;
  size_t n = 0;
  brf_status s;
  brf__arena_mark first = {NULL, 0};
  int taken = 0;
  if (dst == NULL || src == NULL)
    return brf__error(dst ? dst->ctx : NULL, BRF_E_INVALID, "merge: NULL catalog");
  if ((s = check_mutable(dst)) != BRF_OK) return s;
  if (dst == src || src->count == 0) return BRF_OK;
  fresh = brf__calloc(dst->ctx, src->count, sizeof *fresh);
  if (fresh == NULL) return BRF_E_NOMEM;
  /* Copy everything new aside first, into dst's arena (not a heap block
   * each: 873 allocations fewer for the CLI's imported exercises), so a
   * failure changes nothing: the arena is given back to before the first
   * copy. */
  for (size_t i = 0; i < src->count; i++) {
    const brf_exercise *ex;
    brf__arena_mark mark;
    void *block;
    if (find_index(dst, ITEM_ID(src, i)) >= 0) continue; /* not built for nothing */
    ex = ITEM(src, i);
    if (ex->owned) {
      block = brf__arena_take(dst->ctx, &dst->arena, brf__exercise_pack_size(ex, NULL), &mark);
      if (block == NULL) goto nomem;
      if (!taken) first = mark;
      taken = 1;
      ex = brf__exercise_pack_into(block, ex, NULL, BRF__OWNED_ARENA);
    }
    fresh[n++] = ex;
  }
  if (n > 0 && (s = reserve(dst, n)) != BRF_OK) goto nomem;
  for (size_t i = 0; i < n; i++) append(dst, fresh[i]);
  if (n > 0) dst->generation++;
  brf__free(dst->ctx, fresh);
  return BRF_OK;
nomem:
  if (taken) brf__arena_undo(dst->ctx, &dst->arena, &first);
  brf__free(dst->ctx, fresh);
  return brf__nomem(dst->ctx);
}
