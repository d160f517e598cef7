/* brf_schedule_to_ical: one VEVENT per series (an RRULE with a COUNT) or per
 * session, written with the internal writer (lib/internal/ical.h). The rules
 * for choosing a series are in docs/schedules.md ("iCalendar export"). */
#include <string.h>

#include "backrelief/calendar.h"
#include "internal/dosage.h"
#include "internal/ical.h"
#include "schedule/schedule_private.h"

/* FNV-1a, 32 bits: part of the UID, so that two schedules imported into one
 * calendar do not share UIDs. Deterministic, not a security measure. */
static uint32_t fnv1a(uint32_t h, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

static void hex8(uint32_t v, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (int i = 7; i >= 0; i--) {
    out[i] = digits[v & 15u];
    v >>= 4;
  }
  out[8] = '\0';
}

/* brf-<hash>-<item>-<YYYYMMDD>T<HHMM>@backrelief */
static void make_uid(const brf_schedule *s, size_t item, int32_t day, int32_t minute,
                     char *uid, size_t cap) {
  const char *title = brf__schedule_title(s, item);
  char start[16], date[16], hash[9];
  brf_date_format(s->start, start, sizeof start, NULL);
  uint32_t h = fnv1a(2166136261u, title, strlen(title));
  h = fnv1a(h, start, strlen(start));
  hex8(h, hash);
  int32_t y = 0, m = 0, d = 0;
  brf_date_to_ymd(day, &y, &m, &d);
  brf__format(date, sizeof date, "%d%c%c%c%c", (int)y, (char)('0' + m / 10),
              (char)('0' + m % 10), (char)('0' + d / 10), (char)('0' + d % 10));
  brf__format(uid, cap, "brf-%s-%zu-%sT%c%c%c%c@backrelief", hash, item, date,
              (char)('0' + minute / 600), (char)('0' + minute / 60 % 10),
              (char)('0' + minute % 60 / 10), (char)('0' + minute % 10));
}

/* A dose as a person reads it in language lang (brf__dosage_text: "3 × 10
 * Wiederholungen, täglich"; the notation "3x10, daily" in English or where
 * the description is left out), owned. */
static brf_status dose_text(brf_context *ctx, int32_t lang, const brf_dosage *d, char **out) {
  size_t need = brf__dosage_text(d, lang, NULL, 0) + 1;
  *out = brf__calloc(ctx, 1, need);
  if (*out == NULL) return BRF_E_NOMEM;
  brf__dosage_text(d, lang, *out, need);
  return BRF_OK;
}

/* Message id of the schedule domain in language lang with {name} = value,
 * owned (a routine's name has no length limit: measured, then written). */
static char *msg_text(brf_context *ctx, int32_t lang, size_t id, const char *name,
                      const char *value) {
  brf__i18n_arg arg = {name, value, 0, 0};
  size_t need = brf__msg_expand(&brf__msgs_schedule, lang, id, &arg, 1, NULL, 0) + 1;
  char *text = brf__calloc(ctx, 1, need);
  if (text != NULL) brf__msg_expand(&brf__msgs_schedule, lang, id, &arg, 1, text, need);
  return text;
}

/* Line n of a description: "n. <step>: <dose>", after a newline unless first. */
static brf_status put_step(brf_context *ctx, int32_t lang, brf__buf *b, size_t n,
                           const brf_routine *r, size_t step) {
  char *dose = NULL;
  brf_status st = dose_text(ctx, lang, brf_routine_step_dose(r, step), &dose);
  if (st != BRF_OK) return st;
  if (n) brf__buf_putc(b, '\n');
  brf__buf_put_i64(b, (int64_t)n + 1);
  brf__buf_puts(b, ". ");
  brf__buf_puts(b, brf_routine_step_name(r, step));
  brf__buf_puts(b, ": ");
  brf__buf_puts(b, dose);
  brf_free(ctx, dose);
  return BRF_OK;
}

/* "1. <step>: <dose>" lines, then the frequency. */
static brf_status describe(brf_context *ctx, int32_t lang, const brf__sched_item *it,
                           brf__buf *b) {
  const brf_routine *r = it->routine;
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    brf_status st = put_step(ctx, lang, b, i, r, i);
    if (st != BRF_OK) return st;
  }
  if (!brf_dosage_is_empty(it->frequency)) {
    char *f = NULL;
    brf_status st = dose_text(ctx, lang, it->frequency, &f);
    if (st != BRF_OK) return st;
    char *line = msg_text(ctx, lang, BRF__MSG_SCHEDULE_FREQUENCY, "frequency", f);
    if (!line) {
      brf_free(ctx, f);
      return BRF_E_NOMEM;
    }
    brf__buf_putc(b, '\n');
    brf__buf_puts(b, line);
    brf_free(ctx, line);
    brf_free(ctx, f);
  }
  brf__buf_putc(b, '\0');
  return b->status;
}

