/* next: the adaptation suggestion (brf_adapt_suggest) for a routine from the
 * journal: the outcome, its reasons with their sources, and the adapted
 * routine or frequency when there is one. */
#include "journal_store.h"
#include "routine_print.h"
#include "routine_ref.h"

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

static void print_json(cli *c, const brf_adapt_suggestion *s) {
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

int cmd_next(cli *c, int argc, char **argv) {
  enum { OPT_ROUTINE = CLI_OPT_BASE + 1 };
  static const struct option opts[] = {{"routine", required_argument, NULL, OPT_ROUTINE},
                                       {NULL, 0, NULL, 0}};
  const char *arg = NULL;
  char file[4600];
  int opt, rc;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == OPT_ROUTINE) arg = optarg;
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  char path[4200];
  brf_journal *j = NULL;
  brf_routine *r = NULL;
  brf_catalog *cat = NULL;
  brf_adapt_suggestion *s = NULL;
  rc = cli_journal_path(c, path, sizeof path, 0);
  if (rc == 0) rc = cli_journal_open(c, path, 0, &j);
  if (rc == 0) rc = pick_routine(c, arg, j, &r, file, sizeof file);
  if (rc == 0) rc = cli_open_catalog(c, &cat);
  if (rc == 0) {
    brf_status st = brf_adapt_suggest(c->ctx, j, r, cat, NULL, NULL, &s);
    if (st != BRF_OK) rc = cli_fail(c, st, NULL);
  }
  if (rc == 0) {
    size_t sessions = 0;
    for (size_t i = 0; i < brf_journal_count(j); i++)
      sessions += strcmp(brf_journal_entry_routine(j, i), brf_routine_name(r)) == 0;
    if (!c->json)
      printf("For %s (%s), from its %zu session%s in the journal:\n", brf_routine_name(r), file,
             sessions, sessions == 1 ? "" : "s");
    if (c->json) print_json(c, s);
    else rc = print_text(c, s);
    if (rc == 0 && brf_adapt_suggestion_outcome(s) == BRF_ADAPT_REFER) rc = CLI_EXIT_REFER;
  }
  brf_adapt_suggestion_free(s);
  brf_catalog_free(cat);
  brf_routine_free(r);
  brf_journal_free(j);
  return rc;
}
