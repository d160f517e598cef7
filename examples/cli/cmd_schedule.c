/* schedule: lay a routine out over weeks as a programme (brf_schedule_add_programme:
 * each step at its own frequency), after leg days when given; a calendar in
 * the terminal with the exercises of each day, the schedule format with
 * --json, iCalendar with --ics. The schedule is also kept as
 * DATA/schedule.json, the prescription `stats` measures against (not for a
 * --json preview without --save). --frequency lays the whole routine out at
 * one frequency, as before programmes. */
#include "store.h"
#include "journal_store.h"
#include "routine_ref.h"

#include <stdlib.h>
#include <string.h>

/* The frequency part of a dose's text ("daily", "3x/week", "every other
 * day", "2x/day"), copied into @p out; 0 when found. */
static int frequency_of(const char *dose, char *out, size_t cap) {
  char text[256];
  snprintf(text, sizeof text, "%s", dose);
  for (char *part = strtok(text, ","); part; part = strtok(NULL, ",")) {
    while (*part == ' ') part++;
    if (strcmp(part, "daily") == 0 || strstr(part, "/week") || strstr(part, "/day") ||
        strncmp(part, "every ", 6) == 0) {
      snprintf(out, cap, "%s", part);
      return 0;
    }
  }
  return -1;
}

/* The programme's rhythm: the one frequency its steps give, or "programme"
 * when they give several. */
static void rhythm_of(const brf_routine *r, char *out, size_t cap) {
  char dose[256], f[128];
  out[0] = '\0';
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    const brf_dosage *d = brf_routine_step_dose(r, i);
    if (!d || brf_dosage_format(d, dose, sizeof dose, NULL) != BRF_OK ||
        frequency_of(dose, f, sizeof f) != 0)
      continue;
    if (!out[0]) snprintf(out, cap, "%s", f);
    else if (strcmp(out, f) != 0) {
      snprintf(out, cap, "programme");
      return;
    }
  }
}

/* Per week, per day: the time(s) and the exercises of each session; the
 * sessions of a day with the same exercises share one line. */
static void print_exercises(cli *c, const brf_schedule *s) {
  size_t n = brf_schedule_session_count(s);
  char d[16], t[8];
  int32_t week = INT32_MIN;
  for (size_t i = 0; i < n; i++) {
    int32_t day = brf_schedule_session_date(s, i);
    int32_t wk = brf_schedule_start_day(s) + (day - brf_schedule_start_day(s)) / 7 * 7;
    size_t first_of_day = i;
    while (first_of_day > 0 && brf_schedule_session_date(s, first_of_day - 1) == day) first_of_day--;
    /* skip a session whose step set an earlier session of the day printed */
    int seen = 0;
    for (size_t j = first_of_day; j < i && !seen; j++) {
      size_t k = brf_schedule_session_step_count(s, j);
      if (k != brf_schedule_session_step_count(s, i) || brf_schedule_session_item(s, j) != brf_schedule_session_item(s, i)) continue;
      seen = 1;
      for (size_t m = 0; m < k; m++)
        if (brf_schedule_session_step(s, j, m) != brf_schedule_session_step(s, i, m)) seen = 0;
    }
    if (seen) continue;
    if (wk != week) {
      week = wk;
      brf_date_format(wk, d, sizeof d, NULL);
      printf("\n%sWeek of %s%s\n", cli_bold(c), d, cli_reset(c));
    }
    brf_date_format(day, d, sizeof d, NULL);
    char wd[16];
    brf_weekdays_format(BRF_WEEKDAY_BIT(brf_date_weekday(day)), wd, sizeof wd, NULL);
    printf("  %s %s ", wd, d + 5);
    /* every time of the day with this step set */
    for (size_t j = i; j < n && brf_schedule_session_date(s, j) == day; j++) {
      size_t k = brf_schedule_session_step_count(s, j);
      int same = k == brf_schedule_session_step_count(s, i) &&
                 brf_schedule_session_item(s, j) == brf_schedule_session_item(s, i);
      for (size_t m = 0; same && m < k; m++)
        if (brf_schedule_session_step(s, j, m) != brf_schedule_session_step(s, i, m)) same = 0;
      if (!same) continue;
      brf_time_format(brf_schedule_session_time(s, j), t, sizeof t, NULL);
      printf(" %s", t);
    }
    const brf_routine *r = brf_schedule_item_routine(s, brf_schedule_session_item(s, i));
    printf(" ");
    for (size_t m = 0; m < brf_schedule_session_step_count(s, i); m++)
      printf("%s%s", m ? ", " : " ", brf_routine_step_name(r, brf_schedule_session_step(s, i, m)));
    printf("\n");
  }
}

