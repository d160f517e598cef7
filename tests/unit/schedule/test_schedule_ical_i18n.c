/* The iCalendar text a person reads in their calendar (event titles,
 * descriptions, reminders) in the language of the schedule's context
 * (docs/localisation.md), with RFC 5545 escaping and the 75-octet folding
 * intact for non-ASCII text: no fold inside a UTF-8 sequence. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"

static brf_context *ctx;
static brf_catalog *cat;
static int32_t monday; /* 2026-01-05 */

static void start(const char *locale) {
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_assert_eq(brf_context_set_locale(ctx, locale), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK);
  cr_assert_eq(brf_date_from_ymd(ctx, 2026, 1, 5, &monday), BRF_OK);
}

static void stop(void) {
  brf_catalog_free(cat);
  brf_context_free(ctx);
}

/* Every physical line at most 75 octets, a continuation line never starting
 * inside a UTF-8 sequence, every line valid UTF-8 on its own; then the
 * unfolded text (CRLF + space removed) into out. */
static void check_folding(const char *ics, char *out, size_t cap) {
  size_t o = 0;
  for (const char *line = ics; *line;) {
    const char *end = strstr(line, "\r\n");
    cr_assert_not_null(end, "a line without CRLF");
    size_t len = (size_t)(end - line);
    cr_expect_leq(len, 75, "a line of %zu octets: %.*s", len, (int)len, line);
    const unsigned char *p = (const unsigned char *)line, *e = (const unsigned char *)end;
    if (*p == ' ') p++;
    cr_expect_neq(*p & 0xC0, 0x80, "a fold inside a UTF-8 sequence: %.*s", (int)len, line);
    while (p < e) { /* whole sequences only */
      size_t n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : 4;
      cr_assert_leq(n, (size_t)(e - p), "a UTF-8 sequence cut at the end of: %.*s", (int)len, line);
      for (size_t k = 1; k < n; k++) cr_assert_eq(p[k] & 0xC0, 0x80);
      p += n;
    }
    const char *from = line == ics || line[0] != ' ' ? line : line + 1;
    if (line != ics && line[0] != ' ') out[o++] = '\n';
    cr_assert_lt(o + (size_t)(end - from), cap);
    memcpy(out + o, from, (size_t)(end - from));
    o += (size_t)(end - from);
    line = end + 2;
  }
  out[o] = '\0';
}

static char *export(brf_schedule *s) {
  char *ics = NULL;
  cr_assert_eq(brf_schedule_generate(s), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_schedule_to_ical(ctx, s, 0, &ics, NULL), BRF_OK, "%s", brf_context_errmsg(ctx));
  return ics;
}

static char unfolded[1 << 16];

Test(schedule_ical_i18n, german_titles_descriptions_and_reminders) {
  start("de-AT");
  brf_schedule *s = NULL;
  size_t it;
  cr_assert_eq(brf_schedule_new(ctx, monday, 1, &s), BRF_OK);
  cr_assert_eq(brf_schedule_add_exercise(s, brf_catalog_find(cat, "cat-camel"), NULL, NULL, &it), BRF_OK);
  cr_assert_eq(brf_schedule_item_set_frequency_text(s, it, "daily", 5), BRF_OK);
  cr_assert_eq(brf_schedule_set_reminder_ms(s, 10 * 60000), BRF_OK);
  char *ics = export(s);
  check_folding(ics, unfolded, sizeof unfolded);
  /* the exercise's German name is the title and the reminder's text */
  cr_expect_not_null(strstr(unfolded, "\nSUMMARY:Katzenbuckel und Pferderücken\n"), "%s", unfolded);
  cr_expect_not_null(strstr(unfolded, "\nDESCRIPTION:Katzenbuckel und Pferderücken\n"), "%s", unfolded);
  /* the frequency in words (brf_dosage_describe), not the notation "daily" */
  cr_expect_not_null(strstr(unfolded, "\\nHäufigkeit: täglich\n"), "%s", unfolded);
  cr_expect_null(strstr(unfolded, "Frequency"), "%s", unfolded);
  /* protocol fields stay as they are */
  cr_expect_not_null(strstr(unfolded, "\nACTION:DISPLAY\n"));
  cr_expect_not_null(strstr(unfolded, "PRODID:-//libbackrelief//schedule//EN"));
  brf_free(ctx, ics);
  brf_schedule_free(s);
  stop();
}

