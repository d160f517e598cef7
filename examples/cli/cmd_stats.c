/* stats: adherence per ISO week and the pain trend, from the journal; the
 * prescribed sessions come from the saved schedule (DATA/schedule.json,
 * written by `schedule`) when there is one; and adherence per exercise of
 * one routine (stats_exercises.c). */
#include "store.h"
#include "journal_store.h"
#include "session_log.h"
#include "stats_exercises.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define STATS_WEEKS 4
#define STATS_TREND 14 /* entries in the chart */

/* The session dates of the saved schedule: 0 with *days (free()) and *n
 * (0 when there is no schedule), or an exit status. */
static int schedule_days(cli *c, int32_t **days, size_t *n) {
  char dir[4096], path[4200];
  *days = NULL;
  *n = 0;
  int rc = cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  snprintf(path, sizeof path, "%s/schedule.json", dir);
  if (access(path, F_OK) != 0) return 0; /* no schedule: no catalog to open */
  brf_catalog *cat = NULL;
  brf_schedule *s = NULL;
  rc = cli_open_catalog(c, &cat);
  if (rc == 0) rc = cli_saved_schedule(c, cat, &s);
  size_t count = brf_schedule_session_count(s);
  if (rc == 0 && count) {
    *days = malloc(count * sizeof **days);
    if (!*days) rc = cli_fail(c, BRF_E_NOMEM, NULL);
    for (size_t i = 0; rc == 0 && i < count; i++) (*days)[i] = brf_schedule_session_date(s, i);
    if (rc == 0) *n = count;
  }
  brf_schedule_free(s);
  brf_catalog_free(cat);
  return rc;
}

/* The entries in date order: by day, then time of day (an entry without
 * one first), then journal order, so that a back-dated entry takes its
 * place in the chart and the trend. */
static const brf_journal *sort_journal;
static int by_date(const void *pa, const void *pb) {
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  int32_t da = brf_journal_entry_day(sort_journal, a), db = brf_journal_entry_day(sort_journal, b);
  if (da != db) return da < db ? -1 : 1;
  int32_t ma = brf_journal_entry_minutes(sort_journal, a);
  int32_t mb = brf_journal_entry_minutes(sort_journal, b);
  if (ma != mb) return ma < mb ? -1 : 1;
  return a < b ? -1 : a > b;
}

/* "falling", "steady" or "rising": the mean pain before of the newer half
 * of the rated entries (in date order) against the older half (whole points). */
static const char *trend(const brf_journal *j, const size_t *order, size_t n) {
  int64_t sum[2] = {0, 0}, cnt[2] = {0, 0};
  size_t rated = 0, k = 0;
  for (size_t i = 0; i < n; i++) rated += brf_journal_entry_pain(j, i, BRF_JOURNAL_BEFORE) >= 0;
  if (rated < 2) return "unknown";
  for (size_t o = 0; o < n; o++) {
    int32_t p = brf_journal_entry_pain(j, order[o], BRF_JOURNAL_BEFORE);
    if (p < 0) continue;
    int half = k++ >= rated / 2;
    sum[half] += p;
    cnt[half]++;
  }
  int64_t older = sum[0] * cnt[1], newer = sum[1] * cnt[0]; /* compare means */
  int64_t scale = cnt[0] * cnt[1];
  if (newer + scale <= older) return "falling";
  if (newer >= older + scale) return "rising";
  return "steady";
}

static void bar(cli *c, int32_t v, const char *colour) {
  char num[16];
  if (v < 0) {
    printf("   -            ");
    return;
  }
  snprintf(num, sizeof num, "%3d ", (int)v);
  printf("%s%s", num, colour);
  for (int32_t i = 0; i < BRF_JOURNAL_SCALE_MAX; i++) putchar(i < v ? '#' : ' ');
  printf("%s  ", cli_reset(c));
}

static int32_t parse_day(cli *c, const char *text, int32_t *out) {
  brf_status s = brf_date_parse(c->ctx, text, strlen(text), out);
  return s == BRF_OK ? 0 : cli_bad_value(c, s, "--until", text);
}

static int32_t today(cli *c) {
  int32_t day = 0, minutes = 0;
  (void)cli_now(c, &day, &minutes);
  return day;
}

