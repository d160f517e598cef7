/* brf_catalog_from_image and brf_catalog_merge_image: a catalog image
 * (catalog_image.h, docs/formats.md "Catalog image") into a catalog.
 *
 * An image is bytes from a file the caller trusts no more than a catalog
 * document: the reader checks everything the catalog format's reader
 * checks, in the image's terms, before an exercise goes in:
 *   - the header (magic, version, sizes that add up to the length exactly);
 *   - the pool: starts and ends with a NUL and is valid UTF-8 as a whole, so
 *     every reference that is inside it and does not start in the middle of
 *     a character is a valid, terminated text;
 *   - every record: references inside the pool, lists inside the words,
 *     vocabulary values known, ids slugs and unique, required texts not
 *     empty, doses parsed again (canonical, and the session time computed
 *     as the document reader computes it).
 * Each exercise is one block of the new catalog's arena (the exercise, its
 * pointer and code arrays); its texts point into the pool, which is copied
 * into the arena once, or borrowed from the caller with
 * BRF_CATALOG_IMAGE_BORROW (the caller keeps the bytes alive and unchanged
 * while the catalog lives: the CLI maps its image file for the process's
 * life). The catalog is handed out only when the whole image is valid. */
#include <string.h>

#include "backrelief/dosage.h"
#include "backrelief/vocab.h"
#include "catalog/catalog_image.h"
#include "catalog/catalog_private.h"
#include "internal/dosage.h"
#include "util/core.h"

typedef struct img {
  brf_context *ctx;
  const char *fn; /* the public function, for messages */
  const unsigned char *rec, *words;
  size_t nwords;
  const char *pool; /* as stored (checked) */
  size_t pool_size;
  const char *base; /* where the exercises' texts point: the pool or its copy */
  uint32_t count;
  brf__buf canon; /* a dose's canonical text, reused */
  brf_catalog *cat;
  size_t next_word;    /* where the next list must start */
  uint32_t *ids;       /* the image's ids by hash: record + 1, 0 empty */
  uint64_t *hash;      /* each record's brf__catalog_id_hash */
  brf__exercise_key *keys; /* each record's query key */
  size_t id_cap;       /* a power of two */
  size_t fresh;        /* the records that went in */
  struct lazy_img *z;  /* how the listed exercises are built */
} img;

static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Word i of an image's list words. */
static uint32_t word_at(const unsigned char *words, size_t i) { return rd32(words + 4 * i); }

/* The exercise's record, for messages: "<fn>: exercise <k>: ". */
#define AT "%s: exercise %zu: "

/* A text by reference, or NULL when the reference is outside the pool,
 * starts inside a character, or is empty where a text is required. */
static const char *text_at(const img *m, uint32_t ref, int nonempty) {
  if (ref >= m->pool_size || ((unsigned char)m->pool[ref] & 0xC0u) == 0x80u) return NULL;
  if (nonempty && m->pool[ref] == '\0') return NULL;
  return m->base + ref;
}

/* A value this version knows, by the vocabulary's constants (each call
 * site's kind is a constant: no call per value). */
static int known(int32_t kind, uint32_t v) {
  switch (kind) {
  case BRF_VOCAB_MODALITY: return v < BRF_MODALITY_COUNT;
  case BRF_VOCAB_REGION: return v < BRF_REGION_COUNT;
  case BRF_VOCAB_EQUIPMENT: return v < BRF_EQUIPMENT_COUNT;
  case BRF_VOCAB_LEVEL: return v < BRF_LEVEL_COUNT;
  case BRF_VOCAB_LATERALITY: return v < BRF_LATERALITY_COUNT;
  case BRF_VOCAB_POSITION: return v < BRF_POSITION_COUNT;
  case BRF_VOCAB_CONDITION: return v < BRF_CONDITION_COUNT;
  case BRF_VOCAB_ACTION: return v < BRF_ACTION_COUNT;
  case BRF_VOCAB_SOURCE_KIND: return v < BRF_SOURCE_COUNT;
  default: return 0;
  }
}

/* A list's elements: 1 when (first, count) lies inside the words. */
static int list_ok(const img *m, uint32_t first, uint32_t count, uint32_t each) {
  return first <= m->nwords && (uint64_t)count * each <= (uint64_t)(m->nwords - first);
}

