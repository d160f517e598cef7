/* brf_schedule_to_json: the `backrelief-schedule` format, version 2
 * (docs/formats.md). Keys are written in a fixed order and optional members
 * only when they differ from their defaults, so that a document read and
 * written again gives the same bytes. */
#include "backrelief/calendar.h"
#include "util/json.h"
#include "internal/routine_json.h"
#include "schedule/schedule_private.h"

static void put_date(brf__jw *w, const char *key, int32_t day) {
  char buf[16];
  if (brf_date_format(day, buf, sizeof buf, NULL) != BRF_OK) buf[0] = '\0';
  brf__jw_member_string(w, key, buf);
}

static void put_time(brf__jw *w, const char *key, int32_t minute) {
  char buf[8];
  if (brf_time_format(minute, buf, sizeof buf, NULL) != BRF_OK) buf[0] = '\0';
  brf__jw_member_string(w, key, buf);
}

static void put_weekdays(brf__jw *w, const char *key, uint32_t mask) {
  char buf[32];
  if (brf_weekdays_format(mask, buf, sizeof buf, NULL) != BRF_OK) buf[0] = '\0';
  brf__jw_member_string(w, key, buf);
}

/* A dose's canonical notation; latches NOMEM into the writer. */
static void put_dose(brf__jw *w, brf_context *ctx, const char *key, const brf_dosage *d) {
  char *text = NULL;
  brf_status st = brf_dosage_to_string(ctx, d, &text, NULL);
  if (st != BRF_OK) {
    if (w->status == BRF_OK) w->status = st;
    return;
  }
  brf__jw_member_string(w, key, text);
  brf_free(ctx, text);
}

/* The routine as the routine format's body (internal/routine_json.h). */
static void put_routine(brf__jw *w, brf_context *ctx, const brf_routine *r) {
  brf__jw_key(w, "routine");
  brf__jw_begin_object(w);
  brf__routine_write_body(w, ctx, r);
  brf__jw_end_object(w);
}

/* A programme's per-step taper and trigger (docs/formats.md). */
/* A taper (docs/formats.md): daily for daily_weeks, then min..max a week. */
static void put_taper(brf__jw *w, int32_t weeks, int32_t min, int32_t max) {
  brf__jw_key(w, "taper");
  brf__jw_begin_object(w);
  brf__jw_member_int(w, "daily_weeks", weeks);
  brf__jw_member_int(w, "min_per_week", min);
  brf__jw_member_int(w, "max_per_week", max);
  brf__jw_end_object(w);
}

static void put_step_options(brf__jw *w, const brf__sched_item *it) {
  size_t n = 0;
  for (size_t k = 0; k < it->step_count; k++)
    if (it->steps[k].taper_weeks > 0 || it->steps[k].after_weekdays) n++;
  if (!n) return;
  brf__jw_key(w, "step_options");
  brf__jw_begin_array(w);
  for (size_t k = 0; k < it->step_count; k++) {
    const brf__sched_step *p = &it->steps[k];
    if (!(p->taper_weeks > 0 || p->after_weekdays)) continue;
    brf__jw_begin_object(w);
    brf__jw_member_int(w, "step", (int64_t)k);
    if (p->taper_weeks > 0) {
      put_taper(w, p->taper_weeks, p->taper_min, p->taper_max);
    }
    if (p->after_weekdays) put_weekdays(w, "after_weekdays", p->after_weekdays);
    brf__jw_end_object(w);
  }
  brf__jw_end_array(w);
}

static void put_item(brf__jw *w, brf_context *ctx, const brf__sched_item *it) {
  brf__jw_begin_object(w);
  brf__jw_member_string(w, "kind", brf_schedule_kind_id(it->kind));
  put_routine(w, ctx, it->routine);
  if (!brf_dosage_is_empty(it->frequency)) put_dose(w, ctx, "frequency", it->frequency);
  if (it->weekdays) put_weekdays(w, "weekdays", it->weekdays);
  put_time(w, "first_time", it->first_time);
  put_time(w, "last_time", it->last_time);
  if (it->spacing == BRF_SPACING_NOT_CONSECUTIVE)
    brf__jw_member_string(w, "spacing", "not-consecutive");
  if (it->taper_weeks > 0) {
    put_taper(w, it->taper_weeks, it->taper_min, it->taper_max);
  }
  if (it->has_window) {
    brf__jw_key(w, "window");
    brf__jw_begin_object(w);
    put_date(w, "onset_date", it->onset_day);
    put_time(w, "onset_time", it->onset_minute);
    if (it->window_ms > 0) brf__jw_member_int(w, "length_ms", it->window_ms);
    brf__jw_end_object(w);
  }
  if (it->after_weekdays) put_weekdays(w, "after_weekdays", it->after_weekdays);
  put_step_options(w, it);
  brf__jw_end_object(w);
}

