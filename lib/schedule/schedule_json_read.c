/* brf_schedule_from_json: reads the `backrelief-schedule` format, builds the
 * schedule through the builder API, generates the sessions and checks a
 * `sessions` array against them (docs/formats.md). Every error names its JSON
 * path. */
#include <string.h>

#include "backrelief/calendar.h"
#include "util/json.h"
#include "internal/routine_json.h"
#include "schedule/schedule_private.h"

typedef struct reader {
  brf__jr jr;
  brf_context *ctx;
  const brf_catalog *cat;
  int regenerate;  /* BRF_SCHEDULE_READ_REGENERATE: sessions that differ are made again */
  size_t differs;  /* with it: 1 + the index of the first session that differs, or 0 */
} reader;

/* Turn a failed library call into the reader's latched error, with the
 * path: BRF_E_RANGE (a value outside its bounds, as the setter or parser
 * says) and BRF_E_NOMEM stay as they are, anything else is BRF_E_SCHEMA
 * (docs/conventions.md, "Readers: one status per situation"). */
static brf_status fail_from(reader *rd, const brf__json *n, const char *key, brf_status st) {
  if (st == BRF_OK || rd->jr.status != BRF_OK) return rd->jr.status;
  if (st == BRF_E_NOMEM) {
    rd->jr.status = BRF_E_NOMEM;
    return st;
  }
  char msg[256];
  brf__format(msg, sizeof msg, "%s", brf_context_errmsg(rd->ctx));
  return brf__jr_fail_code(&rd->jr, st == BRF_E_RANGE ? BRF_E_RANGE : BRF_E_SCHEMA, n, key, "%s",
                           msg);
}

/* An optional or required string without NUL bytes; *s NULL when absent. */
static void get_string(reader *rd, const brf__json *obj, const char *key, int required,
                       const char **s, size_t *len) {
  if (required) brf__jr_req_string(&rd->jr, obj, key, s, len);
  else brf__jr_opt_string(&rd->jr, obj, key, s, len);
  if (*s && strlen(*s) != *len) {
    brf__jr_fail(&rd->jr, brf__json_get(obj, key), key, "contains a NUL character");
    *s = NULL;
  }
}

static int get_date(reader *rd, const brf__json *obj, const char *key, int required,
                    int32_t *day) {
  const char *t = NULL;
  size_t n = 0;
  get_string(rd, obj, key, required, &t, &n);
  if (!t) return 0;
  fail_from(rd, brf__json_get(obj, key), key, brf_date_parse(rd->ctx, t, n, day));
  return rd->jr.status == BRF_OK;
}

static int get_time(reader *rd, const brf__json *obj, const char *key, int32_t *minute) {
  const char *t = NULL;
  size_t n = 0;
  get_string(rd, obj, key, 0, &t, &n);
  if (!t) return 0;
  fail_from(rd, brf__json_get(obj, key), key, brf_time_parse(rd->ctx, t, n, minute));
  return rd->jr.status == BRF_OK;
}

static uint32_t get_weekdays(reader *rd, const brf__json *obj, const char *key) {
  const char *t = NULL;
  size_t n = 0;
  uint32_t mask = 0;
  get_string(rd, obj, key, 0, &t, &n);
  if (t) fail_from(rd, brf__json_get(obj, key), key, brf_weekdays_parse(rd->ctx, t, n, &mask));
  return rd->jr.status == BRF_OK ? mask : 0;
}

static brf_dosage *get_dose(reader *rd, const brf__json *obj, const char *key, int required) {
  const char *t = NULL;
  size_t n = 0;
  brf_dosage *d = NULL;
  get_string(rd, obj, key, required, &t, &n);
  if (t) fail_from(rd, brf__json_get(obj, key), key, brf_dosage_parse(rd->ctx, t, n, &d));
  return d;
}

/* The embedded routine: the routine format's body (internal/routine_json.h),
 * so it keeps phases, notes and reasons. An unknown exercise id is
 * BRF_E_NOT_FOUND, as in a routine document. A schedule's routine needs at
 * least one step. */
static brf_routine *read_routine(reader *rd, const brf__json *item) {
  static const char *const keys[] = {BRF__ROUTINE_BODY_KEYS, NULL};
  const brf__json *obj = NULL;
  brf_routine *r = NULL;
  if (brf__jr_req_object(&rd->jr, item, "routine", keys, &obj) != BRF_OK) return NULL;
  brf__jr_push_key(&rd->jr, "routine");
  if (brf__routine_read_body(&rd->jr, obj, rd->cat, &r) == BRF_OK &&
      brf_routine_step_count(r) == 0) {
    brf__jr_fail(&rd->jr, brf__json_get(obj, "steps"), "steps",
                 "a routine needs at least one step");
    brf_routine_free(r);
    r = NULL;
  }
  brf__jr_pop(&rd->jr);
  return r;
}

