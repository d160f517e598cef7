/* brf_catalog_import_free_exercise_db: the free-exercise-db catalog (a JSON
 * array of entries: id, name, force, level, mechanic, equipment,
 * primaryMuscles, secondaryMuscles, instructions, category, images) into
 * our model. The mapping table is documented in docs/formats.md ("free-
 * exercise-db import"); every value that maps only approximately or not at
 * all is reported, per entry and field. Every string is carried with the
 * length the parser found (a `view`), so nothing is measured twice: each
 * entry is written straight into the catalog's arena in one piece (no
 * allocation per exercise; docs/performance.md), its summary and media
 * addresses included. The JSON path that error messages name is only pushed
 * when a value is wrong. The array is streamed (brf__json_parse_each):
 * each entry is read as soon as it is parsed and its nodes are dropped
 * after, so the import of free-exercise-db peaks at 2.4 MB instead of 3.4 MB
 * (the text's copy and the catalog, without every node of the document). */
#include <string.h>

#include "backrelief/json.h"
#include "catalog/catalog_codec.h"
#include "internal/advice.h"
#include "util/json.h"
#include "util/json_node.h"

#define MAP_EXACT 0
#define MAP_APPROX 1 /* reported as INFO */
#define MAP_DROP 2   /* no counterpart: reported as CAUTION */

typedef struct map {
  const char *from;
  size_t len; /* of from: values are compared by length and first byte first */
  int32_t to; /* -1 when dropped */
  int how;
} map;

/* The entries of the maps below: an exact counterpart, an approximate one,
 * none. The REST entry ends a map and maps every other text. */
#define EXACT(from, to) {from, sizeof from - 1, to, MAP_EXACT}
#define APPROX(from, to) {from, sizeof from - 1, to, MAP_APPROX}
#define DROP(from) {from, sizeof from - 1, -1, MAP_DROP}
#define REST(to, how) {NULL, 0, to, how}

/* A string with its length, as the parser found it. */
typedef struct view {
  const char *s; /* NUL-terminated too; NULL when absent or JSON null */
  size_t n;
} view;

static const map categories[] = {
    EXACT("strength", BRF_MODALITY_STRENGTH), EXACT("stretching", BRF_MODALITY_STATIC_STRETCH),
    APPROX("powerlifting", BRF_MODALITY_STRENGTH),
    APPROX("olympic weightlifting", BRF_MODALITY_STRENGTH),
    APPROX("strongman", BRF_MODALITY_STRENGTH), APPROX("plyometrics", BRF_MODALITY_STRENGTH),
    APPROX("cardio", BRF_MODALITY_MOBILITY), REST(BRF_MODALITY_STRENGTH, MAP_APPROX),
};

static const map levels[] = {
    EXACT("beginner", BRF_LEVEL_BEGINNER), EXACT("intermediate", BRF_LEVEL_INTERMEDIATE),
    EXACT("expert", BRF_LEVEL_ADVANCED), REST(BRF_LEVEL_INTERMEDIATE, MAP_APPROX),
};

static const map equipment[] = {
    EXACT("body only", BRF_EQUIPMENT_NONE), EXACT("dumbbell", BRF_EQUIPMENT_DUMBBELL),
    EXACT("barbell", BRF_EQUIPMENT_BARBELL), EXACT("kettlebells", BRF_EQUIPMENT_KETTLEBELL),
    EXACT("bands", BRF_EQUIPMENT_BAND), EXACT("foam roll", BRF_EQUIPMENT_FOAM_ROLLER),
    APPROX("e-z curl bar", BRF_EQUIPMENT_BARBELL), APPROX("medicine ball", BRF_EQUIPMENT_DUMBBELL),
    APPROX("cable", BRF_EQUIPMENT_BAND), APPROX("exercise ball", BRF_EQUIPMENT_BENCH),
    /* a gym machine is not a bench: the summary keeps it */
    DROP("machine"), DROP("other"), REST(-1, MAP_DROP),
};

static const map muscles[] = {
    DROP("biceps"), DROP("triceps"), DROP("forearms"), DROP("chest"),
    EXACT("abdominals", BRF_REGION_ABDOMINALS), EXACT("adductors", BRF_REGION_ADDUCTORS),
    EXACT("calves", BRF_REGION_CALVES), EXACT("glutes", BRF_REGION_GLUTES),
    EXACT("hamstrings", BRF_REGION_HAMSTRINGS), EXACT("lower back", BRF_REGION_LOWER_BACK),
    EXACT("middle back", BRF_REGION_MID_BACK), EXACT("neck", BRF_REGION_NECK),
    EXACT("quadriceps", BRF_REGION_QUADRICEPS), EXACT("traps", BRF_REGION_UPPER_BACK),
    APPROX("abductors", BRF_REGION_GLUTES), APPROX("lats", BRF_REGION_MID_BACK),
    APPROX("shoulders", BRF_REGION_UPPER_BACK), REST(-1, MAP_DROP),
};

#define MEDIA_PREFIX "https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/"
#define REF_PREFIX "free-exercise-db: "
#define SOURCE_NOTE "yuhonas/free-exercise-db, public domain (the Unlicense)"
#define MAX_LIST 64 /* regions and equipment per entry */

