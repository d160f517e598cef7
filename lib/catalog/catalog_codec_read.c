/* brf_catalog_from_json: the catalog format (docs/formats.md) into a new
 * catalog. Doses are parsed in any valid notation and stored canonical. The
 * catalog is built aside and handed out only when the whole document is
 * valid.
 *
 * Two readers share the work (docs/performance.md, "CLI start-up"):
 *   - the fast one (fast_exercise) reads a valid exercise in one pass over
 *     its members (keys found by a small hash, each once), carries every
 *     string with the length the parser found (a `view`), and writes the
 *     exercise, its arrays and its text into one block of the catalog's
 *     arena: no allocation per exercise or field (a dose costs the parse's
 *     one; canonical doses go to a buffer reused across exercises);
 *   - the checked one (read_exercise) is the reference: it reads through
 *     the schema layer with the JSON path of every value. The fast reader
 *     gives up on anything it does not accept (a wrong type, an unknown or
 *     repeated key, a bad value, a duplicate id) before it changes
 *     anything, and the checked one reads that exercise again and reports
 *     the error exactly as it always has. So every message, status and
 *     position stays the checked reader's, and an exercise the fast reader
 *     accepts is one the checked reader accepts.
 * brf__catalog_from_json_checked reads with the checked reader alone; a
 * differential fuzz target (tests/fuzz/fuzz_catalog_diff.c) and a unit test
 * over every valid fixture (tests/unit/catalog/test_catalog_readers.c) check
 * that both readers agree on accept or reject, status and message, and that
 * what they accept writes back (brf_catalog_to_json) to the same bytes with
 * the same time estimates and query keys (docs/testing.md). */
#include <string.h>

#include "backrelief/json.h"
#include "catalog/catalog_codec.h"
#include "internal/dosage.h"
#include "util/json.h"

#define VOCAB_MAX 32 /* the largest vocabulary (conditions) has 27 ids */

/* A growable array of elements of one type; pools are reset per exercise. */
typedef struct pool {
  void *items;
  size_t count, cap, elem;
} pool;

/* A string with its length, as the parser found it (NUL-terminated too). */
typedef struct view {
  const char *s;
  size_t n;
} view;

/* The allowed keys of one kind of object, found by length and two bytes:
 * at most 32 keys of 1 to 255 bytes in 64 slots. */
#define KEY_SLOTS 64
typedef struct keyset {
  const char *const *keys;
  size_t count;
  uint8_t lens[32];
  uint8_t slot[KEY_SLOTS]; /* index + 1; 0 = empty */
} keyset;

typedef struct reader {
  brf__jr jr;
  brf_context *ctx;
  brf_catalog *cat;
  pool strs;   /* const char * */
  pool codes;  /* int32_t */
  pool contra; /* brf__contra */
  pool alt;    /* brf__alt_dose */
  pool links;  /* brf__link */
  pool srcs;   /* brf__source */
  pool owned;  /* char *: canonical doses of the current exercise */
  const char *names[BRF_VOCAB_KIND_COUNT][VOCAB_MAX + 1];
  /* The fast reader's state (see the top of the file). */
  size_t name_lens[BRF_VOCAB_KIND_COUNT][VOCAB_MAX];
  pool views;  /* view: the strings of the current exercise */
  pool fcontra; /* fcontra */
  pool falt;    /* falt */
  pool flinks;  /* flink */
  pool fsrcs;   /* fsource */
  brf__buf doses; /* canonical doses of the current exercise */
  keyset ks_exercise, ks_region, ks_contra, ks_alt, ks_source, ks_link;
  int checked_only; /* brf__catalog_from_json_checked: the fast reader never runs */
} reader;

typedef struct span {
  size_t start, count;
} span;

static const char *const top_keys[] = {"format", "format_version", "exercises", NULL};
static const char *const exercise_keys[] = {
    "id", "name", "aliases", "summary", "modality", "regions", "equipment", "level",
    "laterality", "position", "instructions", "cues", "cautions", "contraindications",
    "default_dose", "dose_note", "alternative_doses", "progressions", "regressions", "sources",
    "media", NULL};
static const char *const region_keys[] = {"primary", "secondary", NULL};
static const char *const contra_keys[] = {"condition", "action", "note", NULL};
static const char *const alt_keys[] = {"dose", "source", "note", NULL};
static const char *const source_keys[] = {"kind", "ref", "note", NULL};
static const char *const link_keys[] = {"exercise", "note", "variation", NULL};

static void *pool_push(reader *rd, pool *p) {
  void *items = p->items;
  if (rd->jr.status != BRF_OK) return NULL;
  if (brf__grow(rd->ctx, &items, &p->cap, p->count + 1, p->elem) != BRF_OK) {
    rd->jr.status = BRF_E_NOMEM;
    return NULL;
  }
  p->items = items;
  return (char *)items + p->elem * p->count++;
}

static void free_owned(reader *rd) {
  char **o = rd->owned.items;
  for (size_t i = 0; i < rd->owned.count; i++) brf__free(rd->ctx, o[i]);
  rd->owned.count = 0;
}

static int vocab_names(reader *rd) {
  for (int32_t k = 0; k < BRF_VOCAB_KIND_COUNT; k++) {
    size_t n = brf_vocab_count(k);
    if (n > VOCAB_MAX) return 0;
    for (size_t i = 0; i < n; i++) {
      rd->names[k][i] = brf_vocab_id(k, (int32_t)i);
      rd->name_lens[k][i] = strlen(rd->names[k][i]);
    }
    rd->names[k][n] = NULL;
  }
  return 1;
}

