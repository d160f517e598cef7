/* Fuzz target (composing, issue 27): a schedule built through the API ->
 * generate -> iCalendar -> JSON round trip. The input chooses the start
 * (the calendar's first and last dates included), weeks, up to four items
 * (routines, single exercises and programmes of built-in exercises, with
 * default or fuzzed doses and a fuzzed UTF-8 name) and every item and
 * schedule setter with fuzzed values. Checked, from schedule.h and RFC 5545:
 * - generate answers BRF_OK or a refusal and leaves the schedule not
 *   generated; sessions are in date and time order within the schedule's
 *   weeks, each with a valid item, title and steps, and the routine for a
 *   session's day exists;
 * - iCalendar (plain and expanded): BRF_OK or BRF_E_LIMIT; lines end in
 *   CRLF and hold at most 75 octets, continuations start with a space, the
 *   text is valid UTF-8 (folding never cuts a character) without control
 *   characters, BEGIN/END nest and balance inside one VCALENDAR, and
 *   brf_schedule_ical_format gives the same bytes;
 * - JSON (compact and pretty) reads back to a schedule that writes the same
 *   JSON and the same iCalendar. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken promise: say which, then abort (libFuzzer keeps the input). */
#define CHECK(c)                                                                \
  do {                                                                          \
    if (!(c)) {                                                                 \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);    \
      abort();                                                                  \
    }                                                                           \
  } while (0)

#define TODAY 20454 /* 2026-01-01 */

static brf_context *ctx;
static brf_catalog *cat;

static uint8_t take(const uint8_t **p, size_t *n) {
  if (*n == 0) return 0;
  (*n)--;
  return *(*p)++;
}

static uint32_t take16(const uint8_t **p, size_t *n) {
  uint32_t hi = take(p, n);
  return hi << 8 | take(p, n);
}

/* Up to 31 bytes of the input as a NUL-terminated string in buf[32]. */
static const char *text_of(const uint8_t **p, size_t *n, char *buf) {
  size_t len = take(p, n) & 31u;
  if (len > *n) len = *n;
  memcpy(buf, *p, len);
  buf[len] = '\0';
  *p += len;
  *n -= len;
  return buf;
}

static const char *const frequencies[] = {
    "daily", "3x/week", "2-3x/week", "every other day", "2x/day", "3x/day",
    "every 2h, for 2-3d", "1x/week", "every 1-2h, for 2d", "5x/week", "daily, for 2w", ""};
static const char *const zones[] = {"Europe/Berlin", "America/New_York", "UTC", "Bad;Zone", ""};

static brf_routine *routine_of(const uint8_t **p, size_t *n) {
  brf_routine *r = NULL;
  char name[32];
  CHECK(brf_routine_new(ctx, &r) == BRF_OK);
  (void)brf_routine_set_name(r, text_of(p, n, name)); /* invalid UTF-8 is refused */
  size_t want = 1 + take(p, n) % 4u;
  for (size_t i = 0; i < want && *n > 0; i++) {
    const brf_exercise *ex = brf_catalog_at(cat, take(p, n) % brf_catalog_count(cat));
    uint8_t how = take(p, n);
    brf_dosage *dose = NULL;
    if (how & 0x80u) {
      char text[32], both[48];
      /* a fuzzed dose text, or a session dose with a step frequency (programmes) */
      const char *t = text_of(p, n, text);
      if (!(how & 0x40u)) {
        snprintf(both, sizeof both, "3x10, %s", frequencies[how % 12u]);
        t = both;
      }
      if (brf_dosage_parse(ctx, t, strlen(t), &dose) != BRF_OK) dose = NULL;
    }
    (void)brf_routine_append(r, ex, dose); /* a refused dose leaves the step out */
    brf_dosage_free(dose);
  }
  return r;
}

/* Lines of at most 75 octets ending in CRLF, continuations starting with a
 * space, valid UTF-8 without control characters, BEGIN/END nested. */
