/* The iCalendar writer: content lines assembled one at a time, checked, then
 * folded into the output; components opened and closed in order; and one
 * call that writes a whole VEVENT. The first failure is latched. */
#include <string.h>

#include "calendar/calendar_private.h"
#include "util/core.h"
#include "internal/ical.h"

static int failed(brf__ical *w) {
  if (w->status == BRF_OK && w->out.status != BRF_OK) w->status = w->out.status;
  if (w->status == BRF_OK && w->line.status != BRF_OK) w->status = w->line.status;
  return w->status != BRF_OK;
}

static void fail(brf__ical *w, brf_status s) {
  if (w->status == BRF_OK) w->status = s;
}

void brf__ical_init(brf__ical *w, brf_context *ctx) {
  memset(w, 0, sizeof *w);
  brf__buf_init(&w->out, ctx);
  brf__buf_init(&w->line, ctx);
  w->status = BRF_OK;
}

void brf__ical_free(brf__ical *w) {
  brf__buf_free(&w->out);
  brf__buf_free(&w->line);
}

brf_status brf__ical_take(brf__ical *w, char **out, size_t *out_len) {
  if (!failed(w) && (w->in_line || w->depth != 0))
    fail(w, brf__error(w->out.ctx, BRF_E_STATE, "iCalendar: %s is still open",
                       w->in_line ? "a content line" : w->open[w->depth - 1]));
  brf__buf_free(&w->line);
  if (w->status != BRF_OK) {
    brf__buf_free(&w->out);
    return w->status;
  }
  return brf__buf_take(&w->out, out, out_len);
}

/* Property, parameter and component names are iana-tokens or x-names:
 * letters, digits and hyphens (RFC 5545 3.1). */
static int is_name(const char *s) {
  if (s == NULL || *s == '\0') return 0;
  for (; *s; s++)
    if (!brf__is_alpha((unsigned char)*s) && !brf__is_digit((unsigned char)*s) && *s != '-')
      return 0;
  return 1;
}

static int check_name(brf__ical *w, const char *what, const char *name) {
  if (is_name(name)) return 1;
  fail(w, brf__error(w->out.ctx, BRF_E_INVALID, "iCalendar: bad %s name '%s'", what, name));
  return 0;
}

void brf__ical_prop(brf__ical *w, const char *name) {
  if (failed(w)) return;
  if (w->in_line) {
    fail(w, brf__error(w->out.ctx, BRF_E_STATE, "iCalendar: %s started inside another line",
                       name));
    return;
  }
  if (!check_name(w, "property", name)) return;
  w->line.len = 0;
  brf__buf_puts(&w->line, name);
  w->in_line = 1;
}

static int need_line(brf__ical *w, const char *what) {
  if (failed(w)) return 0;
  if (w->in_line) return 1;
  fail(w, brf__error(w->out.ctx, BRF_E_STATE, "iCalendar: %s outside a content line", what));
  return 0;
}

void brf__ical_param(brf__ical *w, const char *name, const char *value) {
  if (!need_line(w, "parameter") || !check_name(w, "parameter", name)) return;
  size_t len = value != NULL ? strlen(value) : 0;
  int quote = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)value[i];
    if (c == '"' || (c < 0x20 && c != '\t') || c == 0x7F) {
      fail(w, brf__error(w->out.ctx, BRF_E_INVALID,
                         "iCalendar: parameter %s has a quote or control character", name));
      return;
    }
    if (c == ':' || c == ';' || c == ',') quote = 1;
  }
  if (value == NULL || !brf__utf8_valid(value, len, NULL)) {
    fail(w, brf__error(w->out.ctx, BRF_E_INVALID,
                       "iCalendar: parameter %s is missing or not UTF-8", name));
    return;
  }
  brf__buf_putc(&w->line, ';');
  brf__buf_puts(&w->line, name);
  brf__buf_putc(&w->line, '=');
  if (quote) brf__buf_putc(&w->line, '"');
  brf__buf_append(&w->line, value, len);
  if (quote) brf__buf_putc(&w->line, '"');
}

void brf__ical_value_text(brf__ical *w, const char *text, size_t len) {
  if (!need_line(w, "value")) return;
  if (text == NULL && len > 0) {
    fail(w, brf__error(w->out.ctx, BRF_E_INVALID, "iCalendar: NULL text"));
    return;
  }
  brf__buf_putc(&w->line, ':');
  brf_status s = brf__ical_escape_text(w->out.ctx, &w->line, text, len);
  if (s != BRF_OK) fail(w, s);
}