/* A string member as a C string: no NUL inside, non-empty when required. */
static const char *text(reader *rd, const brf__json *o, const char *key, int required,
                        int nonempty) {
  const char *s = NULL;
  size_t len = 0;
  if (required) brf__jr_req_string(&rd->jr, o, key, &s, &len);
  else brf__jr_opt_string(&rd->jr, o, key, &s, &len);
  if (rd->jr.status != BRF_OK) return "";
  if (s == NULL) s = "";
  if (strlen(s) != len) {
    brf__jr_fail(&rd->jr, brf__json_get(o, key), key, "contains a NUL character");
  } else if (nonempty && len == 0) {
    brf__jr_fail(&rd->jr, brf__json_get(o, key), key, "must not be empty");
  }
  return s;
}

static const char *text_node(reader *rd, const brf__json *n) {
  const char *s = NULL;
  size_t len = 0;
  if (brf__jr_string(&rd->jr, n, &s, &len) != BRF_OK) return "";
  if (strlen(s) != len) brf__jr_fail(&rd->jr, n, NULL, "contains a NUL character");
  else if (len == 0) brf__jr_fail(&rd->jr, n, NULL, "must not be empty");
  return s;
}

static span text_list(reader *rd, const brf__json *o, const char *key) {
  const brf__json *arr;
  span sp = {rd->strs.count, 0};
  brf__jr_opt_array(&rd->jr, o, key, &arr, &sp.count);
  brf__jr_push_key(&rd->jr, key);
  for (size_t i = 0; i < sp.count && rd->jr.status == BRF_OK; i++) {
    const char **slot;
    brf__jr_push_index(&rd->jr, i);
    slot = pool_push(rd, &rd->strs);
    if (slot) *slot = text_node(rd, brf__json_at(arr, i));
    brf__jr_pop(&rd->jr);
  }
  brf__jr_pop(&rd->jr);
  return sp;
}

static span code_list(reader *rd, const brf__json *o, const char *key, int32_t kind) {
  const brf__json *arr;
  span sp = {rd->codes.count, 0};
  brf__jr_opt_array(&rd->jr, o, key, &arr, &sp.count);
  brf__jr_push_key(&rd->jr, key);
  for (size_t i = 0; i < sp.count && rd->jr.status == BRF_OK; i++) {
    int32_t v = 0, *slot;
    brf__jr_push_index(&rd->jr, i);
    brf__jr_enum(&rd->jr, brf__json_at(arr, i), rd->names[kind], &v);
    slot = pool_push(rd, &rd->codes);
    if (slot) *slot = v;
    brf__jr_pop(&rd->jr);
  }
  brf__jr_pop(&rd->jr);
  return sp;
}

/* A dose member: any valid notation, kept canonical; "" when absent or empty
 * (only where allow_empty). A bad notation is a schema error at its path. */
static const char *dose(reader *rd, const brf__json *o, const char *key, int required,
                        int32_t modality, int64_t *lo, int64_t *hi) {
  const char *s = text(rd, o, key, required, required);
  char *canon, **slot;
  brf_status st;
  if (rd->jr.status != BRF_OK || *s == '\0') return s;
  st = brf__catalog_dose(rd->ctx, s, strlen(s), modality, &canon, lo, hi);
  if (st != BRF_OK) {
    if (st == BRF_E_NOMEM) {
      rd->jr.status = BRF_E_NOMEM;
    } else {
      /* Numbers outside the notation's bounds keep BRF_E_RANGE, as
       * brf_dosage_parse gives it; any other bad notation is BRF_E_SCHEMA. */
      char detail[300];
      brf__format(detail, sizeof detail, "%s", brf_context_errmsg(rd->ctx));
      brf__jr_fail_code(&rd->jr, st == BRF_E_RANGE ? BRF_E_RANGE : BRF_E_SCHEMA,
                        brf__json_get(o, key), key, "bad dose notation \"%s\": %s", s, detail);
    }
    return "";
  }
  slot = pool_push(rd, &rd->owned);
  if (slot == NULL) {
    brf__free(rd->ctx, canon);
    return "";
  }
  *slot = canon;
  return canon;
}

static void read_source(reader *rd, const brf__json *o, brf__source *out) {
  brf__jr_object(&rd->jr, o, source_keys);
  brf__jr_req_enum(&rd->jr, o, "kind", rd->names[BRF_VOCAB_SOURCE_KIND], &out->kind);
  out->ref = text(rd, o, "ref", 1, 1);
  out->note = text(rd, o, "note", 0, 0);
}

/* Each element of an array of objects is read by one of these. */
typedef void (*read_fn)(reader *rd, const brf__json *o, void *out);

static void read_contra(reader *rd, const brf__json *o, void *out) {
  brf__contra *c = out;
  brf__jr_object(&rd->jr, o, contra_keys);
  brf__jr_req_enum(&rd->jr, o, "condition", rd->names[BRF_VOCAB_CONDITION], &c->condition);
  brf__jr_req_enum(&rd->jr, o, "action", rd->names[BRF_VOCAB_ACTION], &c->action);
  c->note = text(rd, o, "note", 0, 0);
}

static void read_alt(reader *rd, const brf__json *o, void *out) {
  brf__alt_dose *a = out;
  const brf__json *src;
  brf__jr_object(&rd->jr, o, alt_keys);
  a->dose = dose(rd, o, "dose", 1, -1, NULL, NULL);
  brf__jr_req_object(&rd->jr, o, "source", source_keys, &src);
  brf__jr_push_key(&rd->jr, "source");
  memset(&a->source, 0, sizeof a->source);
  a->source.ref = a->source.note = "";
  if (rd->jr.status == BRF_OK) read_source(rd, src, &a->source);
  brf__jr_pop(&rd->jr);
  a->note = text(rd, o, "note", 0, 0);
}

static void read_source_el(reader *rd, const brf__json *o, void *out) {
  read_source(rd, o, out);
}