/* The members of an entry, found in one pass over it. */
enum { F_ID, F_NAME, F_FORCE, F_LEVEL, F_MECHANIC, F_EQUIPMENT, F_PRIMARY, F_SECONDARY,
       F_INSTRUCTIONS, F_CATEGORY, F_IMAGES, F_COUNT };
static const char *const entry_keys[F_COUNT] = {
    "id", "name", "force", "level", "mechanic", "equipment", "primaryMuscles",
    "secondaryMuscles", "instructions", "category", "images"};

/* A map's rows by a hash of their length, first and last byte (open
 * addressing; a vocabulary value is found in about one probe instead of a
 * walk over up to 17 rows). Built for each import, on its stack. */
#define INDEX_SLOTS 64u
typedef struct map_index {
  const map *table;
  const map *rest;           /* the catch-all row */
  uint8_t slot[INDEX_SLOTS]; /* row + 1; 0 when free */
} map_index;

typedef struct importer {
  brf__jr jr;
  map_index categories, levels, equipment, muscles; /* the maps above, indexed */
  brf_context *ctx;
  brf_catalog *cat;
  brf_advice *report; /* NULL when the caller does not want one */
  const char *entry;  /* id of the entry being read, for the report */
  view *strs;         /* instructions then images of the current entry */
  size_t strs_cap;
  char id[80];
  /* The next suffix to try for each slug that was found taken (see
   * suffix_of): open addressing, load at most one half. */
  struct next_suffix *suffixes;
  size_t suffixes_cap, suffixes_count;
  size_t lookups; /* catalog lookups made by slug (brf__catalog_import_fedb_counted) */
  /* A filter of the built-in exercises' ids (bit builtin_bit of each): a
   * slug whose bit is clear is none of them, and needs no binary search. */
  uint64_t builtin_bits[16];
  /* The ids imported so far by a 64-bit hash (open addressing, load at most
   * one half, 0 = free): an id whose hash is not there is not in the
   * catalog, which then is not asked (its lookup hashes the id a byte at a
   * time and reads each exercise its probe meets). */
  uint64_t *ids;
  size_t ids_cap, ids_count;
  uint64_t id_hash; /* of im->id, when taken() last found it free */
  size_t text_len, first_offset; /* for reserve_estimate */
} importer;

/* A slug that was taken, and the first suffix not yet known to be taken
 * with it: the catalog only grows during an import, so every suffix below
 * next stays taken, and starting there gives what trying "-2", "-3", ...
 * gives, with O(1) lookups per entry over the import instead of O(entries
 * with that slug). */
typedef struct next_suffix {
  char base[72]; /* "" = empty slot; a slug has at most 64 bytes */
  uint64_t hash;
  unsigned next;
} next_suffix;

/* The n bytes at a and b are equal: 8 (or 4) at a time, the last word
 * overlapping the one before; no call to memcmp for these short texts. */
static int same(const char *a, const char *b, size_t n) {
  uint64_t x, y;
  uint32_t x4, y4;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      memcpy(&x, a + i, 8);
      memcpy(&y, b + i, 8);
      if (x != y) return 0;
    }
    memcpy(&x, a + n - 8, 8);
    memcpy(&y, b + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    memcpy(&x4, a, 4);
    memcpy(&y4, b, 4);
    if (x4 != y4) return 0;
    memcpy(&x4, a + n - 4, 4);
    memcpy(&y4, b + n - 4, 4);
    return x4 == y4;
  }
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}


static unsigned index_hash(const char *s, size_t n) {
  return (unsigned)(n * 31u + (unsigned char)s[0] * 7u + (unsigned char)s[n - 1]) &
         (INDEX_SLOTS - 1u);
}

static void index_build(map_index *x, const map *table) {
  size_t row = 0;
  x->table = table;
  memset(x->slot, 0, sizeof x->slot);
  for (; table[row].from != NULL; row++) {
    unsigned h = index_hash(table[row].from, table[row].len);
    while (x->slot[h] != 0) h = (h + 1u) & (INDEX_SLOTS - 1u);
    x->slot[h] = (uint8_t)(row + 1); /* rows in order: the first of equal texts wins */
  }
  x->rest = &table[row];
}

static const map *lookup(const map_index *x, view v) {
  if (v.n == 0) return x->rest; /* no row is empty */
  for (unsigned h = index_hash(v.s, v.n); x->slot[h] != 0; h = (h + 1u) & (INDEX_SLOTS - 1u)) {
    const map *m = &x->table[x->slot[h] - 1];
    if (m->len == v.n && same(m->from, v.s, v.n)) return m;
  }
  return x->rest;
}

static void report(importer *im, const char *field, int how, const char *value,
                   const char *what) {
  char rule[64], msg[400];
  if (im->report == NULL || how == MAP_EXACT || im->jr.status != BRF_OK) return;
  brf__format(rule, sizeof rule, "free-exercise-db.%s", field);
  /* The message names our id (what `show` finds); the source stays the entry's id. */
  brf__format(msg, sizeof msg, "%s: %s \"%s\" %s", im->id, field, value, what);
  im->jr.status = brf__advice_add(im->report, rule,
                                  how == MAP_DROP ? BRF_ADVICE_CAUTION : BRF_ADVICE_INFO, msg,
                                  im->entry);
}