/* Parse a dose and check it is written canonical; the session time for
 * modality when lo is not NULL. BRF_E_SCHEMA (or the parser's BRF_E_RANGE,
 * BRF_E_NOMEM) with a message naming the exercise otherwise. */
static brf_status dose_check(img *m, size_t k, const char *s, int32_t modality, int64_t *lo,
                             int64_t *hi) {
  brf_dosage *d = NULL;
  size_t n = strlen(s);
  brf_status st = brf_dosage_parse(m->ctx, s, n, &d);
  if (st == BRF_E_NOMEM) return st;
  if (st != BRF_OK)
    return brf__error(m->ctx, st == BRF_E_RANGE ? BRF_E_RANGE : BRF_E_SCHEMA,
                      AT "dose '%s' is not valid", m->fn, k, s);
  if (lo != NULL && brf__dosage_estimate(d, modality, lo, hi) != BRF_OK) *lo = *hi = -1;
  m->canon.len = 0;
  brf__dosage_append(&m->canon, d);
  brf_dosage_free(d);
  if (m->canon.status != BRF_OK) return BRF_E_NOMEM;
  if (m->canon.len != n || memcmp(m->canon.data, s, n) != 0)
    return brf__error(m->ctx, BRF_E_SCHEMA, AT "dose '%s' is not in its canonical notation",
                      m->fn, k, s);
  return BRF_OK;
}

/* The lists of one record, checked: their counts, the words they start at. */
typedef struct lists {
  uint32_t first[IMG_L_COUNT], count[IMG_L_COUNT];
} lists;

static const uint32_t list_words[IMG_L_COUNT] = {
    1, 1, 1, 1, 1, 1, 1, 1, IMG_CONTRA_WORDS, IMG_ALT_WORDS, IMG_LINK_WORDS, IMG_LINK_WORDS,
    IMG_SOURCE_WORDS};
static const char *const list_names[IMG_L_COUNT] = {
    "aliases", "primary regions", "secondary regions", "equipment", "instructions", "cues",
    "cautions", "media", "contraindications", "alternative doses", "progressions",
    "regressions", "sources"};

/* Everything of record k but the doses of its alternative doses and its
 * default dose (dose_check); returns BRF_OK or BRF_E_SCHEMA. */
/* A record's lists as stored (unchecked). */
static void lists_of(const unsigned char *r, lists *l) {
  for (int i = 0; i < IMG_L_COUNT; i++) {
    l->first[i] = rd32(r + 4 * (IMG_LISTS + 2 * i));
    l->count[i] = rd32(r + 4 * (IMG_LISTS + 2 * i + 1));
  }
}

