/* The result of a screen: a dated, immutable copy of the answers with the
 * urgency they lead to, and its `backrelief-screen` JSON codec
 * (docs/formats.md). The result owns a brf_screen holding the answers, so the
 * planner, the implied conditions and the message are those of the screen
 * API; the urgency is kept beside it because a document read back may say
 * more than this library's table derives (a saved referral is never
 * weakened by reading it). */
#include <string.h>

#include "backrelief/calendar.h"
#include "backrelief/vocab.h"
#include "util/core.h"
#include "util/json.h"
#include "screen/screen_private.h"

#define SCREEN_FORMAT "backrelief-screen"
/* JSON_PRETTY of json.h, whose functions belong to the catalog module. */
#define JSON_PRETTY 1u

struct brf_screen_result {
  brf_context *ctx;
  brf_screen *screen; /* owned: the answers, the age and its limits */
  int32_t day;
  int32_t urgency;      /* BRF_URGENCY_*, NONE when no flag is positive */
  int32_t psychosocial; /* BRF_PSYCHOSOCIAL_* (NONE: not asked) */
};

/* The JSON names of the urgencies, "none" last (BRF_URGENCY_NONE). */
static const char *const urgency_names[] = {"emergency", "urgent", "review", "none", NULL};
static const char *const psychosocial_names[] = {"low", "medium", "high", NULL};

/* The higher of two BRF_PSYCHOSOCIAL_* levels (NONE is the least). */
static int32_t higher_level(int32_t a, int32_t b) { return a > b ? a : b; }

/* The more urgent of two BRF_URGENCY_* values (NONE is the least). */
static int32_t most_urgent(int32_t a, int32_t b) {
  if (a == BRF_URGENCY_NONE) return b;
  if (b == BRF_URGENCY_NONE) return a;
  return a < b ? a : b;
}

static brf_status result_make(brf_context *ctx, brf_screen *screen, int32_t day,
                              brf_screen_result **out) {
  brf_screen_result *r = brf__calloc(ctx, 1, sizeof *r);
  if (r == NULL) return BRF_E_NOMEM;
  r->ctx = ctx;
  r->screen = screen;
  r->day = day;
  r->urgency = brf_screen_outcome(screen);
  (void)brf_screen_psychosocial_get(screen, &r->psychosocial);
  brf__ctx_retain(ctx);
  *out = r;
  return BRF_OK;
}

brf_status brf_screen_result_new(brf_context *ctx, const brf_screen *s, int32_t day,
                                 brf_screen_result **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || s == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_screen_result_new: NULL argument");
  if (day < BRF_DATE_MIN || day > BRF_DATE_MAX)
    return brf__error(ctx, BRF_E_RANGE, "brf_screen_result_new: day %ld is outside %d to %d",
                      (long)day, BRF_DATE_MIN, BRF_DATE_MAX);
  brf_screen *copy = NULL;
  brf_status st = brf_screen_clone_v2(ctx, s, &copy);
  if (st != BRF_OK) return st;
  st = result_make(ctx, copy, day, out);
  if (st != BRF_OK) brf_screen_free(copy);
  return st;
}

void brf_screen_result_free(brf_screen_result *r) {
  if (r == NULL) return;
  brf_context *ctx = r->ctx;
  brf_screen_free(r->screen);
  brf__free(ctx, r);
  brf__ctx_release(ctx);
}

int32_t brf_screen_result_day(const brf_screen_result *r) {
  return r == NULL ? INT32_MIN : r->day;
}

brf_status brf_screen_result_urgency_get(const brf_screen_result *r, int32_t *out) {
  if (r == NULL || out == NULL) return BRF_E_INVALID;
  *out = r->urgency;
  return BRF_OK;
}

brf_status brf_screen_result_psychosocial_get(const brf_screen_result *r, int32_t *out) {
  if (r == NULL || out == NULL) return BRF_E_INVALID;
  *out = r->psychosocial;
  return BRF_OK;
}

