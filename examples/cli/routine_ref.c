/* Routines named on the command line: a routine file, or the name of a
 * routine saved with `plan --save NAME` (DATA/routines/NAME.json). `run`,
 * `schedule`, `log --routine` and `next --routine` all resolve their
 * argument here, so a name works everywhere or nowhere, and a typo is an
 * error that names what there is instead of an entry nobody can find. */
#include "routine_ref.h"
#include "search.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int cli_routines_dir(cli *c, char *buf, size_t cap, int create) {
  char dir[4096];
  int rc = create ? cli_ensure_data_dir(c, dir, sizeof dir) : cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  int n = snprintf(buf, cap, "%s/routines", dir);
  if (n < 0 || (size_t)n >= cap) {
    cli_error("the data folder's path is too long");
    return CLI_EXIT_IO;
  }
  return create ? cli_ensure_dir(buf) : 0;
}

int cli_saved_name(const char *text, char *out, size_t cap) {
  size_t n = strlen(text);
  if (n > 5 && strcmp(text + n - 5, ".json") == 0) n -= 5;
  if (n == 0 || n >= cap || text[0] == '.' || memchr(text, '/', n)) return -1;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)text[i] < 0x20 || text[i] == 0x7f) return -1;
  memcpy(out, text, n);
  out[n] = '\0';
  return 0;
}

/* The routine's "name" and "id" in a saved file, or "" when it cannot be read. */
static void name_in_file(cli *c, const brf_catalog *cat, const char *path, char *out,
                         size_t cap, char *id, size_t id_cap) {
  char *text = NULL;
  size_t len = 0;
  brf_routine *r = NULL;
  out[0] = '\0';
  id[0] = '\0';
  /* A broken file is skipped here; it is reported when used. */
  struct stat sb; /* only regular files: a FIFO would wait for a writer */
  if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) return;
  if (cli_read_file(path, &text, &len) != 0) return;
  if (brf_routine_from_json(c->ctx, text, len, cat, 0, &r) == BRF_OK) {
    snprintf(out, cap, "%s", brf_routine_name(r));
    snprintf(id, id_cap, "%s", brf_routine_id(r));
  }
  brf_context_clear_error(c->ctx);
  brf_routine_free(r);
  free(text);
}

typedef int (*saved_visit)(void *arg, const char *stem, const char *name, const char *path,
                           const char *id);

/* Call @p visit for each DATA/routines/STEM.json (STEM, its "name", its
 * path, its "id") until it returns nonzero; returns that value, or 0. */
static int each_saved(cli *c, int with_names, saved_visit visit, void *arg) {
  char dir[4200], path[4600], name[256], id[80];
  if (cli_routines_dir(c, dir, sizeof dir, 0) != 0) return 0;
  DIR *d = opendir(dir);
  if (!d) return 0;
  brf_catalog *cat = NULL;
  if (with_names && cli_open_catalog(c, &cat) != 0) cat = NULL;
  struct dirent *e;
  int stop = 0;
  while (!stop && (e = readdir(d)) != NULL) {
    size_t n = strlen(e->d_name);
    if (n < 6 || e->d_name[0] == '.' || strcmp(e->d_name + n - 5, ".json") != 0) continue;
    char stem[256];
    if (n - 5 >= sizeof stem) continue;
    memcpy(stem, e->d_name, n - 5);
    stem[n - 5] = '\0';
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    name[0] = '\0';
    id[0] = '\0';
    if (cat) name_in_file(c, cat, path, name, sizeof name, id, sizeof id);
    stop = visit(arg, stem, name, path, id);
  }
  closedir(d);
  brf_catalog_free(cat);
  return stop;
}

typedef struct find_arg {
  const char *want;
  char *path;
  size_t cap;
} find_arg;

static int match_name(void *arg, const char *stem, const char *name, const char *path,
                      const char *id) {
  find_arg *a = arg;
  (void)stem;
  (void)id;
  if (!name[0] || strcmp(name, a->want) != 0) return 0;
  snprintf(a->path, a->cap, "%s", path);
  return 1;
}

int cli_routine_find_saved(cli *c, const char *name, char *path, size_t cap) {
  char stem[256], dir[4200];
  if (cli_saved_name(name, stem, sizeof stem) == 0 &&
      cli_routines_dir(c, dir, sizeof dir, 0) == 0) {
    snprintf(path, cap, "%s/%s.json", dir, stem);
    if (access(path, F_OK) == 0) return 0;
  }
  find_arg a = {name, path, cap};
  return each_saved(c, 1, match_name, &a) ? 0 : 1;
}