/* Weeks as rows, Monday to Sunday as columns; '*' marks a session day
 * (the number of sessions when more than one), '.' the schedule's other
 * days. */
static void print_calendar(cli *c, const brf_schedule *s) {
  int32_t start = brf_schedule_start_day(s);
  int32_t end = start + 7 * brf_schedule_weeks(s); /* exclusive */
  int32_t first = brf_journal_week_start(start); /* the Monday of its week */
  size_t n = brf_schedule_session_count(s), k = 0;
  char d[16];
  printf("%sWeek of       Mon Tue Wed Thu Fri Sat Sun%s\n", cli_bold(c), cli_reset(c));
  for (int32_t wk = first; wk < end; wk += 7) {
    brf_date_format(wk, d, sizeof d, NULL);
    printf("%-12s ", d);
    for (int32_t day = wk; day < wk + 7; day++) {
      int count = 0;
      while (k < n && brf_schedule_session_date(s, k) == day) {
        count++;
        k++;
      }
      if (day < start || day >= end) printf("    ");
      else if (count == 0) printf("   %s.%s", cli_dim(c), cli_reset(c));
      else if (count == 1) printf("   %s*%s", cli_green(c), cli_reset(c));
      else printf("  %s%2d%s", cli_green(c), count, cli_reset(c));
    }
    printf("\n");
  }
}

static int save_outputs(cli *c, const brf_schedule *s, const char *ics, int save) {
  char *text = NULL, dir[4096], path[4200];
  size_t len = 0;
  brf_status st = brf_schedule_to_json(c->ctx, s, &text, &len);
  if (st != BRF_OK) return cli_fail(c, st, NULL);
  int rc = 0;
  if (save) {
    rc = cli_ensure_data_dir(c, dir, sizeof dir);
    snprintf(path, sizeof path, "%s/schedule.json", dir);
    if (rc == 0) rc = cli_write_data_file(c, path, text, len, CLI_MODE_SHARED);
  }
  if (rc == 0 && c->json) fwrite(text, 1, len, stdout);
  brf_free(c->ctx, text);
  text = NULL;
  if (rc == 0 && ics) {
    st = brf_schedule_to_ical(c->ctx, s, 0, &text, &len);
    if (st != BRF_OK) return cli_fail(c, st, NULL);
    rc = cli_write_output(ics, text, len);
    if (rc == 0 && strcmp(ics, "-") != 0)
      fprintf(c->json ? stderr : stdout, "Wrote the calendar to %s\n", ics);
    brf_free(c->ctx, text);
  }
  return rc;
}

typedef struct sched_opts {
  int32_t start, weeks, time, onset_day, onset_minute;
  uint32_t legs;
  int64_t remind_ms;
} sched_opts;

/* Whether a step's frequency is an interval under a day or a window (a cold
 * pack): it keeps its own rhythm even after leg days. */
static int own_rhythm(const brf_dosage *d) {
  int64_t lo = 0, hi = 0;
  if (!d) return 0;
  if (brf_dosage_get(d, BRF_DOSE_WINDOW_MS, &lo, &hi) == BRF_OK) return 1;
  return brf_dosage_get(d, BRF_DOSE_INTERVAL_MS, &lo, &hi) == BRF_OK && hi < 24LL * 3600 * 1000;
}

