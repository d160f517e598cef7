/* The internal iCalendar (RFC 5545) writer that schedule exports are built
 * on. Hidden: brf__ prefix, not part of the API.
 * Provided by: calendar. Used by: schedule.
 *
 * Output is deterministic (the same calls give the same bytes): content lines
 * end in CRLF and are folded so that no line exceeds 75 octets (excluding the
 * CRLF) without splitting a UTF-8 sequence; continuation lines start with one
 * space. Like brf__buf, the writer latches its first failure: call freely,
 * then check once with brf__ical_take (or w->status). The failing call sets
 * the context's error message.
 *
 * A schedule writes a calendar in a few lines:
 *
 *   brf__ical w;
 *   brf__ical_init(&w, ctx);
 *   brf__ical_begin_calendar(&w, "-//libbackrelief//schedule//EN");
 *   brf__ical_event ev = BRF__ICAL_EVENT_INIT;
 *   ev.uid = "s1-0@backrelief"; ev.stamp_day = start; ev.start_day = start;
 *   ev.start_second = 7 * 3600; ev.duration_ms = 20 * 60000;
 *   ev.summary = "Ball release"; ev.rrule = &rule;
 *   brf__ical_write_event(&w, &ev);
 *   brf__ical_end(&w, "VCALENDAR");
 *   status = brf__ical_take(&w, &text, &len);
 *
 * Time zones: start times are floating local times unless a TZID is given;
 * with a TZID the writer only adds the TZID parameter and never a VTIMEZONE
 * (the library carries no time zone database; see docs/calendar.md). */
#ifndef BRF_INTERNAL_ICAL_H
#define BRF_INTERNAL_ICAL_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/calendar.h"
#include "util/core.h"

/* Longest content line segment in octets, excluding the CRLF (RFC 5545 3.1). */
#define BRF__ICAL_FOLD 75
/* Deepest BEGIN/END nesting tracked (VCALENDAR > VEVENT > VALARM needs 3). */
#define BRF__ICAL_MAX_DEPTH 6

typedef struct brf__ical {
  brf__buf out;  /* the finished, folded lines */
  brf__buf line; /* the content line being assembled, unfolded */
  brf_status status;
  int in_line; /* 1 between brf__ical_prop and brf__ical_end_line */
  size_t depth;
  const char *open[BRF__ICAL_MAX_DEPTH]; /* component names (static strings) */
} brf__ical;

void brf__ical_init(brf__ical *w, brf_context *ctx);
void brf__ical_free(brf__ical *w);
/* Hand the text to the caller (free with brf_free). Fails with the first
 * latched status, or BRF_E_STATE when a line or a component is still open;
 * on failure everything is freed. */
brf_status brf__ical_take(brf__ical *w, char **out, size_t *out_len);

/* ---- components ---- */
/* BEGIN:VCALENDAR, VERSION:2.0, PRODID:<prodid>. */
void brf__ical_begin_calendar(brf__ical *w, const char *prodid);
/* BEGIN:<name> / END:<name>; END must close the innermost open component
 * (BRF_E_STATE otherwise). `name` must outlive the writer (use literals). */
void brf__ical_begin(brf__ical *w, const char *name);
void brf__ical_end(brf__ical *w, const char *name);

/* ---- building one content line: prop, params, one value, end_line ---- */
void brf__ical_prop(brf__ical *w, const char *name);
/* ;NAME=value, double-quoted when the value holds ':' ';' or ','.
 * A value with '"' or a control character is BRF_E_INVALID. */
void brf__ical_param(brf__ical *w, const char *name, const char *value);
/* :value as TEXT, escaped (\\ \; \, and newlines as \n). */
void brf__ical_value_text(brf__ical *w, const char *text, size_t len);
/* :value written as is (the caller formats it: dates, rules, numbers). */
void brf__ical_value_raw(brf__ical *w, const char *value);
void brf__ical_end_line(brf__ical *w);

/* ---- whole properties ---- */
void brf__ical_text(brf__ical *w, const char *name, const char *text); /* NAME:escaped */
void brf__ical_raw(brf__ical *w, const char *name, const char *value); /* NAME:value */
/* NAME;VALUE=DATE:YYYYMMDD */
void brf__ical_date(brf__ical *w, const char *name, int32_t day);
/* NAME:YYYYMMDDTHHMMSS (floating) or NAME;TZID=<tzid>:YYYYMMDDTHHMMSS;
 * second is the second of the day, 0..86399. */
void brf__ical_datetime(brf__ical *w, const char *name, int32_t day, int32_t second,
                        const char *tzid);
/* NAME:YYYYMMDDTHHMMSSZ, a UTC time (DTSTAMP). */
void brf__ical_utc(brf__ical *w, const char *name, int32_t day, int32_t second);
/* NAME:<duration> from milliseconds (see brf__ical_format_duration). */
void brf__ical_duration(brf__ical *w, const char *name, int64_t ms);