static void check_ical(const char *t, size_t len) {
  char stack[16][32];
  int depth = 0, seen_calendar = 0;
  CHECK(strlen(t) == len && len >= 2 && t[len - 2] == '\r' && t[len - 1] == '\n');
  /* UTF-8, whole text */
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)t[i];
    size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    CHECK(k > 0 && i + k <= len && (k != 2 || c >= 0xC2));
    for (size_t j = 1; j < k; j++) CHECK(((unsigned char)t[i + j] & 0xC0) == 0x80);
    if (c < 0x20) CHECK(c == '\r' || c == '\n' || c == '\t');
    CHECK(c != 0x7F);
    i += k;
  }
  /* physical lines, then content lines unfolded enough to read BEGIN/END */
  size_t start = 0;
  while (start < len) {
    const char *nl = memchr(t + start, '\n', len - start);
    CHECK(nl != NULL);
    size_t end = (size_t)(nl - t); /* the LF */
    CHECK(end > start && t[end - 1] == '\r');
    size_t octets = end - 1 - start;
    CHECK(octets <= 75 && memchr(t + start, '\r', octets) == NULL);
    const char *line = t + start;
    if (line[0] == ' ') {
      CHECK(start > 0); /* a continuation of the line before */
    } else {
      CHECK(octets > 0 && memchr(line, ':', octets) != NULL);
      int begin = octets > 6 && memcmp(line, "BEGIN:", 6) == 0;
      int endl = octets > 4 && memcmp(line, "END:", 4) == 0;
      if (begin) {
        size_t nlen = octets - 6;
        CHECK(depth < 16 && nlen < 32);
        CHECK(depth > 0 || (!seen_calendar && nlen == 9 && memcmp(line + 6, "VCALENDAR", 9) == 0));
        seen_calendar = 1;
        memcpy(stack[depth], line + 6, nlen);
        stack[depth][nlen] = '\0';
        depth++;
      } else if (endl) {
        size_t nlen = octets - 4;
        CHECK(depth > 0 && strlen(stack[depth - 1]) == nlen &&
              memcmp(stack[depth - 1], line + 4, nlen) == 0);
        depth--;
      } else {
        CHECK(depth > 0);
      }
    }
    start = end + 1;
  }
  CHECK(depth == 0 && seen_calendar);
}

/* The iCalendar, checked; NULL when a documented limit refuses it. */
static char *ical_of(const brf_schedule *s, uint32_t flags, size_t *len) {
  char *t = NULL;
  brf_status st = brf_schedule_to_ical(ctx, s, flags, &t, len);
  if (st == BRF_E_LIMIT) {
    CHECK(t == NULL);
    return NULL;
  }
  CHECK(st == BRF_OK);
  check_ical(t, *len);
  size_t needed = 0;
  CHECK(brf_schedule_ical_format(ctx, s, flags, NULL, 0, &needed) == BRF_E_BUFFER_TOO_SMALL);
  CHECK(needed == *len + 1);
  char *buf = malloc(needed);
  CHECK(buf != NULL);
  CHECK(brf_schedule_ical_format(ctx, s, flags, buf, needed, NULL) == BRF_OK);
  CHECK(memcmp(buf, t, needed) == 0);
  free(buf);
  return t;
}

static void check_sessions(const brf_schedule *s, int32_t start, int32_t weeks) {
  size_t n = brf_schedule_session_count(s), items = brf_schedule_item_count(s);
  int32_t last_day = INT32_MIN, last_time = -1;
  for (size_t i = 0; i < n; i++) {
    int32_t day = brf_schedule_session_date(s, i), time = brf_schedule_session_time(s, i);
    size_t item = brf_schedule_session_item(s, i);
    CHECK(day >= start && day < start + 7 * weeks && day <= BRF_DATE_MAX);
    CHECK(time >= 0 && time <= BRF_TIME_MAX);
    CHECK(day > last_day || (day == last_day && time >= last_time));
    CHECK(item < items && brf_schedule_session_title(s, i) != NULL);
    CHECK(brf_schedule_session_duration_ms(s, i) >= 0);
    size_t steps = brf_schedule_session_step_count(s, i);
    const brf_routine *r = brf_schedule_item_routine(s, item);
    CHECK(steps >= 1 && steps <= brf_routine_step_count(r));
    for (size_t k = 0; k < steps; k++) {
      CHECK(brf_schedule_session_step(s, i, k) < brf_routine_step_count(r));
      CHECK(brf_schedule_session_exercise_id(s, i, k) != NULL);
    }
    last_day = day;
    last_time = time;
  }
  if (n > 0) {
    brf_routine *today = NULL;
    CHECK(brf_schedule_routine_for_day(ctx, s, brf_schedule_session_item(s, 0),
                                       brf_schedule_session_date(s, 0), &today) == BRF_OK);
    CHECK(brf_routine_step_count(today) >= 1);
    brf_routine_free(today);
  }
}

