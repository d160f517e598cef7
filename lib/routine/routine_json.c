/* The routine JSON format (docs/formats.md, "Routine"): a reader that
 * resolves exercise ids in a catalog and a writer whose output reads back
 * to the same bytes. The body (name, steps, estimate) is read and written
 * by brf__routine_read_body/brf__routine_write_body, which the schedule
 * format uses for its embedded routines too (internal/routine_json.h). */
#include <string.h>

#include "util/json.h"
#include "internal/routine.h"
#include "internal/routine_json.h"

#define FORMAT_NAME "backrelief-routine"
#define FORMAT_VERSION 1

static const char *const top_keys[] = {"format", "format_version", BRF__ROUTINE_BODY_KEYS, NULL};
static const char *const step_keys[] = {"exercise", "dose", "phase", "note", "reason", NULL};
static const char *const estimate_keys[] = {"min_ms", "max_ms", NULL};
static const char *const phase_names[] = {"none",       "warm-up",   "release", "stretch",
                                          "strengthen", "cool-down", NULL};

/* ---- writer ---- */

static void write_step(brf__jw *w, const brf__step *s, char *dose) {
  brf__jw_begin_object(w);
  brf__jw_member_string(w, "exercise", s->exercise_id);
  brf__jw_member_string(w, "dose", dose);
  brf__jw_member_string(w, "phase", phase_names[s->phase]);
  if (s->note[0] != '\0') brf__jw_member_string(w, "note", s->note);
  if (s->reason[0] != '\0') brf__jw_member_string(w, "reason", s->reason);
  brf__jw_end_object(w);
}

/* ---- the goal member (optional; docs/formats.md) ---- */

static void write_goal(brf__jw *w, const brf_routine *r) {
  if (r->goal >= 0 && r->goal < BRF__GOAL_COUNT)
    brf__jw_member_string(w, BRF__ROUTINE_GOAL_KEY, brf__goal_ids[r->goal]);
}

/* An absent goal is "no goal" (documents written before the member). */
static brf_status read_goal(brf__jr *jr, const brf__json *obj, brf_routine *r) {
  int32_t goal = -1;
  if (brf__jr_opt_enum(jr, obj, BRF__ROUTINE_GOAL_KEY, brf__goal_ids, -1, &goal) == BRF_OK)
    r->goal = goal;
  return jr->status;
}

/* ---- the body ---- */

brf_status brf__routine_write_body(brf__jw *w, brf_context *ctx, const brf_routine *r) {
  int64_t lo = 0, hi = 0;
  brf_status st = brf_routine_estimate_ms(r, &lo, &hi);
  if (st != BRF_OK) {
    if (w->status == BRF_OK) w->status = st;
    return w->status;
  }
  brf__jw_member_string(w, "name", r->name);
  brf__jw_key(w, "steps");
  brf__jw_begin_array(w);
  for (size_t i = 0; i < r->count && w->status == BRF_OK; i++) {
    char *dose = NULL;
    st = brf_dosage_to_string(ctx, r->steps[i]->dose, &dose, NULL);
    if (st != BRF_OK) {
      w->status = st;
      break;
    }
    write_step(w, r->steps[i], dose);
    brf_free(ctx, dose);
  }
  brf__jw_end_array(w);
  brf__jw_key(w, "estimate");
  brf__jw_begin_object(w);
  brf__jw_member_int(w, "min_ms", lo);
  brf__jw_member_int(w, "max_ms", hi);
  brf__jw_end_object(w);
  write_goal(w, r);
  return w->status;
}