Test(schedule_ical_i18n, programme_titles_and_untitled_sessions) {
  static const struct {
    const char *locale, *programme, *untitled;
  } cases[] = {{"en", "SUMMARY:Back relief: Rücken\\, ruhig\\; sanft", "SUMMARY:Session"},
               {"de", "SUMMARY:Rückenübungen: Rücken\\, ruhig\\; sanft", "SUMMARY:Übungseinheit"},
               {"es", "SUMMARY:Alivio para la espalda: Rücken\\, ruhig\\; sanft", "SUMMARY:Sesión"},
               {"fr", "SUMMARY:Soulager le dos\xc2\xa0: Rücken\\, ruhig\\; sanft", "SUMMARY:Séance"}};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    start(cases[k].locale);
    brf_routine *r = NULL, *bare = NULL;
    cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
    cr_assert_eq(brf_routine_append(r, brf_catalog_find(cat, "cat-camel"), NULL), BRF_OK);
    cr_assert_eq(brf_routine_set_name(r, "Rücken, ruhig; sanft"), BRF_OK);
    cr_assert_eq(brf_routine_new(ctx, &bare), BRF_OK);
    cr_assert_eq(brf_routine_append(bare, brf_catalog_find(cat, "cat-camel"), NULL), BRF_OK);
    brf_schedule *s = NULL;
    cr_assert_eq(brf_schedule_new(ctx, monday, 1, &s), BRF_OK);
    cr_assert_eq(brf_schedule_add_programme(s, r, NULL), BRF_OK, "%s", brf_context_errmsg(ctx));
    cr_assert_eq(brf_schedule_add_routine(s, bare, NULL, NULL), BRF_OK);
    char *ics = export(s);
    check_folding(ics, unfolded, sizeof unfolded);
    cr_expect_not_null(strstr(unfolded, cases[k].programme), "%s: %s", cases[k].locale, unfolded);
    cr_expect_not_null(strstr(unfolded, cases[k].untitled), "%s: %s", cases[k].locale, unfolded);
    brf_free(ctx, ics);
    brf_schedule_free(s);
    brf_routine_free(bare);
    brf_routine_free(r);
    stop();
  }
}

/* A title of umlauts and accents shifted one octet at a time across the
 * first fold (75 octets) and the second (74 after the leading space): each
 * two-octet letter is cut once in the middle unless the folding backs up. */
Test(schedule_ical_i18n, folding_never_splits_umlauts_or_accents) {
  start("de");
  for (size_t pad = 50; pad < 80; pad++) {
    char name[256];
    memset(name, 'x', pad);
    strcpy(name + pad, "äöüßéèçÄÖÜ");
    brf_routine *r = NULL;
    cr_assert_eq(brf_routine_new(ctx, &r), BRF_OK);
    cr_assert_eq(brf_routine_append(r, brf_catalog_find(cat, "cat-camel"), NULL), BRF_OK);
    cr_assert_eq(brf_routine_set_name(r, name), BRF_OK);
    brf_schedule *s = NULL;
    cr_assert_eq(brf_schedule_new(ctx, monday, 1, &s), BRF_OK);
    cr_assert_eq(brf_schedule_add_routine(s, r, NULL, NULL), BRF_OK);
    char *ics = export(s);
    check_folding(ics, unfolded, sizeof unfolded);
    char want[300];
    snprintf(want, sizeof want, "\nSUMMARY:%s\n", name);
    cr_expect_not_null(strstr(unfolded, want), "pad %zu: %s", pad, unfolded);
    brf_free(ctx, ics);
    brf_schedule_free(s);
    brf_routine_free(r);
  }
  stop();
}
