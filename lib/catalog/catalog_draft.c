/* The custom-exercise builder. A draft holds a brf_exercise whose strings
 * and lists live in separately allocated, growable arrays; brf_catalog_add
 * validates it and packs a copy into one block. */
#include <string.h>

#include "backrelief/vocab.h"
#include "catalog/catalog_codec.h"
#include "catalog/catalog_private.h"
#include "util/core.h"

struct brf_exercise_draft {
  brf_context *ctx;
  brf_exercise ex;
  int has_modality;
  /* capacities of the growable lists */
  size_t alias_cap, primary_cap, secondary_cap, equipment_cap, instruction_cap, cue_cap;
  size_t caution_cap, contra_cap, alt_cap, progression_cap, regression_cap, source_cap, media_cap;
};

static const char empty[] = "";

brf_status brf_exercise_draft_new(brf_context *ctx, brf_exercise_draft **out) {
  brf__enter(ctx);
  brf_exercise_draft *d;
  BRF__NEW_OBJECT(d, ctx, out, 1, "draft");
  d->ex.summary = empty;
  d->ex.default_dose = empty;
  d->ex.dose_note = empty;
  d->ex.level = BRF_LEVEL_BEGINNER;
  d->ex.laterality = BRF_LATERALITY_BOTH_SIDES;
  d->ex.position = -1;
  d->ex.estimate_min_ms = -1;
  d->ex.estimate_max_ms = -1;
  *out = d;
  return BRF_OK;
}

static void free_str(brf_context *ctx, const char *s) {
  if (s != NULL && s != empty) brf__free(ctx, (void *)(uintptr_t)s);
}

static void free_strs(brf_context *ctx, brf__strs *s) {
  for (size_t i = 0; i < s->count; i++) free_str(ctx, s->items[i]);
  brf__free(ctx, (void *)(uintptr_t)s->items);
}

static void free_links(brf_context *ctx, const brf__link *l, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free_str(ctx, l[i].exercise);
    free_str(ctx, l[i].text);
  }
  brf__free(ctx, (void *)(uintptr_t)l);
}

void brf_exercise_draft_free(brf_exercise_draft *d) {
  brf_context *ctx;
  brf_exercise *e;
  if (d == NULL) return;
  ctx = d->ctx;
  e = &d->ex;
  free_str(ctx, e->id);
  free_str(ctx, e->name);
  free_str(ctx, e->summary);
  free_str(ctx, e->default_dose);
  free_str(ctx, e->dose_note);
  free_strs(ctx, &e->aliases);
  free_strs(ctx, &e->instructions);
  free_strs(ctx, &e->cues);
  free_strs(ctx, &e->cautions);
  free_strs(ctx, &e->media);
  brf__free(ctx, (void *)(uintptr_t)e->primary.items);
  brf__free(ctx, (void *)(uintptr_t)e->secondary.items);
  brf__free(ctx, (void *)(uintptr_t)e->equipment.items);
  for (size_t i = 0; i < e->contra_count; i++) free_str(ctx, e->contra[i].note);
  brf__free(ctx, (void *)(uintptr_t)e->contra);
  for (size_t i = 0; i < e->alt_dose_count; i++) {
    free_str(ctx, e->alt_doses[i].dose);
    free_str(ctx, e->alt_doses[i].source.ref);
    free_str(ctx, e->alt_doses[i].source.note);
    free_str(ctx, e->alt_doses[i].note);
  }
  brf__free(ctx, (void *)(uintptr_t)e->alt_doses);
  free_links(ctx, e->progressions, e->progression_count);
  free_links(ctx, e->regressions, e->regression_count);
  for (size_t i = 0; i < e->source_count; i++) {
    free_str(ctx, e->sources[i].ref);
    free_str(ctx, e->sources[i].note);
  }
  brf__free(ctx, (void *)(uintptr_t)e->sources);
  brf__free(ctx, d);
  brf__ctx_release(ctx);
}