/* The members of a taper object t (pushed as "taper" for paths); the caller
 * pops. BRF_OK or the reader's status. */
static brf_status read_taper_values(reader *rd, const brf__json *t, int64_t *w, int64_t *lo,
                                    int64_t *hi) {
  brf__jr_push_key(&rd->jr, "taper");
  brf__jr_req_int(&rd->jr, t, "daily_weeks", 1, BRF_SCHEDULE_WEEKS_MAX, w);
  brf__jr_req_int(&rd->jr, t, "min_per_week", 1, 7, lo);
  brf__jr_req_int(&rd->jr, t, "max_per_week", 1, 7, hi);
  return rd->jr.status;
}

static void read_taper(reader *rd, brf_schedule *s, size_t i, const brf__json *item) {
  static const char *const keys[] = {"daily_weeks", "min_per_week", "max_per_week", NULL};
  const brf__json *t = NULL;
  int64_t w = 0, lo = 0, hi = 0;
  brf__jr_opt_object(&rd->jr, item, "taper", keys, &t);
  if (!t) return;
  if (read_taper_values(rd, t, &w, &lo, &hi) == BRF_OK)
    fail_from(rd, t, NULL,
              brf_schedule_item_set_taper(s, i, (int32_t)w, (int32_t)lo, (int32_t)hi));
  brf__jr_pop(&rd->jr);
}

static void read_window(reader *rd, brf_schedule *s, size_t i, const brf__json *item) {
  static const char *const keys[] = {"onset_date", "onset_time", "length_ms", NULL};
  const brf__json *w = NULL;
  int32_t day = 0, minute = 0;
  int64_t len = -1;
  brf__jr_opt_object(&rd->jr, item, "window", keys, &w);
  if (!w) return;
  brf__jr_push_key(&rd->jr, "window");
  get_date(rd, w, "onset_date", 1, &day);
  get_time(rd, w, "onset_time", &minute);
  brf__jr_opt_int(&rd->jr, w, "length_ms", 1, 104LL * 7 * BRF__SCHED_DAY_MS, -1, &len);
  if (rd->jr.status == BRF_OK)
    fail_from(rd, w, NULL, brf_schedule_item_set_window(s, i, day, minute, len));
  brf__jr_pop(&rd->jr);
}

static void read_options(reader *rd, brf_schedule *s, size_t i, const brf__json *item) {
  static const char *const spacing[] = {"any", "not-consecutive", NULL};
  int32_t first = BRF__SCHED_FIRST_DEFAULT, last = BRF__SCHED_LAST_DEFAULT, policy = 0;
  uint32_t mask = get_weekdays(rd, item, "weekdays");
  if (rd->jr.status == BRF_OK) fail_from(rd, item, "weekdays", brf_schedule_item_set_weekdays(s, i, mask));
  get_time(rd, item, "first_time", &first);
  get_time(rd, item, "last_time", &last);
  if (rd->jr.status == BRF_OK)
    fail_from(rd, item, "last_time", brf_schedule_item_set_times(s, i, first, last));
  brf__jr_opt_enum(&rd->jr, item, "spacing", spacing, 0, &policy);
  if (rd->jr.status == BRF_OK) fail_from(rd, item, "spacing", brf_schedule_item_set_spacing(s, i, policy));
  read_taper(rd, s, i, item);
  read_window(rd, s, i, item);
  mask = get_weekdays(rd, item, "after_weekdays");
  if (rd->jr.status == BRF_OK)
    fail_from(rd, item, "after_weekdays", brf_schedule_item_set_after_weekdays(s, i, mask));
}

