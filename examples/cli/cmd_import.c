/* import: free-exercise-db into the user's custom catalog. */
#include "store.h"
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

static void print_report(const brf_advice *report, size_t limit) {
  size_t n = brf_advice_count(report);
  for (size_t i = 0; i < n && i < limit; i++)
    fprintf(stderr, "backrelief: note: %s (%s)\n", brf_advice_message(report, i),
            brf_advice_rule(report, i));
  if (n > limit)
    fprintf(stderr, "backrelief: note: %zu more mapping notes (see --verbose)\n", n - limit);
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
  brf_catalog *imported = NULL, *custom = NULL;
  brf_advice *report = NULL;
  int rc = cli_ensure_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  snprintf(path, sizeof path, "%s/catalog.json", dir);
  if ((rc = cli_read_file(file, &text, &len)) != 0) return rc;
  brf_status s = brf_catalog_import_free_exercise_db(c->ctx, text, len, 0, &imported, &report);
  if (s != BRF_OK) {
    rc = cli_fail(c, s, file);
  } else if ((rc = load_custom(c, path, &custom)) == 0) {
    size_t before = brf_catalog_count(custom);
    /* Exercises already in the custom catalog are kept (merge keeps the
     * one already there), so importing twice adds nothing. */
    s = brf_catalog_merge(custom, imported);
    if (s == BRF_OK) s = brf_catalog_to_json(c->ctx, custom, BRF_JSON_PRETTY, &out, &out_len);
    if (s != BRF_OK) {
      rc = cli_fail(c, s, NULL);
    } else if ((rc = cli_write_data_file(c, path, out, out_len, CLI_MODE_SHARED)) == 0) {
      print_report(report, verbose ? (size_t)-1 : 10);
      printf("Imported %zu exercises from %s (%zu new, %zu already there) into %s\n",
             brf_catalog_count(imported), file, brf_catalog_count(custom) - before,
             brf_catalog_count(imported) - (brf_catalog_count(custom) - before), path);
    }
  }
  brf_free(c->ctx, out);
  brf_advice_free(report);
  brf_catalog_free(custom);
  brf_catalog_free(imported);
  free(text);
  return rc;
}
