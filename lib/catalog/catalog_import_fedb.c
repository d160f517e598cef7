/* brf_catalog_import_free_exercise_db: the free-exercise-db catalog (a JSON
 * array of entries: id, name, force, level, mechanic, equipment,
 * primaryMuscles, secondaryMuscles, instructions, category, images) into
 * our model. The mapping table is documented in docs/formats.md ("free-
 * exercise-db import"); every value that maps only approximately or not at
 * all is reported, per entry and field. Entries are built in place (strings
 * point into the parsed document) and packed by brf__catalog_add_exercise:
 * one allocation per exercise. The array is streamed (brf__json_parse_each):
 * each entry is read as soon as it is parsed and its nodes are dropped
 * after, so the import of free-exercise-db peaks at 2.4 MB instead of 3.4 MB
 * (the text's copy and the catalog, without every node of the document). */
#include <string.h>

#include "backrelief/json.h"
#include "catalog/catalog_codec.h"
#include "internal/advice.h"
#include "util/json.h"

#define MAP_EXACT 0
#define MAP_APPROX 1 /* reported as INFO */
#define MAP_DROP 2   /* no counterpart: reported as CAUTION */

typedef struct map {
  const char *from;
  int32_t to; /* -1 when dropped */
  int how;
} map;

/* The entries of the maps below: an exact counterpart, an approximate one,
 * none. The NULL entry ends a map and maps every other text. */
#define EXACT(from, to) {from, to, MAP_EXACT}
#define APPROX(from, to) {from, to, MAP_APPROX}
#define DROP(from) {from, -1, MAP_DROP}

static const map categories[] = {
    EXACT("strength", BRF_MODALITY_STRENGTH), EXACT("stretching", BRF_MODALITY_STATIC_STRETCH),
    APPROX("powerlifting", BRF_MODALITY_STRENGTH),
    APPROX("olympic weightlifting", BRF_MODALITY_STRENGTH),
    APPROX("strongman", BRF_MODALITY_STRENGTH), APPROX("plyometrics", BRF_MODALITY_STRENGTH),
    APPROX("cardio", BRF_MODALITY_MOBILITY), APPROX(NULL, BRF_MODALITY_STRENGTH),
};

static const map levels[] = {
    EXACT("beginner", BRF_LEVEL_BEGINNER), EXACT("intermediate", BRF_LEVEL_INTERMEDIATE),
    EXACT("expert", BRF_LEVEL_ADVANCED), APPROX(NULL, BRF_LEVEL_INTERMEDIATE),
};

static const map equipment[] = {
    EXACT("body only", BRF_EQUIPMENT_NONE), EXACT("dumbbell", BRF_EQUIPMENT_DUMBBELL),
    EXACT("barbell", BRF_EQUIPMENT_BARBELL), EXACT("kettlebells", BRF_EQUIPMENT_KETTLEBELL),
    EXACT("bands", BRF_EQUIPMENT_BAND), EXACT("foam roll", BRF_EQUIPMENT_FOAM_ROLLER),
    APPROX("e-z curl bar", BRF_EQUIPMENT_BARBELL), APPROX("medicine ball", BRF_EQUIPMENT_DUMBBELL),
    APPROX("cable", BRF_EQUIPMENT_BAND), APPROX("exercise ball", BRF_EQUIPMENT_BENCH),
    /* a gym machine is not a bench: the summary keeps it */
    DROP("machine"), DROP("other"), DROP(NULL),
};

static const map muscles[] = {
    DROP("biceps"), DROP("triceps"), DROP("forearms"), DROP("chest"),
    EXACT("abdominals", BRF_REGION_ABDOMINALS), EXACT("adductors", BRF_REGION_ADDUCTORS),
    EXACT("calves", BRF_REGION_CALVES), EXACT("glutes", BRF_REGION_GLUTES),
    EXACT("hamstrings", BRF_REGION_HAMSTRINGS), EXACT("lower back", BRF_REGION_LOWER_BACK),
    EXACT("middle back", BRF_REGION_MID_BACK), EXACT("neck", BRF_REGION_NECK),
    EXACT("quadriceps", BRF_REGION_QUADRICEPS), EXACT("traps", BRF_REGION_UPPER_BACK),
    APPROX("abductors", BRF_REGION_GLUTES), APPROX("lats", BRF_REGION_MID_BACK),
    APPROX("shoulders", BRF_REGION_UPPER_BACK), DROP(NULL),
};

#define MEDIA_PREFIX "https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/"
#define MAX_LIST 64 /* regions and equipment per entry */

/* The members of an entry, found in one pass over it. */
enum { F_ID, F_NAME, F_FORCE, F_LEVEL, F_MECHANIC, F_EQUIPMENT, F_PRIMARY, F_SECONDARY,
       F_INSTRUCTIONS, F_CATEGORY, F_IMAGES, F_COUNT };
