/* doctor: check the data folder, list what is damaged, and (with --reject)
 * move the journal's damaged lines to journal.jsonl.rejected.
 *
 * Nothing is ever deleted: a rejected line is appended (and synced) to the
 * .rejected file before the journal is rewritten without it, under the
 * exclusive lock, so a crash in between leaves it in both places, never in
 * neither. Lines from a newer version are not damage: they stay. */
#include "journal_file.h"
#include "journal_store.h"
#include "store.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A data file that must hold one JSON document: 0 good (or missing), 1 bad. */
static int check_json_file(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return 0;
  if (S_ISLNK(st.st_mode)) {
    printf("%s: a symbolic link: backrelief does not follow links in its data folder\n", path);
    return 1;
  }
  char *text = NULL;
  size_t len = 0;
  if (cli_read_data_file(path, &text, &len) != 0) return 1;
  int scan = cli_json_scan(text, len);
  free(text);
  if (scan == CLI_JSON_COMPLETE) return 0;
  printf("%s: %s\n", path, scan == CLI_JSON_PREFIX ? "cut short: not a whole JSON document"
                                                  : "not valid JSON");
  return 1;
}

static int count_temps(const char *dir) {
  DIR *d = opendir(dir);
  int n = 0;
  if (!d) return 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) n += cli_is_temp_name(e->d_name);
  closedir(d);
  return n;
}

/* Move the damaged lines (not the newer ones) to PATH.rejected. */
static int reject(cli *c, const char *path, const brf_journal *j, const cli_journal_check *ck,
                  size_t *moved) {
  char rejected[4400], *text = NULL;
  size_t len = 0;
  *moved = 0;
  snprintf(rejected, sizeof rejected, "%s.rejected", path);
  int rc = cli_read_data_file(path, &text, &len);
  for (size_t i = 0; rc == 0 && i < ck->count; i++) {
    const cli_journal_damage *d = &ck->items[i];
    if (d->kind == CLI_DAMAGE_NEWER || d->offset + d->len > len) continue;
    char *line = malloc(d->len + 1);
    if (!line) {
      rc = cli_fail(c, BRF_E_NOMEM, NULL);
      break;
    }
    memcpy(line, text + d->offset, d->len);
    line[d->len] = '\n';
    rc = cli_journal_append(rejected, line, d->len + 1);
    free(line);
    if (rc == 0) ++*moved;
  }
  free(text);
  if (rc == 0 && *moved) rc = cli_journal_save_without_damage(c, path, j);
  return rc;
}

int cmd_doctor(cli *c, int argc, char **argv) {
  enum { OPT_REJECT = CLI_OPT_BASE + 1 };
  static const struct option opts[] = {{"reject", no_argument, NULL, OPT_REJECT},
                                       {NULL, 0, NULL, 0}};
  int do_reject = 0, opt;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == OPT_REJECT) do_reject = 1;
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  char dir[4096], path[4200];
  int rc = cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  struct stat st;
  if (stat(dir, &st) != 0) {
    printf("%s: no data folder yet: nothing to check\n", dir);
    return 0;
  }
  int problems = 0;

  snprintf(path, sizeof path, "%s/journal.jsonl", dir);
  brf_journal *j = NULL;
  cli_journal_check ck;
  rc = cli_journal_load(c, path, do_reject, 1, &j, &ck);
  if (rc == 0) {
    size_t damaged = 0, newer = 0;
    for (size_t i = 0; i < ck.count; i++) {
      const cli_journal_damage *d = &ck.items[i];
      if (d->kind == CLI_DAMAGE_NEWER) newer++;
      else damaged++;
      printf("%s:%zu: %s: %s\n", path, d->line,
             d->kind == CLI_DAMAGE_NEWER ? "from a newer version (kept)"
             : d->kind == CLI_DAMAGE_TORN ? "torn"
                                          : "damaged",
             d->reason);
    }
    printf("%s: %zu entries, %zu damaged line%s, %zu from a newer version\n", path,
           brf_journal_count(j), damaged, damaged == 1 ? "" : "s", newer);
    problems += damaged > 0;
    if (do_reject && damaged) {
      size_t moved = 0;
      rc = reject(c, path, j, &ck, &moved);
      if (rc == 0)
        printf("Moved %zu damaged line%s to %s.rejected\n", moved, moved == 1 ? "" : "s", path);
    } else if (damaged) {
      printf("  `backrelief doctor --reject` moves the damaged lines to %s.rejected\n", path);
    }
  } else {
    problems++;
  }
  cli_journal_check_free(&ck);
  brf_journal_free(j);

  static const char *const docs[] = {"catalog.json", "schedule.json", "last-session.json"};
  for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, docs[i]);
    problems += check_json_file(path);
  }
  snprintf(path, sizeof path, "%s/routines", dir);
  DIR *d = opendir(path);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
      size_t n = strlen(e->d_name);
      if (n < 6 || e->d_name[0] == '.' || strcmp(e->d_name + n - 5, ".json") != 0) continue;
      char file[sizeof path + sizeof e->d_name + 2];
      if ((size_t)snprintf(file, sizeof file, "%s/%s", path, e->d_name) >= sizeof file) continue;
      problems += check_json_file(file);
    }
    closedir(d);
  }
  int temps = count_temps(dir) + count_temps(path);
  if (temps)
    printf("%s: %d temporary file%s of stopped runs (the next change removes them)\n", dir, temps,
           temps == 1 ? "" : "s");
  if (rc) return rc;
  if (!problems) printf("No damage found in %s\n", dir);
  return problems ? CLI_EXIT_FAIL : 0;
}