brf_status brf_routine_to_json(brf_context *ctx, const brf_routine *r, uint32_t flags, char **out,
                               size_t *out_len) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || r == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_routine_to_json: NULL argument");
  if ((flags & ~(uint32_t)BRF_JSON_PRETTY) != 0)
    return brf__error(ctx, BRF_E_INVALID, "brf_routine_to_json: unknown flags %u",
                      (unsigned)flags);
  brf__jw w;
  brf__jw_init(&w, ctx, (flags & BRF_JSON_PRETTY) ? BRF__JW_PRETTY : BRF__JW_COMPACT);
  brf__jw_begin_object(&w);
  brf__jw_member_string(&w, "format", FORMAT_NAME);
  brf__jw_member_int(&w, "format_version", FORMAT_VERSION);
  brf__routine_write_body(&w, ctx, r);
  brf__jw_end_object(&w);
  return brf__jw_finish(&w, out, out_len);
}

/* ---- reader ---- */

/* A string member without NUL bytes (which \u0000 could smuggle in). */
static brf_status opt_text(brf__jr *jr, const brf__json *obj, const char *key, const char **s) {
  size_t len = 0;
  *s = NULL;
  if (brf__jr_opt_string(jr, obj, key, s, &len) != BRF_OK) return jr->status;
  if (*s != NULL && strlen(*s) != len)
    return brf__jr_fail(jr, brf__json_get(obj, key), key, "contains a NUL character");
  return BRF_OK;
}

static brf_status check_header(brf__jr *jr, const brf__json *root) {
  int64_t version = 0;
  if (brf__jr_object(jr, root, top_keys) != BRF_OK) return jr->status;
  return brf__jr_header(jr, root, FORMAT_NAME, FORMAT_VERSION, &version);
}

/* The estimate is for readers: its shape is checked, its values ignored. */
static brf_status check_estimate(brf__jr *jr, const brf__json *obj) {
  const brf__json *est = NULL;
  int64_t ignored = 0;
  if (brf__jr_opt_object(jr, obj, "estimate", estimate_keys, &est) != BRF_OK) return jr->status;
  if (est != NULL) {
    brf__jr_push_key(jr, "estimate");
    brf__jr_req_int(jr, est, "min_ms", 0, INT64_MAX, &ignored);
    brf__jr_req_int(jr, est, "max_ms", 0, INT64_MAX, &ignored);
    brf__jr_pop(jr);
  }
  return jr->status;
}

/* Turn a failure of the dose or step layer (message in the context) into a
 * reader error at node n: BRF_E_RANGE (a number outside the notation's
 * bounds) and BRF_E_NOMEM stay as they are, anything else is BRF_E_SCHEMA. */
static brf_status relay(brf__jr *jr, brf_status st, const brf__json *n, const char *key) {
  if (st == BRF_OK || st == BRF_E_NOMEM) return jr->status = st;
  char detail[300];
  brf__format(detail, sizeof detail, "%s", brf_context_errmsg(jr->ctx));
  return brf__jr_fail_code(jr, st == BRF_E_RANGE ? BRF_E_RANGE : BRF_E_SCHEMA, n, key, "%s",
                           detail);
}

static brf_status read_dose(brf__jr *jr, const brf__json *el, brf_dosage **dose) {
  const char *text = NULL;
  size_t len = 0;
  *dose = NULL;
  if (brf__jr_opt_string(jr, el, "dose", &text, &len) != BRF_OK || text == NULL) return jr->status;
  return relay(jr, brf_dosage_parse(jr->ctx, text, len, dose), brf__json_get(el, "dose"), "dose");
}