brf_status brf_screen_result_screen(const brf_screen_result *r, const brf_screen **out) {
  BRF__ENTER_OBJ(r);
  if (r == NULL) return BRF_E_INVALID;
  if (out == NULL) return brf__error(r->ctx, BRF_E_INVALID, "brf_screen_result_screen: NULL out");
  *out = r->screen;
  return BRF_OK;
}

/* ---- writer ---------------------------------------------------------- */

/* The advice as a list: one string per paragraph of the screen's message,
 * then the psychosocial level's, in the screen's language. */
static void write_advice(brf__jw *w, const char *message, int32_t level, int32_t lang) {
  brf__jw_key(w, "advice");
  brf__jw_begin_array(w);
  const char *p = message;
  while (*p != '\0') {
    size_t n = strcspn(p, "\n");
    if (n > 0) brf__jw_stringn(w, p, n);
    p += n;
    if (*p == '\n') p++;
  }
  if (level != BRF_PSYCHOSOCIAL_NONE) brf__jw_string(w, brf__psychosocial_advice_in(level, lang));
  brf__jw_end_array(w);
}

brf_status brf_screen_result_to_json(brf_context *ctx, const brf_screen_result *r,
                                     uint32_t flags, char **out, size_t *out_len) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || r == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_screen_result_to_json: NULL argument");
  if ((flags & ~(uint32_t)JSON_PRETTY) != 0)
    return brf__error(ctx, BRF_E_INVALID, "brf_screen_result_to_json: unknown flags %u",
                      (unsigned)flags);
  char date[16];
  if (brf_date_format(r->day, date, sizeof date, NULL) != BRF_OK)
    return brf__error(ctx, BRF_E_UNSUPPORTED,
                      "brf_screen_result_to_json: dates need the calendar module");
  const brf_screen *s = r->screen;
  brf__jw w;
  brf__jw_init(&w, ctx, (flags & JSON_PRETTY) ? BRF__JW_PRETTY : BRF__JW_COMPACT);
  brf__jw_begin_object(&w);
  brf__jw_member_string(&w, "format", SCREEN_FORMAT);
  brf__jw_member_int(&w, "format_version", BRF_SCREEN_FORMAT_VERSION);
  brf__jw_member_string(&w, "date", date);
  brf__jw_member_string(&w, "urgency",
                        r->urgency == BRF_URGENCY_NONE ? "none" : brf_urgency_id(r->urgency));
  brf__jw_key(&w, "answers");
  brf__jw_begin_object(&w);
  size_t count = brf_redflag_count();
  for (size_t i = 0; i < count; i++)
    if (brf__screen_answered_yes(s, i)) brf__jw_member_bool(&w, brf_redflag_id(i), 1);
  for (size_t i = 0, n = brf_yellowflag_count(); i < n; i++)
    if (brf__screen_yellow_answered(s, i))
      brf__jw_member_bool(&w, brf_yellowflag_id(i), brf__screen_yellow_yes(s, i));
  brf__jw_end_object(&w);
  int32_t age = brf__screen_age(s), younger = 0, older = 0;
  brf__screen_age_limits(s, &younger, &older);
  if (age >= 0) brf__jw_member_int(&w, "age", age);
  brf__jw_key(&w, "age_limits");
  brf__jw_begin_object(&w);
  brf__jw_member_int(&w, "younger_than", younger);
  brf__jw_member_int(&w, "older_than", older);
  brf__jw_end_object(&w);
  brf__jw_key(&w, "positive");
  brf__jw_begin_array(&w);
  for (size_t i = 0, n = brf_screen_positive_count(s); i < n; i++)
    brf__jw_string(&w, brf_screen_positive_at(s, i));
  brf__jw_end_array(&w);
  brf__jw_key(&w, "conditions");
  brf__jw_begin_array(&w);
  for (int32_t c = 0; c < BRF_CONDITION_COUNT; c++) {
    int32_t yes = 0;
    if (brf_screen_implies_condition(s, c, &yes) == BRF_OK && yes)
      brf__jw_string(&w, brf_condition_id(c));
  }
  brf__jw_end_array(&w);
  brf__jw_key(&w, "psychosocial");
  if (r->psychosocial == BRF_PSYCHOSOCIAL_NONE) brf__jw_null(&w);
  else brf__jw_string(&w, brf_psychosocial_id(r->psychosocial));
  write_advice(&w, brf_screen_message(s), r->psychosocial, brf__screen_lang(s));
  brf__jw_end_object(&w);
  brf__clear_error(ctx); /* the nested calls above succeeded */
  return brf__jw_finish(&w, out, out_len);
}