static brf_status check_lists(img *m, size_t k, const unsigned char *r, lists *l) {
  lists_of(r, l);
  for (int i = 0; i < IMG_L_COUNT; i++) {
    uint32_t first = l->first[i], n = l->count[i];
    if (!list_ok(m, first, n, list_words[i]))
      return brf__error(m->ctx, BRF_E_SCHEMA, AT "its %s lie outside the image", m->fn, k,
                        list_names[i]);
    /* Each list right after the one before (as the writer lays them out):
     * lists that overlap would let a small image ask for a check, and a
     * block, of the same words again and again. */
    if (first != m->next_word)
      return brf__error(m->ctx, BRF_E_SCHEMA,
                        AT "its %s do not follow the list before (lists overlap or leave a gap)",
                        m->fn, k, list_names[i]);
    m->next_word = first + (size_t)n * list_words[i];
    for (uint32_t j = 0; j < n; j++) {
      size_t at = (size_t)first + (size_t)j * list_words[i];
      int ok;
      switch (i) {
      case IMG_L_PRIMARY:
      case IMG_L_SECONDARY: ok = known(BRF_VOCAB_REGION, word_at(m->words, at)); break;
      case IMG_L_EQUIPMENT: ok = known(BRF_VOCAB_EQUIPMENT, word_at(m->words, at)); break;
      case IMG_L_CONTRA:
        ok = known(BRF_VOCAB_CONDITION, word_at(m->words, at)) && known(BRF_VOCAB_ACTION, word_at(m->words, at + 1)) &&
             text_at(m, word_at(m->words, at + 2), 0) != NULL;
        break;
      case IMG_L_ALT:
        ok = text_at(m, word_at(m->words, at), 1) != NULL && known(BRF_VOCAB_SOURCE_KIND, word_at(m->words, at + 1)) &&
             text_at(m, word_at(m->words, at + 2), 1) != NULL && text_at(m, word_at(m->words, at + 3), 0) != NULL &&
             text_at(m, word_at(m->words, at + 4), 0) != NULL;
        break;
      case IMG_L_PROGRESSIONS:
      case IMG_L_REGRESSIONS:
        if (word_at(m->words, at) == IMG_NONE) { /* a named variation: its text required */
          ok = text_at(m, word_at(m->words, at + 1), 1) != NULL;
        } else {
          const char *ex = text_at(m, word_at(m->words, at), 1);
          ok = ex != NULL && brf__catalog_slug_valid(ex) && text_at(m, word_at(m->words, at + 1), 0) != NULL;
        }
        break;
      case IMG_L_SOURCES:
        ok = known(BRF_VOCAB_SOURCE_KIND, word_at(m->words, at)) && text_at(m, word_at(m->words, at + 1), 1) != NULL &&
             text_at(m, word_at(m->words, at + 2), 0) != NULL;
        break;
      default: ok = text_at(m, word_at(m->words, at), 1) != NULL; break; /* texts, never empty */
      }
      if (!ok)
        return brf__error(m->ctx, BRF_E_SCHEMA, AT "%s %u is not valid", m->fn, k,
                          list_names[i], (unsigned)j);
    }
  }
  return BRF_OK;
}

/* Where a built exercise's parts lie in its block: the exercise, then its
 * text pointers, contraindications, alternative doses, links, sources and
 * codes. */
typedef struct layout {
  size_t strs, contra, alt, links, srcs, codes, size;
} layout;

#define ALIGN_PTR(x) (((x) + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *))
/* 16: at least the arena's rounding of a take (alignof(max_align_t): 16 on
 * x86-64, 8 on Cortex-M, where this only reserves a little more) */
#define ALIGN_MAX(x) (((x) + 15u) / 16u * 16u)

static void layout_of(const lists *l, layout *y) {
  size_t ntexts = l->count[IMG_L_ALIASES] + (size_t)l->count[IMG_L_INSTRUCTIONS] +
                  l->count[IMG_L_CUES] + l->count[IMG_L_CAUTIONS] + l->count[IMG_L_MEDIA];
  size_t nlinks = (size_t)l->count[IMG_L_PROGRESSIONS] + l->count[IMG_L_REGRESSIONS];
  size_t ncodes = (size_t)l->count[IMG_L_PRIMARY] + l->count[IMG_L_SECONDARY] +
                  l->count[IMG_L_EQUIPMENT];
  y->strs = ALIGN_PTR(sizeof(brf_exercise));
  y->contra = y->strs + ntexts * sizeof(const char *);
  y->alt = y->contra + l->count[IMG_L_CONTRA] * sizeof(brf__contra);
  y->links = y->alt + l->count[IMG_L_ALT] * sizeof(brf__alt_dose);
  y->srcs = y->links + nlinks * sizeof(brf__link);
  y->codes = y->srcs + l->count[IMG_L_SOURCES] * sizeof(brf__source);
  y->size = ALIGN_MAX(y->codes + ncodes * sizeof(int32_t));
}

/* What the catalog keeps to build the exercises of one image (one take of
 * its arena): the image's records and words (the caller's bytes, borrowed),
 * the texts' base, the bytes taken for the blocks, and the session times
 * of the records with a default dose. */
typedef struct lazy_img {
  brf__lazy_src src; /* first: the catalog calls src.build */
  const unsigned char *rec, *words;
  const char *base;
  char *next;       /* the blocks' bytes not used yet */
  int64_t *est;     /* 2 per record (min, max), set for records with a default dose */
} lazy_img;