/* Check a string argument: non-NULL, valid UTF-8, and non-empty when required. */
static brf_status check_text(brf_exercise_draft *d, const char *s, int required,
                             const char *what) {
  if (d == NULL) return brf__error(NULL, BRF_E_INVALID, "draft: NULL draft");
  if (s == NULL) return brf__error(d->ctx, BRF_E_INVALID, "draft: %s is NULL", what);
  if (required && *s == '\0') return brf__error(d->ctx, BRF_E_INVALID, "draft: %s is empty", what);
  if (!brf__utf8_valid(s, strlen(s), NULL))
    return brf__error(d->ctx, BRF_E_INVALID, "draft: %s is not valid UTF-8", what);
  return BRF_OK;
}

static brf_status check_code(brf_exercise_draft *d, int32_t kind, int32_t value) {
  if (d == NULL) return brf__error(NULL, BRF_E_INVALID, "draft: NULL draft");
  if (brf_vocab_id(kind, value) == NULL)
    return brf__error(d->ctx, BRF_E_INVALID, "draft: unknown %s code %d",
                      brf_vocab_kind_name(kind), (int)value);
  return BRF_OK;
}

/* Duplicate s ("" shares the static empty string, so it needs no allocation). */
static brf_status dup(brf_exercise_draft *d, const char *s, const char **out) {
  char *c;
  if (*s == '\0') {
    *out = empty;
    return BRF_OK;
  }
  c = brf__strdup(d->ctx, s);
  if (c == NULL) return BRF_E_NOMEM;
  *out = c;
  return BRF_OK;
}

static brf_status set_text(brf_exercise_draft *d, const char **field, const char *s, int required,
                           const char *what) {
  const char *c;
  brf_status st = check_text(d, s, required, what);
  if (st != BRF_OK) return st;
  if ((st = dup(d, s, &c)) != BRF_OK) return st;
  free_str(d->ctx, *field);
  *field = c;
  return BRF_OK;
}

brf_status brf_exercise_draft_set_id(brf_exercise_draft *d, const char *id) {
  BRF__ENTER_OBJ(d);
  if (d == NULL) return brf__error(NULL, BRF_E_INVALID, "draft: NULL draft");
  if (!brf__catalog_slug_valid(id))
    return brf__error(d->ctx, BRF_E_INVALID,
                      "draft: id '%s' is not a slug (a-z, 0-9 and single hyphens, at most 64)",
                      id);
  return set_text(d, &d->ex.id, id, 1, "id");
}
brf_status brf_exercise_draft_set_name(brf_exercise_draft *d, const char *name) {
  BRF__ENTER_OBJ(d);
  return set_text(d, d ? &d->ex.name : NULL, name, 1, "name");
}
brf_status brf_exercise_draft_set_summary(brf_exercise_draft *d, const char *s) {
  BRF__ENTER_OBJ(d);
  return set_text(d, d ? &d->ex.summary : NULL, s, 0, "summary");
}
/* Doses are stored in canonical notation; "" means no default dose. */
brf_status brf_exercise_draft_set_default_dose(brf_exercise_draft *d, const char *s) {
  BRF__ENTER_OBJ(d);
  char *canon;
  brf_status st = check_text(d, s, 0, "default dose");
  if (st != BRF_OK) return st;
  if (*s == '\0') return set_text(d, &d->ex.default_dose, s, 0, "default dose");
  st = brf__catalog_dose(d->ctx, s, strlen(s), -1, &canon, NULL, NULL);
  if (st != BRF_OK) return st;
  free_str(d->ctx, d->ex.default_dose);
  d->ex.default_dose = canon;
  return BRF_OK;
}
brf_status brf_exercise_draft_set_dose_note(brf_exercise_draft *d, const char *s) {
  BRF__ENTER_OBJ(d);
  return set_text(d, d ? &d->ex.dose_note : NULL, s, 0, "dose note");
}

/* Set *slot to v once check_code accepts it (slot is NULL only with d). */
static brf_status set_code(brf_exercise_draft *d, int32_t vocab, int32_t v, int32_t *slot) {
  brf_status s = check_code(d, vocab, v);
  if (s == BRF_OK) *slot = v;
  return s;
}

