/* Civil dates (days since 1970-01-01, proleptic Gregorian) and times of day
 * (minutes since midnight). Pure arithmetic: no clock, no time zone, no
 * locale, so results are the same on every machine. */
#include <string.h>

#include "calendar/calendar_private.h"
#include "util/core.h"

/* Days from 1970-01-01 to y-m-d, after Howard Hinnant's days_from_civil:
 * years start in March so the leap day is the last day of the "year", and
 * 400-year eras of 146097 days make the arithmetic exact. y is 1..9999 here,
 * so the era is never negative. */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = y / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (m + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int32_t *y, int32_t *m, int32_t *d) {
  z += 719468; /* days since 0000-03-01, never negative in the valid range */
  int64_t era = z / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t dd = doy - (153 * mp + 2) / 5 + 1;
  int64_t mm = mp < 10 ? mp + 3 : mp - 9;
  *y = (int32_t)(yoe + era * 400 + (mm <= 2));
  *m = (int32_t)mm;
  *d = (int32_t)dd;
}

static int32_t days_in_month(int32_t y, int32_t m) {
  static const int8_t days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return days[m - 1] + (m == 2 && leap);
}

/* Which field of a date is wrong: 0 none, 1 year, 2 month, 3 day. */
static int bad_field(int32_t y, int32_t m, int32_t d) {
  if (y < 1 || y > 9999) return 1;
  if (m < 1 || m > 12) return 2;
  if (d < 1 || d > days_in_month(y, m)) return 3;
  return 0;
}

/* Write v (>= 0) as exactly `width` decimal digits, zero-padded, at p. */
static void put_digits(char *p, int32_t v, int width) {
  for (int i = width - 1; i >= 0; i--) {
    p[i] = (char)('0' + v % 10);
    v /= 10;
  }
}

size_t brf__put_ymd(char *p, int32_t y, int32_t m, int32_t d, char sep) {
  size_t n = 0;
  put_digits(p, y, 4);
  n += 4;
  if (sep) p[n++] = sep;
  put_digits(p + n, m, 2);
  n += 2;
  if (sep) p[n++] = sep;
  put_digits(p + n, d, 2);
  return n + 2;
}

void brf__put_hms(char *p, int32_t second) {
  put_digits(p, second / 3600, 2);
  put_digits(p + 2, second % 3600 / 60, 2);
  put_digits(p + 4, second % 60, 2);
}

brf_status brf_date_from_ymd(brf_context *ctx, int32_t year, int32_t month, int32_t mday,
                             int32_t *out_day) {
  brf__enter(ctx);
  if (out_day == NULL) return brf__error(ctx, BRF_E_INVALID, "brf_date_from_ymd: out_day is NULL");
  if (bad_field(year, month, mday) != 0) {
    if (year < 0 || year > 9999 || month < 0 || month > 99 || mday < 0 || mday > 99)
      return brf__error(ctx, BRF_E_RANGE, "no such date: year %d, month %d, day %d", (int)year,
                        (int)month, (int)mday);
    char text[10];
    brf__put_ymd(text, year, month, mday, '-');
    return brf__error(ctx, BRF_E_RANGE, "no such date: %.*s", 10, text);
  }
  *out_day = (int32_t)days_from_civil(year, month, mday);
  return BRF_OK;
}

brf_status brf_date_to_ymd(int32_t day, int32_t *year, int32_t *month, int32_t *mday) {
  if (day < BRF_DATE_MIN || day > BRF_DATE_MAX) return BRF_E_RANGE;
  int32_t y, m, d;
  civil_from_days(day, &y, &m, &d);
  if (year != NULL) *year = y;
  if (month != NULL) *month = m;
  if (mday != NULL) *mday = d;
  return BRF_OK;
}

int32_t brf_date_weekday(int32_t day) {
  if (day < BRF_DATE_MIN || day > BRF_DATE_MAX) return 0;
  /* 1970-01-01 was a Thursday (4); shift so the remainder is never negative. */
  int64_t r = ((int64_t)day + 3) % 7;
  if (r < 0) r += 7;
  return (int32_t)r + 1;
}

/* Check that text has the shape of `pattern`, where 'D' is a digit and any
 * other character stands for itself. Returns the offset of the first
 * mismatch, or SIZE_MAX when the shape matches. */
static size_t shape_mismatch(const char *text, size_t len, const char *pattern) {
  size_t plen = strlen(pattern);
  for (size_t i = 0; i < plen; i++) {
    if (i >= len) return i;
    int ok = pattern[i] == 'D' ? brf__is_digit((unsigned char)text[i]) : text[i] == pattern[i];
    if (!ok) return i;
  }
  return len > plen ? plen : SIZE_MAX;
}