/* A link names another exercise (with an optional note) or a variation. */
static void read_link(reader *rd, const brf__json *o, void *out) {
  brf__link *l = out;
  l->exercise = NULL;
  l->text = "";
  brf__jr_object(&rd->jr, o, link_keys);
  if (rd->jr.status != BRF_OK) return;
  if (brf__json_get(o, "exercise") != NULL) {
    const char *id = text(rd, o, "exercise", 1, 1);
    if (rd->jr.status == BRF_OK && !brf__catalog_slug_valid(id))
      brf__jr_fail(&rd->jr, brf__json_get(o, "exercise"), "exercise", "\"%s\" is not an id", id);
    if (brf__json_get(o, "variation") != NULL)
      brf__jr_fail(&rd->jr, brf__json_get(o, "variation"), "variation",
                   "a link has either \"exercise\" or \"variation\", not both");
    l->exercise = id;
    l->text = text(rd, o, "note", 0, 0);
  } else {
    if (brf__json_get(o, "note") != NULL)
      brf__jr_fail(&rd->jr, brf__json_get(o, "note"), "note",
                   "only a link to an exercise has a note");
    l->text = text(rd, o, "variation", 1, 1);
  }
}

static span object_list(reader *rd, const brf__json *o, const char *key, pool *p, read_fn fn) {
  const brf__json *arr;
  span sp = {p->count, 0};
  brf__jr_opt_array(&rd->jr, o, key, &arr, &sp.count);
  brf__jr_push_key(&rd->jr, key);
  for (size_t i = 0; i < sp.count && rd->jr.status == BRF_OK; i++) {
    void *slot;
    brf__jr_push_index(&rd->jr, i);
    slot = pool_push(rd, p);
    if (slot) fn(rd, brf__json_at(arr, i), slot);
    brf__jr_pop(&rd->jr);
  }
  brf__jr_pop(&rd->jr);
  return sp;
}

typedef struct spans {
  span aliases, primary, secondary, equipment, instructions, cues, cautions, media;
  span contra, alt, progressions, regressions, sources;
} spans;

static void read_regions(reader *rd, const brf__json *o, spans *sp) {
  const brf__json *regions = NULL;
  sp->primary.start = sp->secondary.start = rd->codes.count;
  sp->primary.count = sp->secondary.count = 0;
  brf__jr_opt_object(&rd->jr, o, "regions", region_keys, &regions);
  if (regions == NULL || rd->jr.status != BRF_OK) return;
  brf__jr_push_key(&rd->jr, "regions");
  sp->primary = code_list(rd, regions, "primary", BRF_VOCAB_REGION);
  sp->secondary = code_list(rd, regions, "secondary", BRF_VOCAB_REGION);
  brf__jr_pop(&rd->jr);
}

/* Lists point into the pools only once nothing grows them any more. */
static void attach(const reader *rd, brf_exercise *e, const spans *sp) {
  const char **strs = rd->strs.items;
  int32_t *codes = rd->codes.items;
#define STRS(f) e->f.items = sp->f.count ? strs + sp->f.start : NULL, e->f.count = sp->f.count
#define CODES(f) e->f.items = sp->f.count ? codes + sp->f.start : NULL, e->f.count = sp->f.count
  STRS(aliases);
  STRS(instructions);
  STRS(cues);
  STRS(cautions);
  STRS(media);
  CODES(primary);
  CODES(secondary);
  CODES(equipment);
#undef STRS
#undef CODES
  /* An empty pool has no array: NULL, never NULL + 0. */
  e->contra = sp->contra.count ? (const brf__contra *)rd->contra.items + sp->contra.start : NULL;
  e->contra_count = sp->contra.count;
  e->alt_doses = sp->alt.count ? (const brf__alt_dose *)rd->alt.items + sp->alt.start : NULL;
  e->alt_dose_count = sp->alt.count;
  e->progressions = sp->progressions.count
                        ? (const brf__link *)rd->links.items + sp->progressions.start
                        : NULL;
  e->progression_count = sp->progressions.count;
  e->regressions =
      sp->regressions.count ? (const brf__link *)rd->links.items + sp->regressions.start : NULL;
  e->regression_count = sp->regressions.count;
  e->sources = sp->sources.count ? (const brf__source *)rd->srcs.items + sp->sources.start : NULL;
  e->source_count = sp->sources.count;
}

static void read_exercise(reader *rd, const brf__json *o) {
  brf_exercise e;
  spans sp;
  brf__jr *r = &rd->jr;
  memset(&e, 0, sizeof e);
  rd->strs.count = rd->codes.count = rd->contra.count = rd->alt.count = 0;
  rd->links.count = rd->srcs.count = 0;
  brf__jr_object(r, o, exercise_keys);
  e.id = text(rd, o, "id", 1, 1);
  if (r->status == BRF_OK && !brf__catalog_slug_valid(e.id))
    brf__jr_fail(r, brf__json_get(o, "id"), "id",
                 "\"%s\" is not an id (a-z, 0-9 and single hyphens, at most 64 bytes)", e.id);
  if (r->status == BRF_OK && brf_catalog_find(rd->cat, e.id) != NULL)
    brf__jr_fail(r, brf__json_get(o, "id"), "id", "duplicate exercise id \"%s\"", e.id);
  e.name = text(rd, o, "name", 1, 1);
  sp.aliases = text_list(rd, o, "aliases");
  e.summary = text(rd, o, "summary", 0, 0);
  brf__jr_req_enum(r, o, "modality", rd->names[BRF_VOCAB_MODALITY], &e.modality);
  read_regions(rd, o, &sp);
  sp.equipment = code_list(rd, o, "equipment", BRF_VOCAB_EQUIPMENT);
  brf__jr_opt_enum(r, o, "level", rd->names[BRF_VOCAB_LEVEL], BRF_LEVEL_BEGINNER, &e.level);
  brf__jr_opt_enum(r, o, "laterality", rd->names[BRF_VOCAB_LATERALITY],
                   BRF_LATERALITY_BOTH_SIDES, &e.laterality);
  brf__jr_opt_enum(r, o, "position", rd->names[BRF_VOCAB_POSITION], -1, &e.position);
  sp.instructions = text_list(rd, o, "instructions");
  sp.cues = text_list(rd, o, "cues");
  sp.cautions = text_list(rd, o, "cautions");
  sp.contra = object_list(rd, o, "contraindications", &rd->contra, read_contra);
  e.estimate_min_ms = e.estimate_max_ms = -1;
  e.default_dose = dose(rd, o, "default_dose", 0, e.modality, &e.estimate_min_ms,
                        &e.estimate_max_ms);
  e.dose_note = text(rd, o, "dose_note", 0, 0);
  sp.alt = object_list(rd, o, "alternative_doses", &rd->alt, read_alt);
  sp.progressions = object_list(rd, o, "progressions", &rd->links, read_link);
  sp.regressions = object_list(rd, o, "regressions", &rd->links, read_link);
  sp.sources = object_list(rd, o, "sources", &rd->srcs, read_source_el);
  sp.media = text_list(rd, o, "media");
  if (r->status != BRF_OK) return;
  attach(rd, &e, &sp);
  r->status = brf__catalog_add_exercise(rd->cat, &e); /* only NOMEM is left to fail */
}