void brf__ical_value_raw(brf__ical *w, const char *value) {
  if (!need_line(w, "value")) return;
  size_t len = strlen(value);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)value[i];
    if (c < 0x20 || c == 0x7F) {
      fail(w, brf__error(w->out.ctx, BRF_E_INVALID, "iCalendar: control character in value"));
      return;
    }
  }
  if (!brf__utf8_valid(value, len, NULL)) {
    fail(w, brf__error(w->out.ctx, BRF_E_INVALID, "iCalendar: value is not UTF-8"));
    return;
  }
  brf__buf_putc(&w->line, ':');
  brf__buf_append(&w->line, value, len);
}

void brf__ical_end_line(brf__ical *w) {
  if (!need_line(w, "end of line")) return;
  brf__ical_fold(&w->out, w->line.data, w->line.len);
  w->line.len = 0;
  w->in_line = 0;
  failed(w);
}

void brf__ical_begin(brf__ical *w, const char *name) {
  if (failed(w) || !check_name(w, "component", name)) return;
  if (w->depth == BRF__ICAL_MAX_DEPTH) {
    fail(w, brf__error(w->out.ctx, BRF_E_STATE, "iCalendar: components nested too deeply"));
    return;
  }
  brf__ical_raw(w, "BEGIN", name);
  w->open[w->depth++] = name;
}

void brf__ical_end(brf__ical *w, const char *name) {
  if (failed(w)) return;
  if (w->depth == 0 || strcmp(w->open[w->depth - 1], name) != 0) {
    fail(w, brf__error(w->out.ctx, BRF_E_STATE, "iCalendar: END:%s does not close %s", name,
                       w->depth == 0 ? "anything" : w->open[w->depth - 1]));
    return;
  }
  w->depth--;
  brf__ical_raw(w, "END", name);
}

void brf__ical_begin_calendar(brf__ical *w, const char *prodid) {
  brf__ical_begin(w, "VCALENDAR");
  brf__ical_raw(w, "VERSION", "2.0");
  brf__ical_text(w, "PRODID", prodid);
}

void brf__ical_text(brf__ical *w, const char *name, const char *text) {
  brf__ical_prop(w, name);
  brf__ical_value_text(w, text, text != NULL ? strlen(text) : 0);
  brf__ical_end_line(w);
}

void brf__ical_raw(brf__ical *w, const char *name, const char *value) {
  brf__ical_prop(w, name);
  brf__ical_value_raw(w, value);
  brf__ical_end_line(w);
}

/* YYYYMMDD into text (9 bytes with the NUL); 0 when day is out of range. */
static int format_date(brf__ical *w, int32_t day, char *text) {
  int32_t y, m, d;
  if (brf_date_to_ymd(day, &y, &m, &d) != BRF_OK) {
    fail(w, brf__error(w->out.ctx, BRF_E_INVALID, "iCalendar: day %d is out of range",
                       (int)day));
    return 0;
  }
  text[brf__put_ymd(text, y, m, d, 0)] = '\0';
  return 1;
}

/* YYYYMMDDTHHMMSS, plus 'Z' when utc; 0 on a bad day or second. */
static int format_datetime(brf__ical *w, int32_t day, int32_t second, int utc, char *text) {
  if (second < 0 || second > 86399) {
    fail(w, brf__error(w->out.ctx, BRF_E_INVALID, "iCalendar: second %d is not in a day",
                       (int)second));
    return 0;
  }
  if (!format_date(w, day, text)) return 0;
  text[8] = 'T';
  brf__put_hms(text + 9, second);
  text[15] = utc ? 'Z' : '\0';
  text[16] = '\0';
  return 1;
}

void brf__ical_date(brf__ical *w, const char *name, int32_t day) {
  char text[9];
  if (failed(w) || !format_date(w, day, text)) return;
  brf__ical_prop(w, name);
  brf__ical_param(w, "VALUE", "DATE");
  brf__ical_value_raw(w, text);
  brf__ical_end_line(w);
}

