/* Exercise getters, and packing an exercise into one block (its own heap
 * block, or a piece of its catalog's arena), so that a catalog owns each
 * custom exercise as one piece of memory. */
#include <stdalign.h>
#include <stddef.h>
#include <string.h>

#include "catalog/catalog_private.h"
#include "util/core.h"

/* ---- getters ---- */

const char *brf_exercise_id(const brf_exercise *ex) { return ex ? ex->id : NULL; }
const char *brf_exercise_name(const brf_exercise *ex) { return ex ? ex->name : NULL; }
const char *brf_exercise_summary(const brf_exercise *ex) { return ex ? ex->summary : NULL; }
int32_t brf_exercise_modality(const brf_exercise *ex) { return ex ? ex->modality : -1; }
int32_t brf_exercise_level(const brf_exercise *ex) { return ex ? ex->level : -1; }
int32_t brf_exercise_laterality(const brf_exercise *ex) { return ex ? ex->laterality : -1; }
int32_t brf_exercise_position(const brf_exercise *ex) { return ex ? ex->position : -1; }
const char *brf_exercise_default_dose(const brf_exercise *ex) {
  return ex ? ex->default_dose : NULL;
}
const char *brf_exercise_dose_note(const brf_exercise *ex) { return ex ? ex->dose_note : NULL; }

static const char *str_at(const brf__strs *s, size_t i) {
  return i < s->count ? s->items[i] : NULL;
}

size_t brf_exercise_alias_count(const brf_exercise *ex) { return ex ? ex->aliases.count : 0; }
const char *brf_exercise_alias_at(const brf_exercise *ex, size_t i) {
  return ex ? str_at(&ex->aliases, i) : NULL;
}

size_t brf_exercise_region_count(const brf_exercise *ex, int32_t scope) {
  if (ex == NULL) return 0;
  switch (scope) {
  case BRF_REGIONS_PRIMARY: return ex->primary.count;
  case BRF_REGIONS_SECONDARY: return ex->secondary.count;
  case BRF_REGIONS_ANY: return ex->primary.count + ex->secondary.count;
  default: return 0;
  }
}

int32_t brf_exercise_region_at(const brf_exercise *ex, int32_t scope, size_t i) {
  if (ex == NULL) return -1;
  switch (scope) {
  case BRF_REGIONS_PRIMARY: return i < ex->primary.count ? ex->primary.items[i] : -1;
  case BRF_REGIONS_SECONDARY: return i < ex->secondary.count ? ex->secondary.items[i] : -1;
  case BRF_REGIONS_ANY:
    if (i < ex->primary.count) return ex->primary.items[i];
    i -= ex->primary.count;
    return i < ex->secondary.count ? ex->secondary.items[i] : -1;
  default: return -1;
  }
}

size_t brf_exercise_equipment_count(const brf_exercise *ex) {
  return ex ? ex->equipment.count : 0;
}
int32_t brf_exercise_equipment_at(const brf_exercise *ex, size_t i) {
  return ex && i < ex->equipment.count ? ex->equipment.items[i] : -1;
}

size_t brf_exercise_instruction_count(const brf_exercise *ex) {
  return ex ? ex->instructions.count : 0;
}
const char *brf_exercise_instruction_at(const brf_exercise *ex, size_t i) {
  return ex ? str_at(&ex->instructions, i) : NULL;
}
size_t brf_exercise_cue_count(const brf_exercise *ex) { return ex ? ex->cues.count : 0; }
const char *brf_exercise_cue_at(const brf_exercise *ex, size_t i) {
  return ex ? str_at(&ex->cues, i) : NULL;
}
size_t brf_exercise_caution_count(const brf_exercise *ex) { return ex ? ex->cautions.count : 0; }
const char *brf_exercise_caution_at(const brf_exercise *ex, size_t i) {
  return ex ? str_at(&ex->cautions, i) : NULL;
}
size_t brf_exercise_media_count(const brf_exercise *ex) { return ex ? ex->media.count : 0; }
const char *brf_exercise_media_at(const brf_exercise *ex, size_t i) {
  return ex ? str_at(&ex->media, i) : NULL;
}