/* ---- reader ---------------------------------------------------------- */

/* Turn a failed library call into the reader's latched error with the path:
 * BRF_E_RANGE and BRF_E_NOMEM stay, anything else is BRF_E_SCHEMA. */
static void fail_from(brf__jr *jr, const brf__json *n, const char *key, brf_status st) {
  if (st == BRF_OK || jr->status != BRF_OK) return;
  if (st == BRF_E_NOMEM) {
    jr->status = BRF_E_NOMEM;
    return;
  }
  char msg[256];
  brf__format(msg, sizeof msg, "%s", brf_context_errmsg(jr->ctx));
  brf__jr_fail_code(jr, st == BRF_E_RANGE ? BRF_E_RANGE : BRF_E_SCHEMA, n, key, "%s", msg);
}

static void read_answers(brf__jr *jr, brf_screen *s, const brf__json *answers) {
  brf__jr_push_key(jr, "answers");
  for (size_t i = 0, n = brf__json_count(answers); i < n && jr->status == BRF_OK; i++) {
    const char *key = NULL;
    size_t key_len = 0;
    const brf__json *v = brf__json_member(answers, i, &key, &key_len);
    ptrdiff_t flag = brf__redflag_lookup(key, key_len);
    ptrdiff_t yellow = flag < 0 ? brf__yellowflag_lookup(key, key_len) : -1;
    int kind = brf__json_kind(v);
    if (flag < 0 && yellow < 0) {
      brf__jr_push_keyn(jr, key, key_len);
      brf__jr_fail_code(jr, BRF_E_NOT_FOUND, brf__json_member_key(answers, i), NULL,
                        "unknown question id (see the red-flag checklist)");
      brf__jr_pop(jr);
    } else if (kind != BRF__JSON_TRUE && kind != BRF__JSON_FALSE) {
      brf__jr_push_keyn(jr, key, key_len);
      brf__jr_fail(jr, v, NULL, "expected true or false, found %s", brf__json_kind_name(kind));
      brf__jr_pop(jr);
    } else {
      const char *id = flag >= 0 ? brf_redflag_id((size_t)flag) : brf_yellowflag_id((size_t)yellow);
      fail_from(jr, v, NULL, brf_screen_answer(s, id, kind == BRF__JSON_TRUE));
    }
  }
  brf__jr_pop(jr);
}

/* An array of strings, written for readers and derived again on reading;
 * for `conditions` each must be a condition id of vocab.h. */
static void check_strings(brf__jr *jr, const brf__json *obj, const char *key, int conditions) {
  const brf__json *arr = NULL;
  size_t count = 0;
  brf__jr_opt_array(jr, obj, key, &arr, &count);
  brf__jr_push_key(jr, key);
  for (size_t i = 0; i < count && jr->status == BRF_OK; i++) {
    brf__jr_push_index(jr, i);
    const brf__json *n = brf__json_at(arr, i);
    const char *t = NULL;
    size_t len = 0;
    int32_t c = 0;
    if (brf__jr_string(jr, n, &t, &len) == BRF_OK && conditions &&
        brf_condition_from_id(t, len, &c) != BRF_OK)
      brf__jr_fail(jr, n, NULL, "unknown condition \"%.*s\"", (int)(len < 64 ? len : 64), t);
    brf__jr_pop(jr);
  }
  brf__jr_pop(jr);
}

