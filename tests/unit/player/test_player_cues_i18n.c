/* The player's cues in German, Spanish and French (issue 26): a small
 * routine's timeline (held reps in sets with a rest between them,
 * alternating reps, a timed hold on each side, reps in sets on each side, a
 * short alternating hold, rests between exercises) built in each language
 * and every cue text compared with golden files written and reviewed by
 * hand (tests/unit/player/golden/cues-<tag>.txt: "kind|text" per line, the
 * French non-breaking spaces included). English must stay as it was; a
 * language without texts gives English; playing allocates nothing in any
 * language (the texts are resolved when the timeline is built). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "support.h"
#include "test_player_support.h"

BRF_TEST_CONTEXT_DECLARE();
static pl_cues got;

static void setup(void) { got.n = 0; }

BRF_TEST_CONTEXT_FIXTURE_WITH(player_cues_i18n, setup, brf_test_nothing);

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* The routine; the names are what a catalog of that language would give. */
static const char *const doses[] = {"2x2, hold 5s, rest 90s", "2 reps, alternating",
                                    "hold 30s, each side", "2x1, each side, rest 2min",
                                    "hold 500ms, alternating"};
static const char *const names_en[] = {"Glute bridge", "Bird dog", "Side plank", "Clamshell",
                                       "Cat-camel"};
static const char *const names_de[] = {"Beckenheben", "Vierfüßlerstand", "Seitstütz", "Muschel",
                                       "Katzenbuckel"};
static const char *const names_es[] = {"Puente de glúteos", "Pájaro-perro", "Plancha lateral",
                                       "Almeja", "Gato-camello"};
static const char *const names_fr[] = {"Pont fessier", "Bird dog", "Planche latérale",
                                       "Coquillage", "Chat-chameau"};

static brf_timeline *routine(brf_context *c, const char *const *names) {
  pl_spec s[N(doses)];
  for (size_t i = 0; i < N(doses); i++) {
    s[i].name = names[i];
    s[i].dose = doses[i];
  }
  return pl_routine(c, s, N(s));
}

/* 1 when this build has the language's texts (BRF_WITH_TRANSLATIONS). */
static int has_language(const char *tag) {
  for (size_t i = 0; i < brf_locale_count(); i++)
    if (strcmp(brf_locale_at(i), tag) == 0) return 1;
  return 0;
}

/* Compare the cues of got with golden file cues-<tag>.txt, line by line. */
static void expect_golden(const char *tag) {
  char path[512];
  snprintf(path, sizeof path, "%s/cues-%s.txt", BRF_CUES_GOLDEN_DIR, tag);
  FILE *f = fopen(path, "r");
  cr_assert_not_null(f, "cannot open %s", path);
  char line[256];
  size_t i = 0;
  while (fgets(line, sizeof line, f) != NULL) {
    line[strcspn(line, "\n")] = '\0';
    char *bar = strchr(line, '|');
    cr_assert_not_null(bar, "%s:%zu: no '|'", path, i + 1);
    *bar = '\0';
    if (i >= got.n) {
      cr_expect_fail("%s:%zu: expected \"%s\", the timeline has only %zu cues", path, i + 1,
                     bar + 1, got.n);
      break;
    }
    cr_expect_str_eq(brf_player_cue_kind_name(got.v[i].kind), line, "%s:%zu: kind", path, i + 1);
    cr_expect_str_eq(got.v[i].text, bar + 1, "%s:%zu: text", path, i + 1);
    i++;
  }
  fclose(f);
  cr_expect_eq(got.n, i, "%s: %zu cues, the golden has %zu lines", path, got.n, i);
}

static void play_in(const char *tag, const char *const *names) {
  if (strcmp(tag, "en") != 0 && !has_language(tag)) cr_skip_test("built without %s texts", tag);
  cr_assert_eq(brf_context_set_locale(ctx, tag), BRF_OK);
  brf_timeline *tl = routine(ctx, names);
  pl_play(ctx, tl, 1000000, 0, &got);
  expect_golden(tag);
  brf_timeline_free(tl);
}

Test(player_cues_i18n, english_is_as_before) { play_in("en", names_en); }
Test(player_cues_i18n, german) { play_in("de", names_de); }
Test(player_cues_i18n, spanish) { play_in("es", names_es); }
Test(player_cues_i18n, french) { play_in("fr", names_fr); }

