/* schedule: lay a routine out over weeks (brf_schedule) at the routine's
 * frequency, after leg days when given; a calendar in the terminal, the
 * schedule format with --json, iCalendar with --ics. The schedule is also
 * kept as DATA/schedule.json, the prescription `stats` measures against. */
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

/* The routine's frequency: that of its first step whose dose gives one. */
static int routine_frequency(const brf_routine *r, char *out, size_t cap) {
  char dose[256];
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    const brf_dosage *d = brf_routine_step_dose(r, i);
    if (d && brf_dosage_format(d, dose, sizeof dose, NULL) == BRF_OK &&
        frequency_of(dose, out, cap) == 0)
      return 0;
  }
  return -1;
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

static int save_outputs(cli *c, const brf_schedule *s, const char *ics) {
  char *text = NULL, dir[4096], path[4200];
  size_t len = 0;
  brf_status st = brf_schedule_to_json(c->ctx, s, &text, &len);
  if (st != BRF_OK) return cli_fail(c, st, NULL);
  int rc = cli_ensure_data_dir(c, dir, sizeof dir);
  snprintf(path, sizeof path, "%s/schedule.json", dir);
  if (rc == 0) rc = cli_write_data_file(c, path, text, len, CLI_MODE_SHARED);
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

static int build(cli *c, const brf_routine *r, int32_t start, int32_t weeks, uint32_t legs,
                 const char *freq, brf_schedule **out) {
  brf_schedule *s = NULL;
  size_t item = 0;
  brf_status st = brf_schedule_new(c->ctx, start, weeks, &s);
  if (st == BRF_OK) st = brf_schedule_add_routine(s, r, NULL, &item);
  if (st == BRF_OK && freq[0]) st = brf_schedule_item_set_frequency_text(s, item, freq, strlen(freq));
  if (st == BRF_OK && legs) st = brf_schedule_item_set_after_weekdays(s, item, legs);
  if (st == BRF_OK) st = brf_schedule_generate(s);
  if (st != BRF_OK) {
    brf_schedule_free(s);
    return cli_fail(c, st, NULL);
  }
  *out = s;
  return 0;
}

int cmd_schedule(cli *c, int argc, char **argv) {
  enum { OPT_START = CLI_OPT_BASE + 1, OPT_WEEKS, OPT_LEGS, OPT_ICS, OPT_FREQ };
  static const struct option opts[] = {{"start", required_argument, NULL, OPT_START},
                                       {"weeks", required_argument, NULL, OPT_WEEKS},
                                       {"leg-days", required_argument, NULL, OPT_LEGS},
                                       {"ics", required_argument, NULL, OPT_ICS},
                                       {"frequency", required_argument, NULL, OPT_FREQ},
                                       {NULL, 0, NULL, 0}};
  const char *start_text = NULL, *ics = NULL, *freq_opt = NULL;
  int32_t start = 0, weeks = 0;
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
  int rc = cli_routine_load(c, file, &r, NULL, 0);
  if (rc) return rc;
  if (freq_opt) snprintf(freq, sizeof freq, "%s", freq_opt);
  else if (routine_frequency(r, freq, sizeof freq) != 0) freq[0] = '\0';
  rc = build(c, r, start, weeks, legs, freq, &s);
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
  }
  if (rc == 0) rc = save_outputs(c, s, ics);
  brf_schedule_free(s);
  brf_routine_free(r);
  return rc;
}
