/* brf_catalog_to_json: a catalog in the catalog format (docs/formats.md).
 * Every field is written, in the order of the format's table, lists and
 * empty strings included (only an unset position is left out), so that the
 * pretty form of the built-in catalog is byte for byte the authored
 * data/catalog/builtin.json, and export -> import -> export is the identity. */
#include "backrelief/json.h"
#include "catalog/catalog_codec.h"
#include "util/json.h"

static void strs(brf__jw *w, const char *key, const brf__strs *s) {
  brf__jw_key(w, key);
  brf__jw_begin_array(w);
  for (size_t i = 0; i < s->count; i++) brf__jw_string(w, s->items[i]);
  brf__jw_end_array(w);
}

static void codes(brf__jw *w, const char *key, const brf__codes *c, int32_t kind) {
  brf__jw_key(w, key);
  brf__jw_begin_array(w);
  for (size_t i = 0; i < c->count; i++) brf__jw_string(w, brf_vocab_id(kind, c->items[i]));
  brf__jw_end_array(w);
}

static void vocab(brf__jw *w, const char *key, int32_t kind, int32_t v) {
  brf__jw_member_string(w, key, brf_vocab_id(kind, v));
}

static void source(brf__jw *w, const brf__source *s) {
  brf__jw_begin_object(w);
  vocab(w, "kind", BRF_VOCAB_SOURCE_KIND, s->kind);
  brf__jw_member_string(w, "ref", s->ref);
  brf__jw_member_string(w, "note", s->note);
  brf__jw_end_object(w);
}

static void links(brf__jw *w, const char *key, const brf__link *l, size_t n) {
  brf__jw_key(w, key);
  brf__jw_begin_array(w);
  for (size_t i = 0; i < n; i++) {
    brf__jw_begin_object(w);
    if (l[i].exercise != NULL) {
      brf__jw_member_string(w, "exercise", l[i].exercise);
      brf__jw_member_string(w, "note", l[i].text);
    } else {
      brf__jw_member_string(w, "variation", l[i].text);
    }
    brf__jw_end_object(w);
  }
  brf__jw_end_array(w);
}

static void doses(brf__jw *w, const brf_exercise *e) {
  brf__jw_member_string(w, "default_dose", e->default_dose);
  brf__jw_member_string(w, "dose_note", e->dose_note);
  brf__jw_key(w, "alternative_doses");
  brf__jw_begin_array(w);
  for (size_t i = 0; i < e->alt_dose_count; i++) {
    brf__jw_begin_object(w);
    brf__jw_member_string(w, "dose", e->alt_doses[i].dose);
    brf__jw_key(w, "source");
    source(w, &e->alt_doses[i].source);
    brf__jw_member_string(w, "note", e->alt_doses[i].note);
    brf__jw_end_object(w);
  }
  brf__jw_end_array(w);
}

static void exercise(brf__jw *w, const brf_exercise *e) {
  brf__jw_begin_object(w);
  brf__jw_member_string(w, "id", e->id);
  brf__jw_member_string(w, "name", e->name);
  strs(w, "aliases", &e->aliases);
  brf__jw_member_string(w, "summary", e->summary);
  vocab(w, "modality", BRF_VOCAB_MODALITY, e->modality);
  brf__jw_key(w, "regions");
  brf__jw_begin_object(w);
  codes(w, "primary", &e->primary, BRF_VOCAB_REGION);
  codes(w, "secondary", &e->secondary, BRF_VOCAB_REGION);
  brf__jw_end_object(w);
  codes(w, "equipment", &e->equipment, BRF_VOCAB_EQUIPMENT);
  vocab(w, "level", BRF_VOCAB_LEVEL, e->level);
  vocab(w, "laterality", BRF_VOCAB_LATERALITY, e->laterality);
  if (e->position >= 0) vocab(w, "position", BRF_VOCAB_POSITION, e->position);
  strs(w, "instructions", &e->instructions);
  strs(w, "cues", &e->cues);
  strs(w, "cautions", &e->cautions);
  brf__jw_key(w, "contraindications");
  brf__jw_begin_array(w);
  for (size_t i = 0; i < e->contra_count; i++) {
    brf__jw_begin_object(w);
    vocab(w, "condition", BRF_VOCAB_CONDITION, e->contra[i].condition);
    vocab(w, "action", BRF_VOCAB_ACTION, e->contra[i].action);
    brf__jw_member_string(w, "note", e->contra[i].note);
    brf__jw_end_object(w);
  }
  brf__jw_end_array(w);
  doses(w, e);
  links(w, "progressions", e->progressions, e->progression_count);
  links(w, "regressions", e->regressions, e->regression_count);
  brf__jw_key(w, "sources");
  brf__jw_begin_array(w);
  for (size_t i = 0; i < e->source_count; i++) source(w, &e->sources[i]);
  brf__jw_end_array(w);
  strs(w, "media", &e->media);
  brf__jw_end_object(w);
}

brf_status brf_catalog_to_json(brf_context *ctx, const brf_catalog *cat, uint32_t flags,
                               char **out, size_t *out_len) {
  brf__enter(ctx);
  brf__jw w;
  if (out) *out = NULL;
  if (ctx == NULL || cat == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "catalog_to_json: NULL argument");
  if ((flags & ~(uint32_t)BRF_JSON_PRETTY) != 0)
    return brf__error(ctx, BRF_E_INVALID, "catalog_to_json: unknown flags %u", (unsigned)flags);
  brf__jw_init(&w, ctx, (flags & BRF_JSON_PRETTY) ? BRF__JW_PRETTY : BRF__JW_COMPACT);
  brf__jw_begin_object(&w);
  brf__jw_member_string(&w, "format", "backrelief-catalog");
  brf__jw_member_int(&w, "format_version", 1);
  brf__jw_key(&w, "exercises");
  brf__jw_begin_array(&w);
  for (size_t i = 0; i < brf_catalog_count(cat) && w.status == BRF_OK; i++)
    exercise(&w, brf_catalog_at(cat, i));
  brf__jw_end_array(&w);
  brf__jw_end_object(&w);
  return brf__jw_finish(&w, out, out_len);
}