/* ---- the fast reader (see the top of the file) ---- */

typedef struct fsource {
  int32_t kind;
  view ref, note;
} fsource;

typedef struct fcontra {
  int32_t condition, action;
  view note;
} fcontra;

typedef struct falt {
  size_t dose_at, dose_len; /* in rd->doses */
  fsource source;
  view note;
} falt;

typedef struct flink {
  view exercise; /* s NULL for a named variation */
  view text;
} flink;

static size_t key_hash(const char *k, size_t n) {
  return (n * 7u + (unsigned char)k[0] * 3u + (unsigned char)k[n - 1]) & (KEY_SLOTS - 1);
}

static void keyset_init(keyset *ks, const char *const *keys) {
  memset(ks, 0, sizeof *ks);
  ks->keys = keys;
  for (size_t i = 0; keys[i] != NULL && i < 32; i++, ks->count++) {
    size_t n = strlen(keys[i]), h = key_hash(keys[i], n);
    ks->lens[i] = (uint8_t)n;
    while (ks->slot[h] != 0) h = (h + 1) & (KEY_SLOTS - 1);
    ks->slot[h] = (uint8_t)(i + 1);
  }
}

static int keyset_find(const keyset *ks, const char *k, size_t n) {
  if (n == 0 || n > 255) return -1;
  for (size_t h = key_hash(k, n); ks->slot[h] != 0; h = (h + 1) & (KEY_SLOTS - 1)) {
    size_t i = ks->slot[h] - 1u;
    if (ks->lens[i] == n && memcmp(ks->keys[i], k, n) == 0) return (int)i;
  }
  return -1;
}

/* The members of o by key index, when o is an object of distinct, allowed
 * keys; 0 otherwise (the checked reader says what is wrong). */
static int fields(const keyset *ks, const brf__json *o, const brf__json **f) {
  uint32_t seen = 0;
  size_t n;
  for (size_t i = 0; i < ks->count; i++) f[i] = NULL;
  if (brf__json_kind(o) != BRF__JSON_OBJECT) return 0;
  n = brf__json_count(o);
  for (size_t i = 0; i < n; i++) {
    const char *k;
    size_t kn;
    const brf__json *v = brf__json_member(o, i, &k, &kn);
    int at = keyset_find(ks, k, kn);
    if (at < 0 || (seen >> at & 1u)) return 0;
    seen |= 1u << at;
    f[at] = v;
  }
  return 1;
}

/* A string without NUL (non-empty when asked). */
static int str_of(const brf__json *v, int nonempty, view *out) {
  size_t n;
  const char *s = brf__json_str(v, &n);
  if (s == NULL || (nonempty && n == 0) || memchr(s, '\0', n) != NULL) return 0;
  out->s = s;
  out->n = n;
  return 1;
}

/* An optional string: "" when absent. */
static int opt_str(const brf__json *v, view *out) {
  out->s = "";
  out->n = 0;
  return v == NULL || str_of(v, 0, out);
}

static int enum_of(const reader *rd, int32_t kind, const brf__json *v, int32_t *out) {
  size_t n;
  const char *s = brf__json_str(v, &n);
  if (s == NULL || n == 0) return 0;
  for (size_t i = 0; rd->names[kind][i] != NULL; i++) {
    if (rd->name_lens[kind][i] == n && rd->names[kind][i][0] == s[0] &&
        memcmp(rd->names[kind][i], s, n) == 0) {
      *out = (int32_t)i;
      return 1;
    }
  }
  return 0;
}

static int opt_enum(const reader *rd, int32_t kind, const brf__json *v, int32_t def,
                    int32_t *out) {
  *out = def;
  return v == NULL || enum_of(rd, kind, v, out);
}

/* An optional array: its length (0 when absent); 0 from the call when it is
 * not an array. */
static int opt_len(const brf__json *v, size_t *n) {
  *n = 0;
  if (v == NULL) return 1;
  if (brf__json_kind(v) != BRF__JSON_ARRAY) return 0;
  *n = brf__json_count(v);
  return 1;
}

/* Pool pushes latch BRF_E_NOMEM in the reader: the callers below then
 * return 0 and the checked reader does nothing (the status latched). */
static int fast_texts(reader *rd, const brf__json *arr, span *sp) {
  size_t n;
  sp->start = rd->views.count;
  sp->count = 0;
  if (!opt_len(arr, &n)) return 0;
  for (size_t i = 0; i < n; i++) {
    view v, *slot;
    if (!str_of(brf__json_at(arr, i), 1, &v) || (slot = pool_push(rd, &rd->views)) == NULL)
      return 0;
    *slot = v;
  }
  sp->count = n;
  return 1;
}

