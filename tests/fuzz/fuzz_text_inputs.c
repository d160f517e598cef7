/* Fuzz target (composing, issue 27): the small text parsers people type
 * into (the CLI's `--red-flags`, `--start`, `--time`, `--leg-days`,
 * `--frequency` and `log --date` call exactly these), then what the library
 * does with their results. The first byte picks the parser, the rest is the
 * text. Checked, from screen.h, calendar.h and schedule.h:
 * - screen answer lists are all or nothing: on failure no answer changes
 *   (positive count, outcome, the questions still asked); on success every
 *   listed id is answered yes and no longer asked, the outcome and message
 *   are set, and a clone agrees;
 * - a date, time or weekday list that parses formats to text that parses to
 *   the same value, and the formatted text is canonical (formats again the
 *   same); failures are BRF_E_PARSE or BRF_E_RANGE, untouched output;
 * - frequency text accepted by a schedule item generates or is refused with
 *   a documented status;
 * - every error message is valid UTF-8 without control characters (core.h:
 *   invalid bytes and controls are written as escapes). */
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

static brf_context *ctx;
static brf_catalog *cat;

static void check_message(void) {
  const unsigned char *m = (const unsigned char *)brf_context_errmsg(ctx);
  CHECK(m != NULL);
  size_t len = strlen((const char *)m);
  for (size_t i = 0; i < len;) {
    unsigned char c = m[i];
    size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    CHECK(k > 0 && i + k <= len && c >= 0x20 && c != 0x7F && (k != 2 || c >= 0xC2));
    for (size_t j = 1; j < k; j++) CHECK((m[i + j] & 0xC0) == 0x80);
    i += k;
  }
}

/* What brf_screen_answer_list trims around ids: ASCII white space. */
static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void screen_list(const char *text) {
  brf_screen *s = NULL, *copy = NULL;
  size_t flags = brf_redflag_count();
  CHECK(brf_screen_new(ctx, &s) == BRF_OK);
  /* one answer before, which a failed list must keep */
  CHECK(brf_screen_answer(s, brf_redflag_id(strlen(text) % flags), 1) == BRF_OK);
  brf_status verdict = brf_screen_evaluate(s); /* BRF_E_REFER is an answer, not an error */
  CHECK(verdict == BRF_OK || verdict == BRF_E_REFER);
  size_t positives = brf_screen_positive_count(s);
  int32_t outcome = brf_screen_outcome(s);
  int32_t asked[64];
  CHECK(flags <= 64);
  for (size_t i = 0; i < flags; i++) CHECK(brf_screen_asks(s, i, &asked[i]) == BRF_OK);
  brf_status st = brf_screen_answer_list(s, text);
  if (st != BRF_OK) {
    CHECK(st == BRF_E_INVALID || st == BRF_E_NOT_FOUND);
    check_message();
    CHECK(brf_screen_evaluate(s) == verdict);
    CHECK(brf_screen_positive_count(s) == positives && brf_screen_outcome(s) == outcome);
    for (size_t i = 0; i < flags; i++) {
      int32_t a = -1;
      CHECK(brf_screen_asks(s, i, &a) == BRF_OK && a == asked[i]);
    }
  } else {
    st = brf_screen_evaluate(s);
    CHECK(st == BRF_OK || st == BRF_E_REFER);
    CHECK(brf_screen_positive_count(s) >= positives);
    /* every listed id (spaces around it ignored) is now yes and not asked */
    const char *p = text;
    while (*p != '\0') {
      const char *comma = strchr(p, ',');
      size_t len = comma ? (size_t)(comma - p) : strlen(p);
      const char *a = p, *b = p + len;
      while (a < b && is_space(*a)) a++;
      while (b > a && is_space(b[-1])) b--;
      if (b > a) {
        char id[128];
        size_t index = 0;
        CHECK((size_t)(b - a) < sizeof id);
        memcpy(id, a, (size_t)(b - a));
        id[b - a] = '\0';
        if (brf_redflag_find(id, &index) == BRF_OK) {
          int32_t ask = -1;
          CHECK(brf_screen_asks(s, index, &ask) == BRF_OK && ask == 0);
          int found = 0;
          for (size_t i = 0; i < brf_screen_positive_count(s); i++)
            found |= strcmp(brf_screen_positive_at(s, i), id) == 0;
          CHECK(found);
        } else {
          /* a yellow flag (psychosocial): answered, never a red-flag positive */
          CHECK(brf_yellowflag_find(id, &index) == BRF_OK);
          for (size_t i = 0; i < brf_screen_positive_count(s); i++)
            CHECK(strcmp(brf_screen_positive_at(s, i), id) != 0);
        }
      }
      if (comma == NULL) break;
      p = comma + 1;
    }
  }
  int32_t o = -1;
  const char *msg = NULL;
  CHECK(brf_screen_outcome_get(s, &o) == BRF_OK && brf_urgency_name(o) != NULL);
  CHECK(brf_screen_message_get(s, &msg) == BRF_OK && msg != NULL);
  for (int32_t c = 0; c < BRF_CONDITION_COUNT; c++) {
    int32_t yes = -1;
    CHECK(brf_screen_implies_condition(s, c, &yes) == BRF_OK && (yes == 0 || yes == 1));
  }
  CHECK(brf_screen_clone_v2(ctx, s, &copy) == BRF_OK);
  CHECK(brf_screen_evaluate(copy) == brf_screen_evaluate(s));
  CHECK(brf_screen_outcome(copy) == brf_screen_outcome(s));
  CHECK(brf_screen_positive_count(copy) == brf_screen_positive_count(s));
  brf_screen_free(copy);
  brf_screen_free(s);
}