/* Defines brf_exercise_<name>(ex): the length of one of its lists. */
#define LIST_COUNT(name, count) \
  size_t brf_exercise_##name(const brf_exercise *ex) { return ex ? ex->count : 0; }

/* Defines brf_exercise_<name>(ex, i): a field of member i of one of its
 * lists (count members), or fallback. */
#define LIST_GETTER(type, name, count, list, field, fallback)     \
  type brf_exercise_##name(const brf_exercise *ex, size_t i) {      \
    return ex && i < ex->count ? ex->list[i].field : (fallback);    \
  }

LIST_COUNT(contraindication_count, contra_count)
LIST_GETTER(int32_t, contraindication_condition, contra_count, contra, condition, -1)
LIST_GETTER(int32_t, contraindication_action, contra_count, contra, action, -1)
LIST_GETTER(const char *, contraindication_note, contra_count, contra, note, NULL)

LIST_COUNT(alternative_dose_count, alt_dose_count)
LIST_GETTER(const char *, alternative_dose_at, alt_dose_count, alt_doses, dose, NULL)
LIST_GETTER(int32_t, alternative_dose_source_kind, alt_dose_count, alt_doses, source.kind, -1)
LIST_GETTER(const char *, alternative_dose_source, alt_dose_count, alt_doses, source.ref, NULL)
LIST_GETTER(const char *, alternative_dose_note, alt_dose_count, alt_doses, note, NULL)

/* Progressions and regressions: a catalog exercise id, or NULL for a
 * variation described only by its text. */
LIST_COUNT(progression_count, progression_count)
LIST_GETTER(const char *, progression_exercise, progression_count, progressions, exercise, NULL)
LIST_GETTER(const char *, progression_text, progression_count, progressions, text, NULL)
LIST_COUNT(regression_count, regression_count)
LIST_GETTER(const char *, regression_exercise, regression_count, regressions, exercise, NULL)
LIST_GETTER(const char *, regression_text, regression_count, regressions, text, NULL)

/* The status-returning forms (docs/conventions.md, "Sentinels"): -1 (no
 * position) and NULL (a variation, not a link) are values as well as the old
 * getters' failure values. Pure: an exercise of a frozen catalog may be
 * read from many threads, so nothing is written to a context. */
brf_status brf_exercise_position_get(const brf_exercise *ex, int32_t *out) {
  if (ex == NULL || out == NULL) return BRF_E_INVALID;
  *out = ex->position;
  return BRF_OK;
}

/* The exercise of link index of a progression or regression list. */
static brf_status link_exercise_get(const brf_exercise *ex, int regression, size_t index,
                                    const char **out) {
  if (ex == NULL || out == NULL) return BRF_E_INVALID;
  size_t count = regression ? ex->regression_count : ex->progression_count;
  if (index >= count) return BRF_E_RANGE;
  *out = (regression ? ex->regressions : ex->progressions)[index].exercise;
  return BRF_OK;
}

brf_status brf_exercise_progression_exercise_get(const brf_exercise *ex, size_t index,
                                                 const char **out) {
  return link_exercise_get(ex, 0, index, out);
}

brf_status brf_exercise_regression_exercise_get(const brf_exercise *ex, size_t index,
                                                const char **out) {
  return link_exercise_get(ex, 1, index, out);
}

LIST_COUNT(source_count, source_count)
LIST_GETTER(int32_t, source_kind, source_count, sources, kind, -1)
LIST_GETTER(const char *, source_ref, source_count, sources, ref, NULL)
LIST_GETTER(const char *, source_note, source_count, sources, note, NULL)

int brf__exercise_estimate(const brf_exercise *ex, int64_t *min_ms, int64_t *max_ms) {
  if (ex == NULL || ex->estimate_min_ms < 0 || ex->estimate_max_ms < 0) return 0;
  *min_ms = ex->estimate_min_ms;
  *max_ms = ex->estimate_max_ms;
  return 1;
}

_Static_assert(BRF_REGION_COUNT <= 32, "a key holds regions in a 32-bit mask");
_Static_assert(BRF_EQUIPMENT_COUNT <= 64, "a key holds equipment in a 64-bit mask");
_Static_assert(BRF_MODALITY_COUNT <= 256 && BRF_LEVEL_COUNT <= 256 && BRF_LATERALITY_COUNT <= 256,
               "a key holds modality, level and laterality in a byte each");