static int fast_codes(reader *rd, const brf__json *arr, int32_t kind, span *sp) {
  size_t n;
  sp->start = rd->codes.count;
  sp->count = 0;
  if (!opt_len(arr, &n)) return 0;
  for (size_t i = 0; i < n; i++) {
    int32_t v, *slot;
    if (!enum_of(rd, kind, brf__json_at(arr, i), &v) ||
        (slot = pool_push(rd, &rd->codes)) == NULL)
      return 0;
    *slot = v;
  }
  sp->count = n;
  return 1;
}

/* A dose in any valid notation: its canonical text appended to rd->doses;
 * the session time for modality when lo is not NULL. */
static int fast_dose(reader *rd, view v, int32_t modality, size_t *at, size_t *len,
                     int64_t *lo, int64_t *hi) {
  brf_dosage *d = NULL;
  brf_status st = brf_dosage_parse(rd->ctx, v.s, v.n, &d);
  if (st != BRF_OK) {
    if (st == BRF_E_NOMEM) rd->jr.status = BRF_E_NOMEM;
    return 0;
  }
  if (lo != NULL && brf__dosage_estimate(d, modality, lo, hi) != BRF_OK) *lo = *hi = -1;
  *at = rd->doses.len;
  brf__dosage_append(&rd->doses, d);
  *len = rd->doses.len - *at;
  brf_dosage_free(d);
  if (rd->doses.status != BRF_OK) {
    rd->jr.status = BRF_E_NOMEM;
    return 0;
  }
  return 1;
}

static int fast_source(reader *rd, const brf__json *o, fsource *out) {
  const brf__json *f[3];
  return fields(&rd->ks_source, o, f) && f[0] != NULL &&
         enum_of(rd, BRF_VOCAB_SOURCE_KIND, f[0], &out->kind) && f[1] != NULL &&
         str_of(f[1], 1, &out->ref) && opt_str(f[2], &out->note);
}

static int fast_contras(reader *rd, const brf__json *arr, span *sp) {
  size_t n;
  sp->start = rd->fcontra.count;
  sp->count = 0;
  if (!opt_len(arr, &n)) return 0;
  for (size_t i = 0; i < n; i++) {
    const brf__json *f[3];
    fcontra *c = pool_push(rd, &rd->fcontra);
    if (c == NULL || !fields(&rd->ks_contra, brf__json_at(arr, i), f) || f[0] == NULL ||
        f[1] == NULL || !enum_of(rd, BRF_VOCAB_CONDITION, f[0], &c->condition) ||
        !enum_of(rd, BRF_VOCAB_ACTION, f[1], &c->action) || !opt_str(f[2], &c->note))
      return 0;
  }
  sp->count = n;
  return 1;
}

static int fast_alts(reader *rd, const brf__json *arr, span *sp) {
  size_t n;
  sp->start = rd->falt.count;
  sp->count = 0;
  if (!opt_len(arr, &n)) return 0;
  for (size_t i = 0; i < n; i++) {
    const brf__json *f[3];
    view dose;
    falt *a = pool_push(rd, &rd->falt);
    if (a == NULL || !fields(&rd->ks_alt, brf__json_at(arr, i), f) || f[0] == NULL ||
        f[1] == NULL || !str_of(f[0], 1, &dose) ||
        !fast_dose(rd, dose, -1, &a->dose_at, &a->dose_len, NULL, NULL) ||
        !fast_source(rd, f[1], &a->source) || !opt_str(f[2], &a->note))
      return 0;
  }
  sp->count = n;
  return 1;
}

static int fast_links(reader *rd, const brf__json *arr, span *sp) {
  size_t n;
  sp->start = rd->flinks.count;
  sp->count = 0;
  if (!opt_len(arr, &n)) return 0;
  for (size_t i = 0; i < n; i++) {
    const brf__json *f[3]; /* exercise, note, variation */
    flink *l = pool_push(rd, &rd->flinks);
    if (l == NULL || !fields(&rd->ks_link, brf__json_at(arr, i), f)) return 0;
    if (f[0] != NULL) {
      if (f[2] != NULL || !str_of(f[0], 1, &l->exercise) ||
          !brf__catalog_slug_valid(l->exercise.s) || !opt_str(f[1], &l->text))
        return 0;
    } else {
      l->exercise.s = NULL;
      l->exercise.n = 0;
      if (f[1] != NULL || f[2] == NULL || !str_of(f[2], 1, &l->text)) return 0;
    }
  }
  sp->count = n;
  return 1;
}

static int fast_sources(reader *rd, const brf__json *arr, span *sp) {
  size_t n;
  sp->start = rd->fsrcs.count;
  sp->count = 0;
  if (!opt_len(arr, &n)) return 0;
  for (size_t i = 0; i < n; i++) {
    fsource *s = pool_push(rd, &rd->fsrcs);
    if (s == NULL || !fast_source(rd, brf__json_at(arr, i), s)) return 0;
  }
  sp->count = n;
  return 1;
}

/* The members of an exercise, in the order of exercise_keys. */
enum { E_ID, E_NAME, E_ALIASES, E_SUMMARY, E_MODALITY, E_REGIONS, E_EQUIPMENT, E_LEVEL,
       E_LATERALITY, E_POSITION, E_INSTRUCTIONS, E_CUES, E_CAUTIONS, E_CONTRA, E_DEFAULT_DOSE,
       E_DOSE_NOTE, E_ALT, E_PROGRESSIONS, E_REGRESSIONS, E_SOURCES, E_MEDIA, E_COUNT };

typedef struct fexercise {
  brf_exercise e; /* enums and estimates */
  view id, name, summary, dose_note;
  size_t dose_at, dose_len; /* in rd->doses; dose_len 0 when none */
  spans sp;
} fexercise;