/* Rule I2: the longest run dates[0..len) that one RRULE describes from
 * dates[0]: a fixed step in days (FREQ=DAILY;INTERVAL=k) or the weekdays of
 * its first seven days every week (FREQ=WEEKLY;BYDAY=...). Returns the run's
 * length (1: no rule, a single event). */
static size_t longest_run(const int32_t *dates, size_t n, brf__ical_rrule *r) {
  brf__ical_rrule init = BRF__ICAL_RRULE_INIT;
  *r = init;
  if (n < 2) return 1;
  if (n > INT32_MAX) n = INT32_MAX;
  int32_t step = dates[1] - dates[0];
  size_t daily = 2;
  while (daily < n && dates[daily] - dates[daily - 1] == step) daily++;
  uint32_t mask = 0;
  for (size_t i = 0; i < n && dates[i] < dates[0] + 7; i++)
    mask |= BRF_WEEKDAY_BIT(brf_date_weekday(dates[i]));
  size_t weekly = 1;
  for (int32_t d = dates[0] + 1; weekly < n && d <= dates[n - 1]; d++) {
    if (!(mask & BRF_WEEKDAY_BIT(brf_date_weekday(d)))) continue;
    if (dates[weekly] != d) break;
    weekly++;
  }
  if (daily >= weekly) {
    r->freq = BRF__ICAL_DAILY;
    r->interval = step;
    r->count = (int32_t)daily;
    return daily;
  }
  r->freq = BRF__ICAL_WEEKLY;
  r->byday = mask;
  r->count = (int32_t)weekly;
  return weekly;
}

static void event(brf__ical *w, const brf_schedule *s, size_t item, int32_t day,
                  int32_t minute, const char *desc, const brf__ical_rrule *rule) {
  char uid[96];
  make_uid(s, item, day, minute, uid, sizeof uid);
  brf__ical_event ev = BRF__ICAL_EVENT_INIT;
  ev.uid = uid;
  ev.stamp_day = s->start;
  ev.start_day = day;
  ev.start_second = minute * 60;
  ev.tzid = s->tzid;
  ev.duration_ms = s->items[item].duration_ms > 0 ? s->items[item].duration_ms : -1;
  ev.summary = brf__schedule_title(s, item);
  ev.description = desc;
  ev.rrule = rule;
  ev.alarm_before_ms = s->reminder_ms;
  brf__ical_write_event(w, &ev);
}

/* The events of one item: per time of day, a series or single sessions. */
static brf_status item_events(brf__ical *w, const brf_schedule *s, size_t item, uint32_t flags,
                              int32_t *dates) {
  brf__buf desc;
  brf__buf_init(&desc, s->ctx);
  brf_status st = describe(s->ctx, s->lang, &s->items[item], &desc);
  if (st != BRF_OK) {
    brf__buf_free(&desc);
    return st;
  }
  int32_t prev = -1;
  for (;;) {
    int32_t minute = INT32_MAX; /* the next time of day of this item above prev */
    for (size_t i = 0; i < s->session_count; i++) {
      const brf__sched_session *x = &s->sessions[i];
      if (x->item == item && x->minute > prev && x->minute < minute) minute = x->minute;
    }
    if (minute == INT32_MAX) break;
    size_t n = 0;
    for (size_t i = 0; i < s->session_count; i++)
      if (s->sessions[i].item == item && s->sessions[i].minute == minute)
        dates[n++] = s->sessions[i].day;
    for (size_t i = 0; i < n;) {
      brf__ical_rrule rule;
      size_t run = flags & BRF_SCHEDULE_ICAL_EXPAND ? 1 : longest_run(dates + i, n - i, &rule);
      event(w, s, item, dates[i], minute, desc.data, run > 1 ? &rule : NULL);
      i += run;
    }
    prev = minute;
  }
  brf__buf_free(&desc);
  return BRF_OK;
}

/* A programme (docs/schedules.md, rule I3): one event per session, its
 * description the steps of that session, its summary "Back relief: <name>". */