/* A programme's per-step taper and trigger. */
static void read_step_options(reader *rd, brf_schedule *s, size_t i, const brf__json *item) {
  static const char *const keys[] = {"step", "taper", "after_weekdays", NULL};
  static const char *const taper_keys[] = {"daily_weeks", "min_per_week", "max_per_week", NULL};
  const brf__json *arr = NULL;
  size_t count = 0;
  brf__jr_opt_array(&rd->jr, item, "step_options", &arr, &count);
  if (!arr || rd->jr.status != BRF_OK) return;
  brf__jr_push_key(&rd->jr, "step_options");
  for (size_t j = 0; j < count && rd->jr.status == BRF_OK; j++) {
    const brf__json *o = brf__json_at(arr, j), *t = NULL;
    int64_t step = 0, w = 0, lo = 0, hi = 0;
    brf__jr_push_index(&rd->jr, j);
    if (brf__jr_object(&rd->jr, o, keys) == BRF_OK) {
      brf__jr_req_int(&rd->jr, o, "step", 0, BRF__SCHED_PROGRAMME_STEPS_MAX - 1, &step);
      brf__jr_opt_object(&rd->jr, o, "taper", taper_keys, &t);
      if (t) {
        if (read_taper_values(rd, t, &w, &lo, &hi) == BRF_OK)
          fail_from(rd, t, NULL,
                    brf_schedule_step_set_taper(s, i, (size_t)step, (int32_t)w, (int32_t)lo,
                                                (int32_t)hi));
        brf__jr_pop(&rd->jr);
      }
      uint32_t mask = get_weekdays(rd, o, "after_weekdays");
      if (rd->jr.status == BRF_OK && mask)
        fail_from(rd, o, "after_weekdays",
                  brf_schedule_step_set_after_weekdays(s, i, (size_t)step, mask));
    }
    brf__jr_pop(&rd->jr);
  }
  brf__jr_pop(&rd->jr);
}

static void read_item(reader *rd, brf_schedule *s, const brf__json *item) {
  static const char *const keys[] = {"kind", "routine", "frequency", "weekdays",
                                     "first_time", "last_time", "spacing", "taper",
                                     "window", "after_weekdays", "step_options", NULL};
  static const char *const kinds[] = {"routine", "exercise", "programme", NULL};
  int32_t kind = 0;
  size_t index = 0;
  if (brf__jr_object(&rd->jr, item, keys) != BRF_OK) return;
  brf__jr_req_enum(&rd->jr, item, "kind", kinds, &kind);
  if (rd->jr.status != BRF_OK) return;
  if (kind == BRF_SCHEDULE_KIND_EXERCISE && brf__json_count(brf__json_get(brf__json_get(item, "routine"), "steps")) != 1) {
    brf__jr_fail(&rd->jr, brf__json_get(item, "routine"), "routine",
                 "an exercise item holds exactly one step");
    return;
  }
  brf_routine *r = read_routine(rd, item);
  if (!r) return;
  brf_dosage *f = get_dose(rd, item, "frequency", 0);
  if (rd->jr.status == BRF_OK && f)
    fail_from(rd, item, "frequency", brf__schedule_check_frequency(rd->ctx, f));
  if (rd->jr.status == BRF_OK && !f) fail_from(rd, item, NULL, brf_dosage_new(rd->ctx, &f));
  if (rd->jr.status != BRF_OK) {
    brf_routine_free(r);
    brf_dosage_free(f);
    return;
  }
  if (kind == BRF_SCHEDULE_KIND_PROGRAMME) {
    brf_status st = brf_schedule_add_programme(s, r, &index);
    brf_routine_free(r);
    if (fail_from(rd, item, "routine", st) != BRF_OK) {
      brf_dosage_free(f);
      return;
    }
    /* A programme does not use its item's frequency, but one set through
     * the API is written: keep it, so that the document reads back to the
     * schedule that wrote it (found by fuzz_schedule_api). */
    st = brf_dosage_is_empty(f) ? BRF_OK : brf_schedule_item_set_frequency(s, index, f);
    brf_dosage_free(f);
    if (fail_from(rd, item, "frequency", st) != BRF_OK) return;
  } else if (fail_from(rd, item, NULL, brf__schedule_adopt(s, r, f, kind, &index)) != BRF_OK) {
    return;
  }
  read_options(rd, s, index, item);
  if (kind == BRF_SCHEDULE_KIND_PROGRAMME) read_step_options(rd, s, index, item);
}

static void read_globals(reader *rd, brf_schedule *s, const brf__json *root) {
  const char *tz = NULL;
  size_t n = 0, count = 0;
  int64_t reminder = -1;
  const brf__json *dates = NULL;
  get_string(rd, root, "time_zone", 0, &tz, &n);
  if (tz) fail_from(rd, brf__json_get(root, "time_zone"), "time_zone", brf_schedule_set_time_zone(s, tz));
  uint32_t mask = get_weekdays(rd, root, "rest_weekdays");
  if (rd->jr.status == BRF_OK)
    fail_from(rd, root, "rest_weekdays", brf_schedule_set_rest_weekdays(s, mask));
  brf__jr_opt_array(&rd->jr, root, "rest_dates", &dates, &count);
  brf__jr_push_key(&rd->jr, "rest_dates");
  for (size_t i = 0; i < count && rd->jr.status == BRF_OK; i++) {
    const char *t = NULL;
    int32_t day = 0;
    const brf__json *node = brf__json_at(dates, i);
    brf__jr_push_index(&rd->jr, i);
    if (brf__jr_string(&rd->jr, node, &t, &n) == BRF_OK) {
      fail_from(rd, node, NULL, brf_date_parse(rd->ctx, t, n, &day));
      if (rd->jr.status == BRF_OK) fail_from(rd, node, NULL, brf_schedule_add_rest_day(s, day));
    }
    brf__jr_pop(&rd->jr);
  }
  brf__jr_pop(&rd->jr);
  brf__jr_opt_int(&rd->jr, root, "reminder_ms", -1, BRF__SCHED_DAY_MS, -1, &reminder);
  if (rd->jr.status == BRF_OK) s->reminder_ms = reminder;
}