/* n links (progressions or regressions) from the words at first. */
static void fill_links(const lazy_img *z, brf__link *links, uint32_t first, uint32_t n) {
  for (uint32_t j = 0; j < n; j++) {
    size_t at = first + (size_t)j * IMG_LINK_WORDS;
    links[j].exercise = word_at(z->words, at) == IMG_NONE ? NULL : z->base + word_at(z->words, at);
    links[j].text = z->base + word_at(z->words, at + 1);
  }
}

/* Build record k, checked when the image was read, into the next bytes of
 * the blocks (taken for every listed record, so they are enough). */
static const brf_exercise *build(brf__lazy_src *src, uint32_t k) {
  lazy_img *z = (lazy_img *)(void *)src;
  const unsigned char *r = z->rec + (size_t)k * IMG_RECORD_WORDS * 4;
  lists l;
  layout y;
  uint32_t pos = rd32(r + 4 * IMG_POSITION);
  lists_of(r, &l);
  layout_of(&l, &y);
  char *block = z->next;
  z->next += y.size;
  brf_exercise *o = (brf_exercise *)(void *)block;
  const char **strs = (const char **)(void *)(block + y.strs);
  brf__contra *contra = (brf__contra *)(void *)(block + y.contra);
  brf__alt_dose *alt = (brf__alt_dose *)(void *)(block + y.alt);
  brf__link *links = (brf__link *)(void *)(block + y.links);
  brf__source *srcs = (brf__source *)(void *)(block + y.srcs);
  int32_t *codes = (int32_t *)(void *)(block + y.codes);
  memset(o, 0, sizeof *o);
  o->id = z->base + rd32(r + 4 * IMG_ID);
  o->name = z->base + rd32(r + 4 * IMG_NAME);
  o->summary = z->base + rd32(r + 4 * IMG_SUMMARY);
  o->default_dose = z->base + rd32(r + 4 * IMG_DEFAULT_DOSE);
  o->dose_note = z->base + rd32(r + 4 * IMG_DOSE_NOTE);
  o->modality = (int32_t)rd32(r + 4 * IMG_MODALITY);
  o->level = (int32_t)rd32(r + 4 * IMG_LEVEL);
  o->laterality = (int32_t)rd32(r + 4 * IMG_LATERALITY);
  o->position = pos == IMG_NONE ? -1 : (int32_t)pos;
  o->owned = BRF__OWNED_ARENA;
  if (o->default_dose[0] != '\0') {
    o->estimate_min_ms = z->est[2 * (size_t)k];
    o->estimate_max_ms = z->est[2 * (size_t)k + 1];
  } else {
    o->estimate_min_ms = o->estimate_max_ms = -1;
  }
  /* Lists: an empty one has no array (NULL, never NULL + 0). */
#define TEXTS(f, L)                                                                \
  do {                                                                             \
    o->f.count = l.count[L];                                                       \
    o->f.items = l.count[L] ? strs : NULL;                                         \
    for (uint32_t j = 0; j < l.count[L]; j++)                                      \
      *strs++ = z->base + word_at(z->words, (size_t)l.first[L] + j);                        \
  } while (0)
#define CODES(f, L)                                                                \
  do {                                                                             \
    o->f.count = l.count[L];                                                       \
    o->f.items = l.count[L] ? codes : NULL;                                        \
    for (uint32_t j = 0; j < l.count[L]; j++)                                      \
      *codes++ = (int32_t)word_at(z->words, (size_t)l.first[L] + j);                        \
  } while (0)
  TEXTS(aliases, IMG_L_ALIASES);
  TEXTS(instructions, IMG_L_INSTRUCTIONS);
  TEXTS(cues, IMG_L_CUES);
  TEXTS(cautions, IMG_L_CAUTIONS);
  TEXTS(media, IMG_L_MEDIA);
  CODES(primary, IMG_L_PRIMARY);
  CODES(secondary, IMG_L_SECONDARY);
  CODES(equipment, IMG_L_EQUIPMENT);
#undef TEXTS
#undef CODES
  for (uint32_t j = 0; j < l.count[IMG_L_CONTRA]; j++) {
    size_t at = l.first[IMG_L_CONTRA] + (size_t)j * IMG_CONTRA_WORDS;
    contra[j].condition = (int32_t)word_at(z->words, at);
    contra[j].action = (int32_t)word_at(z->words, at + 1);
    contra[j].note = z->base + word_at(z->words, at + 2);
  }
  for (uint32_t j = 0; j < l.count[IMG_L_ALT]; j++) {
    size_t at = l.first[IMG_L_ALT] + (size_t)j * IMG_ALT_WORDS;
    alt[j].dose = z->base + word_at(z->words, at);
    alt[j].source.kind = (int32_t)word_at(z->words, at + 1);
    alt[j].source.ref = z->base + word_at(z->words, at + 2);
    alt[j].source.note = z->base + word_at(z->words, at + 3);
    alt[j].note = z->base + word_at(z->words, at + 4);
  }
  fill_links(z, links, l.first[IMG_L_PROGRESSIONS], l.count[IMG_L_PROGRESSIONS]);
  fill_links(z, links + l.count[IMG_L_PROGRESSIONS], l.first[IMG_L_REGRESSIONS],
             l.count[IMG_L_REGRESSIONS]);
  for (uint32_t j = 0; j < l.count[IMG_L_SOURCES]; j++) {
    size_t at = l.first[IMG_L_SOURCES] + (size_t)j * IMG_SOURCE_WORDS;
    srcs[j].kind = (int32_t)word_at(z->words, at);
    srcs[j].ref = z->base + word_at(z->words, at + 1);
    srcs[j].note = z->base + word_at(z->words, at + 2);
  }
  o->contra = l.count[IMG_L_CONTRA] ? contra : NULL;
  o->contra_count = l.count[IMG_L_CONTRA];
  o->alt_doses = l.count[IMG_L_ALT] ? alt : NULL;
  o->alt_dose_count = l.count[IMG_L_ALT];
  o->progressions = l.count[IMG_L_PROGRESSIONS] ? links : NULL;
  o->progression_count = l.count[IMG_L_PROGRESSIONS];
  o->regressions = l.count[IMG_L_REGRESSIONS] ? links + l.count[IMG_L_PROGRESSIONS] : NULL;
  o->regression_count = l.count[IMG_L_REGRESSIONS];
  o->sources = l.count[IMG_L_SOURCES] ? srcs : NULL;
  o->source_count = l.count[IMG_L_SOURCES];
  return o;
}