/* ---- recurrence rules ---- */
#define BRF__ICAL_DAILY 1
#define BRF__ICAL_WEEKLY 2
#define BRF__ICAL_UNTIL_NONE 0
#define BRF__ICAL_UNTIL_DATE 1     /* UNTIL=YYYYMMDD, for all-day (DATE) events */
#define BRF__ICAL_UNTIL_FLOATING 2 /* UNTIL=YYYYMMDDTHHMMSS, for floating events */

typedef struct brf__ical_rrule {
  int32_t freq;         /* BRF__ICAL_DAILY or BRF__ICAL_WEEKLY */
  int32_t interval;     /* 1 or more; 1 is not written (the default) */
  uint32_t byday;       /* weekday mask (bit 0 Monday); 0: no BYDAY */
  int32_t count;        /* 0: no COUNT; otherwise 1 or more */
  int32_t until_kind;   /* BRF__ICAL_UNTIL_*; never together with count */
  int32_t until_day;    /* the last day an occurrence may start on */
  int32_t until_second; /* for BRF__ICAL_UNTIL_FLOATING: second of that day */
} brf__ical_rrule;

#define BRF__ICAL_RRULE_INIT {BRF__ICAL_DAILY, 1, 0, 0, BRF__ICAL_UNTIL_NONE, 0, 0}

/* RRULE:<rule>. RFC 5545 requires UNTIL in UTC when DTSTART has a TZID;
 * without a time zone database we cannot convert, so write COUNT for such
 * events (brf__ical_write_event refuses UNTIL with a TZID: BRF_E_UNSUPPORTED). */
void brf__ical_rrule_prop(brf__ical *w, const brf__ical_rrule *r);

/* ---- alarms ---- */
/* BEGIN:VALARM, ACTION:DISPLAY, TRIGGER:-<before>, DESCRIPTION, END:VALARM.
 * before_ms >= 0 (a reminder after the start is BRF_E_INVALID); a NULL
 * description becomes "Reminder", since DISPLAY alarms require one. */
void brf__ical_alarm(brf__ical *w, int64_t before_ms, const char *description);

/* ---- one event ---- */
typedef struct brf__ical_event {
  const char *uid;           /* required; deterministic, chosen by the caller */
  int32_t stamp_day;         /* DTSTAMP (UTC), required: a fixed value, never the clock */
  int32_t stamp_second;
  int32_t start_day;         /* DTSTART */
  int32_t start_second;      /* second of the day; -1: an all-day event (DATE) */
  const char *tzid;          /* NULL: floating local time */
  int64_t duration_ms;       /* DURATION; -1: none */
  const char *summary;       /* NULL: none */
  const char *description;   /* NULL: none */
  const brf__ical_rrule *rrule; /* NULL: a single occurrence */
  int64_t alarm_before_ms;   /* VALARM this long before the start; -1: none */
  const char *alarm_text;    /* the alarm's DESCRIPTION (required by RFC 5545); NULL: summary */
} brf__ical_event;

#define BRF__ICAL_EVENT_INIT {NULL, 0, 0, 0, -1, NULL, -1, NULL, NULL, NULL, -1, NULL}

/* BEGIN:VEVENT, UID, DTSTAMP, DTSTART, DURATION, RRULE, SUMMARY, DESCRIPTION,
 * VALARM, END:VEVENT, in that order. */
void brf__ical_write_event(brf__ical *w, const brf__ical_event *e);

/* ---- value formatting (pure; also used by the tests) ---- */
/* Durations: ms is rounded to the nearest second, halves away from zero;
 * then written as [-]P[nD][T[nH][nM][nS]] with zero parts left out, and
 * "PT0S" for zero. Whole days use D (a nominal day in RFC 5545; W is never
 * used). buf needs BRF__ICAL_DURATION_MAX bytes; returns the length. */
#define BRF__ICAL_DURATION_MAX 48
size_t brf__ical_format_duration(int64_t ms, char *buf);
/* The rule text without "RRULE:", e.g. FREQ=DAILY;INTERVAL=2;COUNT=5, into a
 * buffer; BRF_E_INVALID (message set) for a rule RFC 5545 does not allow. */
brf_status brf__ical_format_rrule(brf_context *ctx, const brf__ical_rrule *r, brf__buf *out);
/* Append text with TEXT escaping; BRF_E_INVALID for invalid UTF-8. CRLF, CR
 * and LF become \n; other control characters but TAB become a space. */
brf_status brf__ical_escape_text(brf_context *ctx, brf__buf *out, const char *text, size_t len);
/* Append one unfolded content line to out, folded, with CRLF after each
 * physical line. The line must be valid UTF-8. */
void brf__ical_fold(brf__buf *out, const char *line, size_t len);

#endif /* BRF_INTERNAL_ICAL_H */