/* A session's "exercises", when given, must be its steps' ids in order. */
static int same_exercises(const brf_schedule *s, size_t i, const brf__json *x) {
  const brf__json *arr = brf__json_get(x, "exercises");
  if (!arr) return 1;
  size_t n = brf_schedule_session_step_count(s, i);
  if (brf__json_count(arr) != n) return 0;
  for (size_t k = 0; k < n; k++) {
    size_t len = 0;
    const char *t = brf__json_str(brf__json_at(arr, k), &len);
    if (!t) return 0;
    const char *id = brf_schedule_session_exercise_id(s, i, k);
    if (strlen(id) != len || memcmp(id, t, len) != 0) return 0;
  }
  return 1;
}

/* The sessions given must be the ones the rules give (docs/formats.md). */
static void check_session(reader *rd, const brf_schedule *s, size_t i, const brf__json *x) {
  static const char *const keys[] = {"date", "time", "item", "occurrence", "title",
                                     "duration_ms", "exercises", NULL};
  const brf__sched_session *want = &s->sessions[i];
  int32_t day = 0, minute = -1;
  int64_t item = 0, occ = -1, dur = -1;
  const char *title = NULL;
  size_t n = 0;
  if (brf__jr_object(&rd->jr, x, keys) != BRF_OK) return;
  get_date(rd, x, "date", 1, &day);
  if (!get_time(rd, x, "time", &minute) && rd->jr.status == BRF_OK)
    brf__jr_fail(&rd->jr, x, "time", "missing required key");
  brf__jr_req_int(&rd->jr, x, "item", 0, INT32_MAX, &item);
  brf__jr_opt_int(&rd->jr, x, "occurrence", 0, INT32_MAX, -1, &occ);
  get_string(rd, x, "title", 0, &title, &n);
  brf__jr_opt_int(&rd->jr, x, "duration_ms", 0, INT64_MAX, -1, &dur);
  if (rd->jr.status != BRF_OK) return;
  if (day != want->day || minute != want->minute || item != (int64_t)want->item ||
      (occ >= 0 && occ != (int64_t)want->occurrence) ||
      (title && strcmp(title, brf__schedule_title(s, want->item)) != 0) ||
      (dur >= 0 && dur != brf_schedule_session_duration_ms(s, i)) || !same_exercises(s, i, x)) {
    if (rd->regenerate) {
      rd->differs = i + 1;
      return;
    }
    brf__jr_fail(&rd->jr, x, NULL,
                 "differs from the session the schedule's rules give (item %u, occurrence %u)",
                 (unsigned)want->item, (unsigned)want->occurrence);
  }
}

static void check_sessions(reader *rd, const brf_schedule *s, const brf__json *root) {
  const brf__json *arr = NULL;
  size_t count = 0;
  brf__jr_opt_array(&rd->jr, root, "sessions", &arr, &count);
  if (!arr || rd->jr.status != BRF_OK) return;
  if (count != s->session_count && rd->regenerate) {
    rd->differs = (count < s->session_count ? count : s->session_count) + 1;
    return;
  }
  if (count != s->session_count) {
    brf__jr_fail(&rd->jr, arr, "sessions", "%zu sessions given, the rules give %zu", count,
                 s->session_count);
    return;
  }
  brf__jr_push_key(&rd->jr, "sessions");
  for (size_t i = 0; i < count && rd->jr.status == BRF_OK && rd->differs == 0; i++) {
    brf__jr_push_index(&rd->jr, i);
    check_session(rd, s, i, brf__json_at(arr, i));
    brf__jr_pop(&rd->jr);
  }
  brf__jr_pop(&rd->jr);
}