static brf_screen_result *read_root(brf__jr *jr, const brf__json *root) {
  static const char *const keys[] = {"format", "format_version", "date", "urgency",
                                     "answers", "age", "age_limits", "positive",
                                     "conditions", "psychosocial", "advice", NULL};
  static const char *const limit_keys[] = {"younger_than", "older_than", NULL};
  brf_context *ctx = jr->ctx;
  int64_t version = 0, age = -1, younger = 0, older = 0;
  int32_t day = 0, urgency = 0, psychosocial = BRF_PSYCHOSOCIAL_NONE;
  const char *date = NULL;
  size_t date_len = 0;
  const brf__json *answers = NULL, *limits = NULL;
  brf_screen *s = NULL;
  if (brf__jr_object(jr, root, keys) != BRF_OK) return NULL;
  brf__jr_header(jr, root, SCREEN_FORMAT, BRF_SCREEN_FORMAT_VERSION, &version);
  brf__jr_req_string(jr, root, "date", &date, &date_len);
  if (date != NULL)
    fail_from(jr, brf__json_get(root, "date"), "date", brf_date_parse(ctx, date, date_len, &day));
  brf__jr_req_enum(jr, root, "urgency", urgency_names, &urgency);
  brf__jr_req_object(jr, root, "answers", NULL, &answers);
  brf__jr_opt_int(jr, root, "age", 0, 150, -1, &age);
  brf__jr_opt_object(jr, root, "age_limits", limit_keys, &limits);
  if (limits != NULL) {
    brf__jr_push_key(jr, "age_limits");
    brf__jr_req_int(jr, limits, "younger_than", 0, 150, &younger);
    brf__jr_req_int(jr, limits, "older_than", 0, 150, &older);
    brf__jr_pop(jr);
  }
  check_strings(jr, root, "positive", 0);
  check_strings(jr, root, "conditions", 1);
  check_strings(jr, root, "advice", 0);
  const brf__json *psy = brf__json_get(root, "psychosocial");
  if (psy != NULL && brf__json_kind(psy) != BRF__JSON_NULL)
    brf__jr_req_enum(jr, root, "psychosocial", psychosocial_names, &psychosocial);
  if (jr->status == BRF_OK) fail_from(jr, root, NULL, brf_screen_new(ctx, &s));
  if (jr->status == BRF_OK && limits != NULL)
    fail_from(jr, limits, "age_limits",
              brf_screen_set_age_limits(s, (int32_t)younger, (int32_t)older));
  if (jr->status == BRF_OK && age >= 0)
    fail_from(jr, brf__json_get(root, "age"), "age", brf_screen_set_age(s, (int32_t)age));
  if (jr->status == BRF_OK) read_answers(jr, s, answers);
  brf_screen_result *r = NULL;
  if (jr->status == BRF_OK) fail_from(jr, root, NULL, result_make(ctx, s, day, &r));
  if (jr->status != BRF_OK) {
    brf_screen_free(s);
    return NULL;
  }
  /* "none" is BRF_URGENCY_NONE; a saved referral is never weakened. */
  r->urgency = most_urgent(r->urgency, urgency == BRF_URGENCY_COUNT ? BRF_URGENCY_NONE : urgency);
  r->psychosocial = higher_level(r->psychosocial, psychosocial);
  return r;
}

brf_status brf_screen_result_from_json(brf_context *ctx, const char *text, size_t len,
                                       uint32_t flags, brf_screen_result **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || (text == NULL && len > 0) || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_screen_result_from_json: NULL argument");
  if ((flags & ~(uint32_t)JSON_PRETTY) != 0)
    return brf__error(ctx, BRF_E_INVALID, "brf_screen_result_from_json: unknown flags %u",
                      (unsigned)flags);
  brf__json_doc *doc = NULL;
  brf_status st = brf__json_parse(ctx, text != NULL ? text : "", len, 0, &doc);
  if (st != BRF_OK) return st;
  brf__jr jr;
  brf__jr_init(&jr, ctx, doc);
  brf_screen_result *r = read_root(&jr, brf__json_root(doc));
  st = jr.status;
  brf__json_doc_free(doc);
  if (st != BRF_OK) return st;
  brf__clear_error(ctx); /* the nested calls succeeded */
  *out = r;
  return BRF_OK;
}
