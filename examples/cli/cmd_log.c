/* log: record a session in the journal (DATA/journal.jsonl), or list it. */
#include "journal_file.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SCALES 4
static const char *const scale_option[SCALES] = {"--pain-before", "--pain-after",
                                                  "--tightness-before", "--tightness-after"};
static const char *const scale_key[SCALES] = {"pain_before", "pain_after", "tightness_before",
                                              "tightness_after"};
static const char *const scale_question[SCALES] = {
    "Pain before the session (0 none .. 10 worst)", "Pain right after (0..10)",
    "Tightness before the session (0 none .. 10 worst)", "Tightness right after (0..10)"};

static int parse_scale(const char *text, int *out) {
  char *end;
  long v = strtol(text, &end, 10);
  while (*end == ' ' || *end == '\n') end++;
  if (end == text || *end || v < 0 || v > 10) return -1;
  *out = (int)v;
  return 0;
}

static int ask_scale(int k, int *out) {
  char line[64];
  for (;;) {
    printf("%s: ", scale_question[k]);
    fflush(stdout);
    if (!fgets(line, sizeof line, stdin)) return -1;
    if (parse_scale(line, out) == 0) return 0;
    printf("Please give a whole number from 0 to 10.\n");
  }
}

static int today(cli *c, char *buf, size_t cap, char *hm, size_t hm_cap) {
  time_t now = time(NULL);
  struct tm tm;
  int32_t day = 0;
  if (!localtime_r(&now, &tm)) return -1;
  if (brf_date_from_ymd(c->ctx, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &day) != BRF_OK ||
      brf_date_format(day, buf, cap, NULL) != BRF_OK)
    return -1;
  snprintf(hm, hm_cap, "%02d:%02d", tm.tm_hour, tm.tm_min);
  return 0;
}

static int journal_path(cli *c, char *path, size_t cap, int create) {
  char dir[4096];
  int rc = create ? cli_ensure_data_dir(c, dir, sizeof dir) : cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  snprintf(path, cap, "%s/journal.jsonl", dir);
  return 0;
}

/* ---- log --list ---- */

typedef struct lister {
  cli *c;
  const char *path;
  size_t entries;
} lister;

static int list_line(void *user, const char *line, size_t len, size_t line_no, int last) {
  lister *l = user;
  cli_flat_field f[16];
  size_t n = 0;
  if (cli_flat_json_parse(line, len, f, 16, &n) != 0 || !cli_flat_find(f, n, "date")) {
    fprintf(stderr,
            "backrelief: %s:%zu:1: %s entry is not complete (the program was stopped while "
            "writing it); it is ignored [%s]\n",
            l->path, line_no, last ? "the last" : "an", brf_status_name(BRF_E_PARSE));
    return 1;
  }
  if (l->c->json) {
    printf("%s\n  %s", l->entries ? "," : "", line);
  } else {
    const char *keys[] = {"date", "routine", "completed", "pain_before", "pain_after",
                          "tightness_before", "tightness_after", "note"};
    const size_t widths[] = {12, 22, 10, 5, 5, 5, 5, 0};
    for (size_t k = 0; k < 8; k++) {
      const cli_flat_field *v = cli_flat_find(f, n, keys[k]);
      const char *s = v ? v->value : "-";
      if (widths[k])
        cli_print_padded(stdout, s, widths[k]);
      else
        printf("%s", s);
    }
    printf("\n");
  }
  l->entries++;
  return 0;
}

static int list_journal(cli *c) {
  char path[4200];
  int rc = journal_path(c, path, sizeof path, 0);
  if (rc) return rc;
  lister l = {c, path, 0};
  size_t torn = 0;
  if (c->json) printf("[");
  else printf("%sDATE        ROUTINE               DONE      PAIN      TIGHT     NOTE%s\n"
              "%s                                            bef  aft  bef  aft%s\n",
              cli_bold(c), cli_reset(c), cli_dim(c), cli_reset(c));
  rc = cli_journal_read(path, list_line, &l, &torn);
  if (c->json) printf("%s]\n", l.entries ? "\n" : "");
  return rc;
}

/* ---- log (record) ---- */