/* Writing the block: a string with its NUL, "" (static) when empty. */
static const char *put(char **d, const char *s, size_t n) {
  const char *at = *d;
  if (n == 0) return "";
  memcpy(*d, s, n);
  (*d)[n] = '\0';
  *d += n + 1;
  return at;
}
#define PUT(d, v) put(d, (v).s, (v).n)
#define ALIGN_PTR(x) (((x) + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *))

/* The exercise as one block of the catalog's arena: the exercise, its
 * string pointers, its contraindications, alternative doses, links and
 * sources, its codes, then its text. */
static void fast_pack(reader *rd, fexercise *x) {
  const view *views = rd->views.items;
  const fcontra *fc = rd->fcontra.items;
  const falt *fa = rd->falt.items;
  const flink *fl = rd->flinks.items;
  const fsource *fs = rd->fsrcs.items;
  const int32_t *codes = rd->codes.items;
  const char *doses = rd->doses.data;
  size_t nviews = rd->views.count, nc = rd->fcontra.count, na = rd->falt.count;
  size_t nl = rd->flinks.count, ns = rd->fsrcs.count, ncodes = rd->codes.count;
  size_t size, text = x->id.n + x->name.n + x->summary.n + x->dose_note.n + x->dose_len + 5;
  size_t at_strs, at_contra, at_alt, at_links, at_srcs, at_codes, at_text;
  brf__arena_mark mark;
  char *block, *d;
  const char **strs;
  brf__contra *contra;
  brf__alt_dose *alt;
  brf__link *links;
  brf__source *srcs;
  int32_t *cd;
  brf_exercise *o;
  for (size_t i = 0; i < nviews; i++) text += views[i].n + 1;
  for (size_t i = 0; i < nc; i++) text += fc[i].note.n + 1;
  for (size_t i = 0; i < na; i++)
    text += fa[i].dose_len + fa[i].source.ref.n + fa[i].source.note.n + fa[i].note.n + 4;
  for (size_t i = 0; i < nl; i++) text += fl[i].exercise.n + fl[i].text.n + 2;
  for (size_t i = 0; i < ns; i++) text += fs[i].ref.n + fs[i].note.n + 2;
  at_strs = ALIGN_PTR(sizeof(brf_exercise));
  at_contra = at_strs + nviews * sizeof *strs;
  at_alt = at_contra + nc * sizeof *contra;
  at_links = at_alt + na * sizeof *alt;
  at_srcs = at_links + nl * sizeof *links;
  at_codes = at_srcs + ns * sizeof *srcs;
  at_text = at_codes + ncodes * sizeof *cd;
  size = at_text + text;
  block = brf__catalog_arena_take(rd->cat, size, &mark);
  if (block == NULL) {
    rd->jr.status = BRF_E_NOMEM;
    return;
  }
  o = (brf_exercise *)(void *)block;
  strs = (const char **)(void *)(block + at_strs);
  contra = (brf__contra *)(void *)(block + at_contra);
  alt = (brf__alt_dose *)(void *)(block + at_alt);
  links = (brf__link *)(void *)(block + at_links);
  srcs = (brf__source *)(void *)(block + at_srcs);
  cd = (int32_t *)(void *)(block + at_codes);
  d = block + at_text;
  *o = x->e;
  o->owned = BRF__OWNED_ARENA;
  o->id = PUT(&d, x->id);
  o->name = PUT(&d, x->name);
  o->summary = PUT(&d, x->summary);
  o->default_dose = x->dose_len ? put(&d, doses + x->dose_at, x->dose_len) : "";
  o->dose_note = PUT(&d, x->dose_note);
  for (size_t i = 0; i < nviews; i++) strs[i] = PUT(&d, views[i]);
  if (ncodes) memcpy(cd, codes, ncodes * sizeof *cd);
  /* Lists: an empty one has no array (NULL, never NULL + 0). */
#define STRS(f) \
  o->f.items = x->sp.f.count ? strs + x->sp.f.start : NULL, o->f.count = x->sp.f.count
#define CODES(f) \
  o->f.items = x->sp.f.count ? cd + x->sp.f.start : NULL, o->f.count = x->sp.f.count
  STRS(aliases);
  STRS(instructions);
  STRS(cues);
  STRS(cautions);
  STRS(media);
  CODES(primary);
  CODES(secondary);
  CODES(equipment);
#undef STRS
#undef CODES
  for (size_t i = 0; i < nc; i++) {
    contra[i].condition = fc[i].condition;
    contra[i].action = fc[i].action;
    contra[i].note = PUT(&d, fc[i].note);
  }
  for (size_t i = 0; i < na; i++) {
    alt[i].dose = put(&d, doses + fa[i].dose_at, fa[i].dose_len);
    alt[i].source.kind = fa[i].source.kind;
    alt[i].source.ref = PUT(&d, fa[i].source.ref);
    alt[i].source.note = PUT(&d, fa[i].source.note);
    alt[i].note = PUT(&d, fa[i].note);
  }
  for (size_t i = 0; i < nl; i++) {
    links[i].exercise = fl[i].exercise.s ? PUT(&d, fl[i].exercise) : NULL;
    links[i].text = PUT(&d, fl[i].text);
  }
  for (size_t i = 0; i < ns; i++) {
    srcs[i].kind = fs[i].kind;
    srcs[i].ref = PUT(&d, fs[i].ref);
    srcs[i].note = PUT(&d, fs[i].note);
  }
  o->contra = nc ? contra : NULL;
  o->contra_count = nc;
  o->alt_doses = na ? alt : NULL;
  o->alt_dose_count = na;
  o->progressions = x->sp.progressions.count ? links + x->sp.progressions.start : NULL;
  o->progression_count = x->sp.progressions.count;
  o->regressions = x->sp.regressions.count ? links + x->sp.regressions.start : NULL;
  o->regression_count = x->sp.regressions.count;
  o->sources = ns ? srcs : NULL;
  o->source_count = ns;
  rd->jr.status = brf__catalog_add_packed(rd->cat, o, &mark);
}

