/* The schedule object: creation, schedule-wide options, generation and the
 * session accessors. Items live in schedule_items.c, the rules in schedule_generate.c. */
#include <string.h>

#include "backrelief/calendar.h"
#include "schedule/schedule_private.h"

brf_status brf_schedule_new(brf_context *ctx, int32_t start_day, int32_t weeks,
                            brf_schedule **out) {
  brf__enter(ctx);
  if (out) *out = NULL;
  if (!ctx || !out) return brf__error(ctx, BRF_E_INVALID, "brf_schedule_new: NULL argument");
  if (weeks < 1 || weeks > BRF_SCHEDULE_WEEKS_MAX)
    return brf__error(ctx, BRF_E_RANGE, "schedule weeks %d: must be 1..%d", (int)weeks,
                      BRF_SCHEDULE_WEEKS_MAX);
  if (start_day < BRF_DATE_MIN || start_day > BRF_DATE_MAX - 7 * weeks + 1)
    return brf__error(ctx, BRF_E_RANGE, "schedule start day %d: outside the calendar",
                      (int)start_day);
  brf_schedule *s = brf__calloc(ctx, 1, sizeof *s);
  if (!s) return BRF_E_NOMEM;
  s->ctx = ctx;
  s->lang = brf__ctx_lang(ctx);
  s->start = start_day;
  s->weeks = weeks;
  s->reminder_ms = -1;
  brf__ctx_retain(ctx);
  *out = s;
  return BRF_OK;
}

void brf_schedule_free(brf_schedule *s) {
  if (!s) return;
  brf_context *ctx = s->ctx;
  brf__free(ctx, s->rest_days);
  brf__free(ctx, s->tzid);
  brf__free(ctx, s->sessions);
  for (size_t i = 0; i < s->item_count; i++) {
    brf_routine_free(s->items[i].routine);
    brf_dosage_free(s->items[i].frequency);
    brf__schedule_steps_free(ctx, &s->items[i]);
  }
  brf__free(ctx, s->items);
  brf__free(ctx, s);
  brf__ctx_release(ctx);
}

int32_t brf_schedule_start_day(const brf_schedule *s) { return s ? s->start : 0; }

/* 0 is 1970-01-01 as well as the old getter's failure value: the status
 * tells them apart (docs/conventions.md, "Sentinels"). */
brf_status brf_schedule_start_day_get(const brf_schedule *s, int32_t *out) {
  if (!s || !out) return BRF_E_INVALID;
  *out = s->start;
  return BRF_OK;
}
int32_t brf_schedule_weeks(const brf_schedule *s) { return s ? s->weeks : 0; }

brf_status brf_schedule_set_rest_weekdays(brf_schedule *s, uint32_t mask) {
  BRF__ENTER_OBJ(s);
  if (!s) return BRF_E_INVALID;
  if ((mask & ~BRF_WEEKDAYS_ALL) != 0 || mask == BRF_WEEKDAYS_ALL)
    return brf__error(s->ctx, BRF_E_INVALID,
                      "rest weekdays: mask %u is not a weekday mask with a free day",
                      (unsigned)mask);
  s->rest_weekdays = mask;
  s->generated = 0;
  return BRF_OK;
}

brf_status brf_schedule_add_rest_day(brf_schedule *s, int32_t day) {
  BRF__ENTER_OBJ(s);
  if (!s) return BRF_E_INVALID;
  if (day < BRF_DATE_MIN || day > BRF_DATE_MAX)
    return brf__error(s->ctx, BRF_E_RANGE, "rest day %d: outside the calendar", (int)day);
  size_t at = 0;
  while (at < s->rest_count && s->rest_days[at] < day) at++;
  if (at < s->rest_count && s->rest_days[at] == day) return BRF_OK;
  if (s->rest_count >= BRF_SCHEDULE_REST_DAYS_MAX)
    return brf__error(s->ctx, BRF_E_RANGE, "rest days: at most %d dates",
                      BRF_SCHEDULE_REST_DAYS_MAX);
  void *items = s->rest_days;
  brf_status st = brf__grow(s->ctx, &items, &s->rest_cap, s->rest_count + 1, sizeof(int32_t));
  if (st != BRF_OK) return st;
  s->rest_days = items;
  memmove(s->rest_days + at + 1, s->rest_days + at, (s->rest_count - at) * sizeof(int32_t));
  s->rest_days[at] = day;
  s->rest_count++;
  s->generated = 0;
  return BRF_OK;
}

static int tzid_valid(const char *t, size_t len) {
  if (len == 0 || len > 64) return 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c < 0x21 || c > 0x7E || c == '"' || c == ';' || c == ':' || c == ',') return 0;
  }
  return 1;
}

