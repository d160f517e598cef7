/* import: free-exercise-db into the user's custom catalog. */
#include "store.h"
#include "catalog_copy.h"
#include "catalog_image.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The user's custom catalog (empty when there is none yet). */
static int load_custom(cli *c, const char *path, brf_catalog **out) {
  /* read-modify-write: the lock is held until the program ends */
  if (cli_data_lock(c, 1) < 0) return CLI_EXIT_IO;
  if (access(path, F_OK) != 0) {
    brf_status s = brf_catalog_new_empty(c->ctx, out);
    return s == BRF_OK ? 0 : cli_fail(c, s, NULL);
  }
  char *text = NULL;
  size_t len = 0;
  int rc = cli_read_data_file(path, &text, &len);
  if (rc) return rc;
  brf_status s = brf_catalog_from_json(c->ctx, text, len, 0, out);
  free(text);
  return s == BRF_OK ? 0 : cli_fail(c, s, path);
}

/* The mapping notes: the renames of exercises new in this import always
 * (an id changed under the user's eyes), every note with --verbose, and
 * otherwise only how many there are. */
static void print_report(const brf_advice *report, const brf_catalog *before, int verbose) {
  size_t n = brf_advice_count(report), quiet = 0;
  for (size_t i = 0; i < n; i++) {
    const char *msg = brf_advice_message(report, i), *rule = brf_advice_rule(report, i);
    int rename = strcmp(rule, "free-exercise-db.id") == 0;
    char id[80];
    size_t k = strcspn(msg, ":");
    snprintf(id, sizeof id, "%.*s", (int)(k < 79 ? k : 79), msg);
    if (verbose || (rename && brf_catalog_find(before, id) == NULL)) {
      fputs("backrelief: note: ", stderr);
      cli_put_safe(stderr, msg);
      fprintf(stderr, " (%s)\n", rule);
    } else {
      quiet++;
    }
  }
  if (quiet > 0)
    fprintf(stderr, "backrelief: %zu mapping %s not shown (--verbose lists them)\n", quiet,
            quiet == 1 ? "note" : "notes");
}

/* 1 when a and b are the same exercise, field for field. */
static int same_exercise(brf_context *ctx, const brf_exercise *a, const brf_exercise *b) {
  const brf_exercise *rows[2] = {a, b};
  char *text[2] = {NULL, NULL};
  size_t len[2] = {0, 0};
  int same = 0;
  for (int k = 0; k < 2; k++) {
    brf_catalog *one = NULL;
    if (cli_catalog_of(ctx, &rows[k], 1, &one) == BRF_OK)
      (void)brf_catalog_to_json(ctx, one, BRF_JSON_COMPACT, &text[k], &len[k]);
    brf_catalog_free(one);
  }
  same = text[0] && text[1] && len[0] == len[1] && memcmp(text[0], text[1], len[0]) == 0;
  brf_free(ctx, text[0]);
  brf_free(ctx, text[1]);
  brf_context_clear_error(ctx);
  return same;
}

/* An exercise an earlier import put under a built-in id: hidden behind the
 * built-in one, and imported again under "fedb-<id>". */
static int hidden_copy(const brf_catalog *builtin, const brf_exercise *ex) {
  if (builtin == NULL || brf_catalog_find(builtin, brf_exercise_id(ex)) == NULL) return 0;
  for (size_t i = 0; i < brf_exercise_source_count(ex); i++)
    if (strncmp(brf_exercise_source_ref(ex, i), "free-exercise-db: ", 18) == 0) return 1;
  return 0;
}

typedef struct import_counts {
  size_t added, updated, unchanged, removed;
} import_counts;

/* The custom catalog after the import, in its order: an exercise imported
 * again replaces the one there (updated in place), the user's own are kept,
 * hidden copies of built-in exercises are dropped, new ones come last. */