/* 1 when the exercise was read and added (or memory ran out: the status
 * says so); 0 when the checked reader must read it. Nothing of it is in
 * the catalog until fast_pack. */
static int fast_exercise(reader *rd, const brf__json *o) {
  const brf__json *f[E_COUNT], *regions[2] = {NULL, NULL};
  fexercise x;
  view dose;
  rd->views.count = rd->codes.count = rd->fcontra.count = rd->falt.count = 0;
  rd->flinks.count = rd->fsrcs.count = rd->doses.len = 0;
  memset(&x.e, 0, sizeof x.e);
  x.dose_at = x.dose_len = 0;
  x.e.estimate_min_ms = x.e.estimate_max_ms = -1;
  if (!fields(&rd->ks_exercise, o, f) || f[E_ID] == NULL || f[E_NAME] == NULL ||
      f[E_MODALITY] == NULL || !str_of(f[E_ID], 1, &x.id) || !brf__catalog_slug_valid(x.id.s) ||
      brf_catalog_find(rd->cat, x.id.s) != NULL || !str_of(f[E_NAME], 1, &x.name) ||
      !fast_texts(rd, f[E_ALIASES], &x.sp.aliases) || !opt_str(f[E_SUMMARY], &x.summary) ||
      !enum_of(rd, BRF_VOCAB_MODALITY, f[E_MODALITY], &x.e.modality))
    return 0;
  if (f[E_REGIONS] != NULL && !fields(&rd->ks_region, f[E_REGIONS], regions)) return 0;
  if (!fast_codes(rd, regions[0], BRF_VOCAB_REGION, &x.sp.primary) ||
      !fast_codes(rd, regions[1], BRF_VOCAB_REGION, &x.sp.secondary) ||
      !fast_codes(rd, f[E_EQUIPMENT], BRF_VOCAB_EQUIPMENT, &x.sp.equipment) ||
      !opt_enum(rd, BRF_VOCAB_LEVEL, f[E_LEVEL], BRF_LEVEL_BEGINNER, &x.e.level) ||
      !opt_enum(rd, BRF_VOCAB_LATERALITY, f[E_LATERALITY], BRF_LATERALITY_BOTH_SIDES,
                &x.e.laterality) ||
      !opt_enum(rd, BRF_VOCAB_POSITION, f[E_POSITION], -1, &x.e.position) ||
      !fast_texts(rd, f[E_INSTRUCTIONS], &x.sp.instructions) ||
      !fast_texts(rd, f[E_CUES], &x.sp.cues) || !fast_texts(rd, f[E_CAUTIONS], &x.sp.cautions) ||
      !fast_contras(rd, f[E_CONTRA], &x.sp.contra) || !opt_str(f[E_DEFAULT_DOSE], &dose))
    return 0;
  if (dose.n > 0 && !fast_dose(rd, dose, x.e.modality, &x.dose_at, &x.dose_len,
                               &x.e.estimate_min_ms, &x.e.estimate_max_ms))
    return 0;
  if (!opt_str(f[E_DOSE_NOTE], &x.dose_note) || !fast_alts(rd, f[E_ALT], &x.sp.alt) ||
      !fast_links(rd, f[E_PROGRESSIONS], &x.sp.progressions) ||
      !fast_links(rd, f[E_REGRESSIONS], &x.sp.regressions) ||
      !fast_sources(rd, f[E_SOURCES], &x.sp.sources) ||
      !fast_texts(rd, f[E_MEDIA], &x.sp.media) || rd->jr.status != BRF_OK)
    return 0;
  fast_pack(rd, &x);
  return 1;
}

static void read_document(reader *rd, const brf__json *root) {
  brf__jr *r = &rd->jr;
  const brf__json *list;
  int64_t version;
  size_t n = 0;
  brf__jr_object(r, root, top_keys);
  brf__jr_header(r, root, "backrelief-catalog", 1, &version);
  brf__jr_req_array(r, root, "exercises", &list, &n);
  brf__jr_push_key(r, "exercises");
  for (size_t i = 0; i < n && r->status == BRF_OK; i++) {
    brf__jr_push_index(r, i);
    const brf__json *o = brf__json_at(list, i);
    /* The checked reader reads again (and reports) what the fast one refuses. */
    if ((rd->checked_only || !fast_exercise(rd, o)) && r->status == BRF_OK) read_exercise(rd, o);
    brf__jr_pop(r);
    free_owned(rd);
  }
  brf__jr_pop(r);
}

static void reader_free(reader *rd) {
  free_owned(rd);
  brf__free(rd->ctx, rd->strs.items);
  brf__free(rd->ctx, rd->codes.items);
  brf__free(rd->ctx, rd->contra.items);
  brf__free(rd->ctx, rd->alt.items);
  brf__free(rd->ctx, rd->links.items);
  brf__free(rd->ctx, rd->srcs.items);
  brf__free(rd->ctx, rd->owned.items);
  brf__free(rd->ctx, rd->views.items);
  brf__free(rd->ctx, rd->fcontra.items);
  brf__free(rd->ctx, rd->falt.items);
  brf__free(rd->ctx, rd->flinks.items);
  brf__free(rd->ctx, rd->fsrcs.items);
  brf__buf_free(&rd->doses);
}

/* The streamed pass: each exercise as soon as the parser has it (its nodes
 * are dropped after, so a catalog of 873 exercises does not hold 2.7 MB of
 * nodes at once); anything the fast reader refuses stops the pass. */
static brf_status stream_exercise(void *user, const brf__json_doc *doc, size_t index,
                                  const brf__json *o) {
  reader *rd = user;
  (void)doc;
  (void)index;
  if (!fast_exercise(rd, o) && rd->jr.status == BRF_OK) return BRF_E_SCHEMA; /* refused */
  return rd->jr.status;
}