static int build(cli *c, const brf_routine *r, const sched_opts *o, const char *freq,
                 brf_schedule **out) {
  brf_schedule *s = NULL;
  size_t item = 0;
  brf_status st = brf_schedule_new(c->ctx, o->start, o->weeks, &s);
  if (st == BRF_OK && freq) {
    /* --frequency: the whole routine at one frequency (before programmes) */
    st = brf_schedule_add_routine(s, r, NULL, &item);
    if (st == BRF_OK) st = brf_schedule_item_set_frequency_text(s, item, freq, strlen(freq));
    if (st == BRF_OK && o->legs) st = brf_schedule_item_set_after_weekdays(s, item, o->legs);
  } else if (st == BRF_OK) {
    st = brf_schedule_add_programme(s, r, &item);
    /* --leg-days: every step follows the leg days but those with their own
     * rhythm after an onset or within a day (a cold pack) */
    for (size_t k = 0; st == BRF_OK && o->legs && k < brf_routine_step_count(r); k++)
      if (!own_rhythm(brf_routine_step_dose(r, k)))
        st = brf_schedule_step_set_after_weekdays(s, item, k, o->legs);
    if (st == BRF_OK)
      st = brf_schedule_item_set_window(s, item, o->onset_day, o->onset_minute, -1);
  }
  if (st == BRF_OK)
    st = brf_schedule_item_set_times(s, item, o->time, o->time > 20 * 60 ? o->time : 20 * 60);
  if (st == BRF_OK) st = brf_schedule_set_reminder_ms(s, o->remind_ms);
  if (st == BRF_OK) st = brf_schedule_generate(s);
  if (st != BRF_OK) {
    brf_schedule_free(s);
    /* a rhythm the schedule cannot hold is bad input (exit 65), as a bad frequency */
    if (st == BRF_E_STATE) {
      cli_error("%s [%s]", brf_context_errmsg(c->ctx), brf_status_name(st));
      brf_context_clear_error(c->ctx);
      return CLI_EXIT_DATA;
    }
    return cli_fail(c, st, NULL);
  }
  *out = s;
  return 0;
}