/* The query key of record k, as brf__exercise_key_of will say of the built
 * exercise (the lists checked). */
static void key_of(const img *m, const lists *l, const unsigned char *r, int64_t lo,
                   int64_t hi, brf__exercise_key *key) {
  memset(key, 0, sizeof *key);
  for (uint32_t j = 0; j < l->count[IMG_L_EQUIPMENT]; j++)
    key->equipment |= (uint64_t)1 << word_at(m->words, (size_t)l->first[IMG_L_EQUIPMENT] + j);
  for (uint32_t j = 0; j < l->count[IMG_L_PRIMARY]; j++)
    key->primary |= (uint32_t)1 << word_at(m->words, (size_t)l->first[IMG_L_PRIMARY] + j);
  key->regions = key->primary;
  for (uint32_t j = 0; j < l->count[IMG_L_SECONDARY]; j++)
    key->regions |= (uint32_t)1 << word_at(m->words, (size_t)l->first[IMG_L_SECONDARY] + j);
  key->max_ms = brf__key_max_ms(lo, hi);
  key->modality = (uint8_t)rd32(r + 4 * IMG_MODALITY);
  key->level = (uint8_t)rd32(r + 4 * IMG_LEVEL);
  key->laterality = (uint8_t)rd32(r + 4 * IMG_LATERALITY);
}

/* Check record k (its id new in the image: the ids table) and count the
 * bytes of the block it may be built into. */