/* What a text form looks like: the function that reads it, its pattern for
 * shape_mismatch, and the words its errors use. */
typedef struct text_form {
  const char *fn;
  const char *pattern;
  const char *what;
  const char *shape;
} text_form;

static const text_form date_form = {"brf_date_parse", "DDDD-DD-DD", "date", "YYYY-MM-DD"};
static const text_form time_form = {"brf_time_parse", "DD:DD", "time", "HH:MM"};

/* The checks both parsers make before reading any field: their arguments,
 * then the text's shape (an error names the first column that is off). */
static brf_status check_form(brf_context *ctx, const text_form *f, const char *text, size_t len,
                             const void *out) {
  if (out == NULL || (text == NULL && len > 0))
    return brf__error(ctx, BRF_E_INVALID, "%s: NULL argument", f->fn);
  size_t at = shape_mismatch(text, len, f->pattern);
  if (at == SIZE_MAX) return BRF_OK;
  int shown = (int)(len > 40 ? 40 : len);
  if (text == NULL) text = "";
  if (at >= len)
    return brf__error_at(ctx, BRF_E_PARSE, 1, at + 1, at, "%s '%.*s' ends early: expected %s",
                         f->what, shown, text, f->shape);
  return brf__error_at(ctx, BRF_E_PARSE, 1, at + 1, at,
                       "%s '%.*s' is not %s: unexpected '%c' at column %zu", f->what, shown,
                       text, f->shape, text[at], at + 1);
}

/* check_form, then the value of each run of digits of the form, in order,
 * into fields (as many as the pattern has runs of 'D'). */
static brf_status read_form(brf_context *ctx, const text_form *f, const char *text, size_t len,
                            const void *out, int32_t *fields) {
  brf_status st = check_form(ctx, f, text, len, out);
  if (st != BRF_OK) return st;
  size_t k = 0;
  for (size_t i = 0; f->pattern[i] != '\0'; i++) {
    if (f->pattern[i] != 'D') continue;
    if (i == 0 || f->pattern[i - 1] != 'D') fields[k++] = 0;
    fields[k - 1] = fields[k - 1] * 10 + (text[i] - '0');
  }
  return BRF_OK;
}

brf_status brf_date_parse(brf_context *ctx, const char *text, size_t len, int32_t *out_day) {
  brf__enter(ctx);
  int32_t ymd[3];
  brf_status st = read_form(ctx, &date_form, text, len, out_day, ymd);
  if (st != BRF_OK) return st;
  int32_t y = ymd[0], m = ymd[1], d = ymd[2];
  int field = bad_field(y, m, d);
  if (field != 0) {
    static const size_t col[4] = {0, 0, 5, 8};
    static const char *const names[4] = {"", "year", "month", "day"};
    return brf__error_at(ctx, BRF_E_RANGE, 1, col[field] + 1, col[field],
                         "no such date: %.*s (bad %s)", 10, text, names[field]);
  }
  *out_day = (int32_t)days_from_civil(y, m, d);
  return BRF_OK;
}

brf_status brf_date_format(int32_t day, char *buf, size_t cap, size_t *needed) {
  int32_t y, m, d;
  if (brf_date_to_ymd(day, &y, &m, &d) != BRF_OK) {
    if (buf != NULL && cap > 0) buf[0] = '\0';
    return BRF_E_RANGE;
  }
  char text[10];
  brf__put_ymd(text, y, m, d, '-');
  return brf__copy_out(NULL, NULL, text, sizeof text, buf, cap, needed);
}

brf_status brf_time_parse(brf_context *ctx, const char *text, size_t len, int32_t *out_minutes) {
  brf__enter(ctx);
  int32_t hm[2];
  brf_status st = read_form(ctx, &time_form, text, len, out_minutes, hm);
  if (st != BRF_OK) return st;
  int32_t h = hm[0], mi = hm[1];
  if (h > 23)
    return brf__error_at(ctx, BRF_E_RANGE, 1, 1, 0, "no such time: %.*s (hour above 23)", 5,
                         text);
  if (mi > 59)
    return brf__error_at(ctx, BRF_E_RANGE, 1, 4, 3, "no such time: %.*s (minute above 59)", 5,
                         text);
  *out_minutes = h * 60 + mi;
  return BRF_OK;
}

brf_status brf_time_format(int32_t minutes, char *buf, size_t cap, size_t *needed) {
  if (minutes < 0 || minutes > BRF_TIME_MAX) {
    if (buf != NULL && cap > 0) buf[0] = '\0';
    return BRF_E_RANGE;
  }
  char text[5] = {0, 0, ':', 0, 0};
  put_digits(text, minutes / 60, 2);
  put_digits(text + 3, minutes % 60, 2);
  return brf__copy_out(NULL, NULL, text, sizeof text, buf, cap, needed);
}