static int match_id(void *arg, const char *stem, const char *name, const char *path,
                    const char *id) {
  find_arg *a = arg;
  (void)stem;
  (void)name;
  if (!id[0] || strcmp(id, a->want) != 0) return 0;
  snprintf(a->path, a->cap, "%s", path);
  return 1;
}

int cli_routine_find_saved_id(cli *c, const char *id, char *path, size_t cap) {
  find_arg a = {id, path, cap};
  return id[0] && each_saved(c, 1, match_id, &a) ? 0 : 1;
}

int cli_routine_give_id(cli *c, brf_routine *r, const char *hint) {
  if (brf_routine_id(r)[0]) return 0;
  struct timespec ts;
  char seed[400];
  if (clock_gettime(CLOCK_REALTIME, &ts) != 0) ts.tv_sec = time(NULL), ts.tv_nsec = 0;
  snprintf(seed, sizeof seed, "%lld.%09ld pid %ld %s", (long long)ts.tv_sec, (long)ts.tv_nsec,
           (long)getpid(), hint ? hint : "");
  brf_status s = brf_routine_make_id(r, seed);
  return s == BRF_OK ? 0 : cli_fail(c, s, NULL);
}

typedef struct near_arg {
  const char *want;
  char best[256];
  size_t best_d;
  size_t count;
  char all[512];
} near_arg;

static int nearest(void *arg, const char *stem, const char *name, const char *path,
                   const char *id) {
  near_arg *a = arg;
  (void)name;
  (void)id;
  (void)path;
  size_t d = cli_edit_distance(a->want, stem);
  if (strcasecmp(a->want, stem) == 0) d = 0;
  if (d < a->best_d) {
    a->best_d = d;
    snprintf(a->best, sizeof a->best, "%s", stem);
  }
  size_t used = strlen(a->all);
  if (used + strlen(stem) + 3 < sizeof a->all)
    snprintf(a->all + used, sizeof a->all - used, "%s%s", a->count ? ", " : "", stem);
  a->count++;
  return 0;
}

int cli_routine_resolve(cli *c, const char *arg, char *path, size_t cap) {
  char stem[256];
  /* A file first: "-", a path with a folder, or a file that exists here. */
  if (strcmp(arg, "-") == 0 || strchr(arg, '/') || access(arg, F_OK) == 0) {
    snprintf(path, cap, "%s", arg);
    return 0;
  }
  if (cli_routine_find_saved(c, arg, path, cap) == 0) return 0;
  near_arg a;
  memset(&a, 0, sizeof a);
  a.want = cli_saved_name(arg, stem, sizeof stem) == 0 ? stem : arg;
  a.best_d = 99;
  each_saved(c, 0, nearest, &a);
  size_t limit = strlen(a.want) / 3 > 2 ? strlen(a.want) / 3 : 2;
  if (a.count && a.best_d <= limit)
    cli_error("%s: no routine file or saved routine of that name; did you mean '%s'? "
              "(backrelief routines lists them) [%s]", arg, a.best,
              brf_status_name(BRF_E_NOT_FOUND));
  else if (a.count)
    cli_error("%s: no routine file or saved routine of that name; saved: %s [%s]", arg, a.all,
              brf_status_name(BRF_E_NOT_FOUND));
  else
    cli_error("%s: no routine file or saved routine of that name (none is saved yet: "
              "backrelief plan --save NAME keeps one) [%s]", arg,
              brf_status_name(BRF_E_NOT_FOUND));
  return CLI_EXIT_DATA;
}

int cli_routine_load(cli *c, const char *arg, brf_routine **out, char *path, size_t cap) {
  char file[4600], stem[256];
  brf_catalog *cat = NULL;
  char *text = NULL;
  size_t len = 0;
  *out = NULL;
  int rc = cli_routine_resolve(c, arg, file, sizeof file);
  if (rc == 0) rc = cli_open_catalog(c, &cat);
  if (rc == 0) rc = cli_read_file(file, &text, &len);
  if (rc == 0) {
    brf_status s = brf_routine_from_json(c->ctx, text, len, cat, 0, out);
    if (s != BRF_OK) rc = cli_fail(c, s, file);
  }
  if (rc == 0 && !brf_routine_name(*out)[0]) {
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    if (strcmp(file, "-") != 0 && cli_saved_name(base, stem, sizeof stem) == 0) {
      brf_status s = brf_routine_set_name(*out, stem);
      if (s != BRF_OK) rc = cli_fail(c, s, NULL);
    }
  }
  if (rc == 0 && path) snprintf(path, cap, "%s", file);
  if (rc) {
    brf_routine_free(*out);
    *out = NULL;
  }
  free(text);
  brf_catalog_free(cat);
  return rc;
}
