/* Internal model of the exercise catalog, shared by the catalog module's
 * files and the generated built-in data (lib/catalog/catalog_builtin_data.c).
 *
 * One struct describes every exercise: the built-in ones are static const
 * data (owned == 0), custom ones are packed into one heap block each
 * (owned == BRF__OWNED_HEAP, freed with one brf__free: the copies of
 * brf_catalog_set_default_dose) or into the catalog's
 * arena (owned == BRF__OWNED_ARENA, freed with the arena: brf_catalog_add, brf_catalog_merge,
 * the catalog format's reader, the import), so a catalog can mix them and
 * hand out stable pointers either way. */
#ifndef BRF_CATALOG_PRIVATE_H
#define BRF_CATALOG_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/catalog.h"
#include "util/arena.h"

typedef struct brf__strs {
  const char *const *items;
  size_t count;
} brf__strs;

typedef struct brf__codes {
  const int32_t *items;
  size_t count;
} brf__codes;

typedef struct brf__contra {
  int32_t condition; /* BRF_CONDITION_* */
  int32_t action;    /* BRF_ACTION_* */
  const char *note;  /* never NULL ("" when none) */
} brf__contra;

typedef struct brf__source {
  int32_t kind;     /* BRF_SOURCE_* */
  const char *ref;  /* seed file name, guideline name or citation */
  const char *note; /* never NULL */
} brf__source;

typedef struct brf__alt_dose {
  const char *dose; /* dose notation */
  brf__source source;
  const char *note; /* never NULL */
} brf__alt_dose;

typedef struct brf__link {
  const char *exercise; /* id of a catalog exercise, or NULL for a named variation */
  const char *text;     /* the variation's description or a note; never NULL */
} brf__link;

struct brf_exercise {
  const char *id;
  const char *name;
  const char *summary;      /* never NULL */
  const char *default_dose; /* never NULL ("" when none) */
  const char *dose_note;    /* never NULL */
  int32_t modality;
  int32_t level;
  int32_t laterality;
  int32_t position; /* -1 when not given */
  uint32_t owned;   /* 0 static, BRF__OWNED_HEAP or BRF__OWNED_ARENA */
  /* Session time of the default dose (TIMING.md formula), -1 when unknown. */
  int64_t estimate_min_ms;
  int64_t estimate_max_ms;
  brf__strs aliases;
  brf__codes primary;
  brf__codes secondary;
  brf__codes equipment;
  brf__strs instructions;
  brf__strs cues;
  brf__strs cautions;
  const brf__contra *contra;
  size_t contra_count;
  const brf__alt_dose *alt_doses;
  size_t alt_dose_count;
  const brf__link *progressions;
  size_t progression_count;
  const brf__link *regressions;
  size_t regression_count;
  const brf__source *sources;
  size_t source_count;
  brf__strs media;
};

#define BRF__OWNED_HEAP 1u  /* one heap block of its own */
#define BRF__OWNED_ARENA 2u /* in its catalog's arena */

/* The catalog's exercises live in its arena (util/arena.h), freed together
 * with the catalog. */

/* The generated built-in catalog (only with BRF_WITH_BUILTIN_CATALOG). */
extern const brf_exercise *const brf__builtin_exercises[];
extern const size_t brf__builtin_count;
/* Indexes into brf__builtin_exercises sorted by id (strcmp order). */
extern const uint16_t brf__builtin_by_id[];

/* The built-in catalog in another language (tools/gen_i18n.py,
 * lib/catalog/catalog_i18n_data.c, only with BRF_WITH_TRANSLATIONS): the
 * same exercises in the same order as brf__builtin_exercises, their texts
 * translated. */
typedef struct brf__builtin_language {
  const char *tag; /* one of brf__lang_tags */
  const brf_exercise *const *exercises;
  size_t count; /* brf__builtin_count unless the file is out of date */
} brf__builtin_language;
extern const brf__builtin_language brf__builtin_languages[];
extern const size_t brf__builtin_language_count;

/* The built-in exercises in the language of ctx's locale (English when it
 * has no translation or the build has none); lib/catalog/catalog_i18n.c. */
