/* The journal, DATA/journal.jsonl, in the library's format (backrelief-journal,
 * docs/formats.md): loaded with brf_journal_load, appended one entry at a
 * time with brf_journal_entry_to_line (one write, fsync; journal_file.c).
 *
 * A crash during an append leaves a torn last line. Readers report it and
 * skip it; before the next append, under the lock, it is cut off (it was
 * never reported as recorded) -- but only when it is the beginning of an
 * entry: a whole line that this version cannot load (a newer
 * format_version, an unknown key) is kept, and the next line goes after
 * its newline (one write). Any other line that is not an entry is reported
 * with its line number, kept byte for byte (also by cli_journal_save's
 * rewrites) and skipped, so one bad line never hides the others. */
#include "journal_store.h"

#include "journal_file.h"
#include "store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
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

/* The lines of the journal loaded last: kept to rewrite it with every
 * damaged line where it was (cli_journal_save). */
enum { LINE_ENTRY, LINE_BLANK, LINE_DAMAGED, LINE_TORN };
typedef struct line_info {
  size_t offset, len; /* len without the newline */
  int kind;
} line_info;
static struct {
  char path[4200];
  char *text;
  size_t len;
  line_info *lines;
  size_t count;
} last;

static void forget_last(void) {
  free(last.text);
  free(last.lines);
  memset(&last, 0, sizeof last);
}

/* The beginning every entry line of format version 1 has (the library
 * writes its keys in this order). */
static const char entry_head[] = "{\"format\":\"backrelief-journal\",\"format_version\":1,";

static int is_blank(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r') return 0;
  return 1;
}

/* The format_version a line claims, or 0. */
static long claimed_version(const char *p, size_t n) {
  static const char key[] = "\"format_version\":";
  for (size_t i = 0; i + sizeof key - 1 < n; i++) {
    if (memcmp(p + i, key, sizeof key - 1) != 0) continue;
    size_t k = i + sizeof key - 1;
    while (k < n && p[k] == ' ') k++;
    long v = 0;
    while (k < n && p[k] >= '0' && p[k] <= '9' && v < 100000) v = v * 10 + (p[k++] - '0');
    return v;
  }
  return 0;
}

/* A last line without its newline that the library did not load: the
 * cut-off beginning of an entry (repairable), or a whole line kept. */
static int is_torn_prefix(const char *p, size_t n) {
  size_t h = sizeof entry_head - 1;
  if (n <= h) return memcmp(p, entry_head, n) == 0;
  return memcmp(p, entry_head, h) == 0 && cli_json_scan(p, n) == CLI_JSON_PREFIX;
}

static int add_damage(cli_journal_check *ck, size_t line, size_t offset, size_t len, int kind,
                      const char *reason) {
  cli_journal_damage *grown = realloc(ck->items, (ck->count + 1) * sizeof *grown);
  if (!grown) return -1;
  ck->items = grown;
  cli_journal_damage *d = &ck->items[ck->count++];
  d->line = line;
  d->offset = offset;
  d->len = len;
  d->kind = kind;
  snprintf(d->reason, sizeof d->reason, "%s", reason);
  return 0;
}

/* Why one line is not an entry (the library's message), and its kind. */
static int judge_line(cli *c, const char *p, size_t n, char *why, size_t cap) {
  long v = claimed_version(p, n);
  if (v > 1) {
    snprintf(why, cap, "written by a newer version of backrelief (format_version %ld)", v);
    return CLI_DAMAGE_NEWER;
  }
  brf_journal *one = NULL;
  brf_status s = brf_journal_load(c->ctx, p, n, &one);
  if (s == BRF_OK && brf_journal_torn_tail(one, NULL)) {
    s = cli_json_scan(p, n) == CLI_JSON_COMPLETE ? BRF_E_SCHEMA : BRF_E_PARSE;
    snprintf(why, cap, "%s [%s]",
             s == BRF_E_PARSE ? "not JSON" : "not a journal entry", brf_status_name(s));
  } else if (s == BRF_OK) {
    snprintf(why, cap, "not a whole entry");
  } else {
    snprintf(why, cap, "%s [%s]", brf_context_errmsg(c->ctx), brf_status_name(s));
  }
  brf_journal_free(one);
  brf_context_clear_error(c->ctx);
  return CLI_DAMAGE_BAD;
}

