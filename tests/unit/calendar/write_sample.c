/* Test program (white-box, built only in the test tree): writes a calendar
 * with the internal iCalendar writer to DIR/sample.ics, and the occurrences
 * each event is meant to have to DIR/expected.txt, computed here by stepping
 * through days with the date API rather than by reading the RRULE back.
 * tests/unit/calendar/check_ical.py parses the calendar with python3-icalendar,
 * expands the recurrences with dateutil and compares.
 *
 * expected.txt has one record per line:
 *   event <uid>
 *   summary <text>
 *   description <text with each newline written as the two characters \n>
 *   at <YYYY-MM-DD> or <YYYY-MM-DDTHH:MM>   (one per occurrence, in order)
 */
#include <stdio.h>
#include <string.h>

#include "util/core.h"
#include "internal/ical.h"

static FILE *expected;

static void put_date(int32_t day, int32_t second) {
  char buf[11];
  brf_date_format(day, buf, sizeof buf, NULL);
  if (second < 0) fprintf(expected, "at %s\n", buf);
  else fprintf(expected, "at %sT%02d:%02d\n", buf, (int)(second / 3600), (int)(second % 3600 / 60));
}

static void put_event(const brf__ical_event *e) {
  fprintf(expected, "event %s\nsummary %s\n", e->uid, e->summary);
  if (e->description != NULL) {
    fputs("description ", expected);
    for (const char *p = e->description; *p; p++) {
      if (*p == '\n') fputs("\\n", expected);
      else fputc(*p, expected);
    }
    fputc('\n', expected);
  }
}

/* Occurrences of a rule by walking the calendar day by day. */
static void list_occurrences(const brf__ical_event *e) {
  const brf__ical_rrule *r = e->rrule;
  if (r == NULL) {
    put_date(e->start_day, e->start_second);
    return;
  }
  int32_t n = 0;
  for (int32_t day = e->start_day; day <= e->start_day + 3660; day++) {
    if (r->count > 0 && n == r->count) break;
    if (r->until_kind != BRF__ICAL_UNTIL_NONE && day > r->until_day) break;
    int match;
    if (r->freq == BRF__ICAL_DAILY) {
      match = (day - e->start_day) % r->interval == 0;
    } else {
      /* Weekly on BYDAY days, in weeks starting on Monday (WKST=MO). */
      int32_t week0 = e->start_day - (brf_date_weekday(e->start_day) - 1);
      int32_t week = (day - week0) / 7;
      match = (r->byday & (1u << (brf_date_weekday(day) - 1))) && week % r->interval == 0;
    }
    if (r->until_kind == BRF__ICAL_UNTIL_FLOATING && day == r->until_day &&
        e->start_second > r->until_second)
      match = 0;
    if (!match) continue;
    put_date(day, e->start_second);
    n++;
  }
}

static int32_t date(const char *iso) {
  int32_t day = 0;
  brf_date_parse(NULL, iso, strlen(iso), &day);
  return day;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
    return 2;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/expected.txt", argv[1]);
  expected = fopen(path, "w");
  if (expected == NULL) {
    perror(path);
    return 1;
  }
  brf_context *ctx = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 1;

  brf__ical_rrule every_other = BRF__ICAL_RRULE_INIT;
  every_other.interval = 2;
  every_other.count = 5;
  brf__ical_rrule mon_wed_fri = BRF__ICAL_RRULE_INIT;
  mon_wed_fri.freq = BRF__ICAL_WEEKLY;
  mon_wed_fri.byday = 0x1u | 0x4u | 0x10u;
  mon_wed_fri.count = 9;
  brf__ical_rrule tue_fri = BRF__ICAL_RRULE_INIT;
  tue_fri.freq = BRF__ICAL_WEEKLY;
  tue_fri.interval = 2;
  tue_fri.byday = 0x2u | 0x10u;
  tue_fri.until_kind = BRF__ICAL_UNTIL_FLOATING;
  tue_fri.until_day = date("2027-01-08");
  tue_fri.until_second = 19 * 3600;
  brf__ical_rrule cold = BRF__ICAL_RRULE_INIT;
  cold.until_kind = BRF__ICAL_UNTIL_DATE;
  cold.until_day = date("2026-11-25");

  brf__ical_event events[5];
  for (int i = 0; i < 5; i++) {
    brf__ical_event init = BRF__ICAL_EVENT_INIT;
    events[i] = init;
    events[i].stamp_day = date("2026-11-22");
    events[i].start_day = date("2026-11-23");
    events[i].duration_ms = 20 * 60000;
  }
  events[0].uid = "ball-release@example.org";
  events[0].start_second = 7 * 3600 + 30 * 60;
  events[0].summary = "Ball release, glutes; then stretch";
  events[0].description = "1. Glute ball release: 60 s per side\n2. Knee to chest: 3 \xC3\x97 30 s, "
                          "exhale slowly; stop if pain rises above 3/10 \xE2\x80\x94 "
                          "see a clinician if it spreads down a leg.";
  events[0].rrule = &every_other;
  events[0].alarm_before_ms = 10 * 60000;
  events[1].uid = "strength@example.org";
  events[1].start_second = 18 * 3600;
  events[1].tzid = "Europe/Paris";
  events[1].duration_ms = 65 * 60000;
  events[1].summary = "Strengthening";
  events[1].rrule = &mon_wed_fri;
  events[2].uid = "leg-day-recovery@example.org";
  events[2].start_day = date("2026-11-24");
  events[2].start_second = 19 * 3600;
  events[2].summary = "Recovery after leg day";
  events[2].rrule = &tue_fri;
  events[3].uid = "cold-pack@example.org";
  events[3].start_second = -1;
  events[3].duration_ms = 86400000;
  events[3].summary = "Cold pack, 10 min every 2 h";
  events[3].rrule = &cold;
  events[4].uid = "check-in@example.org";
  events[4].start_day = date("2026-11-28");
  events[4].start_second = 9 * 3600 + 5 * 60;
  events[4].summary = "Check-in: pain and tightness";

  brf__ical w;
  brf__ical_init(&w, ctx);
  brf__ical_begin_calendar(&w, "-//libbackrelief//ical check//EN");
  for (int i = 0; i < 5; i++) {
    brf__ical_write_event(&w, &events[i]);
    put_event(&events[i]);
    list_occurrences(&events[i]);
  }
  brf__ical_end(&w, "VCALENDAR");
  char *text = NULL;
  size_t len = 0;
  if (brf__ical_take(&w, &text, &len) != BRF_OK) {
    fprintf(stderr, "writer failed: %s\n", brf_context_errmsg(ctx));
    return 1;
  }
  snprintf(path, sizeof path, "%s/sample.ics", argv[1]);
  FILE *f = fopen(path, "wb");
  if (f == NULL || fwrite(text, 1, len, f) != len || fclose(f) != 0 || fclose(expected) != 0) {
    perror(path);
    return 1;
  }
  brf_free(ctx, text);
  brf_context_free(ctx);
  return 0;
}
