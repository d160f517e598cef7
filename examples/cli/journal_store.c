/* The journal, DATA/journal.jsonl, in the library's format (backrelief-journal,
 * docs/formats.md): loaded with brf_journal_load, appended one entry at a
 * time with brf_journal_entry_to_line (one write, fsync; journal_file.c).
 *
 * A crash during an append leaves a torn last line. Readers report it and
 * skip it; before the next append it is cut off (it was never reported as
 * recorded), or, when the last line is a whole entry that only lacks its
 * newline, the newline is written, so every line stays one entry. */
#include "journal_store.h"

#include "journal_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int cli_journal_path(cli *c, char *path, size_t cap, int create) {
  char dir[4096];
  int rc = create ? cli_ensure_data_dir(c, dir, sizeof dir) : cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  snprintf(path, cap, "%s/journal.jsonl", dir);
  return 0;
}

/* The journal of the first CLI builds (never released) had flat lines
 * without "format"; the library's lines all carry it. */
static int old_cli_format(const char *text, size_t len) {
  const char *nl = memchr(text, '\n', len);
  size_t n = nl ? (size_t)(nl - text) : len;
  char first[4096];
  if (n >= sizeof first) n = sizeof first - 1;
  memcpy(first, text, n);
  first[n] = '\0';
  return strstr(first, "\"pain_before\"") != NULL && strstr(first, "\"format\"") == NULL;
}

static size_t line_of(const char *text, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset; i++)
    if (text[i] == '\n') line++;
  return line;
}

int cli_journal_open(cli *c, const char *path, int repair, brf_journal **out) {
  char *text = NULL;
  size_t len = 0;
  *out = NULL;
  if (access(path, F_OK) != 0) {
    brf_status s = brf_journal_new(c->ctx, out);
    return s == BRF_OK ? 0 : cli_fail(c, s, NULL);
  }
  int rc = cli_read_file(path, &text, &len);
  if (rc) return rc;
  if (len > 0 && old_cli_format(text, len)) {
    cli_error("%s: this journal is in the format of an early build of backrelief, not the "
              "library's journal format; move it aside (its lines are plain JSON) and log "
              "again [%s]", path, brf_status_name(BRF_E_SCHEMA));
    free(text);
    return CLI_EXIT_DATA;
  }
  brf_status s = brf_journal_load(c->ctx, text, len, out);
  if (s != BRF_OK) {
    free(text);
    return cli_fail(c, s, path);
  }
  size_t offset = 0;
  if (brf_journal_torn_tail(*out, &offset)) {
    fprintf(stderr,
            "backrelief: %s:%zu:1: the last entry is not complete (the program was stopped "
            "while writing it); it is ignored [%s]\n",
            path, line_of(text, offset), brf_status_name(BRF_E_PARSE));
    if (repair) {
      if (truncate(path, (off_t)offset) != 0) {
        cli_error("%s: %s", path, strerror(errno));
        rc = CLI_EXIT_IO;
      } else {
        fprintf(stderr, "backrelief: %s: removed the incomplete last entry before appending\n",
                path);
      }
    }
  } else if (repair && brf_journal_tail_unterminated(*out)) {
    rc = cli_journal_append(path, "\n", 1);
    if (rc == 0)
      fprintf(stderr, "backrelief: %s: ended the last entry with its missing newline\n", path);
  }
  free(text);
  if (rc) {
    brf_journal_free(*out);
    *out = NULL;
  }
  return rc;
}

int cli_journal_append_entry(cli *c, const char *path, const brf_journal *j, size_t index) {
  char *line = NULL;
  size_t len = 0;
  brf_status s = brf_journal_entry_to_line(c->ctx, j, index, &line, &len);
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  int rc = cli_journal_append(path, line, len);
  brf_free(c->ctx, line);
  return rc;
}

const char *cli_journal_completed_word(const brf_journal *j, size_t i) {
  int32_t done = brf_journal_entry_count_of(j, i, BRF_JOURNAL_STEP_DONE);
  int32_t cut = brf_journal_entry_count_of(j, i, BRF_JOURNAL_STEP_CUT_SHORT);
  int32_t skipped = brf_journal_entry_count_of(j, i, BRF_JOURNAL_STEP_SKIPPED);
  if (done + cut + skipped == 0) return "-";
  if (cut == 0 && skipped == 0) return "all";
  if (done == 0 && cut == 0) return "skipped";
  return "partial";
}

int cli_load_routine_file(cli *c, const char *file, brf_routine **out) {
  brf_catalog *cat = NULL;
  char *text = NULL;
  size_t len = 0;
  *out = NULL;
  int rc = cli_open_catalog(c, &cat);
  if (rc == 0) rc = cli_read_file(file, &text, &len);
  if (rc == 0) {
    brf_status s = brf_routine_from_json(c->ctx, text, len, cat, 0, out);
    if (s != BRF_OK) rc = cli_fail(c, s, file);
  }
  free(text);
  brf_catalog_free(cat);
  return rc;
}

int cli_journal_log_player(cli *c, const brf_player *p, const char *routine, int ask) {
  if (ask) {
    char line[32];
    printf("Log this session in your journal? [y/N] ");
    fflush(stdout);
    if (!fgets(line, sizeof line, stdin) || (line[0] != 'y' && line[0] != 'Y')) return 0;
  }
  char path[4200];
  brf_journal *j = NULL;
  size_t at = 0;
  time_t now = time(NULL);
  struct tm tm;
  int32_t day = 0;
  if (!localtime_r(&now, &tm) ||
      brf_date_from_ymd(c->ctx, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &day) != BRF_OK) {
    cli_error("cannot read today's date; the session was not logged");
    return CLI_EXIT_SOFTWARE;
  }
  int rc = cli_journal_path(c, path, sizeof path, 1);
  if (rc == 0) rc = cli_journal_open(c, path, 1, &j);
  if (rc == 0) {
    brf_status s = brf_journal_add(j, day, tm.tm_hour * 60 + tm.tm_min, routine, &at);
    if (s == BRF_OK) s = brf_journal_entry_set_from_player(j, at, p);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  if (rc == 0) rc = cli_journal_append_entry(c, path, j, at);
  if (rc == 0)
    fprintf(c->json ? stderr : stdout, "Logged the session (%s) in %s\n",
            cli_journal_completed_word(j, at), path);
  brf_journal_free(j);
  return rc;
}