static brf_schedule *read_root(reader *rd, const brf__json *root) {
  static const char *const keys[] = {"format", "format_version", "start", "weeks",
                                     "time_zone", "rest_weekdays", "rest_dates",
                                     "reminder_ms", "items", "sessions", NULL};
  size_t count = 0;
  int64_t version = 0, weeks = 0;
  int32_t start = 0;
  const brf__json *items = NULL;
  brf_schedule *s = NULL;
  if (brf__jr_object(&rd->jr, root, keys) != BRF_OK) return NULL;
  /* Version 1 embedded routines minimally (name, exercise ids, doses): the
   * same reader takes it, as a version-2 routine without the newer members. */
  brf__jr_header(&rd->jr, root, "backrelief-schedule", BRF__SCHED_FORMAT_VERSION, &version);
  get_date(rd, root, "start", 1, &start);
  brf__jr_req_int(&rd->jr, root, "weeks", 1, BRF_SCHEDULE_WEEKS_MAX, &weeks);
  brf__jr_req_array(&rd->jr, root, "items", &items, &count);
  if (rd->jr.status == BRF_OK && (count == 0 || count > BRF_SCHEDULE_ITEMS_MAX))
    brf__jr_fail_code(&rd->jr, BRF_E_RANGE, items, "items", "needs 1..%d items, found %zu",
                      BRF_SCHEDULE_ITEMS_MAX, count);
  if (rd->jr.status == BRF_OK)
    fail_from(rd, root, "start", brf_schedule_new(rd->ctx, start, (int32_t)weeks, &s));
  if (rd->jr.status == BRF_OK) read_globals(rd, s, root);
  brf__jr_push_key(&rd->jr, "items");
  for (size_t i = 0; i < count && rd->jr.status == BRF_OK; i++) {
    brf__jr_push_index(&rd->jr, i);
    read_item(rd, s, brf__json_at(items, i));
    brf__jr_pop(&rd->jr);
  }
  brf__jr_pop(&rd->jr);
  if (rd->jr.status == BRF_OK) fail_from(rd, root, NULL, brf_schedule_generate(s));
  if (rd->jr.status == BRF_OK) check_sessions(rd, s, root);
  if (rd->jr.status != BRF_OK) {
    brf_schedule_free(s);
    return NULL;
  }
  return s;
}

static brf_status read_schedule(brf_context *ctx, const char *text, size_t len,
                                const brf_catalog *cat, int regenerate, brf_schedule **out);

brf_status brf_schedule_from_json_v2(brf_context *ctx, const char *text, size_t len,
                                     const brf_catalog *cat, uint32_t flags, brf_schedule **out) {
  brf__enter(ctx);
  if (out) *out = NULL;
  if (!ctx || (!text && len) || !cat || !out)
    return brf__error(ctx, BRF_E_INVALID, "brf_schedule_from_json_v2: NULL argument");
  /* a writer flag is accepted and ignored */
  if ((flags & ~(uint32_t)(BRF_JSON_PRETTY | BRF_SCHEDULE_READ_REGENERATE)) != 0)
    return brf__error(ctx, BRF_E_INVALID, "brf_schedule_from_json_v2: unknown flags %u",
                      (unsigned)flags);
  return read_schedule(ctx, text, len, cat, (flags & BRF_SCHEDULE_READ_REGENERATE) != 0, out);
}

brf_status brf_schedule_from_json(brf_context *ctx, const char *text, size_t len,
                                  const brf_catalog *cat, brf_schedule **out) {
  brf__enter(ctx);
  if (out) *out = NULL;
  if (!ctx || (!text && len) || !cat || !out)
    return brf__error(ctx, BRF_E_INVALID, "brf_schedule_from_json: NULL argument");
  return read_schedule(ctx, text, len, cat, 0, out);
}

static brf_status read_schedule(brf_context *ctx, const char *text, size_t len,
                                const brf_catalog *cat, int regenerate, brf_schedule **out) {
  brf__json_doc *doc = NULL;
  brf_status st = brf__json_parse(ctx, text ? text : "", len, 0, &doc);
  if (st != BRF_OK) return st;
  reader rd;
  brf__jr_init(&rd.jr, ctx, doc);
  rd.ctx = ctx;
  rd.cat = cat;
  rd.regenerate = regenerate;
  rd.differs = 0;
  brf_schedule *s = read_root(&rd, brf__json_root(doc));
  st = rd.jr.status;
  brf__json_doc_free(doc);
  if (st != BRF_OK) return st;
  if (rd.differs != 0)
    brf__warn(ctx,
              "schedule: the saved sessions differ from the ones this version's rules give "
              "(from sessions[%zu] on, such as a schedule saved before rule G7 of "
              "docs/schedules.md); they were made again",
              rd.differs - 1);
  *out = s;
  return BRF_OK;
}