static brf_status read_step(brf__jr *jr, const brf__json *el, const brf_catalog *cat,
                            brf__step **out) {
  const char *id = NULL, *note = NULL, *reason = NULL;
  size_t id_len = 0;
  int32_t phase = BRF_PHASE_NONE;
  brf_dosage *dose = NULL;
  *out = NULL;
  if (brf__jr_object(jr, el, step_keys) != BRF_OK) return jr->status;
  brf__jr_req_string(jr, el, "exercise", &id, &id_len);
  brf__jr_opt_enum(jr, el, "phase", phase_names, BRF_PHASE_NONE, &phase);
  opt_text(jr, el, "note", &note);
  opt_text(jr, el, "reason", &reason);
  if (jr->status != BRF_OK) return jr->status;
  const brf_exercise *ex = strlen(id) == id_len ? brf_catalog_find(cat, id) : NULL;
  if (ex == NULL)
    return brf__jr_fail_code(jr, BRF_E_NOT_FOUND, brf__json_get(el, "exercise"), "exercise",
                             "no exercise in the catalog has the id %.*s",
                             (int)(id_len < 199 ? id_len : 199), id);
  if (read_dose(jr, el, &dose) != BRF_OK) return jr->status;
  brf__step *s = NULL;
  brf_status st = brf__step_new(jr->ctx, ex, dose, &s);
  brf_dosage_free(dose);
  const brf__json *dose_node = brf__json_get(el, "dose");
  if (relay(jr, st, dose_node != NULL ? dose_node : el, dose_node != NULL ? "dose" : NULL) != BRF_OK)
    return jr->status;
  s->phase = phase;
  if ((note != NULL && brf__text_replace(jr->ctx, &s->note, note, "note") != BRF_OK) ||
      (reason != NULL && brf__text_replace(jr->ctx, &s->reason, reason, "reason") != BRF_OK)) {
    brf__step_free(jr->ctx, s);
    return jr->status = BRF_E_NOMEM;
  }
  *out = s;
  return BRF_OK;
}

static brf_status read_steps(brf__jr *jr, const brf__json *steps, size_t count,
                             const brf_catalog *cat, brf_routine *r) {
  brf__jr_push_key(jr, "steps");
  for (size_t i = 0; jr->status == BRF_OK && i < count; i++) {
    brf__step *s = NULL;
    brf__jr_push_index(jr, i);
    if (read_step(jr, brf__json_at(steps, i), cat, &s) == BRF_OK) {
      brf_status st = brf__routine_insert_step(r, r->count, s);
      if (st != BRF_OK) {
        brf__step_free(r->ctx, s);
        jr->status = st;
      }
    }
    brf__jr_pop(jr);
  }
  brf__jr_pop(jr);
  return jr->status;
}

brf_status brf__routine_read_body(brf__jr *jr, const brf__json *obj, const brf_catalog *cat,
                                  brf_routine **out) {
  const char *name = NULL;
  const brf__json *steps = NULL;
  size_t count = 0;
  brf_routine *r = NULL;
  *out = NULL;
  if (check_estimate(jr, obj) != BRF_OK) return jr->status;
  if (opt_text(jr, obj, "name", &name) != BRF_OK) return jr->status;
  if (brf__jr_req_array(jr, obj, "steps", &steps, &count) != BRF_OK) return jr->status;
  brf_status st = brf_routine_new(jr->ctx, &r);
  if (st == BRF_OK && name != NULL) st = brf_routine_set_name(r, name);
  if (st != BRF_OK) jr->status = st;
  else read_steps(jr, steps, count, cat, r);
  if (jr->status == BRF_OK) read_goal(jr, obj, r);
  if (jr->status != BRF_OK) {
    brf_routine_free(r);
    return jr->status;
  }
  *out = r;
  return BRF_OK;
}

brf_status brf_routine_from_json(brf_context *ctx, const char *text, size_t len,
                                 const brf_catalog *cat, uint32_t flags, brf_routine **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || (text == NULL && len > 0) || cat == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_routine_from_json: NULL argument");
  if ((flags & ~(uint32_t)BRF_JSON_PRETTY) != 0)
    return brf__error(ctx, BRF_E_INVALID, "brf_routine_from_json: unknown flags %u",
                      (unsigned)flags);
  brf__json_doc *doc = NULL;
  brf_status st = brf__json_parse(ctx, text == NULL ? "" : text, len, 0, &doc);
  if (st != BRF_OK) return st;
  brf__jr jr;
  brf__jr_init(&jr, ctx, doc);
  const brf__json *root = brf__json_root(doc);
  if (check_header(&jr, root) == BRF_OK)
    brf__routine_read_body(&jr, root, cat, out);
  brf__json_doc_free(doc);
  return jr.status;
}