int cmd_schedule(cli *c, int argc, char **argv) {
  enum { OPT_START = CLI_OPT_BASE + 1, OPT_WEEKS, OPT_LEGS, OPT_ICS, OPT_FREQ, OPT_TIME,
         OPT_REMIND, OPT_ONSET, OPT_SAVE };
  static const struct option opts[] = {{"start", required_argument, NULL, OPT_START},
                                       {"weeks", required_argument, NULL, OPT_WEEKS},
                                       {"leg-days", required_argument, NULL, OPT_LEGS},
                                       {"ics", required_argument, NULL, OPT_ICS},
                                       {"frequency", required_argument, NULL, OPT_FREQ},
                                       {"time", required_argument, NULL, OPT_TIME},
                                       {"remind", required_argument, NULL, OPT_REMIND},
                                       {"onset", required_argument, NULL, OPT_ONSET},
                                       {"save", no_argument, NULL, OPT_SAVE},
                                       {NULL, 0, NULL, 0}};
  const char *start_text = NULL, *ics = NULL, *freq_opt = NULL, *onset_text = NULL;
  int32_t start = 0, weeks = 0, time = 8 * 60;
  int64_t remind_ms = -1;
  int save = 0;
  uint32_t legs = 0;
  int opt;
  brf_status st;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    switch (opt) {
    case CLI_OPT_EXIT: return c->exit_code;
    case OPT_START:
      start_text = optarg;
      if ((st = brf_date_parse(c->ctx, optarg, strlen(optarg), &start)) == BRF_E_UNSUPPORTED)
        return cli_unsupported(c, "the calendar module", "BRF_WITH_CALENDAR");
      if (st != BRF_OK) return cli_bad_value(c, st, "--start", optarg);
      break;
    case OPT_WEEKS: {
      char *end;
      long w = strtol(optarg, &end, 10);
      if (*end || end == optarg || w < 1 || w > BRF_SCHEDULE_WEEKS_MAX)
        return cli_usage_error(c, "--weeks: '%s' is not a number of weeks from 1 to %d", optarg,
                               BRF_SCHEDULE_WEEKS_MAX);
      weeks = (int32_t)w;
      break;
    }
    case OPT_LEGS:
      if ((st = brf_weekdays_parse(c->ctx, optarg, strlen(optarg), &legs)) == BRF_E_UNSUPPORTED)
        return cli_unsupported(c, "the calendar module", "BRF_WITH_CALENDAR");
      if (st != BRF_OK)
        return cli_usage_error(c, "--leg-days: '%s' is not weekdays such as mon,thu", optarg);
      break;
    case OPT_ICS: ics = optarg; break;
    case OPT_FREQ: freq_opt = optarg; break;
    case OPT_SAVE: save = 1; break;
    case OPT_ONSET: onset_text = optarg; break;
    case OPT_TIME:
      if (brf_time_parse(c->ctx, optarg, strlen(optarg), &time) != BRF_OK)
        return cli_usage_error(c, "--time: '%s' is not a time HH:MM", optarg);
      break;
    case OPT_REMIND: {
      char *end;
      long m = strtol(optarg, &end, 10);
      if (*end || end == optarg || m < 0 || m > 24 * 60)
        return cli_usage_error(c, "--remind: '%s' is not minutes from 0 to 1440", optarg);
      remind_ms = (int64_t)m * 60000;
      break;
    }
    default: return cli_usage_error(c, "unexpected option");
    }
  }
  if (optind >= argc) return cli_usage_error(c, "schedule needs a routine (a file or a saved name)");
  if (optind + 1 < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind + 1]);
  if (!start_text || !weeks) return cli_usage_error(c, "schedule needs --start YYYY-MM-DD and --weeks N");
  if (ics && strcmp(ics, "-") == 0 && c->json)
    return cli_usage_error(c, "--ics - and --json both want standard output");
  const char *file = argv[optind];
  brf_routine *r = NULL;
  brf_schedule *s = NULL;
  char freq[128] = "";
  sched_opts o = {start, weeks, time, start, time, legs, remind_ms};
  if (onset_text) {
    size_t dl = strcspn(onset_text, "T");
    if (brf_date_parse(c->ctx, onset_text, dl, &o.onset_day) != BRF_OK ||
        (onset_text[dl] && brf_time_parse(c->ctx, onset_text + dl + 1,
                                          strlen(onset_text + dl + 1), &o.onset_minute) != BRF_OK))
      return cli_usage_error(c, "--onset: '%s' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM", onset_text);
    if (!onset_text[dl]) o.onset_minute = 0;
  }
  int rc = cli_routine_load(c, file, &r, NULL, 0);
  if (rc) return rc;
  if (freq_opt) snprintf(freq, sizeof freq, "%s", freq_opt);
  else rhythm_of(r, freq, sizeof freq);
  rc = build(c, r, &o, freq_opt, &s);
  /* --ics -: the iCalendar alone on standard output. */
  int ics_out = ics && strcmp(ics, "-") == 0;
  if (rc == 0 && !c->json && !ics_out) {
    char legs_text[64] = "";
    if (legs) brf_weekdays_format(legs, legs_text, sizeof legs_text, NULL);
    printf("%s%s%s: %s%s, %zu %s over %d %s\n\n", cli_bold(c),
           brf_routine_name(r)[0] ? brf_routine_name(r) : file, cli_reset(c),
           legs ? "the day after leg days " : freq[0] ? freq : "daily", legs ? legs_text : "",
           brf_schedule_session_count(s),
           brf_schedule_session_count(s) == 1 ? "session" : "sessions", (int)weeks,
           weeks == 1 ? "week" : "weeks");
    print_calendar(c, s);
    if (!freq_opt) print_exercises(c, s);
  }
  /* a --json preview keeps the saved schedule unless --save says otherwise */
  if (rc == 0) rc = save_outputs(c, s, ics, save || !c->json);
  brf_schedule_free(s);
  brf_routine_free(r);
  return rc;
}