static brf_status check_record(img *m, size_t k, size_t *bytes) {
  const unsigned char *r = m->rec + (size_t)k * IMG_RECORD_WORDS * 4;
  lists l;
  layout y;
  brf_status s;
  int64_t lo = -1, hi = -1;
  const char *id = text_at(m, rd32(r + 4 * IMG_ID), 1), *dose;
  size_t mask = m->id_cap - 1, i;
  uint64_t h = 0;
  if (id == NULL || !brf__catalog_slug_hash(id, &h))
    return brf__error(m->ctx, BRF_E_SCHEMA, AT "its id is not a valid slug", m->fn, k);
  m->hash[k] = h;
  for (i = (size_t)h & mask; m->ids[i] != 0; i = (i + 1) & mask) {
    const unsigned char *o = m->rec + (size_t)(m->ids[i] - 1) * IMG_RECORD_WORDS * 4;
    if (strcmp(m->base + rd32(o + 4 * IMG_ID), id) == 0)
      return brf__error(m->ctx, BRF_E_SCHEMA, AT "duplicate exercise id '%s'", m->fn, k, id);
  }
  m->ids[i] = (uint32_t)k + 1;
  dose = text_at(m, rd32(r + 4 * IMG_DEFAULT_DOSE), 0);
  if (text_at(m, rd32(r + 4 * IMG_NAME), 1) == NULL ||
      text_at(m, rd32(r + 4 * IMG_SUMMARY), 0) == NULL || dose == NULL ||
      text_at(m, rd32(r + 4 * IMG_DOSE_NOTE), 0) == NULL)
    return brf__error(m->ctx, BRF_E_SCHEMA, AT "a text of '%s' is not valid", m->fn, k, id);
  {
    uint32_t mod = rd32(r + 4 * IMG_MODALITY), lev = rd32(r + 4 * IMG_LEVEL);
    uint32_t lat = rd32(r + 4 * IMG_LATERALITY), pos = rd32(r + 4 * IMG_POSITION);
    if (!known(BRF_VOCAB_MODALITY, mod) || !known(BRF_VOCAB_LEVEL, lev) ||
        !known(BRF_VOCAB_LATERALITY, lat) || (pos != IMG_NONE && !known(BRF_VOCAB_POSITION, pos)))
      return brf__error(m->ctx, BRF_E_SCHEMA, AT "a vocabulary value of '%s' is unknown", m->fn,
                        k, id);
    if ((s = check_lists(m, k, r, &l)) != BRF_OK) return s;
    if (dose[0] != '\0' && (s = dose_check(m, k, dose, (int32_t)mod, &lo, &hi)) != BRF_OK)
      return s;
  }
  for (uint32_t j = 0; j < l.count[IMG_L_ALT]; j++) {
    const char *d = m->base + word_at(m->words, l.first[IMG_L_ALT] + (size_t)j * IMG_ALT_WORDS);
    if ((s = dose_check(m, k, d, -1, NULL, NULL)) != BRF_OK) return s;
  }
  if (dose[0] != '\0') {
    m->z->est[2 * k] = lo;
    m->z->est[2 * k + 1] = hi;
  }
  key_of(m, &l, r, lo, hi, &m->keys[k]);
  layout_of(&l, &y);
  if (y.size > SIZE_MAX - *bytes) return BRF_E_NOMEM; /* (a 32-bit host's limit) */
  *bytes += y.size;
  return BRF_OK;
}

/* List checked record k in the catalog, to be built on first use, unless
 * the catalog had its id before (the one already there wins, as
 * brf_catalog_merge_json decides). 1 when listed. */
static int list_record(img *m, size_t k) {
  const unsigned char *r = m->rec + (size_t)k * IMG_RECORD_WORDS * 4;
  brf__lazy_ref ref;
  ref.id = m->base + rd32(r + 4 * IMG_ID);
  if (brf__catalog_find_index(m->cat, ref.id, m->hash[k]) >= 0) return 0;
  ref.src = &m->z->src;
  ref.rec = (uint32_t)k;
  brf__catalog_append_lazy(m->cat, &m->keys[k], &ref, m->hash[k]);
  return 1;
}

/* The header and the pool: BRF_E_PARSE for bytes that are not an image
 * (or a damaged one), BRF_E_SCHEMA for an image of another version. */