static void round_trip(const brf_schedule *s, uint32_t flags, const char *ics, size_t ics_len) {
  char *a = NULL, *b = NULL;
  size_t na = 0, nb = 0;
  brf_status st = brf_schedule_to_json_v2(ctx, s, flags, &a, &na);
  if (st == BRF_E_LIMIT) return;
  CHECK(st == BRF_OK);
  brf_schedule *t = NULL;
  CHECK(brf_schedule_from_json_v2(ctx, a, na, cat, 0, &t) == BRF_OK); /* what it writes it reads */
  CHECK(brf_schedule_to_json_v2(ctx, t, flags, &b, &nb) == BRF_OK);
  CHECK(na == nb && memcmp(a, b, na) == 0);
  CHECK(brf_schedule_session_count(t) == brf_schedule_session_count(s));
  if (ics != NULL) {
    size_t n2 = 0;
    char *ics2 = ical_of(t, 0, &n2);
    CHECK(ics2 != NULL && n2 == ics_len && memcmp(ics, ics2, n2) == 0);
    brf_free(ctx, ics2);
  }
  brf_free(ctx, a);
  brf_free(ctx, b);
  brf_schedule_free(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!ctx) {
    if (brf_context_new(&ctx) != BRF_OK) abort();
    /* Keep one input cheap; the limits' own tests cover the defaults. */
    brf_context_set_limit(ctx, BRF_LIMIT_CALENDAR_ITEMS, 1500);
    brf_context_set_limit(ctx, BRF_LIMIT_OUTPUT_BYTES, 256u << 10);
    if (brf_catalog_new_builtin(ctx, &cat) != BRF_OK) cat = NULL;
  }
  if (cat == NULL || brf_catalog_count(cat) == 0 || size < 4) return 0;
  uint8_t how = take(&data, &size);
  uint32_t v = take16(&data, &size);
  int32_t start = how & 0x80u   ? BRF_DATE_MIN + (int32_t)(v % 800u)
                  : how & 0x40u ? BRF_DATE_MAX - (int32_t)(v % 800u)
                                : TODAY - 4000 + (int32_t)v;
  /* Up to 8 weeks, or 26, or the most (104): long schedules cost much
   * more per input and reach little new code. */
  uint8_t w = take(&data, &size);
  int32_t weeks = !(how & 0x20u) ? 1 + w % 8 : w == 0xff ? BRF_SCHEDULE_WEEKS_MAX : 1 + w % 26;
  brf_schedule *s = NULL;
  brf_status st = brf_schedule_new(ctx, start, weeks, &s);
  if (st != BRF_OK) {
    CHECK(st == BRF_E_RANGE && s == NULL);
    return 0;
  }
  size_t want = 1 + (how & 3u);
  for (size_t i = 0; i < want && size > 0; i++) {
    uint8_t kind = take(&data, &size);
    brf_routine *r = routine_of(&data, &size);
    size_t item = SIZE_MAX;
    if (brf_routine_step_count(r) == 0) {
      CHECK(brf_schedule_add_routine(s, r, NULL, &item) == BRF_E_INVALID);
      brf_routine_free(r);
      continue;
    }
    if (kind % 3u == 0) st = brf_schedule_add_routine(s, r, NULL, &item);
    else if (kind % 3u == 1) st = brf_schedule_add_programme(s, r, &item);
    else
      st = brf_schedule_add_exercise(
          s, brf_catalog_find(cat, brf_routine_step_exercise_id(r, 0)), NULL, NULL, &item);
    brf_routine_free(r);
    if (st != BRF_OK) continue;
    /* setters: refusals are fine, crashes and wrong statuses are not */
    while (size > 0) {
      uint8_t op = take(&data, &size);
      if (op == 0) break; /* next item */
      char text[32];
      switch (op % 12u) {
      case 0: {
        const char *f = frequencies[take(&data, &size) % 12u];
        (void)brf_schedule_item_set_frequency_text(s, item, f, strlen(f));
        break;
      }
      case 1: {
        const char *t = text_of(&data, &size, text);
        (void)brf_schedule_item_set_frequency_text(s, item, t, strlen(t));
        break;
      }
      case 2: (void)brf_schedule_item_set_weekdays(s, item, take(&data, &size) & 0xffu); break;
      case 3: {
        int32_t a = (int32_t)(take16(&data, &size) % 1500u), b = (int32_t)(take16(&data, &size) % 1500u);
        (void)brf_schedule_item_set_times(s, item, a, b);
        break;
      }
      case 4: (void)brf_schedule_item_set_spacing(s, item, take(&data, &size) % 3); break;
      case 5: {
        uint8_t a = take(&data, &size), b = take(&data, &size);
        (void)brf_schedule_item_set_taper(s, item, a % 8, b % 9, b / 16 % 9);
        break;
      }
      case 6: {
        uint8_t a = take(&data, &size), b = take(&data, &size);
        int64_t length = b == 0xff ? -1 : (int64_t)b * 3600000;
        (void)brf_schedule_item_set_window(s, item, start + a % 30 - 3, (int32_t)(b * 6u), length);
        break;
      }
      case 7: (void)brf_schedule_item_set_after_weekdays(s, item, take(&data, &size) & 0xffu); break;
      case 8: {
        uint8_t a = take(&data, &size), b = take(&data, &size);
        (void)brf_schedule_step_set_taper(s, item, a % 5, b % 4, b / 16 % 8, b / 4 % 8 + 1);
        (void)brf_schedule_step_set_after_weekdays(s, item, a / 8 % 5, b & 0x7fu);
        break;
      }
      case 9: (void)brf_schedule_set_rest_weekdays(s, take(&data, &size) & 0xffu); break;
      case 10: (void)brf_schedule_add_rest_day(s, start + take(&data, &size) % 60); break;
      default: {
        uint8_t a = take(&data, &size);
        (void)brf_schedule_set_time_zone(s, a % 6u == 5 ? NULL : zones[a % 5u]);
        (void)brf_schedule_set_reminder_ms(s, a & 0x80u ? -1 : (int64_t)(a & 0x7fu) * 600000);
        break;
      }
      }
    }
  }
  if (brf_schedule_item_count(s) == 0) {
    CHECK(brf_schedule_generate(s) == BRF_E_STATE);
    brf_schedule_free(s);
    return 0;
  }
  st = brf_schedule_generate(s);
  if (st != BRF_OK) {
    CHECK(st == BRF_E_RANGE || st == BRF_E_INVALID || st == BRF_E_STATE || st == BRF_E_LIMIT);
    CHECK(!brf_schedule_is_generated(s));
    brf_schedule_free(s);
    return 0;
  }
  CHECK(brf_schedule_is_generated(s));
  check_sessions(s, start, weeks);
  size_t n_plain = 0, n_exp = 0;
  char *plain = ical_of(s, 0, &n_plain);
  char *expanded = ical_of(s, BRF_SCHEDULE_ICAL_EXPAND, &n_exp);
  round_trip(s, 0, plain, n_plain);
  /* pretty is the same document with white space: only small ones, for speed */
  if (brf_schedule_session_count(s) <= 256) round_trip(s, BRF_JSON_PRETTY, NULL, 0);
  brf_free(ctx, plain);
  brf_free(ctx, expanded);
  brf_schedule_free(s);
  return 0;
}
