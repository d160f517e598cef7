/* export: one JSON document bundling the user's data: the custom catalog,
 * the saved routines and the journal. The parts are documents the library
 * (or log) wrote, embedded as they are. */
#include "journal_store.h"
#include "store.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Embed a file that holds one JSON document, without its final newline.
 * One that is not whole JSON stops the export (65): a backup that does not
 * parse is worse than none. */
static int embed_file(FILE *out, const char *path) {
  char *text = NULL;
  size_t len = 0;
  int rc = cli_read_data_file(path, &text, &len);
  if (rc) return rc;
  if (cli_json_scan(text, len) != CLI_JSON_COMPLETE) {
    cli_error("%s: not a whole JSON document; nothing was exported (the backup would not be "
              "valid JSON): repair or move the file, `backrelief doctor` lists the damage [%s]",
              path, brf_status_name(BRF_E_PARSE));
    free(text);
    return CLI_EXIT_DATA;
  }
  while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == ' ')) len--;
  fwrite(text, 1, len, out);
  free(text);
  return 0;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* DATA/routines/ *.json, in name order. */
static int embed_routines(FILE *out, const char *dir) {
  char path[4200];
  snprintf(path, sizeof path, "%s/routines", dir);
  DIR *d = opendir(path);
  char **names = NULL;
  size_t n = 0, cap = 0;
  int rc = 0;
  fputs("[", out);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
      size_t len = strlen(e->d_name);
      if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0 || e->d_name[0] == '.') continue;
      if (n == cap) {
        cap = cap ? cap * 2 : 16;
        char **grown = realloc(names, cap * sizeof *names);
        if (!grown) break;
        names = grown;
      }
      names[n] = strdup(e->d_name);
      if (names[n]) n++;
    }
    closedir(d);
  }
  if (n) qsort(names, n, sizeof *names, compare_names);
  for (size_t i = 0; i < n; i++) {
    snprintf(path, sizeof path, "%s/routines/%s", dir, names[i]);
    fputs(i ? ",\n" : "\n", out);
    if (rc == 0) rc = embed_file(out, path);
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  fputs(n ? "\n]" : "]", out);
  return rc;
}

/* The journal's entries, each the library's line (without its newline);
 * damaged lines are reported and left out, and counted in *skipped. */
static int embed_journal(cli *c, FILE *out, const char *path, size_t *skipped) {
  brf_journal *j = NULL;
  cli_journal_check ck;
  int rc = cli_journal_load(c, path, 0, 0, &j, &ck);
  *skipped = ck.count;
  cli_journal_check_free(&ck);
  size_t n = brf_journal_count(j);
  for (size_t i = 0; i < n && rc == 0; i++) {
    char *line = NULL;
    size_t len = 0;
    brf_status s = brf_journal_entry_to_line(c->ctx, j, i, &line, &len);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
    else fprintf(out, "%s\n%.*s", i ? "," : "", (int)(len ? len - 1 : 0), line);
    brf_free(c->ctx, line);
  }
  fputs(n ? "\n]}\n" : "]}\n", out);
  brf_journal_free(j);
  return rc;
}

int cmd_export(cli *c, int argc, char **argv) {
  static const struct option opts[] = {{NULL, 0, NULL, 0}};
  const char *output = NULL;
  int opt;
  while ((opt = cli_next_option(c, argc, argv, "o:", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == 'o') output = optarg;
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  char dir[4096], path[4200];
  int rc = cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;

  char *doc = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&doc, &len);
  if (!out) return cli_fail(c, BRF_E_NOMEM, NULL);
  size_t skipped = 0;
  struct stat st;
  /* one consistent picture of the folder: the shared lock while reading */
  int previous = cli_data_lock(c, 0);
  if (previous < 0) rc = CLI_EXIT_IO;
  fputs("{\"format\": \"backrelief-export\", \"format_version\": 1,\n\"catalog\": ", out);
  snprintf(path, sizeof path, "%s/catalog.json", dir);
  if (rc == 0 && lstat(path, &st) == 0)
    rc = embed_file(out, path);
  else
    fputs("null", out);
  fputs(",\n\"routines\": ", out);
  if (rc == 0) rc = embed_routines(out, dir);
  fputs(",\n\"journal\": [", out);
  snprintf(path, sizeof path, "%s/journal.jsonl", dir);
  if (rc == 0) rc = embed_journal(c, out, path, &skipped);
  cli_data_relock(previous);
  fclose(out);
  if (rc == 0) {
    if (output)
      rc = cli_write_output_private(output, doc, len); /* the journal: health data */
    else
      fwrite(doc, 1, len, stdout);
  }
  free(doc);
  if (rc == 0 && skipped)
    cli_error("exported every good journal entry; skipped %zu damaged line%s of %s "
              "(kept there; `backrelief doctor` lists them)",
              skipped, skipped == 1 ? "" : "s", path);
  return rc;
}