Test(player_cues_i18n, a_regional_tag_uses_its_language) {
  if (!has_language("de")) cr_skip_test("built without German texts");
  cr_assert_eq(brf_context_set_locale(ctx, "de-AT"), BRF_OK);
  brf_timeline *tl = routine(ctx, names_de);
  pl_play(ctx, tl, 1000000, 0, &got);
  expect_golden("de");
  brf_timeline_free(tl);
}

Test(player_cues_i18n, a_language_without_texts_gives_english_cues) {
  cr_expect_eq(brf_context_set_locale(ctx, "sv"), BRF_E_NOT_FOUND);
  brf_timeline *tl = routine(ctx, names_en);
  pl_play(ctx, tl, 1000000, 0, &got);
  expect_golden("en");
  brf_timeline_free(tl);
}

Test(player_cues_i18n, the_timeline_keeps_the_language_it_was_built_in) {
  if (!has_language("fr")) cr_skip_test("built without French texts");
  cr_assert_eq(brf_context_set_locale(ctx, "fr"), BRF_OK);
  brf_timeline *tl = routine(ctx, names_fr);
  cr_assert_eq(brf_context_set_locale(ctx, "de"), BRF_OK);
  pl_play(ctx, tl, 1000000, 0, &got);
  expect_golden("fr");
  brf_timeline_free(tl);
}

/* Every template of data/messages/cues.json the golden routine leaves out. */
Test(player_cues_i18n, the_other_shapes_in_german) {
  if (!has_language("de")) cr_skip_test("built without German texts");
  cr_assert_eq(brf_context_set_locale(ctx, "de"), BRF_OK);
  pl_spec s[] = {{"Vierfüßlerstand", "2 reps, hold 8s, alternating"},
                 {"Katzenbuckel", "2x1, rest 10s"},
                 {"Gehen", "2min, alternating"}};
  brf_timeline *tl = pl_routine(ctx, s, N(s));
  pl_play(ctx, tl, 1000000, 0, &got);
  const char *want[] = {"8 s halten, Wiederholung 1 von 2, links",
                        "3 s locker lassen",
                        "8 s halten, Wiederholung 1 von 2, rechts",
                        "8 s halten, Wiederholung 2 von 2, rechts",
                        "Start: Katzenbuckel, Satz 1 von 2",
                        "10 s Pause. Als Nächstes: Satz 2 von 2",
                        "Start: Gehen",
                        "Halbzeit"};
  for (size_t w = 0; w < N(want); w++) {
    int found = 0;
    for (size_t i = 0; i < got.n && !found; i++) found = strcmp(got.v[i].text, want[w]) == 0;
    cr_expect(found, "no cue \"%s\"", want[w]);
  }
  size_t switches = 0;
  for (size_t i = 0; i < got.n; i++) switches += strcmp(got.v[i].text, "Seite wechseln") == 0;
  cr_expect_eq(switches, 1, "a timed alternating bout switches sides once");
  brf_timeline_free(tl);
}

/* Issue 26: with a German locale, playing a whole session still allocates
 * nothing (the cue texts were resolved when the timeline was built). */
Test(player_cues_i18n, playing_in_german_allocates_nothing) {
  if (!has_language("de")) cr_skip_test("built without German texts");
  brf_test_alloc own;
  brf_context *c = brf_test_context(&own);
  cr_assert_eq(brf_context_set_locale(c, "de"), BRF_OK);
  brf_timeline *tl = routine(c, names_de);
  brf_player *p = NULL;
  cr_assert_eq(brf_player_new(c, tl, &p), BRF_OK);
  size_t calls = own.calls, cues = 0;
  cr_assert_eq(brf_player_start(p), BRF_OK);
  while (brf_player_state(p) == BRF_PLAYER_RUNNING) {
    cr_assert_eq(brf_player_advance(p, 1), BRF_OK);
    for (size_t i = 0; i < brf_player_cue_count(p); i++) {
      int32_t k;
      int64_t at;
      size_t ex;
      cr_assert_eq(brf_player_cue_at(p, i, &k, &at, &ex), BRF_OK);
      cr_assert_not_null(brf_player_cue_text(p, i));
      cues++;
    }
    brf_player_cues_clear(p);
  }
  cr_expect_eq(own.calls, calls, "%zu allocations while playing in German", own.calls - calls);
  cr_expect_eq(cues, 94);
  brf_player_free(p);
  brf_timeline_free(tl);
  brf_context_free(c);
  cr_expect_eq(own.live_blocks, 0);
}