static void date_text(const char *text, size_t len) {
  int32_t day = INT32_MIN, again = INT32_MIN;
  char buf[16], buf2[16];
  brf_status st = brf_date_parse(ctx, text, len, &day);
  if (st != BRF_OK) {
    CHECK((st == BRF_E_PARSE || st == BRF_E_RANGE) && day == INT32_MIN);
    check_message();
    return;
  }
  CHECK(day >= BRF_DATE_MIN && day <= BRF_DATE_MAX);
  CHECK(brf_date_format(day, buf, sizeof buf, NULL) == BRF_OK && strlen(buf) == 10);
  CHECK(brf_date_parse(ctx, buf, strlen(buf), &again) == BRF_OK && again == day);
  CHECK(brf_date_format(again, buf2, sizeof buf2, NULL) == BRF_OK && strcmp(buf, buf2) == 0);
  int32_t y = 0, m = 0, d = 0;
  CHECK(brf_date_to_ymd(day, &y, &m, &d) == BRF_OK);
  CHECK(brf_date_from_ymd(ctx, y, m, d, &again) == BRF_OK && again == day);
  int32_t wd = brf_date_weekday(day);
  CHECK(wd >= 1 && wd <= 7 && brf_weekday_id(wd) != NULL);
}

static void time_text(const char *text, size_t len) {
  int32_t t = -1, again = -1;
  char buf[8];
  brf_status st = brf_time_parse(ctx, text, len, &t);
  if (st != BRF_OK) {
    CHECK((st == BRF_E_PARSE || st == BRF_E_RANGE) && t == -1);
    check_message();
    return;
  }
  CHECK(t >= 0 && t <= BRF_TIME_MAX);
  CHECK(brf_time_format(t, buf, sizeof buf, NULL) == BRF_OK && strlen(buf) == 5);
  CHECK(brf_time_parse(ctx, buf, 5, &again) == BRF_OK && again == t);
  CHECK(len == 5 && memcmp(text, buf, 5) == 0); /* exactly HH:MM: one spelling */
}

static void weekdays_text(const char *text, size_t len) {
  uint32_t mask = 0xdeadu, again = 0;
  char buf[32], buf2[32];
  brf_status st = brf_weekdays_parse(ctx, text, len, &mask);
  if (st != BRF_OK) {
    CHECK(st == BRF_E_PARSE && mask == 0xdeadu);
    check_message();
    return;
  }
  CHECK(mask != 0 && mask < 128u);
  size_t needed = 0;
  CHECK(brf_weekdays_format(mask, buf, sizeof buf, &needed) == BRF_OK && needed == strlen(buf) + 1);
  CHECK(brf_weekdays_parse(ctx, buf, strlen(buf), &again) == BRF_OK && again == mask);
  CHECK(brf_weekdays_format(again, buf2, sizeof buf2, NULL) == BRF_OK && strcmp(buf, buf2) == 0);
}

static void frequency_text(const char *text, size_t len) {
  brf_schedule *s = NULL;
  brf_routine *r = NULL;
  size_t item = 0;
  CHECK(brf_schedule_new(ctx, 20454, 2, &s) == BRF_OK);
  CHECK(brf_routine_new(ctx, &r) == BRF_OK);
  for (size_t i = 0; i < brf_catalog_count(cat) && brf_routine_step_count(r) == 0; i++)
    (void)brf_routine_append(r, brf_catalog_at(cat, i), NULL);
  CHECK(brf_schedule_add_routine(s, r, NULL, &item) == BRF_OK);
  brf_status st = brf_schedule_item_set_frequency_text(s, item, text, len);
  if (st != BRF_OK) {
    CHECK(st == BRF_E_PARSE || st == BRF_E_RANGE || st == BRF_E_INVALID);
    check_message();
  } else {
    CHECK(brf_schedule_item_set_window(s, item, 20454, 480, -1) == BRF_OK);
    st = brf_schedule_generate(s);
    if (st != BRF_OK) {
      CHECK(st == BRF_E_RANGE || st == BRF_E_INVALID || st == BRF_E_LIMIT);
      check_message();
    } else {
      CHECK(brf_schedule_session_count(s) <= BRF_SCHEDULE_SESSIONS_MAX);
    }
  }
  brf_routine_free(r);
  brf_schedule_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!ctx) {
    if (brf_context_new(&ctx) != BRF_OK) abort();
    if (brf_catalog_new_builtin(ctx, &cat) != BRF_OK) cat = NULL;
  }
  if (size < 1 || size > 4096) return 0;
  uint8_t which = data[0] % 5u;
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  char *z = malloc(len + 1); /* NUL-terminated for the APIs that take C strings */
  CHECK(z != NULL);
  memcpy(z, text, len);
  z[len] = '\0';
  switch (which) {
  case 0: screen_list(z); break;
  case 1: date_text(text, len); break;
  case 2: time_text(text, len); break;
  case 3: weekdays_text(text, len); break;
  default:
    if (cat != NULL && brf_catalog_count(cat) > 0) frequency_text(text, len);
    break;
  }
  free(z);
  return 0;
}