brf_status brf_schedule_set_time_zone(brf_schedule *s, const char *tzid) {
  BRF__ENTER_OBJ(s);
  if (!s) return BRF_E_INVALID;
  char *copy = NULL;
  if (tzid) {
    size_t len = strlen(tzid);
    if (!tzid_valid(tzid, len)) /* %.*s reads exactly that many bytes: bound it by len */
      return brf__error(s->ctx, BRF_E_INVALID, "time zone id \"%.*s\": not a valid id",
                        (int)(len < 64 ? len : 64), tzid);
    copy = brf__strdup(s->ctx, tzid);
    if (!copy) return BRF_E_NOMEM;
  }
  brf__free(s->ctx, s->tzid);
  s->tzid = copy;
  return BRF_OK; /* the sessions do not depend on the zone */
}

const char *brf_schedule_time_zone(const brf_schedule *s) { return s ? s->tzid : NULL; }

/* NULL is floating times as well as the old getter's failure value. */
brf_status brf_schedule_time_zone_get(const brf_schedule *s, const char **out) {
  if (!s || !out) return BRF_E_INVALID;
  *out = s->tzid;
  return BRF_OK;
}

brf_status brf_schedule_set_reminder_ms(brf_schedule *s, int64_t before_ms) {
  BRF__ENTER_OBJ(s);
  if (!s) return BRF_E_INVALID;
  if (before_ms < -1 || before_ms > BRF__SCHED_DAY_MS)
    return brf__error(s->ctx, BRF_E_RANGE, "reminder %lld ms: must be 0..24 h or -1",
                      (long long)before_ms);
  s->reminder_ms = before_ms;
  return BRF_OK;
}

brf_status brf_schedule_generate(brf_schedule *s) {
  BRF__ENTER_OBJ(s);
  if (!s) return BRF_E_INVALID;
  if (s->item_count == 0)
    return brf__error(s->ctx, BRF_E_STATE, "schedule: no items to generate sessions from");
  brf__sched_session *sessions = NULL;
  size_t count = 0;
  brf_status st = brf__schedule_compute(s, &sessions, &count);
  if (st != BRF_OK) return st;
  brf__free(s->ctx, s->sessions);
  s->sessions = sessions;
  s->session_count = count;
  s->generated = 1;
  return BRF_OK;
}

int32_t brf_schedule_is_generated(const brf_schedule *s) { return s && s->generated ? 1 : 0; }

size_t brf_schedule_session_count(const brf_schedule *s) {
  return s && s->generated ? s->session_count : 0;
}

static const brf__sched_session *session_at(const brf_schedule *s, size_t index) {
  if (!s || !s->generated || index >= s->session_count) return NULL;
  return &s->sessions[index];
}

int32_t brf_schedule_session_date(const brf_schedule *s, size_t index) {
  const brf__sched_session *x = session_at(s, index);
  return x ? x->day : INT32_MIN;
}

int32_t brf_schedule_session_time(const brf_schedule *s, size_t index) {
  const brf__sched_session *x = session_at(s, index);
  return x ? x->minute : -1;
}

size_t brf_schedule_session_item(const brf_schedule *s, size_t index) {
  const brf__sched_session *x = session_at(s, index);
  return x ? x->item : SIZE_MAX;
}

size_t brf_schedule_session_occurrence(const brf_schedule *s, size_t index) {
  const brf__sched_session *x = session_at(s, index);
  return x ? x->occurrence : SIZE_MAX;
}

int64_t brf_schedule_session_duration_ms(const brf_schedule *s, size_t index) {
  const brf__sched_session *x = session_at(s, index);
  if (!x) return -1;
  const brf__sched_item *it = &s->items[x->item];
  if (!x->steps) return it->duration_ms;
  int64_t sum = 0;
  for (size_t k = 0; k < it->step_count; k++)
    if (x->steps & ((uint64_t)1 << k)) sum += it->steps[k].duration_ms;
  return sum;
}

const char *brf__schedule_title(const brf_schedule *s, size_t item) {
  const char *name = brf_routine_name(s->items[item].routine);
  return name && name[0] ? name : brf__msg(&brf__msgs_schedule, s->lang, BRF__MSG_SCHEDULE_TITLE_UNTITLED);
}

const char *brf_schedule_session_title(const brf_schedule *s, size_t index) {
  const brf__sched_session *x = session_at(s, index);
  return x ? brf__schedule_title(s, x->item) : NULL;
}

/* ---- ids (docs/conventions.md, "Names"); the JSON reader and writer use the same words ---- */

static const char *const kind_ids[] = {"routine", "exercise", "programme"};
static const char *const spacing_ids[] = {"any", "not-consecutive"};

BRF__ID_FUNCTIONS(schedule_kind, kind_ids, 3)

BRF__ID_FUNCTIONS(spacing, spacing_ids, 2)