static uint32_t region_bits(const brf__codes *c) {
  uint32_t m = 0;
  for (size_t i = 0; i < c->count; i++) m |= (uint32_t)1 << c->items[i];
  return m;
}

uint32_t brf__key_max_ms(int64_t lo, int64_t hi) {
  if (lo < 0 || hi < 0) return BRF__KEY_MS_UNKNOWN;
  return hi >= (int64_t)BRF__KEY_MS_SAT ? BRF__KEY_MS_SAT : (uint32_t)hi;
}

void brf__exercise_key_of(const brf_exercise *ex, brf__exercise_key *key) {
  memset(key, 0, sizeof *key);
  for (size_t i = 0; i < ex->equipment.count; i++)
    key->equipment |= (uint64_t)1 << ex->equipment.items[i];
  key->primary = region_bits(&ex->primary);
  key->regions = key->primary | region_bits(&ex->secondary);
  key->max_ms = brf__key_max_ms(ex->estimate_min_ms, ex->estimate_max_ms);
  key->modality = (uint8_t)ex->modality;
  key->level = (uint8_t)ex->level;
  key->laterality = (uint8_t)ex->laterality;
}

static int slug_char(unsigned char c) {
  return (unsigned)(c - 'a') < 26u || (unsigned)(c - '0') < 10u;
}

/* Runs of [a-z0-9] joined by single hyphens, at most 64 bytes (a tight
 * loop: an image checks 873 ids at a start-up); with hash, its id hash too
 * (inlined at both callers, so the check alone computes none). */
static inline int slug_scan(const char *s, uint64_t *hash) {
  const unsigned char *p = (const unsigned char *)s;
  uint64_t h = BRF__ID_HASH_SEED;
  size_t n = 0;
  if (s == NULL || !slug_char(p[0])) return 0; /* empty or a leading hyphen */
  for (;;) {
    for (; slug_char(p[n]); n++)
      if (hash != NULL) h = BRF__ID_HASH_STEP(h, p[n]);
    if (p[n] == '\0') {
      if (hash != NULL) *hash = h;
      return n <= 64;
    }
    if (p[n] != '-' || !slug_char(p[n + 1]) || n >= 64) return 0;
    if (hash != NULL) h = BRF__ID_HASH_STEP(h, '-');
    n++;
  }
}

#if BRF_WITH_CATALOG_IMAGE /* its only user: a watch pays nothing */
int brf__catalog_slug_hash(const char *s, uint64_t *hash) { return slug_scan(s, hash); }
#endif

int brf__catalog_slug_valid(const char *s) { return slug_scan(s, NULL); }

/* ---- packing ----
 * Two passes over the same code: the first (base == NULL) only measures,
 * the second copies into the block. Arrays are aligned for pointers and
 * 64-bit integers; strings follow byte-aligned. */

typedef struct packer {
  char *base;
  size_t off;
} packer;

static void *pk_take(packer *p, size_t size, size_t align) {
  void *r;
  p->off = (p->off + align - 1) / align * align;
  r = p->base ? p->base + p->off : NULL;
  p->off += size;
  return r;
}

static const char *pk_str(packer *p, const char *s) {
  size_t n;
  char *d;
  if (s == NULL) return NULL;
  n = strlen(s) + 1;
  d = pk_take(p, n, 1);
  if (d) memcpy(d, s, n);
  return d;
}

#define PK_ALIGN alignof(max_align_t)

static brf__strs pk_strs(packer *p, brf__strs in) {
  brf__strs out = {NULL, in.count};
  const char **arr;
  if (in.count == 0) return out;
  arr = pk_take(p, in.count * sizeof *arr, PK_ALIGN);
  for (size_t i = 0; i < in.count; i++) {
    const char *s = pk_str(p, in.items[i]);
    if (arr) arr[i] = s;
  }
  out.items = arr;
  return out;
}

static brf__codes pk_codes(packer *p, brf__codes in) {
  brf__codes out = {NULL, in.count};
  int32_t *arr;
  if (in.count == 0) return out;
  arr = pk_take(p, in.count * sizeof *arr, PK_ALIGN);
  if (arr) memcpy(arr, in.items, in.count * sizeof *arr);
  out.items = arr;
  return out;
}