brf_status brf_exercise_draft_set_modality(brf_exercise_draft *d, int32_t v) {
  BRF__ENTER_OBJ(d);
  brf_status s = set_code(d, BRF_VOCAB_MODALITY, v, d ? &d->ex.modality : NULL);
  if (s == BRF_OK) d->has_modality = 1;
  return s;
}
brf_status brf_exercise_draft_set_level(brf_exercise_draft *d, int32_t v) {
  BRF__ENTER_OBJ(d);
  return set_code(d, BRF_VOCAB_LEVEL, v, d ? &d->ex.level : NULL);
}
brf_status brf_exercise_draft_set_laterality(brf_exercise_draft *d, int32_t v) {
  BRF__ENTER_OBJ(d);
  return set_code(d, BRF_VOCAB_LATERALITY, v, d ? &d->ex.laterality : NULL);
}
brf_status brf_exercise_draft_set_position(brf_exercise_draft *d, int32_t v) {
  BRF__ENTER_OBJ(d);
  return set_code(d, BRF_VOCAB_POSITION, v, d ? &d->ex.position : NULL);
}

/* Grow a list (items of elem bytes) by one; the list is unchanged on failure. */
static brf_status grow_one(brf_exercise_draft *d, const void *items, size_t count, size_t *cap,
                           size_t elem, void **out) {
  void *p = (void *)(uintptr_t)items;
  brf_status s = brf__grow(d->ctx, &p, cap, count + 1, elem);
  *out = p;
  return s;
}

static brf_status add_str(brf_exercise_draft *d, brf__strs *list, size_t *cap, const char *s,
                          const char *what) {
  const char *c;
  void *p;
  brf_status st = check_text(d, s, 1, what);
  if (st != BRF_OK) return st;
  if ((st = grow_one(d, list->items, list->count, cap, sizeof(char *), &p)) != BRF_OK) return st;
  list->items = p;
  if ((st = dup(d, s, &c)) != BRF_OK) return st;
  ((const char **)p)[list->count++] = c;
  return BRF_OK;
}

static brf_status add_code(brf_exercise_draft *d, brf__codes *list, size_t *cap, int32_t v) {
  void *p;
  brf_status st = grow_one(d, list->items, list->count, cap, sizeof(int32_t), &p);
  if (st != BRF_OK) return st;
  list->items = p;
  ((int32_t *)p)[list->count++] = v;
  return BRF_OK;
}

brf_status brf_exercise_draft_add_alias(brf_exercise_draft *d, const char *s) {
  BRF__ENTER_OBJ(d);
  return add_str(d, d ? &d->ex.aliases : NULL, d ? &d->alias_cap : NULL, s, "alias");
}
brf_status brf_exercise_draft_add_instruction(brf_exercise_draft *d, const char *s) {
  BRF__ENTER_OBJ(d);
  return add_str(d, d ? &d->ex.instructions : NULL, d ? &d->instruction_cap : NULL, s,
                 "instruction");
}
brf_status brf_exercise_draft_add_cue(brf_exercise_draft *d, const char *s) {
  BRF__ENTER_OBJ(d);
  return add_str(d, d ? &d->ex.cues : NULL, d ? &d->cue_cap : NULL, s, "cue");
}
brf_status brf_exercise_draft_add_caution(brf_exercise_draft *d, const char *s) {
  BRF__ENTER_OBJ(d);
  return add_str(d, d ? &d->ex.cautions : NULL, d ? &d->caution_cap : NULL, s, "caution");
}
brf_status brf_exercise_draft_add_media(brf_exercise_draft *d, const char *s) {
  BRF__ENTER_OBJ(d);
  return add_str(d, d ? &d->ex.media : NULL, d ? &d->media_cap : NULL, s, "media URI");
}

brf_status brf_exercise_draft_add_region(brf_exercise_draft *d, int32_t region, int32_t scope) {
  BRF__ENTER_OBJ(d);
  brf_status s = check_code(d, BRF_VOCAB_REGION, region);
  if (s != BRF_OK) return s;
  if (scope == BRF_REGIONS_PRIMARY) return add_code(d, &d->ex.primary, &d->primary_cap, region);
  if (scope == BRF_REGIONS_SECONDARY)
    return add_code(d, &d->ex.secondary, &d->secondary_cap, region);
  return brf__error(d->ctx, BRF_E_INVALID, "draft: region scope %d is not primary or secondary",
                    (int)scope);
}