#if BRF_WITH_TRANSLATIONS
const brf_exercise *const *brf__builtin_exercises_for(const brf_context *ctx);
#else /* English only: no code at all (a watch build pays nothing) */
#define brf__builtin_exercises_for(ctx) ((void)(ctx), brf__builtin_exercises)
#endif

/* 1 when a built-in exercise has this id (always 0 without the built-in
 * catalog). */
int brf__builtin_has_id(const char *id);

/* Deep-copy ex into one heap block (owned = BRF__OWNED_HEAP). When dose is
 * not NULL it replaces the default dose and the estimate becomes unknown.
 * NULL and BRF_E_NOMEM in the context on failure. */
brf_exercise *brf__exercise_pack(brf_context *ctx, const brf_exercise *ex, const char *dose);
/* The same in two steps: the bytes the copy needs, then the copy into a
 * block of that size (aligned for any type), marked `owned`. */
size_t brf__exercise_pack_size(const brf_exercise *ex, const char *dose);
brf_exercise *brf__exercise_pack_into(void *block, const brf_exercise *ex, const char *dose,
                                      uint32_t owned);

/* The time estimate of the default dose: 1 when known. */
int brf__exercise_estimate(const brf_exercise *ex, int64_t *min_ms, int64_t *max_ms);

/* Copy a complete, validated exercise into the catalog (BRF_E_INVALID on a
 * duplicate id, naming it). Used by brf_catalog_add and the JSON codec. */
brf_status brf__catalog_add_exercise(brf_catalog *cat, const brf_exercise *ex);

/* For a caller that packs an exercise itself (the import, which knows every
 * length): size bytes of the catalog's arena, or NULL with BRF_E_NOMEM. The
 * caller fills them with an exercise (owned = BRF__OWNED_ARENA) and hands it
 * to brf__catalog_add_packed with the same mark. */
void *brf__catalog_arena_take(brf_catalog *cat, size_t size, brf__arena_mark *mark);
/* Append an exercise packed in the catalog's arena (see above) whose id the
 * caller has found new (brf_catalog_find); on failure (BRF_E_NOMEM) its
 * bytes are given back and the catalog is as it was. */
brf_status brf__catalog_add_packed(brf_catalog *cat, const brf_exercise *ex,
                                   const brf__arena_mark *mark);


/* Move the exercises of src, a catalog a reader has just made (every
 * exercise in its arena, none frozen or retired, the same context as dst),
 * that dst does not have to the end of dst, with src's arena; src is freed
 * in every case. On failure (BRF_E_NOMEM) dst is unchanged. The exercises
 * skipped for a conflict stay in dst's arena until dst is freed. */
brf_status brf__catalog_absorb(brf_catalog *dst, brf_catalog *src);

/* What a query filters on, packed so that a scan over 100 000 exercises
 * reads 2.4 MB in order instead of chasing a pointer per exercise. A
 * catalog keeps one key per exercise once it owns its item array (the
 * pristine built-in view keeps none: it is small). */
typedef struct brf__exercise_key {
  uint64_t equipment; /* bit per BRF_EQUIPMENT_* the exercise needs */
  uint32_t primary;   /* bit per primary BRF_REGION_* */
  uint32_t regions;   /* bit per primary or secondary region */
  uint32_t max_ms;    /* longest session time of the default dose, see below */
  uint8_t modality, level, laterality, pad;
} brf__exercise_key;

/* max_ms when the estimate is unknown, and the largest value stored as is:
 * a longer estimate is stored as BRF__KEY_MS_SAT and checked in full. */
#define BRF__KEY_MS_UNKNOWN UINT32_MAX
#define BRF__KEY_MS_SAT (UINT32_MAX - 1u)

/* A key's max_ms for a session time (lo, hi): BRF__KEY_MS_UNKNOWN when
 * either is negative (unknown), saturated at BRF__KEY_MS_SAT. */
uint32_t brf__key_max_ms(int64_t lo, int64_t hi);

/* Fill a key from an exercise. */
void brf__exercise_key_of(const brf_exercise *ex, brf__exercise_key *key);

