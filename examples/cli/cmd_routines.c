/* routines: the saved routines (DATA/routines/NAME.json, written by
 * `plan --save NAME`): the name to use with run, schedule, log and next, the
 * goal the routine keeps (brf_routine_goal_get), the time it takes and the
 * day it was last done according to the journal. */
#include "journal_store.h"
#include "routine_ref.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SAVED 256

typedef struct saved {
  char stem[128];
  char name[128];
  char goal[32];
  int64_t min_ms, max_ms;
  int32_t last; /* BRF_JOURNAL_UNSET when never done */
  int ok;       /* the file loaded */
} saved;

static int by_stem(const void *a, const void *b) {
  return strcmp(((const saved *)a)->stem, ((const saved *)b)->stem);
}

/* The id of the goal the routine keeps, or "-". A file saved before the
 * routine format had a `goal` has none: its name, when it is a goal id (what
 * `plan` named a plan saved without a name), still tells it. */
static void goal_of(const brf_routine *r, char *out, size_t cap) {
  int32_t g = -1;
  const char *name = brf_routine_name(r);
  if (brf_routine_goal_get(r, &g) != BRF_OK || g < 0)
    if (brf_goal_from_id(name, strlen(name), &g) != BRF_OK) g = -1;
  snprintf(out, cap, "%s", g >= 0 && brf_goal_id(g) ? brf_goal_id(g) : "-");
}

static size_t load_all(cli *c, saved *list, size_t cap) {
  char dir[4200], path[4600];
  size_t n = 0;
  if (cli_routines_dir(c, dir, sizeof dir, 0) != 0) return 0;
  DIR *d = opendir(dir);
  if (!d) return 0;
  struct dirent *e;
  while (n < cap && (e = readdir(d)) != NULL) {
    size_t len = strlen(e->d_name);
    if (len < 6 || e->d_name[0] == '.' || strcmp(e->d_name + len - 5, ".json") != 0) continue;
    if (len - 5 >= sizeof list[n].stem) continue;
    saved *s = &list[n++];
    memset(s, 0, sizeof *s);
    memcpy(s->stem, e->d_name, len - 5);
    s->last = BRF_JOURNAL_UNSET;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    brf_routine *r = NULL;
    if (cli_routine_load(c, path, &r, NULL, 0) == 0) {
      s->ok = 1;
      snprintf(s->name, sizeof s->name, "%s", brf_routine_name(r));
      brf_routine_estimate_ms(r, &s->min_ms, &s->max_ms);
      goal_of(r, s->goal, sizeof s->goal);
    }
    brf_routine_free(r);
  }
  closedir(d);
  qsort(list, n, sizeof *list, by_stem);
  return n;
}

static void minutes_text(const saved *s, char *buf, size_t cap) {
  long lo = (long)((s->min_ms + 59999) / 60000), hi = (long)((s->max_ms + 59999) / 60000);
  if (lo == hi) snprintf(buf, cap, "%ld", hi);
  else snprintf(buf, cap, "%ld-%ld", lo, hi);
}

int cmd_routines(cli *c, int argc, char **argv) {
  if (cli_common_options_only(c, argc, argv) != 0) return c->exit_code;
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  static saved list[MAX_SAVED];
  size_t n = load_all(c, list, MAX_SAVED);
  char path[4200];
  brf_journal *j = NULL;
  int rc = cli_journal_path(c, path, sizeof path, 0);
  if (rc == 0) rc = cli_journal_open(c, path, 0, &j);
  for (size_t k = 0; j && k < brf_journal_count(j); k++) {
    const char *name = brf_journal_entry_routine(j, k);
    int32_t day = brf_journal_entry_day(j, k);
    for (size_t i = 0; i < n; i++)
      if (list[i].ok && strcmp(list[i].name, name) == 0 && day > list[i].last) list[i].last = day;
  }
  brf_journal_free(j);
  char mins[48], day[16];
  if (c->json) printf("[");
  else if (n)
    printf("%sNAME                  GOAL               MINUTES  LAST DONE   ROUTINE%s\n",
           cli_bold(c), cli_reset(c));
  for (size_t i = 0; i < n; i++) {
    const saved *s = &list[i];
    minutes_text(s, mins, sizeof mins);
    if (s->last != BRF_JOURNAL_UNSET) brf_date_format(s->last, day, sizeof day, NULL);
    else snprintf(day, sizeof day, "-");
    if (c->json) {
      printf("%s\n  {\"name\": ", i ? "," : "");
      cli_json_string(stdout, s->stem);
      printf(", \"routine\": ");
      if (s->ok) cli_json_string(stdout, s->name);
      else printf("null");
      printf(", \"goal\": ");
      if (s->ok && strcmp(s->goal, "-") != 0) cli_json_string(stdout, s->goal);
      else printf("null");
      if (s->ok) printf(", \"min_ms\": %lld, \"max_ms\": %lld", (long long)s->min_ms,
                        (long long)s->max_ms);
      else printf(", \"min_ms\": null, \"max_ms\": null");
      printf(", \"last_done\": ");
      if (s->last != BRF_JOURNAL_UNSET) cli_json_string(stdout, day);
      else printf("null");
      printf("}");
      continue;
    }
    cli_print_padded(stdout, s->stem, 22);
    if (!s->ok) {
      printf("(cannot be read: backrelief run %s says why)\n", s->stem);
      continue;
    }
    cli_print_padded(stdout, s->goal, 19);
    printf("%7s  ", mins);
    cli_print_padded(stdout, day, 12);
    printf("%s\n", strcmp(s->name, s->stem) == 0 ? "" : s->name);
  }
  if (c->json) printf("%s]\n", n ? "\n" : "");
  else if (n == 0)
    printf("No saved routines yet: backrelief plan --goal G --minutes N --save NAME keeps one.\n");
  return rc;
}
