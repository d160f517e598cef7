/* Weekday names and weekday masks (bit 0 Monday .. bit 6 Sunday), as the CLI
 * writes them: `--leg-days mon,thu`. */
#include "calendar/calendar_private.h"
#include "util/core.h"

static const char *const short_names[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
static const char *const long_names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

/* The ISO weekday named by s[0..len), or 0. */
static int32_t weekday_named(const char *s, size_t len) {
  for (int32_t i = 0; i < 7; i++)
    if (brf__ieq(s, len, short_names[i]) || brf__ieq(s, len, long_names[i])) return i + 1;
  return 0;
}

const char *brf_weekday_id(int32_t value) {
  return value >= BRF_WEEKDAY_MONDAY && value <= BRF_WEEKDAY_SUNDAY ? short_names[value - 1] : NULL;
}

brf_status brf_weekday_from_id(const char *text, size_t len, int32_t *out) {
  if (out == NULL) return BRF_E_INVALID;
  int32_t i = 0;
  brf_status st = brf__name_index_n(short_names, 7, text, len, &i);
  if (st == BRF_OK) *out = i + 1;
  return st;
}

brf_status brf_weekdays_parse(brf_context *ctx, const char *text, size_t len,
                              uint32_t *out_mask) {
  brf__enter(ctx);
  if (out_mask == NULL || (text == NULL && len > 0))
    return brf__error(ctx, BRF_E_INVALID, "brf_weekdays_parse: NULL argument");
  uint32_t mask = 0;
  size_t pos = 0;
  for (;;) {
    size_t start = pos;
    while (start < len && text[start] == ' ') start++;
    size_t end = start;
    while (end < len && text[end] != ',') end++;
    size_t next = end;
    while (end > start && text[end - 1] == ' ') end--;
    if (end == start)
      return brf__error_at(ctx, BRF_E_PARSE, 1, start + 1, start,
                           "empty item in weekday list '%.*s' at column %zu: expected a "
                           "name such as mon",
                           (int)(len > 60 ? 60 : len), text, start + 1);
    int32_t wd = weekday_named(text + start, end - start);
    if (wd == 0)
      return brf__error_at(ctx, BRF_E_PARSE, 1, start + 1, start,
                           "unknown weekday '%.*s': expected mon, tue, wed, thu, fri, sat or sun",
                           (int)(end - start > 40 ? 40 : end - start), text + start);
    if (mask & BRF_WEEKDAY_BIT(wd))
      return brf__error_at(ctx, BRF_E_PARSE, 1, start + 1, start,
                           "weekday '%.*s' is listed twice", (int)(end - start), text + start);
    mask |= BRF_WEEKDAY_BIT(wd);
    if (next >= len) break;
    pos = next + 1; /* past the comma: a trailing comma gives an empty item */
  }
  *out_mask = mask;
  return BRF_OK;
}

brf_status brf_weekdays_format(uint32_t mask, char *buf, size_t cap, size_t *needed) {
  if (mask & ~BRF_WEEKDAYS_ALL) {
    if (buf != NULL && cap > 0) buf[0] = '\0';
    return BRF_E_RANGE;
  }
  char text[28];
  size_t n = 0;
  for (int32_t wd = 1; wd <= 7; wd++) {
    if (!(mask & BRF_WEEKDAY_BIT(wd))) continue;
    if (n > 0) text[n++] = ',';
    for (const char *p = short_names[wd - 1]; *p; p++) text[n++] = *p;
  }
  return brf__copy_out(NULL, NULL, text, n, buf, cap, needed);
}