/* Split @p text into lines, load the good ones, and list the others. */
static int load_lines(cli *c, const char *text, size_t len, brf_journal **out,
                      cli_journal_check *ck) {
  brf_journal *all = NULL;
  int whole = brf_journal_load(c->ctx, text, len, &all) == BRF_OK;
  size_t torn_at = (size_t)-1;
  if (whole && brf_journal_torn_tail(all, &torn_at) == 0) torn_at = (size_t)-1;
  if (!whole) {
    brf_journal_free(all);
    all = NULL;
  }
  brf_context_clear_error(c->ctx);
  char *good = whole ? NULL : malloc(len + 1);
  size_t good_len = 0;
  if (!whole && !good) return cli_fail(c, BRF_E_NOMEM, NULL);
  size_t cap = 0, offset = 0, line = 1;
  int rc = 0;
  while (offset < len && rc == 0) {
    const char *p = text + offset;
    const char *nl = memchr(p, '\n', len - offset);
    size_t n = nl ? (size_t)(nl - p) : len - offset;
    int kind = LINE_ENTRY;
    char why[200];
    if (is_blank(p, n)) {
      kind = LINE_BLANK;
    } else if (!nl) { /* the last line, without its newline */
      int loads = whole ? torn_at != offset : 0;
      if (!whole) {
        brf_journal *one = NULL;
        loads = brf_journal_load(c->ctx, p, n, &one) == BRF_OK && !brf_journal_torn_tail(one, NULL);
        brf_journal_free(one);
        brf_context_clear_error(c->ctx);
      }
      if (loads) kind = LINE_ENTRY;
      else if (is_torn_prefix(p, n)) kind = LINE_TORN;
      else kind = LINE_DAMAGED;
    } else if (!whole) {
      brf_journal *one = NULL;
      kind = brf_journal_load(c->ctx, p, n + 1, &one) == BRF_OK ? LINE_ENTRY : LINE_DAMAGED;
      brf_journal_free(one);
      brf_context_clear_error(c->ctx);
    }
    if (kind == LINE_DAMAGED) {
      int k = judge_line(c, p, n, why, sizeof why);
      if (add_damage(ck, line, offset, n, k, why) != 0) rc = cli_fail(c, BRF_E_NOMEM, NULL);
    } else if (kind == LINE_TORN) {
      if (add_damage(ck, line, offset, n, CLI_DAMAGE_TORN,
                     "the last entry is not complete (the program was stopped while writing it)") != 0)
        rc = cli_fail(c, BRF_E_NOMEM, NULL);
    } else if (kind == LINE_ENTRY && good) {
      memcpy(good + good_len, p, n);
      good_len += n;
      good[good_len++] = '\n';
    }
    if (last.count == cap) {
      cap = cap ? cap * 2 : 64;
      line_info *grown = realloc(last.lines, cap * sizeof *grown);
      if (!grown) {
        rc = cli_fail(c, BRF_E_NOMEM, NULL);
        break;
      }
      last.lines = grown;
    }
    last.lines[last.count++] = (line_info){offset, n, kind};
    offset += n + (nl ? 1 : 0);
    line++;
  }
  ck->lines = line - 1;
  if (rc == 0 && !whole) {
    brf_status s = brf_journal_load(c->ctx, good, good_len, &all);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  free(good);
  if (rc) {
    brf_journal_free(all);
    all = NULL;
  }
  *out = all;
  return rc;
}

static void report(const char *path, const cli_journal_check *ck) {
  for (size_t i = 0; i < ck->count; i++) {
    const cli_journal_damage *d = &ck->items[i];
    if (d->kind == CLI_DAMAGE_TORN)
      fprintf(stderr, "backrelief: %s:%zu:1: %s; it is ignored [%s]\n", path, d->line, d->reason,
              brf_status_name(BRF_E_PARSE));
    else
      fprintf(stderr, "backrelief: %s:%zu: this line is %s: %s; it is kept as it is and skipped "
                      "(`backrelief doctor` lists the damage)\n",
              path, d->line, d->kind == CLI_DAMAGE_NEWER ? "from a newer version" : "damaged",
              d->reason);
  }
}

void cli_journal_check_free(cli_journal_check *ck) {
  free(ck->items);
  memset(ck, 0, sizeof *ck);
}

int cli_journal_load(cli *c, const char *path, int repair, int quiet, brf_journal **out,
                     cli_journal_check *ck) {
  char *text = NULL;
  size_t len = 0;
  struct stat st;
  *out = NULL;
  memset(ck, 0, sizeof *ck);
  int previous = cli_data_lock(c, repair);
  if (previous < 0) return CLI_EXIT_IO;
  forget_last();
  snprintf(last.path, sizeof last.path, "%s", path);
  if (lstat(path, &st) != 0 && errno == ENOENT) {
    if (!repair) cli_data_relock(previous);
    brf_status s = brf_journal_new(c->ctx, out);
    return s == BRF_OK ? 0 : cli_fail(c, s, NULL);
  }
  int rc = cli_read_data_file(path, &text, &len);
  if (!repair) cli_data_relock(previous);
  if (rc) return rc;
  if (len > 0 && old_cli_format(text, len)) {
    cli_error("%s: this journal is in the format of an early build of backrelief, not the "
              "library's journal format; move it aside (its lines are plain JSON) and log "
              "again [%s]", path, brf_status_name(BRF_E_SCHEMA));
    free(text);
    return CLI_EXIT_DATA;
  }
  rc = load_lines(c, text, len, out, ck);
  if (rc) {
    free(text);
    return rc;
  }
  last.text = text;
  last.len = len;
  if (!quiet) report(path, ck);
  if (repair && ck->count && ck->items[ck->count - 1].kind == CLI_DAMAGE_TORN) {
    const cli_journal_damage *d = &ck->items[ck->count - 1];
    rc = cli_journal_truncate(path, d->offset);
    if (rc == 0) {
      if (!quiet)
        fprintf(stderr, "backrelief: %s: removed the incomplete last entry before appending\n",
                path);
      last.len = d->offset;
      last.count--;
    }
  } else if (repair && len > 0 && text[len - 1] != '\n') {
    /* a whole last line (an entry, or one kept as it is) without its
     * newline: end it, so that the next entry is a line of its own */
    rc = cli_journal_append(path, "\n", 1);
    if (rc == 0 && !quiet)
      fprintf(stderr, "backrelief: %s: ended the last entry with its missing newline\n", path);
  }
  if (rc) {
    brf_journal_free(*out);
    *out = NULL;
  }
  return rc;
}

int cli_journal_open(cli *c, const char *path, int repair, brf_journal **out) {
  cli_journal_check ck;
  int rc = cli_journal_load(c, path, repair, 0, out, &ck);
  cli_journal_check_free(&ck);
  return rc;
}

static int save(cli *c, const char *path, const brf_journal *j, int drop_damaged) {
  char *doc = NULL, *line = NULL;
  size_t doc_len = 0, len = 0, next = 0, n = brf_journal_count(j);
  int rc = 0;
  FILE *f = open_memstream(&doc, &doc_len);
  if (!f) return cli_fail(c, BRF_E_NOMEM, NULL);
  int same = strcmp(last.path, path) == 0;
  for (size_t i = 0; same && i < last.count && rc == 0; i++) {
    const line_info *l = &last.lines[i];
    if (l->kind == LINE_TORN) continue;
    if (drop_damaged && l->kind == LINE_DAMAGED &&
        claimed_version(last.text + l->offset, l->len) <= 1)
      continue;
    if (l->kind != LINE_ENTRY || next >= n) {
      fwrite(last.text + l->offset, 1, l->len, f); /* byte for byte */
      fputc('\n', f);
      continue;
    }
    brf_status s = brf_journal_entry_to_line(c->ctx, j, next++, &line, &len);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
    else fwrite(line, 1, len, f);
    brf_free(c->ctx, line);
  }
  for (; next < n && rc == 0; next++) {
    brf_status s = brf_journal_entry_to_line(c->ctx, j, next, &line, &len);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
    else fwrite(line, 1, len, f);
    brf_free(c->ctx, line);
  }
  fclose(f);
  if (rc == 0) rc = cli_write_data_file(c, path, doc, doc_len, CLI_MODE_PRIVATE);
  free(doc);
  return rc;
}

int cli_journal_save(cli *c, const char *path, const brf_journal *j) { return save(c, path, j, 0); }

int cli_journal_save_without_damage(cli *c, const char *path, const brf_journal *j) {
  return save(c, path, j, 1);
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

/* The latest entry with a routine name: by date, then time of day, then
 * journal order (a back-dated entry is not the latest). n when none. */
size_t cli_journal_latest_entry(const brf_journal *j) {
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