static brf_status updated_catalog(brf_context *ctx, const brf_catalog *custom,
                                  const brf_catalog *imported, import_counts *n,
                                  brf_catalog **out) {
  brf_catalog *builtin = NULL, *cat = NULL;
  brf_status s = brf_catalog_new_builtin(ctx, &builtin);
  if (s == BRF_E_UNSUPPORTED) {
    brf_context_clear_error(ctx);
    s = BRF_OK;
  }
  if (s == BRF_OK) s = brf_catalog_new_empty(ctx, &cat);
  for (size_t i = 0; s == BRF_OK && i < brf_catalog_count(custom); i++) {
    const brf_exercise *old = brf_catalog_at(custom, i);
    const brf_exercise *fresh = brf_catalog_find(imported, brf_exercise_id(old));
    if (fresh == NULL && hidden_copy(builtin, old)) {
      n->removed++;
      continue;
    }
    if (fresh != NULL) {
      if (same_exercise(ctx, old, fresh)) n->unchanged++;
      else n->updated++;
    }
    s = cli_copy_exercise(ctx, cat, fresh ? fresh : old);
  }
  for (size_t i = 0; s == BRF_OK && i < brf_catalog_count(imported); i++) {
    const brf_exercise *ex = brf_catalog_at(imported, i);
    if (brf_catalog_find(custom, brf_exercise_id(ex)) != NULL) continue;
    s = cli_copy_exercise(ctx, cat, ex);
    n->added++;
  }
  brf_catalog_free(builtin);
  if (s != BRF_OK) {
    brf_catalog_free(cat);
    cat = NULL;
  }
  *out = cat;
  return s;
}

int cmd_import(cli *c, int argc, char **argv) {
  enum { OPT_VERBOSE = CLI_OPT_BASE + 1 };
  static const struct option opts[] = {{"verbose", no_argument, NULL, OPT_VERBOSE},
                                       {NULL, 0, NULL, 0}};
  int opt, verbose = 0;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == OPT_VERBOSE) verbose = 1;
  }
  if (argc - optind != 2 || strcmp(argv[optind], "free-exercise-db") != 0)
    return cli_usage_error(c, "import takes: free-exercise-db FILE");
  const char *file = argv[optind + 1];

  char dir[4096], path[4200];
  char *text = NULL, *out = NULL;
  size_t len = 0, out_len = 0;
  brf_catalog *imported = NULL, *custom = NULL, *merged = NULL;
  brf_advice *report = NULL;
  int rc = cli_ensure_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  snprintf(path, sizeof path, "%s/catalog.json", dir);
  if ((rc = cli_read_file(file, &text, &len)) != 0) return rc;
  brf_status s = brf_catalog_import_free_exercise_db(c->ctx, text, len, 0, &imported, &report);
  if (s != BRF_OK) {
    rc = cli_fail(c, s, file);
  } else if ((rc = load_custom(c, path, &custom)) == 0) {
    import_counts n = {0, 0, 0, 0};
    s = updated_catalog(c->ctx, custom, imported, &n, &merged);
    if (s == BRF_OK) s = brf_catalog_to_json(c->ctx, merged, BRF_JSON_PRETTY, &out, &out_len);
    if (s != BRF_OK) {
      rc = cli_fail(c, s, NULL);
    } else if ((rc = cli_write_data_file(c, path, out, out_len, CLI_MODE_SHARED)) == 0) {
      /* The image the next start-up reads instead of the JSON, stamped with
       * the file just written (catalog_image.h). */
      struct stat sb;
      if (stat(path, &sb) == 0) cli_catalog_image_write(c, dir, merged, &sb);
      print_report(report, custom, verbose);
      printf("Imported %zu %s from %s into %s: %zu new, %zu updated, %zu unchanged",
             brf_catalog_count(imported), brf_catalog_count(imported) == 1 ? "exercise" : "exercises",
             file, path, n.added, n.updated, n.unchanged);
      if (n.removed > 0)
        printf("; %zu hidden %s of built-in ids removed", n.removed,
               n.removed == 1 ? "copy" : "copies");
      printf("\n");
    }
  }
  brf_free(c->ctx, out);
  brf_advice_free(report);
  brf_catalog_free(custom);
  brf_catalog_free(merged);
  brf_catalog_free(imported);
  free(text);
  return rc;
}