static brf_status check_frame(img *m, const unsigned char *b, size_t len) {
  uint32_t version, nwords, pool_size;
  uint64_t total;
  size_t bad;
  if (len < IMG_HEADER_BYTES || memcmp(b, IMG_MAGIC, 8) != 0)
    return brf__error(m->ctx, BRF_E_PARSE, "%s: not a catalog image", m->fn);
  version = rd32(b + 8);
  if (version != IMG_VERSION)
    return brf__error(m->ctx, BRF_E_SCHEMA,
                      "%s: a catalog image of version %u; this library reads version %u "
                      "(make the image again from the catalog)",
                      m->fn, (unsigned)version, (unsigned)IMG_VERSION);
  m->count = rd32(b + 12);
  nwords = rd32(b + 16);
  pool_size = rd32(b + 20);
  total = IMG_HEADER_BYTES + (uint64_t)m->count * IMG_RECORD_WORDS * 4 + (uint64_t)nwords * 4 +
          pool_size;
  if (rd32(b + 24) != 0 || total != len)
    return brf__error(m->ctx, BRF_E_PARSE,
                      "%s: the catalog image is damaged or cut short (%zu bytes; its header "
                      "says %llu)",
                      m->fn, len, (unsigned long long)total);
  m->rec = b + IMG_HEADER_BYTES;
  m->words = m->rec + (size_t)m->count * IMG_RECORD_WORDS * 4;
  m->nwords = nwords;
  m->pool = (const char *)(m->words + (size_t)nwords * 4);
  m->pool_size = pool_size;
  if (pool_size == 0 || m->pool[0] != '\0' || m->pool[pool_size - 1] != '\0')
    return brf__error(m->ctx, BRF_E_PARSE, "%s: the catalog image's texts are damaged", m->fn);
  if (!brf__utf8_valid(m->pool, pool_size, &bad))
    return brf__error_at(m->ctx, BRF_E_PARSE, 0, 0, (size_t)(m->pool - (const char *)b) + bad,
                         "%s: the catalog image's texts are not valid UTF-8", m->fn);
  return BRF_OK;
}

/* The image into cat (new, or a merge's target): every exercise checked
 * first, then listed, to be built on first use (BRF_CATALOG_IMAGE_BORROW:
 * the caller's bytes stay) or now (the texts copied into the arena: the
 * records are not kept). All or nothing: everything that can fail happens
 * before cat is touched, so on failure it is as it was, holding nothing
 * more. fn names the public function in errors. */
static brf_status read_into(brf_catalog *cat, const char *fn, const void *image, size_t len,
                            uint32_t flags) {
  img m;
  brf_status s;
  brf__arena_mark first, mark;
  size_t bytes = 0, start = brf_catalog_count(cat);
  int copy = !(flags & BRF_CATALOG_IMAGE_BORROW);
  memset(&m, 0, sizeof m);
  m.ctx = brf__catalog_context(cat);
  m.fn = fn;
  m.cat = cat;
  if (brf__over_limit(m.ctx, BRF_LIMIT_INPUT_BYTES, len))
    return brf__limit_error(m.ctx, BRF_LIMIT_INPUT_BYTES, fn);
  if ((s = check_frame(&m, image, len)) != BRF_OK) return s;
  if (m.count == 0) /* no lists: no words either */
    return m.nwords == 0 ? BRF_OK
                         : brf__error(m.ctx, BRF_E_PARSE,
                                      "%s: the catalog image's lists do not cover its words", fn);
  {
    /* One take of the arena: the builder's state, the records' session
     * times, and the texts when they are copied. */
    size_t at_est = ALIGN_MAX(sizeof(lazy_img));
    size_t at_pool = at_est + (size_t)m.count * 2 * sizeof(int64_t);
    char *p = brf__catalog_arena_take(cat, at_pool + (copy ? m.pool_size : 0), &first);
    if (p == NULL) return brf__nomem(m.ctx);
    m.z = (lazy_img *)(void *)p;
    m.z->src.build = build;
    m.z->rec = m.rec;
    m.z->words = m.words;
    m.z->est = (int64_t *)(void *)(p + at_est);
    m.base = copy ? memcpy(p + at_pool, m.pool, m.pool_size) : m.pool;
    m.z->base = m.base;
  }
  /* The records' id hashes and query keys, and the image's ids (record + 1,
   * at most half full), in one block freed before returning (the count is
   * below the input limit over 140: no overflow). */
  for (m.id_cap = 16; m.id_cap < (size_t)m.count * 2; m.id_cap *= 2) {}
  m.hash = brf__calloc(m.ctx, 1,
                       (size_t)m.count * (sizeof *m.hash + sizeof *m.keys) +
                           m.id_cap * sizeof *m.ids);
  if (m.hash == NULL) {
    s = BRF_E_NOMEM;
  } else {
    m.keys = (brf__exercise_key *)(void *)(m.hash + m.count);
    m.ids = (uint32_t *)(void *)(m.keys + m.count);
  }
  brf__buf_init(&m.canon, m.ctx);
  for (size_t k = 0; k < m.count && s == BRF_OK; k++) s = check_record(&m, k, &bytes);
  brf__buf_free(&m.canon);
  if (s == BRF_OK && m.next_word != m.nwords)
    s = brf__error(m.ctx, BRF_E_PARSE, "%s: the catalog image's lists do not cover its words",
                   fn);
  /* Room for every record (those whose id the catalog has are left out
   * below: their bytes stay unused), the last thing that can fail. */
  if (s == BRF_OK) {
    if ((m.z->next = brf__catalog_arena_take(cat, bytes, &mark)) == NULL) s = BRF_E_NOMEM;
    else if (brf__catalog_reserve_lazy(cat, m.count) != BRF_OK) s = BRF_E_NOMEM;
  }
  if (s == BRF_OK) /* nothing fails from here */
    for (size_t k = 0; k < m.count; k++) m.fresh += (size_t)list_record(&m, k);
  brf__free(m.ctx, m.hash);
  if (s != BRF_OK) {
    brf__catalog_arena_undo(cat, &first);
    return s == BRF_E_NOMEM ? brf__nomem(m.ctx) : s;
  }
  if (m.fresh > 0) brf__catalog_changed(cat);
  /* Copied texts: build now, while the caller's records are there. */
  if (copy)
    for (size_t k = start; k < start + m.fresh; k++) (void)brf_catalog_at(cat, k);
  return BRF_OK;
}

