/* next: the adaptation suggestion (brf_adapt_next, docs/adaptation.md,
 * "Adaptation v2") for a routine from the journal as of a day: the outcome,
 * its single change, its reasons with their sources and the flare-up plan;
 * --apply saves the adapted routine. The state of the adaptation of a routine
 * NAME lives in DATA/routines/.adapt/: NAME.prev.json (the routine before
 * the last applied change), NAME.start.json (as first adapted) and
 * NAME.state (the day of the last change and the time budget). */
#include "journal_store.h"
#include "routine_print.h"
#include "routine_ref.h"
#include "screen_store.h"
#include "session_log.h"
#include "store.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The routine saved last (the newest .json of DATA/routines) into @p out; 0, or 1
 * when there is none. */
static int newest_saved_routine(cli *c, char *out, size_t cap) {
  char dir[4096], path[4400];
  if (cli_data_dir(c, dir, sizeof dir) != 0) return 1;
  snprintf(path, sizeof path, "%s/routines", dir);
  DIR *d = opendir(path);
  if (!d) return 1;
  struct dirent *e;
  time_t best = 0;
  int found = 1;
  while ((e = readdir(d)) != NULL) {
    size_t n = strlen(e->d_name);
    struct stat st;
    if (n < 6 || strcmp(e->d_name + n - 5, ".json") != 0) continue;
    snprintf(path, sizeof path, "%s/routines/%s", dir, e->d_name);
    if (stat(path, &st) != 0 || (found == 0 && st.st_mtime < best)) continue;
    best = st.st_mtime;
    snprintf(out, cap, "%s", path);
    found = 0;
  }
  closedir(d);
  return found;
}

/* The steps that differ between the routine and the adapted one. */
static void print_changes(cli *c, const brf_routine *from, const brf_routine *to) {
  char a[128], b[128];
  size_t n = 0;
  printf(",\n \"changes\": [");
  for (size_t i = 0; to && i < brf_routine_step_count(to); i++) {
    const char *fx = i < brf_routine_step_count(from) ? brf_routine_step_exercise_id(from, i) : "";
    const char *tx = brf_routine_step_exercise_id(to, i);
    const brf_dosage *fd = i < brf_routine_step_count(from) ? brf_routine_step_dose(from, i) : NULL;
    const brf_dosage *td = brf_routine_step_dose(to, i);
    int swap = strcmp(fx, tx) != 0;
    if (!swap && fd && td && brf_dosage_equal(fd, td)) continue;
    if (!fd || brf_dosage_format(fd, a, sizeof a, NULL) != BRF_OK) a[0] = '\0';
    if (!td || brf_dosage_format(td, b, sizeof b, NULL) != BRF_OK) b[0] = '\0';
    printf("%s\n  {\"step\": %zu, \"exercise\": ", n++ ? "," : "", i);
    cli_json_string(stdout, swap ? fx : tx);
    printf(", \"from\": ");
    cli_json_string(stdout, swap ? fx : a);
    printf(", \"to\": ");
    cli_json_string(stdout, swap ? tx : b);
    printf("}");
  }
  (void)c;
  printf("]");
}

static void print_json(cli *c, const brf_routine *from, const brf_adapt_suggestion *s) {
  const brf_advice *a = brf_adapt_suggestion_reasons(s);
  const brf_routine *r = brf_adapt_suggestion_routine(s);
  const char *freq = brf_adapt_suggestion_frequency(s);
  printf("{\"format\": \"backrelief-next\", \"format_version\": 1, \"outcome\": \"%s\",\n"
         " \"reasons\": [", brf_adapt_outcome_id(brf_adapt_suggestion_outcome(s)));
  for (size_t i = 0; i < brf_advice_count(a); i++) {
    printf("%s\n  {\"rule\": ", i ? "," : "");
    cli_json_string(stdout, brf_advice_rule(a, i));
    printf(", \"message\": ");
    cli_json_string(stdout, brf_advice_message(a, i));
    printf(", \"source\": ");
    cli_json_string(stdout, brf_advice_source(a, i));
    printf("}");
  }
  printf("]");
  print_changes(c, from, r);
  printf(",\n \"advice\": [");
  for (size_t i = 0, n = 0; i < brf_advice_count(a); i++) {
    if (strcmp(brf_advice_rule(a, i), "flare-up-plan") != 0) continue;
    printf("%s", n++ ? ", " : "");
    cli_json_string(stdout, brf_advice_message(a, i));
  }
  printf("],\n \"frequency\": ");
  if (freq) cli_json_string(stdout, freq);
  else printf("null");
  printf(",\n \"routine\": ");
  char *text = NULL;
  size_t len = 0;
  if (r && brf_routine_to_json(c->ctx, r, 0, &text, &len) == BRF_OK) {
    while (len && text[len - 1] == '\n') len--;
    printf("%.*s", (int)len, text);
  } else {
    printf("null");
  }
  brf_free(c->ctx, text);
  printf("}\n");
}