static brf__source pk_source(packer *p, brf__source s) {
  brf__source out = s;
  out.ref = pk_str(p, s.ref);
  out.note = pk_str(p, s.note);
  return out;
}

static const brf__link *pk_links(packer *p, const brf__link *in, size_t n) {
  brf__link *arr;
  if (n == 0) return NULL;
  arr = pk_take(p, n * sizeof *arr, PK_ALIGN);
  for (size_t i = 0; i < n; i++) {
    const char *e = pk_str(p, in[i].exercise);
    const char *t = pk_str(p, in[i].text);
    if (arr) {
      arr[i].exercise = e;
      arr[i].text = t;
    }
  }
  return arr;
}

static void pk_lists(packer *p, brf_exercise *o, const brf_exercise *ex) {
  brf__contra *contra = NULL;
  brf__alt_dose *alt = NULL;
  brf__source *src = NULL;
  o->aliases = pk_strs(p, ex->aliases);
  o->primary = pk_codes(p, ex->primary);
  o->secondary = pk_codes(p, ex->secondary);
  o->equipment = pk_codes(p, ex->equipment);
  o->instructions = pk_strs(p, ex->instructions);
  o->cues = pk_strs(p, ex->cues);
  o->cautions = pk_strs(p, ex->cautions);
  o->media = pk_strs(p, ex->media);
  if (ex->contra_count) contra = pk_take(p, ex->contra_count * sizeof *contra, PK_ALIGN);
  for (size_t i = 0; i < ex->contra_count; i++) {
    const char *note = pk_str(p, ex->contra[i].note);
    if (contra) {
      contra[i] = ex->contra[i];
      contra[i].note = note;
    }
  }
  o->contra = contra;
  if (ex->alt_dose_count) alt = pk_take(p, ex->alt_dose_count * sizeof *alt, PK_ALIGN);
  for (size_t i = 0; i < ex->alt_dose_count; i++) {
    brf__alt_dose a;
    a.dose = pk_str(p, ex->alt_doses[i].dose);
    a.source = pk_source(p, ex->alt_doses[i].source);
    a.note = pk_str(p, ex->alt_doses[i].note);
    if (alt) alt[i] = a;
  }
  o->alt_doses = alt;
  o->progressions = pk_links(p, ex->progressions, ex->progression_count);
  o->regressions = pk_links(p, ex->regressions, ex->regression_count);
  if (ex->source_count) src = pk_take(p, ex->source_count * sizeof *src, PK_ALIGN);
  for (size_t i = 0; i < ex->source_count; i++) {
    brf__source s = pk_source(p, ex->sources[i]);
    if (src) src[i] = s;
  }
  o->sources = src;
}

static void pk_exercise(packer *p, brf_exercise *o, const brf_exercise *ex, const char *dose) {
  *o = *ex;
  o->owned = BRF__OWNED_HEAP;
  o->id = pk_str(p, ex->id);
  o->name = pk_str(p, ex->name);
  o->summary = pk_str(p, ex->summary);
  o->default_dose = pk_str(p, dose ? dose : ex->default_dose);
  o->dose_note = pk_str(p, ex->dose_note);
  if (dose) {
    o->estimate_min_ms = -1;
    o->estimate_max_ms = -1;
  }
  pk_lists(p, o, ex);
}

size_t brf__exercise_pack_size(const brf_exercise *ex, const char *dose) {
  packer p = {NULL, sizeof(brf_exercise)};
  brf_exercise scratch;
  pk_exercise(&p, &scratch, ex, dose);
  return p.off;
}

brf_exercise *brf__exercise_pack_into(void *block, const brf_exercise *ex, const char *dose,
                                      uint32_t owned) {
  packer p = {block, sizeof(brf_exercise)};
  brf_exercise *o = block;
  pk_exercise(&p, o, ex, dose);
  o->owned = owned;
  return o;
}

brf_exercise *brf__exercise_pack(brf_context *ctx, const brf_exercise *ex, const char *dose) {
  void *o = brf__alloc(ctx, brf__exercise_pack_size(ex, dose));
  return o ? brf__exercise_pack_into(o, ex, dose, BRF__OWNED_HEAP) : NULL;
}