brf_status brf_catalog_from_image(brf_context *ctx, const void *image, size_t len, uint32_t flags,
                                  brf_catalog **out) {
  brf__enter(ctx);
  brf_catalog *cat = NULL;
  brf_status s;
  if (out != NULL) *out = NULL;
  if (ctx == NULL || out == NULL || (image == NULL && len > 0))
    return brf__error(ctx, BRF_E_INVALID, "catalog_from_image: NULL argument");
  if ((flags & ~(uint32_t)BRF_CATALOG_IMAGE_BORROW) != 0)
    return brf__error(ctx, BRF_E_INVALID, "catalog_from_image: unknown flags %u",
                      (unsigned)flags);
  if ((s = brf_catalog_new_empty(ctx, &cat)) != BRF_OK) return s;
  s = read_into(cat, "catalog_from_image", image != NULL ? image : "", len, flags);
  if (s != BRF_OK) {
    brf_catalog_free(cat);
    return s;
  }
  *out = cat;
  return BRF_OK;
}

/* Straight into dst, which is touched only once the whole image is valid
 * (a failure gives back what was listed); an exercise whose id dst has is
 * left out (as brf_catalog_merge_json does). */
brf_status brf_catalog_merge_image(brf_catalog *dst, const void *image, size_t len,
                                   uint32_t flags) {
  brf__enter(dst != NULL ? brf__catalog_context(dst) : NULL);
  brf_context *ctx;
  if (dst == NULL) return brf__error(NULL, BRF_E_INVALID, "catalog_merge_image: NULL catalog");
  ctx = brf__catalog_context(dst);
  if (image == NULL && len > 0)
    return brf__error(ctx, BRF_E_INVALID, "catalog_merge_image: NULL image");
  if ((flags & ~(uint32_t)BRF_CATALOG_IMAGE_BORROW) != 0)
    return brf__error(ctx, BRF_E_INVALID, "catalog_merge_image: unknown flags %u",
                      (unsigned)flags);
  if (brf_catalog_is_frozen(dst))
    return brf__error(ctx, BRF_E_STATE, "catalog is frozen: it can no longer be changed");
  return read_into(dst, "catalog_merge_image", image != NULL ? image : "", len, flags);
}