/* After the streamed pass: the rest of the document (its exercises array
 * is left empty) is what read_document checks before the exercises. */
static brf_status check_top(reader *rd, const brf__json_doc *doc) {
  const brf__json *root = brf__json_root(doc), *list;
  int64_t version;
  size_t n;
  brf__jr_init(&rd->jr, rd->ctx, doc);
  brf__jr_object(&rd->jr, root, top_keys);
  brf__jr_header(&rd->jr, root, "backrelief-catalog", 1, &version);
  brf__jr_req_array(&rd->jr, root, "exercises", &list, &n);
  return rd->jr.status;
}

/* The whole document parsed first, then read: every message as the checked
 * reader gives it (the fast one still reads what it accepts). */
static brf_status read_whole(reader *rd, const char *text, size_t len) {
  brf__json_doc *doc = NULL;
  brf_status s = brf__json_parse(rd->ctx, text, len, 0, &doc);
  if (s == BRF_OK) s = brf_catalog_new_empty(rd->ctx, &rd->cat);
  if (s == BRF_OK) {
    brf__jr_init(&rd->jr, rd->ctx, doc);
    read_document(rd, brf__json_root(doc));
    s = rd->jr.status;
  }
  brf__json_doc_free(doc);
  return s;
}

/* A new catalog from text; fn names the public function in errors;
 * checked_only skips the fast reader (brf__catalog_from_json_checked). */
static brf_status read_new(brf_context *ctx, const char *fn, const char *text, size_t len,
                           uint32_t flags, int checked_only, brf_catalog **out) {
  brf_status s = brf__catalog_check_json_args(ctx, fn, text, len, flags, out);
  if (s != BRF_OK) return s;
  brf__json_doc *doc = NULL;
  reader rd = {.ctx = ctx, .checked_only = checked_only};
  rd.strs.elem = sizeof(const char *);
  rd.codes.elem = sizeof(int32_t);
  rd.contra.elem = sizeof(brf__contra);
  rd.alt.elem = sizeof(brf__alt_dose);
  rd.links.elem = sizeof(brf__link);
  rd.srcs.elem = sizeof(brf__source);
  rd.owned.elem = sizeof(char *);
  rd.views.elem = sizeof(view);
  rd.fcontra.elem = sizeof(fcontra);
  rd.falt.elem = sizeof(falt);
  rd.flinks.elem = sizeof(flink);
  rd.fsrcs.elem = sizeof(fsource);
  brf__buf_init(&rd.doses, ctx);
  keyset_init(&rd.ks_exercise, exercise_keys);
  keyset_init(&rd.ks_region, region_keys);
  keyset_init(&rd.ks_contra, contra_keys);
  keyset_init(&rd.ks_alt, alt_keys);
  keyset_init(&rd.ks_source, source_keys);
  keyset_init(&rd.ks_link, link_keys);
  if (!vocab_names(&rd)) return brf__error(ctx, BRF_E_INTERNAL, "vocabulary too large");
  if (text == NULL) text = "";
  /* A valid catalog is read in one streamed pass; anything else (a refused
   * exercise, a bad header, a syntax error, a limit) is read again whole, by
   * the reader that reports it as it always has. Out of memory is final. */
  s = checked_only ? read_whole(&rd, text, len) : brf_catalog_new_empty(ctx, &rd.cat);
  if (s == BRF_OK && !checked_only) {
    brf__jr_init(&rd.jr, ctx, NULL);
    s = brf__json_parse_each_member(ctx, text, len, 0, "exercises", stream_exercise, &rd, &doc);
    if (s == BRF_OK) s = check_top(&rd, doc);
    brf__json_doc_free(doc);
    if (s != BRF_OK && s != BRF_E_NOMEM) {
      brf_catalog_free(rd.cat);
      rd.cat = NULL;
      brf__clear_error(ctx);
      s = read_whole(&rd, text, len);
    }
  }
  reader_free(&rd);
  if (s != BRF_OK) {
    if (s == BRF_E_NOMEM) brf__nomem(ctx);
    brf_catalog_free(rd.cat);
    return s;
  }
  *out = rd.cat;
  return BRF_OK;
}

brf_status brf_catalog_from_json(brf_context *ctx, const char *text, size_t len, uint32_t flags,
                                 brf_catalog **out) {
  brf__enter(ctx);
  return read_new(ctx, "catalog_from_json", text, len, flags, 0, out);
}

brf_status brf__catalog_from_json_checked(brf_context *ctx, const char *text, size_t len,
                                          uint32_t flags, brf_catalog **out) {
  brf__enter(ctx);
  return read_new(ctx, "catalog_from_json", text, len, flags, 1, out);
}

/* Read into a catalog of its own, then move its exercises and its arena
 * into dst: no second copy (brf_catalog_merge copies), and dst is touched
 * only once the whole document is valid. */
brf_status brf_catalog_merge_json(brf_catalog *dst, const char *text, size_t len,
                                  uint32_t flags) {
  brf__enter(dst != NULL ? brf__catalog_context(dst) : NULL);
  brf_catalog *tmp = NULL;
  brf_context *ctx;
  brf_status s;
  if (dst == NULL) return brf__error(NULL, BRF_E_INVALID, "catalog_merge_json: NULL catalog");
  ctx = brf__catalog_context(dst);
  s = brf__catalog_check_json_args(ctx, "catalog_merge_json", text, len, flags, &tmp);
  if (s != BRF_OK) return s;
  if (brf_catalog_is_frozen(dst))
    return brf__error(ctx, BRF_E_STATE, "catalog is frozen: it can no longer be changed");
  s = read_new(ctx, "catalog_merge_json", text, len, flags, 0, &tmp);
  if (s != BRF_OK) return s;
  return brf__catalog_absorb(dst, tmp);
}