/* The catalog's keys, one per brf_catalog_at() index, or NULL when it keeps
 * none (a pristine built-in view). */
const brf__exercise_key *brf__catalog_keys(const brf_catalog *cat);

/* A number every change to the catalog increases (add, set_default_dose,
 * merge): a query that ran at another generation runs again. */
uint64_t brf__catalog_generation(const brf_catalog *cat);

/* The context a catalog was made with. */
brf_context *brf__catalog_context(const brf_catalog *cat);

/* Lowercase ASCII slug: [a-z0-9]+ joined by single hyphens, at most 64 bytes. */
int brf__catalog_slug_valid(const char *s);
/* The same check, and for a slug its brf__catalog_id_hash in *hash (one pass
 * over the id: an image's reader checks and hashes 873 of them). */
int brf__catalog_slug_hash(const char *s, uint64_t *hash);

/* The id hash (FNV-1a, 64 bits), a byte at a time. */
#define BRF__ID_HASH_SEED UINT64_C(1469598103934665603)
#define BRF__ID_HASH_STEP(h, c) (((h) ^ (unsigned char)(c)) * UINT64_C(1099511628211))

/* Make room for n more exercises at once (a reader that knows how many it
 * will add): BRF_E_NOMEM, the catalog unchanged, on failure. */
brf_status brf__catalog_reserve(brf_catalog *cat, size_t n);

/* Exercises built on first use (only with the catalog image,
 * BRF_WITH_CATALOG_IMAGE): the image reader (catalog_image_read.c) checks a
 * whole image and lists its exercises in the catalog without building them
 * (their ids, query keys and where to build them from); the first
 * brf_catalog_at() or brf_catalog_find() (or anything that reads the
 * exercise) builds one, into memory the reader took beforehand, so building
 * never fails, never allocates and never reaches a context. Only a catalog
 * that is not frozen is built this way, which the threading rule allows (it
 * belongs to one thread at a time): brf_catalog_freeze builds every exercise
 * left, so a frozen catalog is never written by a reader. An exercise, once
 * built, stays where it is (pointers to it stay valid). */
typedef struct brf__lazy_src brf__lazy_src;
struct brf__lazy_src {
  /* Build record rec of the source (the reader's own state follows). */
  const brf_exercise *(*build)(brf__lazy_src *src, uint32_t rec);
};
typedef struct brf__lazy_ref {
  brf__lazy_src *src; /* in the catalog's arena */
  const char *id;     /* the exercise's id, in the source's texts */
  uint32_t rec;       /* its record */
} brf__lazy_ref;

/* Make room for n more exercises at once, some of them lazy: BRF_E_NOMEM
 * (message set) on failure, the catalog unchanged and holding nothing more. */
brf_status brf__catalog_reserve_lazy(brf_catalog *cat, size_t n);
/* After brf__catalog_reserve_lazy: list an exercise to be built from ref,
 * with its query key (what brf__exercise_key_of will say of the built
 * exercise), under an id the caller has found new, whose
 * brf__catalog_id_hash is hash. Cannot fail. */
void brf__catalog_append_lazy(brf_catalog *cat, const brf__exercise_key *key,
                              const brf__lazy_ref *ref, uint64_t hash);
/* The index of the exercise with this id (its brf__catalog_id_hash is
 * hash), or -1; builds nothing. */
long brf__catalog_find_index(const brf_catalog *cat, const char *id, uint64_t hash);
/* Give back the catalog's arena to mark (a reader that failed before it
 * listed anything). */
void brf__catalog_arena_undo(brf_catalog *cat, const brf__arena_mark *mark);
/* The hash of an id the catalog's index uses (FNV-1a). */
uint64_t brf__catalog_id_hash(const char *id);
/* Mark a change made by a reader that appended (the generation). */
void brf__catalog_changed(brf_catalog *cat);
/* The exercises not built yet (0 without the catalog image): for tests. */
size_t brf__catalog_unbuilt(const brf_catalog *cat);

#endif /* BRF_CATALOG_PRIVATE_H */