static void report_map(importer *im, const char *field, const map *m, const char *value,
                       int32_t kind) {
  char what[120];
  if (im->report == NULL || m->how == MAP_EXACT) return; /* formatting costs: only when asked */
  if (m->how == MAP_DROP) {
    brf__format(what, sizeof what, "has no counterpart and was dropped%s",
                kind == BRF_VOCAB_REGION ? "" : " (kept in the summary)");
  } else {
    brf__format(what, sizeof what, "has no exact counterpart: mapped to %s \"%s\"",
                brf_vocab_kind_name(kind), brf_vocab_id(kind, m->to));
  }
  report(im, field, m->how, value, what);
}

/* A string member that is not a string: NULL for a JSON null, else the
 * error at its path. */
static const char *opt_str(importer *im, const brf__json *const *f, int field) {
  const char *s = NULL;
  if (f[field] == NULL || brf__json_kind(f[field]) == BRF__JSON_NULL) return NULL;
  brf__jr_push_key(&im->jr, entry_keys[field]);
  brf__jr_string(&im->jr, f[field], &s, NULL);
  brf__jr_pop(&im->jr);
  return im->jr.status == BRF_OK ? s : NULL;
}

/* str_field of a member that is absent or not a string. */
static view str_field_other(importer *im, const brf__json *const *f, int field) {
  view v;
  v.s = opt_str(im, f, field); /* only null gets through */
  v.n = v.s ? strlen(v.s) : 0;
  return v;
}

/* A string member with its length; {NULL, 0} when absent or JSON null.
 * Seven per entry: the usual case in line. */
static inline view str_field(importer *im, const brf__json *const *f, int field) {
  view v;
  if (f[field] == NULL || brf__json_node_kind(f[field]) != BRF__JSON_STRING)
    return str_field_other(im, f, field);
  v.s = brf__json_node_str(f[field], &v.n);
  return v;
}

/* Element i < its length of an array (checked by opt_array) that must hold
 * strings ({NULL, 0} after an error, raised at key[i]). */
static view str_at(importer *im, const brf__json *arr, const char *key, size_t i) {
  view v = {NULL, 0};
  const brf__json *n = brf__json_node_items(arr) + i;
  if (brf__json_node_kind(n) == BRF__JSON_STRING) {
    v.s = brf__json_node_str(n, &v.n);
    return v;
  }
  brf__jr_push_key(&im->jr, key);
  brf__jr_push_index(&im->jr, i);
  brf__jr_string(&im->jr, n, &v.s, &v.n);
  brf__jr_pop(&im->jr);
  brf__jr_pop(&im->jr);
  return v;
}

/* An array member's length (0 when absent); a type error otherwise. */
static size_t opt_array(importer *im, const brf__json *n, const char *key) {
  if (n == NULL) return 0;
  if (brf__json_node_kind(n) != BRF__JSON_ARRAY) {
    brf__jr_fail(&im->jr, n, key, "expected an array, found %s",
                 brf__json_kind_name(brf__json_kind(n)));
    return 0;
  }
  return brf__json_node_count(n);
}

/* The field a key names, by its length first; F_COUNT for an unknown key.
 * Each comparison has a constant length, which compilers turn into a few
 * loads instead of a call. */
#define KEY_IS(lit) (memcmp(key, lit, sizeof lit - 1) == 0)
static int field_of(const char *key, size_t n) {
  switch (n) {
  case 2: return KEY_IS("id") ? F_ID : F_COUNT;
  case 4: return KEY_IS("name") ? F_NAME : F_COUNT;
  case 5: return KEY_IS("force") ? F_FORCE : KEY_IS("level") ? F_LEVEL : F_COUNT;
  case 6: return KEY_IS("images") ? F_IMAGES : F_COUNT;
  case 8: return KEY_IS("mechanic") ? F_MECHANIC : KEY_IS("category") ? F_CATEGORY : F_COUNT;
  case 9: return KEY_IS("equipment") ? F_EQUIPMENT : F_COUNT;
  case 12: return KEY_IS("instructions") ? F_INSTRUCTIONS : F_COUNT;
  case 14: return KEY_IS("primaryMuscles") ? F_PRIMARY : F_COUNT;
  case 16: return KEY_IS("secondaryMuscles") ? F_SECONDARY : F_COUNT;
  default: return F_COUNT;
  }
}

/* One pass over the members: 1 when o is an object of known, distinct keys
 * (the usual entry, which needs no other check). */
static int members(const brf__json *o, const brf__json **f) {
  unsigned seen = 0;
  int clean = brf__json_node_kind(o) == BRF__JSON_OBJECT;
  const brf__json *m;
  for (int k = 0; k < F_COUNT; k++) f[k] = NULL;
  if (!clean) return 0;
  m = brf__json_node_items(o);
  for (size_t i = 0, n = brf__json_node_count(o); i < n; i++, m += 2) {
    size_t len;
    const char *key = brf__json_node_str(m, &len);
    int k = field_of(key, len);
    if (k == F_COUNT || (seen >> k & 1u)) {
      clean = 0;
    } else {
      seen |= 1u << k;
      f[k] = m + 1;
    }
  }
  return clean;
}