static void put_sessions(brf__jw *w, const brf_schedule *s) {
  brf__jw_key(w, "sessions");
  brf__jw_begin_array(w);
  for (size_t i = 0; i < s->session_count; i++) {
    const brf__sched_session *x = &s->sessions[i];
    brf__jw_begin_object(w);
    put_date(w, "date", x->day);
    put_time(w, "time", x->minute);
    brf__jw_member_int(w, "item", x->item);
    brf__jw_member_int(w, "occurrence", x->occurrence);
    brf__jw_member_string(w, "title", brf__schedule_title(s, x->item));
    brf__jw_member_int(w, "duration_ms", brf_schedule_session_duration_ms(s, i));
    brf__jw_key(w, "exercises");
    brf__jw_begin_array(w);
    for (size_t k = 0; k < brf_schedule_session_step_count(s, i); k++)
      brf__jw_string(w, brf_schedule_session_exercise_id(s, i, k));
    brf__jw_end_array(w);
    brf__jw_end_object(w);
  }
  brf__jw_end_array(w);
}

static brf_status write_json(brf_context *ctx, const brf_schedule *s, uint32_t flags, char **out,
                             size_t *out_len, const char *fn) {
  if (out) *out = NULL;
  if (!ctx || !s || !out) return brf__error(ctx, BRF_E_INVALID, "%s: NULL argument", fn);
  if ((flags & ~(uint32_t)BRF_JSON_PRETTY) != 0)
    return brf__error(ctx, BRF_E_INVALID, "%s: unknown flags %u", fn, (unsigned)flags);
  if (!s->generated)
    return brf__error(ctx, BRF_E_STATE, "schedule: generate the sessions before writing it");
  brf__jw w;
  brf__jw_init(&w, ctx, (flags & BRF_JSON_PRETTY) ? BRF__JW_PRETTY : BRF__JW_COMPACT);
  brf__jw_begin_object(&w);
  brf__jw_member_string(&w, "format", "backrelief-schedule");
  brf__jw_member_int(&w, "format_version", BRF__SCHED_FORMAT_VERSION);
  put_date(&w, "start", s->start);
  brf__jw_member_int(&w, "weeks", s->weeks);
  if (s->tzid) brf__jw_member_string(&w, "time_zone", s->tzid);
  if (s->rest_weekdays) put_weekdays(&w, "rest_weekdays", s->rest_weekdays);
  if (s->rest_count) {
    brf__jw_key(&w, "rest_dates");
    brf__jw_begin_array(&w);
    for (size_t i = 0; i < s->rest_count; i++) {
      char buf[16];
      if (brf_date_format(s->rest_days[i], buf, sizeof buf, NULL) != BRF_OK) buf[0] = '\0';
      brf__jw_string(&w, buf);
    }
    brf__jw_end_array(&w);
  }
  if (s->reminder_ms >= 0) brf__jw_member_int(&w, "reminder_ms", s->reminder_ms);
  brf__jw_key(&w, "items");
  brf__jw_begin_array(&w);
  for (size_t i = 0; i < s->item_count; i++) put_item(&w, ctx, &s->items[i]);
  brf__jw_end_array(&w);
  put_sessions(&w, s);
  brf__jw_end_object(&w);
  return brf__jw_finish(&w, out, out_len);
}

brf_status brf_schedule_to_json(brf_context *ctx, const brf_schedule *s, char **out,
                                size_t *out_len) {
  brf__enter(ctx);
  return write_json(ctx, s, BRF_JSON_PRETTY, out, out_len, "brf_schedule_to_json");
}

brf_status brf_schedule_to_json_v2(brf_context *ctx, const brf_schedule *s, uint32_t flags,
                                   char **out, size_t *out_len) {
  brf__enter(ctx);
  return write_json(ctx, s, flags, out, out_len, "brf_schedule_to_json_v2");
}