void brf__ical_datetime(brf__ical *w, const char *name, int32_t day, int32_t second,
                        const char *tzid) {
  char text[17];
  if (failed(w) || !format_datetime(w, day, second, 0, text)) return;
  brf__ical_prop(w, name);
  if (tzid != NULL) brf__ical_param(w, "TZID", tzid);
  brf__ical_value_raw(w, text);
  brf__ical_end_line(w);
}

void brf__ical_utc(brf__ical *w, const char *name, int32_t day, int32_t second) {
  char text[17];
  if (failed(w) || !format_datetime(w, day, second, 1, text)) return;
  brf__ical_raw(w, name, text);
}

void brf__ical_duration(brf__ical *w, const char *name, int64_t ms) {
  char text[BRF__ICAL_DURATION_MAX];
  brf__ical_format_duration(ms, text);
  brf__ical_raw(w, name, text);
}

void brf__ical_rrule_prop(brf__ical *w, const brf__ical_rrule *r) {
  if (failed(w)) return;
  brf__ical_prop(w, "RRULE");
  brf__buf_putc(&w->line, ':');
  brf_status s = brf__ical_format_rrule(w->out.ctx, r, &w->line);
  if (s != BRF_OK) {
    fail(w, s);
    return;
  }
  brf__ical_end_line(w);
}

void brf__ical_alarm(brf__ical *w, int64_t before_ms, const char *description) {
  if (before_ms < 0) {
    fail(w, brf__error(w->out.ctx, BRF_E_INVALID, "iCalendar: alarm after the start"));
    return;
  }
  brf__ical_begin(w, "VALARM");
  brf__ical_raw(w, "ACTION", "DISPLAY");
  brf__ical_duration(w, "TRIGGER", before_ms == 0 ? 0 : -before_ms);
  /* DESCRIPTION is required for DISPLAY alarms (RFC 5545 3.6.6). */
  brf__ical_text(w, "DESCRIPTION", description != NULL ? description : "Reminder");
  brf__ical_end(w, "VALARM");
}

static int check_event(brf__ical *w, const brf__ical_event *e) {
  const char *why = NULL;
  if (e->uid == NULL || e->uid[0] == '\0') why = "an event needs a UID";
  else if (e->start_second < 0 && e->tzid != NULL) why = "an all-day event cannot have a TZID";
  else if (e->rrule != NULL && e->tzid != NULL && e->rrule->until_kind != BRF__ICAL_UNTIL_NONE)
    why = "UNTIL with a TZID must be in UTC, which needs a time zone database: use COUNT";
  else if (e->rrule != NULL && e->rrule->until_kind == BRF__ICAL_UNTIL_DATE &&
           e->start_second >= 0)
    why = "UNTIL must be a DATE-TIME when DTSTART is one";
  else if (e->rrule != NULL && e->rrule->until_kind == BRF__ICAL_UNTIL_FLOATING &&
           e->start_second < 0)
    why = "UNTIL must be a DATE when DTSTART is one";
  if (why == NULL) return 1;
  brf_status s = e->tzid != NULL && e->rrule != NULL ? BRF_E_UNSUPPORTED : BRF_E_INVALID;
  fail(w, brf__error(w->out.ctx, s, "iCalendar event %s: %s", e->uid, why));
  return 0;
}

void brf__ical_write_event(brf__ical *w, const brf__ical_event *e) {
  if (failed(w) || !check_event(w, e)) return;
  brf__ical_begin(w, "VEVENT");
  brf__ical_text(w, "UID", e->uid);
  brf__ical_utc(w, "DTSTAMP", e->stamp_day, e->stamp_second);
  if (e->start_second < 0) brf__ical_date(w, "DTSTART", e->start_day);
  else brf__ical_datetime(w, "DTSTART", e->start_day, e->start_second, e->tzid);
  if (e->duration_ms >= 0) brf__ical_duration(w, "DURATION", e->duration_ms);
  if (e->rrule != NULL) brf__ical_rrule_prop(w, e->rrule);
  if (e->summary != NULL) brf__ical_text(w, "SUMMARY", e->summary);
  if (e->description != NULL) brf__ical_text(w, "DESCRIPTION", e->description);
  if (e->alarm_before_ms >= 0)
    brf__ical_alarm(w, e->alarm_before_ms, e->alarm_text != NULL ? e->alarm_text : e->summary);
  brf__ical_end(w, "VEVENT");
}