static brf_status programme_events(brf__ical *w, const brf_schedule *s, size_t item) {
  const brf_routine *r = s->items[item].routine;
  /* "Back relief: <name>" in the schedule's language */
  char *summary = msg_text(s->ctx, s->lang, BRF__MSG_SCHEDULE_PROGRAMME_SUMMARY, "name",
                           brf__schedule_title(s, item));
  if (!summary) return BRF_E_NOMEM;
  brf_status st = BRF_OK;
  for (size_t i = 0; i < s->session_count && st == BRF_OK; i++) {
    const brf__sched_session *x = &s->sessions[i];
    if (x->item != item) continue;
    brf__buf desc;
    brf__buf_init(&desc, s->ctx);
    for (size_t k = 0; k < brf_schedule_session_step_count(s, i) && st == BRF_OK; k++) {
      st = put_step(s->ctx, s->lang, &desc, k, r, brf_schedule_session_step(s, i, k));
    }
    brf__buf_putc(&desc, '\0');
    if (st == BRF_OK) st = desc.status;
    if (st == BRF_OK) {
      char uid[112], base[96];
      make_uid(s, item, x->day, x->minute, base, sizeof base);
      char *at = strchr(base, '@');
      if (at) *at = '\0';
      brf__format(uid, sizeof uid, "%s-%u@backrelief", base, (unsigned)x->occurrence);
      brf__ical_event ev = BRF__ICAL_EVENT_INIT;
      int64_t dur = brf_schedule_session_duration_ms(s, i);
      ev.uid = uid;
      ev.stamp_day = s->start;
      ev.start_day = x->day;
      ev.start_second = x->minute * 60;
      ev.tzid = s->tzid;
      ev.duration_ms = dur > 0 ? dur : -1;
      ev.summary = summary;
      ev.description = desc.data;
      ev.alarm_before_ms = s->reminder_ms;
      brf__ical_write_event(w, &ev);
    }
    brf__buf_free(&desc);
  }
  brf_free(s->ctx, summary);
  return st;
}

brf_status brf_schedule_to_ical(brf_context *ctx, const brf_schedule *s, uint32_t flags,
                                char **out, size_t *out_len) {
  brf__enter(ctx);
  if (out) *out = NULL;
  if (!ctx || !s || !out)
    return brf__error(ctx, BRF_E_INVALID, "brf_schedule_to_ical: NULL argument");
  if (flags & ~BRF_SCHEDULE_ICAL_EXPAND)
    return brf__error(ctx, BRF_E_INVALID, "brf_schedule_to_ical: unknown flags %u",
                      (unsigned)flags);
  if (!s->generated)
    return brf__error(ctx, BRF_E_STATE, "schedule: generate the sessions before exporting");
  /* Every session's event describes every step of its routine: refuse a
   * calendar of more than BRF_LIMIT_CALENDAR_ITEMS sessions x steps before
   * anything is written (a session counts at least once). */
  uint64_t items = 0;
  for (size_t i = 0; i < s->session_count; i++) {
    size_t steps = brf_routine_step_count(s->items[s->sessions[i].item].routine);
    items += steps ? steps : 1;
    if (brf__over_limit(ctx, BRF_LIMIT_CALENDAR_ITEMS, items))
      return brf__limit_error(ctx, BRF_LIMIT_CALENDAR_ITEMS, "iCalendar export (sessions x steps)");
  }
  int32_t *dates = brf__calloc(ctx, s->session_count ? s->session_count : 1, sizeof *dates);
  if (!dates) return BRF_E_NOMEM;
  brf__ical w;
  brf__ical_init(&w, ctx);
  brf__ical_begin_calendar(&w, "-//libbackrelief//schedule//EN");
  brf_status st = BRF_OK;
  for (size_t i = 0; i < s->item_count && st == BRF_OK && w.status == BRF_OK; i++)
    st = s->items[i].steps ? programme_events(&w, s, i) : item_events(&w, s, i, flags, dates);
  brf__ical_end(&w, "VCALENDAR");
  brf__free(ctx, dates);
  if (st != BRF_OK) {
    brf__ical_free(&w);
    return st;
  }
  return brf__ical_take(&w, out, out_len);
}

brf_status brf_schedule_ical_format(brf_context *ctx, const brf_schedule *s, uint32_t flags,
                                    char *buf, size_t cap, size_t *needed) {
  if (!buf && cap) return brf__error(ctx, BRF_E_INVALID, "brf_schedule_ical_format: NULL buffer");
  if (buf && cap) buf[0] = '\0';
  char *text = NULL;
  size_t len = 0;
  if (cap == 0) brf__keep_begin(ctx); /* a size query keeps the last error */
  brf_status st = brf_schedule_to_ical(ctx, s, flags, &text, &len);
  if (cap == 0) brf__keep_end(ctx);
  if (st != BRF_OK) return st;
  st = brf__copy_out(ctx, "brf_schedule_ical_format", text, len, buf, cap, needed);
  brf_free(ctx, text);
  return st;
}