static void print_text(cli *c, const brf_journal *j, const size_t *order, const int32_t *wk,
                       const int64_t res[][3], int have_schedule) {
  size_t n = brf_journal_count(j);
  char d[16];
  printf("%sSessions logged:%s %zu\n\n%sWeek of       done  planned  adherence%s\n", cli_bold(c),
         cli_reset(c), n, cli_bold(c), cli_reset(c));
  for (int w = 0; w < STATS_WEEKS; w++) {
    brf_date_format(wk[w], d, sizeof d, NULL);
    printf("%-12s  %4lld  ", d, (long long)res[w][1]);
    if (have_schedule) printf("%7lld  ", (long long)res[w][0]);
    else printf("%7s  ", "-");
    if (res[w][2] >= 0) printf("%8lld%%\n", (long long)res[w][2]);
    else printf("%9s\n", "-");
  }
  if (!have_schedule) printf("%s(no saved schedule: backrelief schedule saves one)%s\n",
                             cli_dim(c), cli_reset(c));
  printf("\n%s%-33s%-16safter%s\n", cli_bold(c), "Pain (0-10), last sessions", "before",
         cli_reset(c));
  for (size_t o = n > STATS_TREND ? n - STATS_TREND : 0; o < n; o++) {
    size_t i = order[o];
    int32_t b = brf_journal_entry_pain(j, i, BRF_JOURNAL_BEFORE);
    int32_t a = brf_journal_entry_pain(j, i, BRF_JOURNAL_AFTER);
    brf_date_format(brf_journal_entry_day(j, i), d, sizeof d, NULL);
    printf("  %-12s  %-16.16s ", d, brf_journal_entry_routine(j, i));
    bar(c, b, "");
    bar(c, a, a < 0 || b < 0 ? "" : a > b ? cli_red(c) : a < b ? cli_green(c) : "");
    printf("\n");
  }
  printf("\nPain trend: %s\n", trend(j, order, n));
}

static void print_exercises_text(cli *c, const cli_stats_exercises *x) {
  char from[16], to[16];
  if (!x->routine[0]) return;
  if (!x->have_schedule) {
    printf("\n%s(per exercise: no saved schedule of %s; backrelief schedule %s saves one)%s\n",
           cli_dim(c), x->routine, x->routine, cli_reset(c));
    return;
  }
  brf_date_format(x->from, from, sizeof from, NULL);
  brf_date_format(x->to, to, sizeof to, NULL);
  printf("\n%sPer exercise of %s, %s to %s%s\n%s  %-32s  done   due  adherence%s\n",
         cli_bold(c), x->routine, from, to, cli_reset(c), cli_bold(c), "exercise", cli_reset(c));
  for (size_t i = 0; i < x->count; i++) {
    const cli_exercise_adherence *e = &x->items[i];
    printf("  ");
    cli_print_padded(stdout, e->name, 32);
    printf("  %4lld  %4lld  ", (long long)e->done, (long long)e->due);
    if (e->percent >= 0) printf("%8d%%\n", (int)e->percent);
    else printf("%9s\n", "-");
  }
}

static void print_exercises_json(const cli_stats_exercises *x) {
  printf(",\n \"routine\": ");
  if (x->routine[0]) cli_json_string(stdout, x->routine);
  else printf("null");
  printf(",\n \"exercises\": ");
  if (!x->have_schedule) {
    printf("null");
    return;
  }
  printf("[");
  for (size_t i = 0; i < x->count; i++) {
    const cli_exercise_adherence *e = &x->items[i];
    printf("%s\n  {\"exercise\": ", i ? "," : "");
    cli_json_string(stdout, e->id);
    printf(", \"due\": %lld, \"done\": %lld, \"percent\": ", (long long)e->due,
           (long long)e->done);
    if (e->percent >= 0) printf("%d}", (int)e->percent);
    else printf("null}");
  }
  printf("]");
}

