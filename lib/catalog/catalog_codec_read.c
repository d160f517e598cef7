/* brf_catalog_from_json: the catalog format (docs/formats.md) into a new
 * catalog. Each exercise is read into a brf_exercise whose strings point
 * into the parsed document and whose lists live in pools reused from one
 * exercise to the next; brf__catalog_add_exercise then packs it into one
 * block. Doses are parsed in any valid notation and stored canonical. The
 * catalog is built aside and handed out only when the whole document is
 * valid. */
#include <string.h>

#include "backrelief/json.h"
#include "catalog/catalog_codec.h"
#include "util/json.h"

#define VOCAB_MAX 32 /* the largest vocabulary (conditions) has 27 ids */

/* A growable array of elements of one type; pools are reset per exercise. */
typedef struct pool {
  void *items;
  size_t count, cap, elem;
} pool;

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
    for (size_t i = 0; i < n; i++) rd->names[k][i] = brf_vocab_id(k, (int32_t)i);
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
    read_exercise(rd, brf__json_at(list, i));
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
}

brf_status brf_catalog_from_json(brf_context *ctx, const char *text, size_t len, uint32_t flags,
                                 brf_catalog **out) {
  brf__enter(ctx);
  brf_status s = brf__catalog_check_json_args(ctx, "catalog_from_json", text, len, flags, out);
  if (s != BRF_OK) return s;
  brf__json_doc *doc = NULL;
  reader rd = {.ctx = ctx};
  rd.strs.elem = sizeof(const char *);
  rd.codes.elem = sizeof(int32_t);
  rd.contra.elem = sizeof(brf__contra);
  rd.alt.elem = sizeof(brf__alt_dose);
  rd.links.elem = sizeof(brf__link);
  rd.srcs.elem = sizeof(brf__source);
  rd.owned.elem = sizeof(char *);
  if (!vocab_names(&rd)) return brf__error(ctx, BRF_E_INTERNAL, "vocabulary too large");
  s = brf__json_parse(ctx, text != NULL ? text : "", len, 0, &doc);
  if (s != BRF_OK) return s;
  s = brf_catalog_new_empty(ctx, &rd.cat);
  if (s == BRF_OK) {
    brf__jr_init(&rd.jr, ctx, doc);
    read_document(&rd, brf__json_root(doc));
    s = rd.jr.status;
  }
  reader_free(&rd);
  brf__json_doc_free(doc);
  if (s != BRF_OK) {
    if (s == BRF_E_NOMEM) brf__nomem(ctx);
    brf_catalog_free(rd.cat);
    return s;
  }
  *out = rd.cat;
  return BRF_OK;
}