static int print_text(cli *c, const brf_adapt_suggestion *s) {
  const brf_advice *a = brf_adapt_suggestion_reasons(s);
  const brf_routine *r = brf_adapt_suggestion_routine(s);
  const char *freq = brf_adapt_suggestion_frequency(s);
  printf("%sNext: %s%s\n\nWhy:\n", cli_bold(c),
         brf_adapt_outcome_id(brf_adapt_suggestion_outcome(s)), cli_reset(c));
  for (size_t i = 0; i < brf_advice_count(a); i++) {
    printf("  - ");
    cli_print_wrapped(stdout, brf_advice_message(a, i), 4, 4, 76);
    printf("    %s[%s; source: %s]%s\n", cli_dim(c), brf_advice_rule(a, i),
           brf_advice_source(a, i), cli_reset(c));
  }
  if (freq) printf("\nHow often: %s\n", freq);
  if (!r) return 0;
  printf("\n");
  return cli_print_routine(c, r, "The adapted routine", stdout);
}

/* The latest entry with a routine name: by date, then time of day, then
 * journal order (a back-dated entry is not the latest). n when none. */
static size_t latest_entry(const brf_journal *j) {
  size_t n = brf_journal_count(j), best = n;
  for (size_t i = 0; i < n; i++) {
    if (!brf_journal_entry_routine(j, i)[0]) continue;
    if (best == n) {
      best = i;
      continue;
    }
    int32_t d = brf_journal_entry_day(j, i), bd = brf_journal_entry_day(j, best);
    int32_t m = brf_journal_entry_minutes(j, i), bm = brf_journal_entry_minutes(j, best);
    if (d > bd || (d == bd && m >= bm)) best = i;
  }
  return best;
}

/* The routine `next` is about: --routine, else that of the latest entry,
 * else (an empty journal) the newest saved one. 0 or an exit status. */