static void print_json(const brf_journal *j, const size_t *order, const int32_t *wk,
                       const int64_t res[][3], int have_schedule) {
  size_t n = brf_journal_count(j);
  char d[16];
  printf("{\"format\": \"backrelief-stats\", \"format_version\": 1, \"sessions\": %zu,\n"
         " \"weeks\": [", n);
  for (int w = 0; w < STATS_WEEKS; w++) {
    brf_date_format(wk[w], d, sizeof d, NULL);
    printf("%s\n  {\"week\": \"%s\", \"done\": %lld, ", w ? "," : "", d, (long long)res[w][1]);
    if (have_schedule) printf("\"prescribed\": %lld, ", (long long)res[w][0]);
    else printf("\"prescribed\": null, ");
    if (res[w][2] >= 0) printf("\"percent\": %lld}", (long long)res[w][2]);
    else printf("\"percent\": null}");
  }
  printf("],\n \"pain\": [");
  for (size_t o = 0; o < n; o++) {
    size_t i = order[o];
    brf_date_format(brf_journal_entry_day(j, i), d, sizeof d, NULL);
    int32_t b = brf_journal_entry_pain(j, i, BRF_JOURNAL_BEFORE);
    int32_t a = brf_journal_entry_pain(j, i, BRF_JOURNAL_AFTER);
    printf("%s\n  {\"date\": \"%s\", \"routine\": ", o ? "," : "", d);
    cli_json_string(stdout, brf_journal_entry_routine(j, i));
    printf(", \"before\": ");
    if (b < 0) printf("null"); else printf("%d", (int)b);
    printf(", \"after\": ");
    if (a < 0) printf("null"); else printf("%d", (int)a);
    printf("}");
  }
  printf("],\n \"trend\": \"%s\"", trend(j, order, n));
}

int cmd_stats(cli *c, int argc, char **argv) {
  enum { OPT_UNTIL = CLI_OPT_BASE + 1, OPT_ROUTINE };
  static const struct option opts[] = {{"until", required_argument, NULL, OPT_UNTIL},
                                       {"routine", required_argument, NULL, OPT_ROUTINE},
                                       {NULL, 0, NULL, 0}};
  const char *routine = NULL;
  int32_t until = today(c);
  int opt, rc;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == OPT_UNTIL && (rc = parse_day(c, optarg, &until)) != 0) return rc;
    if (opt == OPT_ROUTINE) routine = optarg;
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  char path[4200];
  brf_journal *j = NULL;
  int32_t *days = NULL;
  size_t ndays = 0;
  rc = cli_journal_path(c, path, sizeof path, 0);
  if (rc == 0) rc = cli_journal_open(c, path, 0, &j);
  if (rc == 0) rc = schedule_days(c, &days, &ndays);
  if (rc) {
    brf_journal_free(j);
    return rc;
  }
  int32_t wk[STATS_WEEKS];
  int64_t res[STATS_WEEKS][3]; /* prescribed, done, percent */
  for (int w = 0; w < STATS_WEEKS && rc == 0; w++) {
    wk[w] = brf_journal_week_start(until) - 7 * (STATS_WEEKS - 1 - w);
    int32_t pct = BRF_JOURNAL_UNSET;
    brf_status s = ndays ? brf_journal_adherence_week(j, days, ndays, wk[w], &res[w][0],
                                                      &res[w][1], &pct)
                         : brf_journal_adherence(j, wk[w], wk[w] + 6, 0, &res[w][1], &pct);
    if (!ndays) res[w][0] = 0;
    res[w][2] = pct;
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  cli_stats_exercises ex;
  memset(&ex, 0, sizeof ex);
  if (rc == 0) rc = cli_stats_exercises_compute(c, j, routine, wk[0], until, &ex);
  size_t n = brf_journal_count(j);
  size_t *order = rc == 0 ? malloc((n ? n : 1) * sizeof *order) : NULL;
  if (rc == 0 && !order) rc = cli_fail(c, BRF_E_NOMEM, NULL);
  if (rc == 0) {
    for (size_t i = 0; i < n; i++) order[i] = i;
    sort_journal = j;
    qsort(order, n, sizeof *order, by_date);
    if (c->json) {
      print_json(j, order, wk, (const int64_t(*)[3])res, ndays > 0);
      print_exercises_json(&ex);
      printf("}\n");
    } else {
      print_text(c, j, order, wk, (const int64_t(*)[3])res, ndays > 0);
      print_exercises_text(c, &ex);
    }
  }
  free(ex.items);
  free(order);
  free(days);
  brf_journal_free(j);
  return rc;
}