/* The unknown members, reported as dropped (im->entry must be set). */
static void report_unknown(importer *im, const brf__json *o) {
  for (size_t i = 0; i < brf__json_count(o); i++) {
    const char *key;
    size_t n;
    brf__json_member(o, i, &key, &n);
    if (field_of(key, n) == F_COUNT && strlen(key) == n)
      report(im, key, MAP_DROP, "", "is not a free-exercise-db field and was dropped");
  }
}

static int has_code(const int32_t *c, size_t n, int32_t v) {
  for (size_t i = 0; i < n; i++)
    if (c[i] == v) return 1;
  return 0;
}

/* Muscles to regions: duplicates (two muscles, one region) are merged and a
 * region already primary is not repeated as secondary. */
static size_t regions(importer *im, const brf__json *arr, const char *key, int32_t *out,
                      const int32_t *primary, size_t nprimary) {
  size_t n = opt_array(im, arr, key), k = 0;
  for (size_t i = 0; i < n && im->jr.status == BRF_OK; i++) {
    view v = str_at(im, arr, key, i);
    const map *m;
    if (v.s == NULL) break;
    m = lookup(&im->muscles, v);
    report_map(im, key, m, v.s, BRF_VOCAB_REGION);
    if (m->to < 0 || has_code(out, k, m->to) || has_code(primary, nprimary, m->to)) continue;
    if (k < MAX_LIST) out[k++] = m->to;
  }
  return k;
}

/* The bit of an id of n > 0 bytes in importer.builtin_bits. */
static unsigned builtin_bit(const char *id, size_t n) {
  return (unsigned)(n * 131u + (unsigned char)id[0] * 31u + (unsigned char)id[n / 2] * 7u +
                    (unsigned char)id[n - 1]) &
         1023u;
}

static void builtin_filter(importer *im) {
#if BRF_WITH_BUILTIN_CATALOG
  for (size_t i = 0; i < brf__builtin_count; i++) {
    const char *id = brf__builtin_exercises[i]->id;
    size_t n = strlen(id);
    if (n > 0) {
      unsigned b = builtin_bit(id, n);
      im->builtin_bits[b / 64] |= (uint64_t)1 << (b % 64);
    }
  }
#else
  (void)im;
#endif
}

/* The slug im->id of n > 0 bytes is a built-in exercise's id. */
static int builtin_id(const importer *im, size_t n) {
  unsigned b = builtin_bit(im->id, n);
  return (im->builtin_bits[b / 64] >> (b % 64) & 1u) && brf__builtin_has_id(im->id);
}

