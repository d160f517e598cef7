/* example_session: the program docs/bindings.md shows in every language.
 * Plan a 15-minute routine for long sitting, play it on a fake clock (one
 * second a tick) printing every cue, log the session in a journal, then ask
 * the adaptation rules for the next step. Public API only; the Java (and
 * other) bindings print the same lines, and CTest compares them line for line.
 * Output: plain lines, no timing, nothing that depends on the machine. */
#include <backrelief.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static brf_context *ctx;

static void check(brf_status s, const char *what) {
  if (s < 0) {
    fprintf(stderr, "%s failed: %s [%s]\n", what, brf_context_errmsg(ctx), brf_status_name(s));
    exit(1);
  }
}

static void drain(brf_player *pl) {
  for (size_t i = 0; i < brf_player_cue_count(pl); i++) {
    int32_t kind = 0;
    int64_t at_ms = 0;
    check(brf_player_cue_at(pl, i, &kind, &at_ms, NULL), "brf_player_cue_at");
    printf("cue %lld %s %s\n", (long long)at_ms, brf_player_cue_kind_name(kind),
           brf_player_cue_text(pl, i));
  }
  brf_player_cues_clear(pl);
}

int main(void) {
  brf_catalog *cat = NULL;
  brf_planner *planner = NULL;
  brf_routine *routine = NULL;
  brf_timeline *tl = NULL;
  brf_player *pl = NULL;
  brf_journal *journal = NULL;
  brf_adapt_suggestion *sug = NULL;
  int32_t goal = 0, day = 0;
  check(brf_context_new(&ctx), "brf_context_new");
  check(brf_catalog_new_builtin(ctx, &cat), "brf_catalog_new_builtin");

  /* 1. Plan. */
  check(brf_goal_parse("long-sitting", &goal), "brf_goal_parse");
  check(brf_planner_new(ctx, &planner), "brf_planner_new");
  check(brf_planner_set_goal(planner, goal), "brf_planner_set_goal");
  check(brf_planner_set_minutes(planner, 15), "brf_planner_set_minutes");
  check(brf_planner_run(planner, cat, &routine), "brf_planner_run");
  check(brf_routine_set_name(routine, "Desk break"), "brf_routine_set_name");
  int64_t lo = 0, hi = 0;
  check(brf_routine_estimate_ms(routine, &lo, &hi), "brf_routine_estimate_ms");
  printf("routine %s: %zu steps, %lld-%lld ms\n", brf_routine_name(routine),
         brf_routine_step_count(routine), (long long)lo, (long long)hi);
  for (size_t i = 0; i < brf_routine_step_count(routine); i++) {
    char *dose = NULL;
    check(brf_dosage_to_string(ctx, brf_routine_step_dose(routine, i), &dose, NULL),
          "brf_dosage_to_string");
    printf("step %zu %s: %s\n", i + 1, brf_routine_step_exercise_id(routine, i), dose);
    brf_free(ctx, dose);
  }

  /* 2. Play on a fake clock: the library never reads the time. */
  check(brf_timeline_new(ctx, routine, BRF_TIMELINE_MIN, &tl), "brf_timeline_new");
  check(brf_player_new(ctx, tl, &pl), "brf_player_new");
  check(brf_player_start(pl), "brf_player_start");
  drain(pl);
  while (brf_player_state(pl) == BRF_PLAYER_RUNNING) {
    check(brf_player_advance(pl, 1000), "brf_player_advance");
    drain(pl);
  }
  printf("played %lld ms\n", (long long)brf_player_position_ms(pl));

  /* 3. Log the session. */
  size_t entry = 0;
  check(brf_date_from_ymd(ctx, 2026, 3, 2, &day), "brf_date_from_ymd");
  check(brf_journal_new(ctx, &journal), "brf_journal_new");
  check(brf_journal_add(journal, day, 7 * 60 + 30, brf_routine_name(routine), &entry),
        "brf_journal_add");
  check(brf_journal_entry_set_from_player(journal, entry, pl), "brf_journal_entry_set_from_player");
  check(brf_journal_entry_set_pain(journal, entry, BRF_JOURNAL_BEFORE, 4), "set_pain");
  check(brf_journal_entry_set_pain(journal, entry, BRF_JOURNAL_AFTER, 3), "set_pain");
  char *line = NULL;
  size_t len = 0;
  check(brf_journal_entry_to_line(ctx, journal, entry, &line, &len), "brf_journal_entry_to_line");
  if (len > 0 && line[len - 1] == '\n') /* a JSON Lines line ends with its newline */
    len--;
  printf("journal %.*s\n", (int)len, line);
  brf_free(ctx, line);

  /* 4. Ask for the next step. */
  check(brf_adapt_suggest(ctx, journal, routine, cat, NULL, NULL, &sug), "brf_adapt_suggest");
  printf("next %s\n", brf_adapt_outcome_id(brf_adapt_suggestion_outcome(sug)));
  const brf_advice *why = brf_adapt_suggestion_reasons(sug);
  for (size_t i = 0; i < brf_advice_count(why); i++)
    printf("reason %s: %s\n", brf_advice_rule(why, i), brf_advice_message(why, i));

  brf_adapt_suggestion_free(sug);
  brf_journal_free(journal);
  brf_player_free(pl);
  brf_timeline_free(tl);
  brf_routine_free(routine);
  brf_planner_free(planner);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