static int record(cli *c, const char *routine, const char *completed, const char *date,
                  const char *note, int scale[SCALES]) {
  char day[16] = "", hm[8] = "", path[4200];
  if (date) {
    int32_t d;
    brf_status s = brf_date_parse(c->ctx, date, strlen(date), &d);
    if (s != BRF_OK) return cli_fail(c, s, "--date");
    snprintf(day, sizeof day, "%s", date);
  } else if (today(c, day, sizeof day, hm, sizeof hm) != 0) {
    cli_error("cannot read today's date; pass --date YYYY-MM-DD");
    return CLI_EXIT_USAGE;
  }
  char *line = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&line, &len);
  if (!f) return cli_fail(c, BRF_E_NOMEM, NULL);
  fprintf(f, "{\"date\": \"%s\"", day);
  if (hm[0]) fprintf(f, ", \"time\": \"%s\"", hm);
  fprintf(f, ", \"routine\": ");
  cli_json_string(f, routine);
  fprintf(f, ", \"completed\": \"%s\"", completed);
  for (int k = 0; k < SCALES; k++) fprintf(f, ", \"%s\": %d", scale_key[k], scale[k]);
  if (note) {
    fprintf(f, ", \"note\": ");
    cli_json_string(f, note);
  }
  fprintf(f, "}\n");
  fclose(f);
  int rc = journal_path(c, path, sizeof path, 1);
  if (rc == 0) rc = cli_journal_append(path, line, len);
  if (rc == 0) printf("Recorded %s in %s\n", day, path);
  free(line);
  return rc;
}

int cmd_log(cli *c, int argc, char **argv) {
  enum { OPT_ROUTINE = CLI_OPT_BASE + 1, OPT_COMPLETED, OPT_DATE, OPT_NOTE, OPT_LIST,
         OPT_SCALE /* + k */ };
  static const struct option opts[] = {
      {"routine", required_argument, NULL, OPT_ROUTINE},
      {"completed", required_argument, NULL, OPT_COMPLETED},
      {"date", required_argument, NULL, OPT_DATE},
      {"note", required_argument, NULL, OPT_NOTE},
      {"list", no_argument, NULL, OPT_LIST},
      {"pain-before", required_argument, NULL, OPT_SCALE + 0},
      {"pain-after", required_argument, NULL, OPT_SCALE + 1},
      {"tightness-before", required_argument, NULL, OPT_SCALE + 2},
      {"tightness-after", required_argument, NULL, OPT_SCALE + 3},
      {NULL, 0, NULL, 0}};
  const char *routine = NULL, *completed = "all", *date = NULL, *note = NULL;
  int scale[SCALES] = {-1, -1, -1, -1};
  int list = 0, opt;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    switch (opt) {
    case CLI_OPT_EXIT: return c->exit_code;
    case OPT_ROUTINE: routine = optarg; break;
    case OPT_DATE: date = optarg; break;
    case OPT_NOTE: note = optarg; break;
    case OPT_LIST: list = 1; break;
    case OPT_COMPLETED:
      if (strcmp(optarg, "all") && strcmp(optarg, "partial") && strcmp(optarg, "skipped"))
        return cli_usage_error(c, "--completed: '%s' is not all, partial or skipped", optarg);
      completed = optarg;
      break;
    default:
      if (opt >= OPT_SCALE && opt < OPT_SCALE + SCALES) {
        int k = opt - OPT_SCALE;
        if (parse_scale(optarg, &scale[k]) != 0)
          return cli_usage_error(c, "%s: '%s' is not a whole number from 0 to 10",
                                 scale_option[k], optarg);
        break;
      }
      return cli_usage_error(c, "unexpected option");
    }
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  if (list) return list_journal(c);
  if (c->json) return cli_usage_error(c, "--json goes with --list");

  int interactive = isatty(STDIN_FILENO);
  char routine_buf[256];
  if (!routine && interactive) {
    printf("Routine (a file or a name): ");
    fflush(stdout);
    if (fgets(routine_buf, sizeof routine_buf, stdin)) {
      routine_buf[strcspn(routine_buf, "\n")] = '\0';
      if (routine_buf[0]) routine = routine_buf;
    }
  }
  if (!routine) return cli_usage_error(c, "log needs --routine FILE");
  for (int k = 0; k < SCALES; k++) {
    if (scale[k] >= 0) continue;
    if (!interactive) return cli_usage_error(c, "log needs %s N (0 to 10)", scale_option[k]);
    if (ask_scale(k, &scale[k]) != 0) return cli_usage_error(c, "no answer for %s", scale_option[k]);
  }
  return record(c, routine, completed, date, note, scale);
}