static uint64_t hash_slug(const char *s) {
  uint64_t h = 1469598103934665603u; /* FNV-1a */
  for (; *s != '\0'; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}

/* The counter of a slug (one of 64 bytes at most), made with next = 2 when
 * the slug has none; NULL with BRF_E_NOMEM. */
static next_suffix *suffix_of(importer *im, const char *base) {
  uint64_t h = hash_slug(base);
  size_t mask, i;
  if (2 * (im->suffixes_count + 1) > im->suffixes_cap) {
    size_t cap = im->suffixes_cap ? 2 * im->suffixes_cap : 16;
    next_suffix *t = brf__calloc(im->ctx, cap, sizeof *t);
    if (t == NULL) return NULL;
    for (size_t k = 0; k < im->suffixes_cap; k++) {
      if (im->suffixes[k].base[0] == '\0') continue;
      for (i = (size_t)im->suffixes[k].hash & (cap - 1); t[i].base[0] != '\0'; i = (i + 1) & (cap - 1)) {
      }
      t[i] = im->suffixes[k];
    }
    brf__free(im->ctx, im->suffixes);
    im->suffixes = t;
    im->suffixes_cap = cap;
  }
  mask = im->suffixes_cap - 1;
  for (i = (size_t)h & mask; im->suffixes[i].base[0] != '\0'; i = (i + 1) & mask)
    if (im->suffixes[i].hash == h && strcmp(im->suffixes[i].base, base) == 0)
      return &im->suffixes[i];
  memcpy(im->suffixes[i].base, base, strlen(base) + 1);
  im->suffixes[i].hash = h;
  im->suffixes[i].next = 2;
  im->suffixes_count++;
  return &im->suffixes[i];
}

/* The hash of im->id, of n bytes, for im->ids: 8 bytes at a time (the
 * bytes after the id zeroed first), never 0. */
static uint64_t id_hash(importer *im, size_t n) {
  uint64_t h = n * 0x9E3779B97F4A7C15u, w;
  memset(im->id + n, 0, 8); /* n <= 64 < sizeof im->id - 8 */
  for (size_t i = 0; i < n; i += 8) {
    memcpy(&w, im->id + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDu;
    h ^= h >> 32;
  }
  return h | 1u;
}

/* The slot of hash h in im->ids: where it is, or the free one that ends its
 * probe. */
static size_t id_slot(const importer *im, uint64_t h) {
  size_t mask = im->ids_cap - 1, i = (size_t)(h >> 7) & mask;
  while (im->ids[i] != 0 && im->ids[i] != h) i = (i + 1) & mask;
  return i;
}

/* Record the id just added (im->id_hash); 0 when out of memory. */
static int id_add(importer *im) {
  if (2 * (im->ids_count + 1) > im->ids_cap) {
    size_t cap = im->ids_cap ? 2 * im->ids_cap : 1024;
    uint64_t *old = im->ids;
    size_t old_cap = im->ids_cap;
    im->ids = brf__calloc(im->ctx, cap, sizeof *im->ids);
    if (im->ids == NULL) {
      im->ids = old;
      return 0;
    }
    im->ids_cap = cap;
    for (size_t k = 0; k < old_cap; k++)
      if (old[k] != 0) im->ids[id_slot(im, old[k])] = old[k];
    brf__free(im->ctx, old);
  }
  im->ids[id_slot(im, im->id_hash)] = im->id_hash;
  im->ids_count++;
  return 1;
}

/* im->id, of n bytes, is in the catalog: asked of the catalog only when
 * its hash is among the ids imported (a lookup by slug either way, as
 * counted). */
static int taken(importer *im, size_t n) {
  im->lookups++;
  im->id_hash = id_hash(im, n);
  if (im->ids_cap == 0 || im->ids[id_slot(im, im->id_hash)] == 0) return 0;
  return brf_catalog_find(im->cat, im->id) != NULL;
}

/* Id: lowercase ASCII letters and digits, other runs become one hyphen, at
 * most 64 bytes; "-2", "-3"... when the slug is taken (the first suffix
 * free, the slug cut before it to stay within 64 bytes). 1, 0 when the id
 * gives no slug, -1 when out of memory. */
static int slug(importer *im, const char *id) {
  size_t n = 0;
  next_suffix *counter;
  unsigned suffix;
  /* ASCII letters lowered by their 0x20 bit, in line (a call per byte was
   * a twentieth of the import). */
  for (const unsigned char *p = (const unsigned char *)id; *p != '\0' && n < 64; p++) {
    unsigned c = *p, lower = c | 0x20u;
    if (lower - 'a' < 26u) im->id[n++] = (char)lower;
    else if (c - '0' < 10u) im->id[n++] = (char)c;
    else if (n > 0 && im->id[n - 1] != '-') im->id[n++] = '-';
  }
  while (n > 0 && im->id[n - 1] == '-') n--;
  if (n == 0) return 0;
  im->id[n] = '\0';
  if (builtin_id(im, n)) {
    /* A built-in exercise has this id: the imported one would hide behind
     * it (or hide it). It becomes "fedb-<slug>", reported. */
    char taken_id[80];
    memcpy(taken_id, im->id, n + 1);
    if (n > 64 - 5) n = 64 - 5;
    memmove(im->id + 5, im->id, n);
    memcpy(im->id, "fedb-", 5);
    n += 5;
    while (im->id[n - 1] == '-') n--;
    im->id[n] = '\0';
    if (im->report != NULL) {
      char what[160];
      brf__format(what, sizeof what, "is a built-in exercise's id: imported as \"%s\"", im->id);
      report(im, "id", MAP_APPROX, taken_id, what);
    }
  }
  if (!taken(im, n)) return 1;
  counter = suffix_of(im, im->id);
  if (counter == NULL) return -1;
  for (suffix = counter->next;; suffix++) {
    char num[24];
    size_t len = brf__i64_to_str((int64_t)suffix, num), at = n;
    if (at + 1 + len > 64) at = 64 - 1 - len;
    while (at > 0 && counter->base[at - 1] == '-') at--;
    memcpy(im->id, counter->base, at);
    im->id[at] = '-';
    memcpy(im->id + at + 1, num, len + 1);
    if (!taken(im, at + 1 + len)) break;
  }
  counter->next = suffix + 1;
  return 1;
}

/* Room for `need` views in im->strs. */
static int strs_room(importer *im, size_t need) {
  void *p = im->strs;
  if (need <= im->strs_cap) return 1;
  if (brf__grow(im->ctx, &p, &im->strs_cap, need, sizeof *im->strs) != BRF_OK) {
    im->jr.status = BRF_E_NOMEM;
    return 0;
  }
  im->strs = p;
  return 1;
}

/* Instructions (empty steps reported and skipped) then images, into
 * im->strs; the counts go to e. */
static void steps_and_images(importer *im, const brf__json *const *f, brf_exercise *e) {
  const brf__json *arr = f[F_INSTRUCTIONS];
  size_t n = opt_array(im, arr, "instructions"), count = 0, images;
  if (!strs_room(im, n)) return;
  for (size_t i = 0; i < n && im->jr.status == BRF_OK; i++) {
    view v = str_at(im, arr, "instructions", i);
    if (v.s == NULL) break;
    /* Only a string written with escapes can hold a NUL (\u0000): the
     * parser refused one in any other. */
    if (v.n == 0 || (brf__json_node_escaped(brf__json_node_items(arr) + i) &&
                     memchr(v.s, '\0', v.n) != NULL)) {
      report(im, "instructions", MAP_DROP, "", "step is empty or holds a NUL and was dropped");
      continue;
    }
    im->strs[count++] = v;
  }
  e->instructions.count = count;
  arr = f[F_IMAGES];
  images = im->jr.status == BRF_OK ? opt_array(im, arr, "images") : 0;
  if (!strs_room(im, count + images)) return;
  for (size_t i = 0; i < images && im->jr.status == BRF_OK; i++) {
    view v = str_at(im, arr, "images", i);
    if (v.s == NULL) break;
    im->strs[count++] = v;
  }
  e->media.count = count - e->instructions.count;
}

/* Writing the packed entry: each string is copied with its NUL. */
static inline char *put(char *d, const char *s, size_t n) {
  memcpy(d, s, n);
  return d + n;
}
#define PUT_LIT(d, lit) put(d, lit, sizeof lit - 1)

static char *put_or_none(char *d, view v) {
  return v.s ? put(d, v.s, v.n) : PUT_LIT(d, "(none)");
}

/* The summary's fields, in order, and its text without them. */
enum { S_CATEGORY, S_EQUIPMENT, S_FORCE, S_MECHANIC, S_LEVEL, S_COUNT };
#define S_CATEGORY_LABEL "free-exercise-db: category "
#define S_EQUIPMENT_LABEL ", equipment "
#define S_FORCE_LABEL ", force "
#define S_MECHANIC_LABEL ", mechanic "
#define S_LEVEL_LABEL ", level "
#define S_LABELS_LEN                                                                      \
  (sizeof S_CATEGORY_LABEL + sizeof S_EQUIPMENT_LABEL + sizeof S_FORCE_LABEL +            \
   sizeof S_MECHANIC_LABEL + sizeof S_LEVEL_LABEL - 5 + sizeof ".")

/* The entry as one block of the catalog's arena: the exercise, its pointer
 * arrays, its codes, its source, then its text. Every length is known, so
 * the block is measured and filled in one go each. */
static void pack_entry(importer *im, brf_exercise *e, const view *summary, view raw_id,
                       view name) {
  size_t nstr = e->instructions.count + e->media.count, id_len = strlen(im->id);
  size_t ncodes = e->primary.count + e->secondary.count + e->equipment.count;
  size_t size = sizeof(brf_exercise), strs_at, codes_at, src_at, text_at;
  brf__arena_mark mark;
  char *block, *d;
  const char **strs;
  int32_t *codes;
  brf__source *src;
  brf_exercise *o;
  strs_at = size = (size + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *);
  size += nstr * sizeof *strs;
  codes_at = size;
  size += ncodes * sizeof *codes;
  src_at = size = (size + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *);
  size += sizeof *src;
  text_at = size;
  size += id_len + 1 + name.n + 1 + sizeof REF_PREFIX + raw_id.n + S_LABELS_LEN;
  for (int k = 0; k < S_COUNT; k++) size += summary[k].s ? summary[k].n : 6;
  for (size_t i = 0; i < nstr; i++) size += im->strs[i].n + 1;
  size += e->media.count * (sizeof MEDIA_PREFIX - 1);
  block = brf__catalog_arena_take(im->cat, size, &mark);
  if (block == NULL) {
    im->jr.status = BRF_E_NOMEM;
    return;
  }
  o = (brf_exercise *)(void *)block;
  strs = (const char **)(void *)(block + strs_at);
  codes = (int32_t *)(void *)(block + codes_at);
  src = (brf__source *)(void *)(block + src_at);
  d = block + text_at;
  *o = *e;
  o->owned = BRF__OWNED_ARENA;
  o->id = d;
  d = put(d, im->id, id_len + 1);
  o->name = d;
  d = put(d, name.s, name.n + 1);
  o->summary = d;
  d = put_or_none(PUT_LIT(d, S_CATEGORY_LABEL), summary[S_CATEGORY]);
  d = put_or_none(PUT_LIT(d, S_EQUIPMENT_LABEL), summary[S_EQUIPMENT]);
  d = put_or_none(PUT_LIT(d, S_FORCE_LABEL), summary[S_FORCE]);
  d = put_or_none(PUT_LIT(d, S_MECHANIC_LABEL), summary[S_MECHANIC]);
  d = put_or_none(PUT_LIT(d, S_LEVEL_LABEL), summary[S_LEVEL]);
  d = put(d, ".", 2);
  src->kind = BRF_SOURCE_DATABASE;
  src->ref = d;
  d = PUT_LIT(d, REF_PREFIX);
  d = put(d, raw_id.s, raw_id.n + 1);
  src->note = SOURCE_NOTE;
  o->sources = src;
  o->source_count = 1;
  for (size_t i = 0; i < nstr; i++) {
    strs[i] = d;
    if (i >= e->instructions.count) d = PUT_LIT(d, MEDIA_PREFIX);
    d = put(d, im->strs[i].s, im->strs[i].n + 1);
  }
  o->instructions.items = e->instructions.count ? strs : NULL;
  o->media.items = e->media.count ? strs + e->instructions.count : NULL; /* never NULL + 0 */
  o->primary.items = e->primary.count ? memcpy(codes, e->primary.items, e->primary.count * 4) : NULL;
  codes += e->primary.count;
  o->secondary.items =
      e->secondary.count ? memcpy(codes, e->secondary.items, e->secondary.count * 4) : NULL;
  codes += e->secondary.count;
  o->equipment.items =
      e->equipment.count ? memcpy(codes, e->equipment.items, e->equipment.count * 4) : NULL;
  im->jr.status = brf__catalog_add_packed(im->cat, o, &mark);
  if (im->jr.status == BRF_OK && !id_add(im)) im->jr.status = BRF_E_NOMEM;
}

static void read_entry(importer *im, const brf__json *o) {
  brf_exercise e;
  int32_t primary[MAX_LIST], secondary[MAX_LIST], equip[1];
  view raw_id, name, sum[S_COUNT];
  const brf__json *f[F_COUNT];
  int clean;
  const map *m;
  static const view none = {"", 0}, body_only = {"body only", 9};
  memset(&e, 0, sizeof e);
  clean = members(o, f);
  /* Anything but an object of known, distinct keys gets the full check: not
   * an object or a repeated key is an error; unknown keys are reported. */
  if (!clean && brf__jr_object(&im->jr, o, NULL) != BRF_OK) return;
  if (f[F_ID] == NULL || f[F_NAME] == NULL) {
    brf__jr_fail(&im->jr, o, f[F_ID] == NULL ? "id" : "name", "required key is missing");
    return;
  }
  raw_id = str_field(im, f, F_ID);
  name = str_field(im, f, F_NAME);
  if (im->jr.status != BRF_OK) return;
  if (raw_id.s == NULL || name.s == NULL) {
    brf__jr_fail(&im->jr, f[raw_id.s == NULL ? F_ID : F_NAME], raw_id.s == NULL ? "id" : "name",
                 "expected a string, found null");
    return;
  }
  im->entry = raw_id.s;
  switch (slug(im, raw_id.s)) {
  case 0:
    brf__jr_fail(&im->jr, f[F_ID], "id", "\"%s\" gives no id", raw_id.s);
    return;
  case -1:
    im->jr.status = BRF_E_NOMEM;
    return;
  default:
    break;
  }
  if (im->report != NULL && !clean) report_unknown(im, o);
  if (name.n == 0) brf__jr_fail(&im->jr, f[F_NAME], "name", "must not be empty");
  sum[S_CATEGORY] = str_field(im, f, F_CATEGORY);
  sum[S_EQUIPMENT] = str_field(im, f, F_EQUIPMENT);
  sum[S_FORCE] = str_field(im, f, F_FORCE);
  sum[S_MECHANIC] = str_field(im, f, F_MECHANIC);
  sum[S_LEVEL] = str_field(im, f, F_LEVEL);
  if (im->jr.status != BRF_OK) return;
  e.id = im->id;
  e.name = name.s;
  m = lookup(&im->categories, sum[S_CATEGORY].s ? sum[S_CATEGORY] : none);
  e.modality = m->to;
  /* Self-myofascial release ("-SMR") is filed as stretching with a foam roller. */
  if (sum[S_CATEGORY].s && m->to == BRF_MODALITY_STATIC_STRETCH && m->how == MAP_EXACT &&
      sum[S_EQUIPMENT].s && lookup(&im->equipment, sum[S_EQUIPMENT])->to == BRF_EQUIPMENT_FOAM_ROLLER) {
    e.modality = BRF_MODALITY_SELF_MASSAGE;
    report(im, "category", MAP_APPROX, sum[S_CATEGORY].s,
           "with a foam roll is self-massage: mapped to modality \"self-massage\"");
  } else {
    report_map(im, "category", m, sum[S_CATEGORY].s ? sum[S_CATEGORY].s : "", BRF_VOCAB_MODALITY);
  }
  m = lookup(&im->levels, sum[S_LEVEL].s ? sum[S_LEVEL] : none);
  e.level = m->to;
  report_map(im, "level", m, sum[S_LEVEL].s ? sum[S_LEVEL].s : "", BRF_VOCAB_LEVEL);
  e.laterality = BRF_LATERALITY_BOTH_SIDES;
  e.position = -1;
  m = lookup(&im->equipment, sum[S_EQUIPMENT].s ? sum[S_EQUIPMENT] : body_only);
  if (sum[S_EQUIPMENT].s == NULL)
    report(im, "equipment", MAP_APPROX, "null", "is not given: mapped to \"none\"");
  else report_map(im, "equipment", m, sum[S_EQUIPMENT].s, BRF_VOCAB_EQUIPMENT);
  equip[0] = m->to;
  e.equipment.items = equip;
  e.equipment.count = m->to >= 0 ? 1 : 0;
  e.primary.count = regions(im, f[F_PRIMARY], "primaryMuscles", primary, NULL, 0);
  e.primary.items = primary;
  e.secondary.count =
      regions(im, f[F_SECONDARY], "secondaryMuscles", secondary, primary, e.primary.count);
  e.secondary.items = secondary;
  steps_and_images(im, f, &e);
  if (im->jr.status != BRF_OK) return;
  e.default_dose = e.dose_note = "";
  e.estimate_min_ms = e.estimate_max_ms = -1;
  pack_entry(im, &e, sum, raw_id, name);
}

/* After the first ESTIMATE_AFTER entries, the catalog gets room for as many
 * as the rest of the text holds at their average size, three quarters of
 * it, at most one per 256 bytes of text: its arrays and hash are then not
 * rebuilt at each doubling (4 % of the load's time under perf). Fewer grow
 * as before; more waste at most 0.2 bytes a byte of text. */
#define ESTIMATE_AFTER 8u
static void reserve_estimate(importer *im, const brf__json *entry) {
  size_t at = brf__json_offset(entry), per = (at - im->first_offset) / ESTIMATE_AFTER, n;
  if (per == 0 || at >= im->text_len) return;
  int64_t limit = brf__limit(im->ctx, BRF_LIMIT_IMPORT_ENTRIES);
  n = (im->text_len - at) / per / 4 * 3;
  if (n > im->text_len / 256) n = im->text_len / 256;
  if (limit >= 0 && (uint64_t)n > (uint64_t)limit) n = (size_t)limit; /* never more */
  /* Only a hint: when the room cannot be had, the catalog grows as it goes
   * (and fails only if that fails), so a small heap imports as before. */
  if (n > 0 && brf__catalog_reserve(im->cat, n) != BRF_OK) brf__clear_error(im->ctx);
}

/* Each entry is read as soon as the parser has it, while its bytes are
 * still in cache (a whole document of 1 MB is not). */
static brf_status import_entry(void *user, const brf__json_doc *doc, size_t index,
                               const brf__json *entry) {
  importer *im = user;
  if (brf__over_limit(im->ctx, BRF_LIMIT_IMPORT_ENTRIES, (uint64_t)index + 1))
    return brf__limit_error(im->ctx, BRF_LIMIT_IMPORT_ENTRIES, "import");
  if (index == 0) {
    brf__jr_init(&im->jr, im->ctx, doc);
    im->first_offset = brf__json_offset(entry);
  } else if (index == ESTIMATE_AFTER) {
    reserve_estimate(im, entry);
  }
  brf__jr_push_index(&im->jr, index);
  read_entry(im, entry);
  brf__jr_pop(&im->jr);
  return im->jr.status;
}

/* After the parse: the top-level value must have been an array. */
static brf_status check_root(importer *im, const brf__json_doc *doc) {
  const brf__json *root = brf__json_root(doc);
  brf__jr_init(&im->jr, im->ctx, doc);
  if (brf__json_kind(root) != BRF__JSON_ARRAY)
    return brf__jr_fail(&im->jr, root, NULL, "expected an array of exercises, found %s",
                        brf__json_kind_name(brf__json_kind(root)));
  return BRF_OK;
}

brf_status brf_catalog_import_free_exercise_db(brf_context *ctx, const char *text, size_t len,
                                               uint32_t flags, brf_catalog **out,
                                               brf_advice **report_out) {
  brf__enter(ctx);
  return brf__catalog_import_fedb_counted(ctx, text, len, flags, out, report_out, NULL);
}

brf_status brf__catalog_import_fedb_counted(brf_context *ctx, const char *text, size_t len,
                                            uint32_t flags, brf_catalog **out,
                                            brf_advice **report_out, size_t *lookups) {
  if (lookups) *lookups = 0;
  if (report_out) *report_out = NULL;
  brf_status s =
      brf__catalog_check_json_args(ctx, "import_free_exercise_db", text, len, flags, out);
  if (s != BRF_OK) return s;
  brf__json_doc *doc = NULL;
  importer im = {.ctx = ctx, .text_len = len};
  index_build(&im.categories, categories);
  index_build(&im.levels, levels);
  index_build(&im.equipment, equipment);
  index_build(&im.muscles, muscles);
  builtin_filter(&im);
  s = brf_catalog_new_empty(ctx, &im.cat);
  if (s == BRF_OK && report_out) s = brf__advice_new(ctx, &im.report);
  if (s == BRF_OK)
    s = brf__json_parse_each(ctx, text != NULL ? text : "", len, 0, import_entry, &im, &doc);
  if (s == BRF_OK) s = check_root(&im, doc);
  brf__free(ctx, im.strs);
  brf__free(ctx, im.suffixes);
  brf__free(ctx, im.ids);
  brf__json_doc_free(doc);
  if (lookups) *lookups = im.lookups;
  if (s != BRF_OK) {
    if (s == BRF_E_NOMEM) brf__nomem(ctx);
    brf_catalog_free(im.cat);
    brf_advice_free(im.report);
    return s;
  }
  *out = im.cat;
  if (report_out) *report_out = im.report;
  return BRF_OK;
}

brf_status brf_catalog_import_free_exercise_db_v2(brf_context *ctx, const char *text, size_t len,
                                                  uint32_t flags, brf_advice **report,
                                                  brf_catalog **out) {
  return brf_catalog_import_free_exercise_db(ctx, text, len, flags, out, report);
}