brf_status brf_exercise_draft_add_equipment(brf_exercise_draft *d, int32_t v) {
  BRF__ENTER_OBJ(d);
  brf_status s = check_code(d, BRF_VOCAB_EQUIPMENT, v);
  if (s != BRF_OK) return s;
  return add_code(d, &d->ex.equipment, &d->equipment_cap, v);
}

brf_status brf_exercise_draft_add_contraindication(brf_exercise_draft *d, int32_t condition,
                                                   int32_t action, const char *note) {
  BRF__ENTER_OBJ(d);
  brf__contra *arr;
  void *p;
  const char *c;
  brf_status s;
  if ((s = check_code(d, BRF_VOCAB_CONDITION, condition)) != BRF_OK) return s;
  if ((s = check_code(d, BRF_VOCAB_ACTION, action)) != BRF_OK) return s;
  if ((s = check_text(d, note, 0, "contraindication note")) != BRF_OK) return s;
  if ((s = grow_one(d, d->ex.contra, d->ex.contra_count, &d->contra_cap, sizeof *arr, &p)))
    return s;
  d->ex.contra = arr = p;
  if ((s = dup(d, note, &c)) != BRF_OK) return s;
  arr[d->ex.contra_count].condition = condition;
  arr[d->ex.contra_count].action = action;
  arr[d->ex.contra_count++].note = c;
  return BRF_OK;
}

/* Copy a source's two strings; on failure nothing stays allocated. */
static brf_status dup_source(brf_exercise_draft *d, int32_t kind, const char *ref,
                             const char *note, brf__source *out) {
  brf_status s;
  if ((s = check_code(d, BRF_VOCAB_SOURCE_KIND, kind)) != BRF_OK) return s;
  if ((s = check_text(d, ref, 1, "source reference")) != BRF_OK) return s;
  if ((s = check_text(d, note, 0, "source note")) != BRF_OK) return s;
  out->kind = kind;
  if ((s = dup(d, ref, &out->ref)) != BRF_OK) return s;
  if ((s = dup(d, note, &out->note)) != BRF_OK) {
    free_str(d->ctx, out->ref);
    return s;
  }
  return BRF_OK;
}

brf_status brf_exercise_draft_add_source(brf_exercise_draft *d, int32_t kind, const char *ref,
                                         const char *note) {
  BRF__ENTER_OBJ(d);
  brf__source src, *arr;
  void *p;
  brf_status s = dup_source(d, kind, ref, note, &src);
  if (s != BRF_OK) return s;
  if ((s = grow_one(d, d->ex.sources, d->ex.source_count, &d->source_cap, sizeof *arr, &p))) {
    free_str(d->ctx, src.ref);
    free_str(d->ctx, src.note);
    return s;
  }
  d->ex.sources = arr = p;
  arr[d->ex.source_count++] = src;
  return BRF_OK;
}

brf_status brf_exercise_draft_add_alternative_dose(brf_exercise_draft *d, const char *dose,
                                                   int32_t source_kind, const char *source_ref,
                                                   const char *note) {
  BRF__ENTER_OBJ(d);
  brf__alt_dose a, *arr;
  void *p;
  brf_status s;
  char *canon;
  if ((s = check_text(d, dose, 1, "alternative dose")) != BRF_OK) return s;
  if ((s = check_text(d, note, 0, "alternative dose note")) != BRF_OK) return s;
  if ((s = dup_source(d, source_kind, source_ref, "", &a.source)) != BRF_OK) return s;
  /* Stored canonical; a bad notation leaves the parser's message and status. */
  if ((s = brf__catalog_dose(d->ctx, dose, strlen(dose), -1, &canon, NULL, NULL)) != BRF_OK)
    goto fail_source;
  a.dose = canon;
  if ((s = dup(d, note, &a.note)) != BRF_OK) goto fail_dose;
  s = grow_one(d, d->ex.alt_doses, d->ex.alt_dose_count, &d->alt_cap, sizeof *arr, &p);
  if (s != BRF_OK) goto fail_note;
  d->ex.alt_doses = arr = p;
  arr[d->ex.alt_dose_count++] = a;
  return BRF_OK;
fail_note:
  free_str(d->ctx, a.note);
fail_dose:
  free_str(d->ctx, a.dose);
fail_source:
  free_str(d->ctx, a.source.ref);
  return s;
}