static int pick_routine(cli *c, const char *arg, const brf_journal *j, brf_routine **r,
                        char *file, size_t cap) {
  char saved[4400];
  if (arg) return cli_routine_load(c, arg, r, file, cap);
  size_t at = latest_entry(j);
  if (at == brf_journal_count(j)) {
    if (newest_saved_routine(c, saved, sizeof saved) != 0) {
      cli_error("no saved routine and no session in the journal: pass --routine ROUTINE, "
                "or plan with --save NAME first");
      return CLI_EXIT_FAIL;
    }
    return cli_routine_load(c, saved, r, file, cap);
  }
  const char *name = brf_journal_entry_routine(j, at);
  char day[16] = "";
  brf_date_format(brf_journal_entry_day(j, at), day, sizeof day, NULL);
  if (cli_routine_find_saved(c, name, saved, sizeof saved) != 0) {
    cli_error("the latest session in the journal (%s, '%s') is not a saved routine: pass "
              "--routine ROUTINE (backrelief routines lists the saved ones)", day, name);
    return CLI_EXIT_FAIL;
  }
  int rc = cli_routine_load(c, saved, r, file, cap);
  /* Its entries carry this name: the suggestion counts exactly those. */
  if (rc == 0 && strcmp(brf_routine_name(*r), name) != 0) {
    brf_status s = brf_routine_set_name(*r, name);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  return rc;
}

/* The adaptation state of routine NAME (DATA/routines/.adapt/NAME.*). */
typedef struct adapt_state {
  char dir[4400], stem[128];
  int32_t last_change; /* -1 none */
  int64_t budget_ms;   /* 0 unknown */
  brf_routine *prev, *start;
} adapt_state;

static int state_path(const adapt_state *st, const char *ext, char *out, size_t cap) {
  return snprintf(out, cap, "%s/%s%s", st->dir, st->stem, ext) >= (int)cap;
}

/* Load NAME.prev.json or NAME.start.json when present (NULL otherwise). */
static int load_optional(cli *c, const adapt_state *st, const char *ext, brf_routine **out) {
  char path[4600];
  struct stat sb;
  *out = NULL;
  if (state_path(st, ext, path, sizeof path) || stat(path, &sb) != 0) return 0;
  return cli_routine_load(c, path, out, NULL, 0);
}

static int state_open(cli *c, const brf_routine *r, adapt_state *st) {
  memset(st, 0, sizeof *st);
  st->last_change = -1;
  if (cli_saved_name(brf_routine_name(r), st->stem, sizeof st->stem) != 0) return 1;
  char dir[4200];
  if (cli_data_dir(c, dir, sizeof dir) != 0) return 1;
  snprintf(st->dir, sizeof st->dir, "%s/routines/.adapt", dir);
  char path[4600], *text = NULL, date[16];
  size_t len = 0;
  long long budget = 0;
  struct stat sb;
  if (!state_path(st, ".state", path, sizeof path) && stat(path, &sb) == 0 &&
      cli_read_data_file(path, &text, &len) == 0) {
    const char *l = strstr(text, "last_change ");
    if (l && sscanf(l, "last_change %15s", date) == 1)
      (void)brf_date_parse(c->ctx, date, strlen(date), &st->last_change);
    l = strstr(text, "budget_ms ");
    if (l && sscanf(l, "budget_ms %lld", &budget) == 1 && budget > 0) st->budget_ms = budget;
    free(text);
  }
  int rc = load_optional(c, st, ".prev.json", &st->prev);
  if (rc == 0) rc = load_optional(c, st, ".start.json", &st->start);
  return rc;
}

static void state_close(adapt_state *st) {
  brf_routine_free(st->prev);
  brf_routine_free(st->start);
}

static int write_routine(cli *c, const brf_routine *r, const char *path) {
  char *text = NULL;
  size_t len = 0;
  brf_status s = brf_routine_to_json(c->ctx, r, 0, &text, &len);
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  int rc = cli_write_data_file(c, path, text, len, CLI_MODE_SHARED);
  brf_free(c->ctx, text);
  return rc;
}

/* --apply: NAME.prev.json <- the routine; NAME.start.json <- it, the first
 * time; the routine file <- the adapted routine; NAME.state <- the day and
 * the budget. The routine file is written last but one and the state last,
 * so a failure before leaves the next suggestion unchanged. */
static int apply(cli *c, adapt_state *st, const brf_routine *r, const brf_routine *adapted,
                 const char *file, int32_t day) {
  char path[4600], dir[4400], date[16] = "", body[128];
  struct stat sb;
  snprintf(dir, sizeof dir, "%s", st->dir);
  int rc = cli_ensure_dir(dir);
  if (rc == 0 && !state_path(st, ".start.json", path, sizeof path) && stat(path, &sb) != 0)
    rc = write_routine(c, r, path);
  if (rc == 0 && !state_path(st, ".prev.json", path, sizeof path)) rc = write_routine(c, r, path);
  if (rc == 0) rc = write_routine(c, adapted, file);
  if (rc == 0) {
    (void)brf_date_format(day, date, sizeof date, NULL);
    int n = snprintf(body, sizeof body, "last_change %s\nbudget_ms %lld\n", date,
                     (long long)st->budget_ms);
    if (!state_path(st, ".state", path, sizeof path))
      rc = cli_write_data_file(c, path, body, (size_t)n, CLI_MODE_SHARED);
  }
  return rc;
}

/* The routine's longest estimate rounded up to whole minutes: the budget
 * when none is stored, so a routine never grows past what it takes now. */
static int64_t implicit_budget(const brf_routine *r) {
  int64_t hi = 0;
  if (brf_routine_estimate_ms(r, NULL, &hi) != BRF_OK || hi <= 0) return 0;
  return (hi + 59999) / 60000 * 60000;
}

int cmd_next(cli *c, int argc, char **argv) {
  enum { OPT_ROUTINE = CLI_OPT_BASE + 1, OPT_DATE, OPT_APPLY, OPT_BUDGET };
  static const struct option opts[] = {{"routine", required_argument, NULL, OPT_ROUTINE},
                                       {"date", required_argument, NULL, OPT_DATE},
                                       {"apply", no_argument, NULL, OPT_APPLY},
                                       {"budget", required_argument, NULL, OPT_BUDGET},
                                       {NULL, 0, NULL, 0}};
  const char *arg = NULL, *date = NULL;
  char file[4600];
  int opt, rc, do_apply = 0;
  long budget_min = 0;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == OPT_ROUTINE) arg = optarg;
    if (opt == OPT_DATE) date = optarg;
    if (opt == OPT_APPLY) do_apply = 1;
    if (opt == OPT_BUDGET) {
      char *end = NULL;
      budget_min = strtol(optarg, &end, 10);
      if (!end || *end || budget_min < 1 || budget_min > 240)
        return cli_usage_error(c, "--budget: '%s' is not a number of minutes from 1 to 240",
                               optarg);
    }
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  int32_t today = 0, minutes = 0;
  if (date) {
    brf_status s = brf_date_parse(c->ctx, date, strlen(date), &today);
    if (s != BRF_OK) return cli_usage_error(c, "--date: '%s' is not a date (YYYY-MM-DD)", date);
  } else if (cli_now(c, &today, &minutes) != 0) {
    cli_error("cannot read today's date; pass --date YYYY-MM-DD");
    return CLI_EXIT_USAGE;
  }
  char path[4200];
  brf_journal *j = NULL;
  brf_routine *r = NULL;
  brf_catalog *cat = NULL;
  brf_adapt_suggestion *s = NULL;
  adapt_state st;
  memset(&st, 0, sizeof st);
  /* The saved screen: a referral refuses before any suggestion; its answers
   * go to the adaptation (screen_store.h). */
  brf_screen_result *saved = NULL;
  const brf_screen *screen = NULL;
  rc = cli_screen_gate(c, today, &saved);
  if (rc) return rc;
  if (saved) (void)brf_screen_result_screen(saved, &screen);
  rc = cli_journal_path(c, path, sizeof path, 0);
  if (rc == 0) rc = cli_journal_open(c, path, 0, &j);
  if (rc == 0) rc = pick_routine(c, arg, j, &r, file, sizeof file);
  if (rc == 0) rc = cli_open_catalog(c, &cat);
  int have_state = 0;
  if (rc == 0) {
    int sr = state_open(c, r, &st);
    if (sr > 1) rc = sr; /* a stored routine that does not load */
    have_state = sr == 0;
    if (budget_min) st.budget_ms = (int64_t)budget_min * 60000;
    else if (!st.budget_ms) st.budget_ms = implicit_budget(r);
  }
  if (rc == 0 && do_apply && !have_state)
    rc = cli_usage_error(c, "--apply: '%s' is not a plain name to keep its history under",
                         brf_routine_name(r));
  if (rc == 0) {
    brf_status bs = brf_adapt_next(c->ctx, j, r, st.prev, st.start, cat, NULL, screen, today,
                                   st.last_change, st.budget_ms, &s);
    if (bs != BRF_OK) rc = cli_fail(c, bs, NULL);
  }
  if (rc == 0) {
    size_t sessions = 0;
    for (size_t i = 0; i < brf_journal_count(j); i++)
      sessions += strcmp(brf_journal_entry_routine(j, i), brf_routine_name(r)) == 0;
    if (!c->json)
      printf("For %s (%s), from its %zu session%s in the journal:\n", brf_routine_name(r), file,
             sessions, sessions == 1 ? "" : "s");
    if (c->json) print_json(c, r, s);
    else rc = print_text(c, s);
    const brf_routine *adapted = brf_adapt_suggestion_routine(s);
    if (rc == 0 && do_apply && adapted) {
      rc = apply(c, &st, r, adapted, file, today);
      if (rc == 0 && !c->json) printf("\nApplied: %s now holds the adapted routine.\n", file);
    } else if (rc == 0 && do_apply && !c->json) {
      printf("\nNothing to apply: the routine stays as it is.\n");
    }
    if (rc == 0 && brf_adapt_suggestion_outcome(s) == BRF_ADAPT_REFER) rc = CLI_EXIT_REFER;
  }
  state_close(&st);
  brf_screen_result_free(saved);
  brf_adapt_suggestion_free(s);
  brf_catalog_free(cat);
  brf_routine_free(r);
  brf_journal_free(j);
  return rc;
}