static const char *const entry_keys[F_COUNT] = {
    "id", "name", "force", "level", "mechanic", "equipment", "primaryMuscles",
    "secondaryMuscles", "instructions", "category", "images"};
static const size_t entry_lens[F_COUNT] = {2, 4, 5, 5, 8, 9, 14, 16, 12, 8, 6};

typedef struct importer {
  brf__jr jr;
  brf_context *ctx;
  brf_catalog *cat;
  brf_advice *report; /* NULL when the caller does not want one */
  const char *entry;  /* id of the entry being read, for the report */
  brf__buf text;      /* scratch: summary, source ref, media URIs, messages */
  const char **strs;  /* instructions then media of the current entry */
  size_t strs_cap;
  char id[80];
  /* The next suffix to try for each slug that was found taken (see
   * suffix_of): open addressing, load at most one half. */
  struct next_suffix *suffixes;
  size_t suffixes_cap, suffixes_count;
  size_t lookups; /* catalog lookups made by slug (brf__catalog_import_fedb_counted) */
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

static const map *lookup(const map *table, const char *s) {
  for (; table->from != NULL; table++)
    if (strcmp(table->from, s) == 0) return table;
  return table; /* the catch-all row */
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

/* A string member, or NULL when absent or JSON null. */
static const char *opt_str(importer *im, const brf__json *const *f, int field) {
  const char *s = NULL;
  if (f[field] == NULL || brf__json_kind(f[field]) == BRF__JSON_NULL) return NULL;
  brf__jr_push_key(&im->jr, entry_keys[field]);
  brf__jr_string(&im->jr, f[field], &s, NULL);
  brf__jr_pop(&im->jr);
  return im->jr.status == BRF_OK ? s : NULL;
}

/* An array member's length (0 when absent); a type error otherwise. */
static size_t opt_array(importer *im, const brf__json *n, const char *key) {
  if (n == NULL) return 0;
  if (brf__json_kind(n) != BRF__JSON_ARRAY) {
    brf__jr_fail(&im->jr, n, key, "expected an array, found %s",
                 brf__json_kind_name(brf__json_kind(n)));
    return 0;
  }
  return brf__json_count(n);
}

static int field_of(const char *key, size_t n) {
  int k = 0;
  while (k < F_COUNT && !(entry_lens[k] == n && memcmp(entry_keys[k], key, n) == 0)) k++;
  return k;
}

/* One pass over the members. With report, the unknown ones (dropped) are
 * reported (im->entry must be set). */
static void members(importer *im, const brf__json *o, const brf__json **f, int with_report) {
  for (int k = 0; k < F_COUNT; k++) f[k] = NULL;
  for (size_t i = 0; i < brf__json_count(o); i++) {
    const char *key;
    size_t n;
    const brf__json *v = brf__json_member(o, i, &key, &n);
    int k = field_of(key, n);
    if (k < F_COUNT) f[k] = v;
    else if (with_report && strlen(key) == n)
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
  brf__jr_push_key(&im->jr, key);
  for (size_t i = 0; i < n && im->jr.status == BRF_OK; i++) {
    const char *s = NULL;
    const map *m;
    brf__jr_push_index(&im->jr, i);
    brf__jr_string(&im->jr, brf__json_at(arr, i), &s, NULL);
    brf__jr_pop(&im->jr);
    if (s == NULL) break;
    m = lookup(muscles, s);
    report_map(im, key, m, s, BRF_VOCAB_REGION);
    if (m->to < 0 || has_code(out, k, m->to) || has_code(primary, nprimary, m->to)) continue;
    if (k < MAX_LIST) out[k++] = m->to;
  }
  brf__jr_pop(&im->jr);
  return k;
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

static int taken(importer *im, const char *id) {
  im->lookups++;
  return brf_catalog_find(im->cat, id) != NULL;
}

/* Id: lowercase ASCII letters and digits, other runs become one hyphen, at
 * most 64 bytes; "-2", "-3"... when the slug is taken (the first suffix
 * free, the slug cut before it to stay within 64 bytes). 1, 0 when the id
 * gives no slug, -1 when out of memory. */
static int slug(importer *im, const char *id) {
  size_t n = 0;
  next_suffix *counter;
  unsigned suffix;
  for (const char *p = id; *p != '\0' && n < 64; p++) {
    int c = brf__ascii_lower((unsigned char)*p);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) im->id[n++] = (char)c;
    else if (n > 0 && im->id[n - 1] != '-') im->id[n++] = '-';
  }
  while (n > 0 && im->id[n - 1] == '-') n--;
  if (n == 0) return 0;
  im->id[n] = '\0';
  if (brf__builtin_has_id(im->id)) {
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
  if (!taken(im, im->id)) return 1;
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
    if (!taken(im, im->id)) break;
  }
  counter->next = suffix + 1;
  return 1;
}

static brf_status push_str(importer *im, size_t *count, const char *s) {
  void *p = (void *)im->strs;
  if (brf__grow(im->ctx, &p, &im->strs_cap, *count + 1, sizeof(char *)) != BRF_OK)
    return im->jr.status = BRF_E_NOMEM;
  im->strs = p;
  im->strs[(*count)++] = s;
  return BRF_OK;
}

/* Instructions (empty steps reported and skipped) then images as media URIs;
 * the URIs are written into im->text after the summary and source ref, at
 * offsets fixed up once the buffer stops growing. */
static void steps_and_media(importer *im, const brf__json *const *f, brf_exercise *e,
                            size_t *uri_at) {
  const brf__json *arr = f[F_INSTRUCTIONS];
  size_t n = opt_array(im, arr, "instructions"), count = 0;
  brf__jr_push_key(&im->jr, "instructions");
  for (size_t i = 0; i < n && im->jr.status == BRF_OK; i++) {
    const char *s = NULL;
    size_t len = 0;
    brf__jr_push_index(&im->jr, i);
    brf__jr_string(&im->jr, brf__json_at(arr, i), &s, &len);
    brf__jr_pop(&im->jr);
    if (s == NULL) break;
    if (len == 0 || strlen(s) != len) {
      report(im, "instructions", MAP_DROP, "", "step is empty or holds a NUL and was dropped");
      continue;
    }
    push_str(im, &count, s);
  }
  brf__jr_pop(&im->jr);
  e->instructions.count = count;
  arr = f[F_IMAGES];
  n = opt_array(im, arr, "images");
  brf__jr_push_key(&im->jr, "images");
  *uri_at = im->text.len;
  for (size_t i = 0; i < n && im->jr.status == BRF_OK; i++) {
    const char *s = NULL;
    brf__jr_push_index(&im->jr, i);
    brf__jr_string(&im->jr, brf__json_at(arr, i), &s, NULL);
    brf__jr_pop(&im->jr);
    if (s == NULL) break;
    brf__buf_puts(&im->text, MEDIA_PREFIX);
    brf__buf_puts(&im->text, s);
    brf__buf_append(&im->text, "", 1); /* keep the NUL: strings follow each other */
    push_str(im, &count, NULL);        /* placeholder, fixed up below */
  }
  brf__jr_pop(&im->jr);
  e->media.count = count - e->instructions.count;
}

static void summary(importer *im, const char *category, const char *equip, const char *force,
                    const char *mechanic, const char *level) {
  brf__buf_puts(&im->text, "free-exercise-db: category ");
  brf__buf_puts(&im->text, category ? category : "(none)");
  brf__buf_puts(&im->text, ", equipment ");
  brf__buf_puts(&im->text, equip ? equip : "(none)");
  brf__buf_puts(&im->text, ", force ");
  brf__buf_puts(&im->text, force ? force : "(none)");
  brf__buf_puts(&im->text, ", mechanic ");
  brf__buf_puts(&im->text, mechanic ? mechanic : "(none)");
  brf__buf_puts(&im->text, ", level ");
  brf__buf_puts(&im->text, level ? level : "(none)");
  brf__buf_append(&im->text, ".", 2); /* with its NUL */
}


static void read_entry(importer *im, const brf__json *o) {
  brf_exercise e;
  brf__source src;
  int32_t primary[MAX_LIST], secondary[MAX_LIST], equip[1];
  const char *raw_id, *category, *eq, *force, *mechanic, *level, *name;
  const brf__json *f[F_COUNT];
  size_t uri_at, ref_at;
  const map *m;
  memset(&e, 0, sizeof e);
  im->text.len = 0;
  brf__jr_object(&im->jr, o, NULL); /* any keys (unknown ones are reported), no duplicates */
  if (im->jr.status != BRF_OK) return;
  members(im, o, f, 0);
  if (f[F_ID] == NULL || f[F_NAME] == NULL) {
    brf__jr_fail(&im->jr, o, f[F_ID] == NULL ? "id" : "name", "required key is missing");
    return;
  }
  raw_id = opt_str(im, f, F_ID);
  name = opt_str(im, f, F_NAME);
  if (im->jr.status != BRF_OK) return;
  if (raw_id == NULL || name == NULL) {
    brf__jr_fail(&im->jr, f[raw_id == NULL ? F_ID : F_NAME], raw_id == NULL ? "id" : "name",
                 "expected a string, found null");
    return;
  }
  im->entry = raw_id;
  switch (slug(im, raw_id)) {
  case 0:
    brf__jr_fail(&im->jr, f[F_ID], "id", "\"%s\" gives no id", raw_id);
    return;
  case -1:
    im->jr.status = BRF_E_NOMEM;
    return;
  default:
    break;
  }
  if (im->report != NULL) members(im, o, f, 1);
  if (*name == '\0') brf__jr_fail(&im->jr, f[F_NAME], "name", "must not be empty");
  category = opt_str(im, f, F_CATEGORY);
  eq = opt_str(im, f, F_EQUIPMENT);
  force = opt_str(im, f, F_FORCE);
  mechanic = opt_str(im, f, F_MECHANIC);
  level = opt_str(im, f, F_LEVEL);
  if (im->jr.status != BRF_OK) return;
  e.id = im->id;
  e.name = name;
  m = lookup(categories, category ? category : "");
  e.modality = m->to;
  /* Self-myofascial release ("-SMR") is filed as stretching with a foam roller. */
  if (category && strcmp(category, "stretching") == 0 && eq && strcmp(eq, "foam roll") == 0) {
    e.modality = BRF_MODALITY_SELF_MASSAGE;
    report(im, "category", MAP_APPROX, category,
           "with a foam roll is self-massage: mapped to modality \"self-massage\"");
  } else {
    report_map(im, "category", m, category ? category : "", BRF_VOCAB_MODALITY);
  }
  m = lookup(levels, level ? level : "");
  e.level = m->to;
  report_map(im, "level", m, level ? level : "", BRF_VOCAB_LEVEL);
  e.laterality = BRF_LATERALITY_BOTH_SIDES;
  e.position = -1;
  m = lookup(equipment, eq ? eq : "body only");
  if (eq == NULL) report(im, "equipment", MAP_APPROX, "null", "is not given: mapped to \"none\"");
  else report_map(im, "equipment", m, eq, BRF_VOCAB_EQUIPMENT);
  equip[0] = m->to;
  e.equipment.items = equip;
  e.equipment.count = m->to >= 0 ? 1 : 0;
  e.primary.count = regions(im, f[F_PRIMARY], "primaryMuscles", primary, NULL, 0);
  e.primary.items = primary;
  e.secondary.count =
      regions(im, f[F_SECONDARY], "secondaryMuscles", secondary, primary, e.primary.count);
  e.secondary.items = secondary;
  summary(im, category, eq, force, mechanic, level);
  ref_at = im->text.len;
  brf__buf_puts(&im->text, "free-exercise-db: ");
  brf__buf_puts(&im->text, raw_id);
  brf__buf_append(&im->text, "", 1);
  steps_and_media(im, f, &e, &uri_at);
  if (im->text.status != BRF_OK) im->jr.status = im->text.status;
  if (im->jr.status != BRF_OK) return;
  /* The scratch buffer no longer grows: point into it. */
  e.summary = im->text.data;
  for (size_t i = 0, at = uri_at; i < e.media.count; i++) {
    im->strs[e.instructions.count + i] = im->text.data + at;
    at += strlen(im->text.data + at) + 1;
  }
  e.instructions.items = im->strs;
  e.media.items = e.media.count ? im->strs + e.instructions.count : NULL; /* never NULL + 0 */
  e.default_dose = e.dose_note = "";
  e.estimate_min_ms = e.estimate_max_ms = -1;
  src.kind = BRF_SOURCE_DATABASE;
  src.ref = im->text.data + ref_at;
  src.note = "yuhonas/free-exercise-db, public domain (the Unlicense)";
  e.sources = &src;
  e.source_count = 1;
  im->jr.status = brf__catalog_add_exercise(im->cat, &e);
}

/* Each entry is read as soon as the parser has it, while its bytes are
 * still in cache (a whole document of 1 MB is not). */
static brf_status import_entry(void *user, const brf__json_doc *doc, size_t index,
                               const brf__json *entry) {
  importer *im = user;
  if (brf__over_limit(im->ctx, BRF_LIMIT_IMPORT_ENTRIES, (uint64_t)index + 1))
    return brf__limit_error(im->ctx, BRF_LIMIT_IMPORT_ENTRIES, "import");
  if (index == 0) brf__jr_init(&im->jr, im->ctx, doc);
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
  importer im = {.ctx = ctx};
  brf__buf_init(&im.text, ctx);
  s = brf_catalog_new_empty(ctx, &im.cat);
  if (s == BRF_OK && report_out) s = brf__advice_new(ctx, &im.report);
  if (s == BRF_OK)
    s = brf__json_parse_each(ctx, text != NULL ? text : "", len, 0, import_entry, &im, &doc);
  if (s == BRF_OK) s = check_root(&im, doc);
  brf__buf_free(&im.text);
  brf__free(ctx, (void *)im.strs);
  brf__free(ctx, im.suffixes);
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