static brf_status add_link(brf_exercise_draft *d, const brf__link **list, size_t *count,
                           size_t *cap, const char *exercise_id, const char *text) {
  brf__link l, *arr;
  void *p;
  brf_status s;
  if (d == NULL) return brf__error(NULL, BRF_E_INVALID, "draft: NULL draft");
  if (exercise_id != NULL && !brf__catalog_slug_valid(exercise_id))
    return brf__error(d->ctx, BRF_E_INVALID, "draft: linked id '%s' is not a slug", exercise_id);
  if ((s = check_text(d, text, exercise_id == NULL, "link text")) != BRF_OK) return s;
  l.exercise = NULL;
  if (exercise_id != NULL && (s = dup(d, exercise_id, &l.exercise)) != BRF_OK) return s;
  if ((s = dup(d, text, &l.text)) != BRF_OK) goto fail_id;
  if ((s = grow_one(d, *list, *count, cap, sizeof *arr, &p)) != BRF_OK) goto fail_text;
  *list = arr = p;
  arr[(*count)++] = l;
  return BRF_OK;
fail_text:
  free_str(d->ctx, l.text);
fail_id:
  free_str(d->ctx, l.exercise);
  return s;
}

brf_status brf_exercise_draft_add_progression(brf_exercise_draft *d, const char *exercise_id,
                                              const char *text) {
  BRF__ENTER_OBJ(d);
  return add_link(d, d ? &d->ex.progressions : NULL, d ? &d->ex.progression_count : NULL,
                  d ? &d->progression_cap : NULL, exercise_id, text);
}
brf_status brf_exercise_draft_add_regression(brf_exercise_draft *d, const char *exercise_id,
                                             const char *text) {
  BRF__ENTER_OBJ(d);
  return add_link(d, d ? &d->ex.regressions : NULL, d ? &d->ex.regression_count : NULL,
                  d ? &d->regression_cap : NULL, exercise_id, text);
}

brf_status brf_catalog_add(brf_catalog *cat, const brf_exercise_draft *d) {
  brf__enter(cat ? brf__catalog_context(cat) : NULL);
  brf_context *ctx = cat ? brf__catalog_context(cat) : NULL;
  brf_exercise ex;
  brf_status s;
  if (cat == NULL || d == NULL) return brf__error(ctx, BRF_E_INVALID, "catalog_add: NULL argument");
  if (brf_catalog_is_frozen(cat))
    return brf__error(ctx, BRF_E_STATE, "catalog is frozen: it can no longer be changed");
  if (d->ex.id == NULL) return brf__error(ctx, BRF_E_INVALID, "catalog_add: the draft has no id");
  if (d->ex.name == NULL)
    return brf__error(ctx, BRF_E_INVALID, "catalog_add: exercise '%s' has no name", d->ex.id);
  if (!d->has_modality)
    return brf__error(ctx, BRF_E_INVALID, "catalog_add: exercise '%s' has no modality",
                      d->ex.id);
  /* The session time of the default dose, for the longest-duration filter. */
  ex = d->ex;
  ex.estimate_min_ms = ex.estimate_max_ms = -1;
  if (*ex.default_dose != '\0') {
    char *canon;
    s = brf__catalog_dose(ctx, ex.default_dose, strlen(ex.default_dose), ex.modality, &canon,
                          &ex.estimate_min_ms, &ex.estimate_max_ms);
    if (s != BRF_OK) return s;
    brf__free(ctx, canon);
  }
  return brf__catalog_add_exercise(cat, &ex);
}
