/* iCalendar value formatting (RFC 5545 section 3.3): DURATION, RECUR, TEXT
 * escaping, and line folding (section 3.1). Pure functions with no writer
 * state, so the tests can check each rule on its own. */
#include "calendar/calendar_private.h"
#include "util/core.h"
#include "internal/ical.h"

static size_t put_part(char *buf, size_t n, int64_t v, char unit) {
  n += brf__i64_to_str(v, buf + n);
  buf[n++] = unit;
  return n;
}

size_t brf__ical_format_duration(int64_t ms, char *buf) {
  /* Work on the magnitude in uint64_t so INT64_MIN has one too. */
  uint64_t mag = ms < 0 ? (uint64_t)0 - (uint64_t)ms : (uint64_t)ms;
  uint64_t secs = mag / 1000 + (mag % 1000 >= 500); /* nearest, halves away from zero */
  size_t n = 0;
  if (ms < 0 && secs > 0) buf[n++] = '-';
  buf[n++] = 'P';
  int64_t days = (int64_t)(secs / 86400);
  int64_t rest = (int64_t)(secs % 86400);
  if (days > 0) n = put_part(buf, n, days, 'D');
  if (rest > 0 || days == 0) {
    buf[n++] = 'T';
    if (rest / 3600 > 0) n = put_part(buf, n, rest / 3600, 'H');
    if (rest % 3600 / 60 > 0) n = put_part(buf, n, rest % 3600 / 60, 'M');
    if (rest % 60 > 0 || rest == 0) n = put_part(buf, n, rest % 60, 'S');
  }
  buf[n] = '\0';
  return n;
}

static const char *const ical_days[7] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

static void put_until(brf__buf *out, const brf__ical_rrule *r) {
  int32_t y = 0, m = 0, d = 0;
  char text[16];
  brf_date_to_ymd(r->until_day, &y, &m, &d);
  size_t n = brf__put_ymd(text, y, m, d, 0);
  if (r->until_kind == BRF__ICAL_UNTIL_FLOATING) {
    text[n++] = 'T';
    brf__put_hms(text + n, r->until_second);
    n += 6;
  }
  brf__buf_puts(out, ";UNTIL=");
  brf__buf_append(out, text, n);
}

static brf_status check_rrule(brf_context *ctx, const brf__ical_rrule *r) {
  if (r->freq != BRF__ICAL_DAILY && r->freq != BRF__ICAL_WEEKLY)
    return brf__error(ctx, BRF_E_INVALID, "RRULE: unknown frequency %d", (int)r->freq);
  if (r->interval < 1)
    return brf__error(ctx, BRF_E_INVALID, "RRULE: INTERVAL %d is below 1", (int)r->interval);
  if (r->byday & ~BRF_WEEKDAYS_ALL)
    return brf__error(ctx, BRF_E_INVALID, "RRULE: BYDAY mask %u has bits above Sunday",
                      (unsigned)r->byday);
  if (r->count < 0)
    return brf__error(ctx, BRF_E_INVALID, "RRULE: COUNT %d is negative", (int)r->count);
  if (r->until_kind != BRF__ICAL_UNTIL_NONE && r->until_kind != BRF__ICAL_UNTIL_DATE &&
      r->until_kind != BRF__ICAL_UNTIL_FLOATING)
    return brf__error(ctx, BRF_E_INVALID, "RRULE: unknown UNTIL kind %d", (int)r->until_kind);
  if (r->until_kind != BRF__ICAL_UNTIL_NONE && r->count > 0)
    return brf__error(ctx, BRF_E_INVALID, "RRULE: COUNT and UNTIL must not both be given");
  if (r->until_kind != BRF__ICAL_UNTIL_NONE &&
      (r->until_day < BRF_DATE_MIN || r->until_day > BRF_DATE_MAX))
    return brf__error(ctx, BRF_E_INVALID, "RRULE: UNTIL day %d is out of range",
                      (int)r->until_day);
  if (r->until_kind == BRF__ICAL_UNTIL_FLOATING &&
      (r->until_second < 0 || r->until_second > 86399))
    return brf__error(ctx, BRF_E_INVALID, "RRULE: UNTIL second %d is out of range",
                      (int)r->until_second);
  return BRF_OK;
}

brf_status brf__ical_format_rrule(brf_context *ctx, const brf__ical_rrule *r, brf__buf *out) {
  brf_status s = check_rrule(ctx, r);
  if (s != BRF_OK) return s;
  brf__buf_puts(out, r->freq == BRF__ICAL_DAILY ? "FREQ=DAILY" : "FREQ=WEEKLY");
  if (r->interval > 1) {
    brf__buf_puts(out, ";INTERVAL=");
    brf__buf_put_i64(out, r->interval);
  }
  if (r->byday != 0) {
    brf__buf_puts(out, ";BYDAY=");
    int first = 1;
    for (int i = 0; i < 7; i++) {
      if (!(r->byday & (1u << i))) continue;
      if (!first) brf__buf_putc(out, ',');
      brf__buf_puts(out, ical_days[i]);
      first = 0;
    }
  }
  if (r->count > 0) {
    brf__buf_puts(out, ";COUNT=");
    brf__buf_put_i64(out, r->count);
  }
  if (r->until_kind != BRF__ICAL_UNTIL_NONE) put_until(out, r);
  return out->status;
}

brf_status brf__ical_escape_text(brf_context *ctx, brf__buf *out, const char *text, size_t len) {
  size_t bad = 0;
  if (!brf__utf8_valid(text, len, &bad))
    return brf__error(ctx, BRF_E_INVALID, "iCalendar text is not valid UTF-8 at byte %zu", bad);
  size_t start = 0;
  for (size_t i = 0; i < len; i++) {
    char c = text[i];
    unsigned char u = (unsigned char)c;
    const char *esc = NULL;
    /* RFC 5545 TEXT cannot hold control characters (other than TAB and the
     * escaped newline), and names typed by people or read from JSON may
     * contain them: each becomes a space, so an export never fails on it. */
    if ((u < 0x20 && c != '\t' && c != '\r' && c != '\n') || u == 0x7F) esc = " ";
    else if (c == '\\') esc = "\\\\";
    else if (c == ';') esc = "\\;";
    else if (c == ',') esc = "\\,";
    else if (c == '\n' || c == '\r') esc = "\\n";
    if (esc == NULL) continue;
    brf__buf_append(out, text + start, i - start);
    brf__buf_puts(out, esc);
    if (c == '\r' && i + 1 < len && text[i + 1] == '\n') i++; /* CRLF is one newline */
    start = i + 1;
  }
  brf__buf_append(out, text + start, len - start);
  return out->status;
}

void brf__ical_fold(brf__buf *out, const char *line, size_t len) {
  size_t pos = 0;
  size_t room = BRF__ICAL_FOLD; /* the first line has all 75 octets */
  for (;;) {
    size_t take = len - pos;
    if (take > room) {
      take = room;
      /* Never cut inside a UTF-8 sequence: back up to its lead byte. */
      while (take > 0 && ((unsigned char)line[pos + take] & 0xC0) == 0x80) take--;
    }
    brf__buf_append(out, line + pos, take);
    brf__buf_puts(out, "\r\n");
    pos += take;
    if (pos >= len) return;
    brf__buf_putc(out, ' ');
    room = BRF__ICAL_FOLD - 1; /* the leading space counts */
  }
}
