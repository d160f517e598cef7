/* Figure: loading free-exercise-db (about 1 MB of JSON, 873 exercises) into
 * a catalog, next to cJSON's, jansson's and simdjson's parse alone of the
 * same bytes when they are installed; and the catalog format read back (the
 * built-in catalog). Targets: load >= 300 MB/s, load time <= 0.6 x cJSON
 * parse and <= 4 x simdjson's DOM parse. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures.h"

#ifdef BRF_BENCH_HAVE_CJSON
#include <cjson/cJSON.h>
#endif
#ifdef BRF_BENCH_HAVE_JANSSON
#include <jansson.h>
#endif
#ifdef BRF_BENCH_HAVE_SIMDJSON
#include "bench_simdjson.h"
#endif

typedef struct load_arg {
  brf_context *ctx;
  const char *text;
  size_t len;
} load_arg;

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  long n;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    buf = malloc((size_t)n + 1);
    if (buf != NULL && fread(buf, 1, (size_t)n, f) == (size_t)n) {
      buf[n] = '\0';
      *len = (size_t)n;
    } else {
      free(buf);
      buf = NULL;
    }
  }
  fclose(f);
  return buf;
}

static void import_once(void *p) {
  load_arg *a = p;
  brf_catalog *cat = NULL;
  if (brf_catalog_import_free_exercise_db(a->ctx, a->text, a->len, 0, &cat, NULL) != BRF_OK) {
    fprintf(stderr, "bench: import failed: %s\n", brf_context_errmsg(a->ctx));
    exit(1);
  }
  brf_catalog_free(cat);
}

static void catalog_load_once(void *p) {
  load_arg *a = p;
  brf_catalog *cat = NULL;
  if (brf_catalog_from_json(a->ctx, a->text, a->len, 0, &cat) != BRF_OK) {
    fprintf(stderr, "bench: catalog load failed: %s\n", brf_context_errmsg(a->ctx));
    exit(1);
  }
  brf_catalog_free(cat);
}

#ifdef BRF_BENCH_HAVE_CJSON
static void cjson_once(void *p) {
  load_arg *a = p;
  cJSON *root = cJSON_ParseWithLength(a->text, a->len);
  if (root == NULL) exit(1);
  cJSON_Delete(root);
}
#endif

#ifdef BRF_BENCH_HAVE_JANSSON
static void jansson_once(void *p) {
  load_arg *a = p;
  json_error_t err;
  json_t *root = json_loadb(a->text, a->len, 0, &err);
  if (root == NULL) exit(1);
  json_decref(root);
}
#endif

#ifdef BRF_BENCH_HAVE_SIMDJSON
static void simdjson_once(void *p) {
  if (bench_simdjson_parse(p) != 0) exit(1);
}
#endif

/* The paired rounds of the load against simdjson's DOM parse (the parser
 * and a padded copy of the bytes made once, outside the rounds). */
static void pair_simdjson(load_arg *a, bench_alloc *c, int reps) {
#ifdef BRF_BENCH_HAVE_SIMDJSON
  bench_simdjson *s = bench_simdjson_new(a->text, a->len);
  if (s == NULL || bench_simdjson_parse(s) != 0) {
    fprintf(stderr, "bench: simdjson cannot parse the file\n");
    exit(1);
  }
  printf("simdjson %s kernel\n", bench_simdjson_kernel());
  {
    bench_side load = {"  paired: catalog JSON load", import_once, a, c};
    bench_side sj = {"  paired: simdjson DOM parse (same bytes)", simdjson_once, s, NULL};
    double r = bench_pair(&load, &sj, reps, a->len);
    if (r < 0) {
      printf("target: %-60s %s\n", "load time <= 4 x simdjson DOM parse", "not measured");
    } else {
      printf("load time / simdjson DOM parse: %.2f (median of %d alternating rounds)\n", r, reps);
      bench_target("load time <= 4 x simdjson DOM parse", r <= 4.0);
    }
  }
  bench_simdjson_free(s);
#else
  (void)a;
  (void)c;
  (void)reps;
  printf("simdjson DOM parse: not measured (libsimdjson-dev or a C++ compiler missing at "
         "configure time)\n");
  printf("target: %-60s %s\n", "load time <= 4 x simdjson DOM parse", "not measured");
#endif
}

/* The built-in catalog in the catalog format, loaded back. */
static void builtin_format(const bench_opts *o, brf_context *ctx, bench_alloc *c) {
  brf_catalog *cat = NULL;
  char *text = NULL;
  size_t len = 0;
  load_arg a;
  if (brf_catalog_new_builtin(ctx, &cat) != BRF_OK) {
    printf("catalog JSON load (built-in catalog): skipped, no built-in catalog in this build\n");
    return;
  }
  if (brf_catalog_to_json(ctx, cat, BRF_JSON_PRETTY, &text, &len) != BRF_OK) exit(1);
  a.ctx = ctx;
  a.text = text;
  a.len = len;
  bench_run("catalog format load (built-in, pretty)", o->quick ? 5 : 200, catalog_load_once, &a,
            len, c);
  brf_free(ctx, text);
  brf_catalog_free(cat);
}

void bench_json(const bench_opts *o) {
  char path[4096];
  bench_alloc c = {0, 0};
  brf_context *ctx = bench_context(&c);
  load_arg a;
  int reps = o->quick ? 5 : 200;
  builtin_format(o, ctx, &c);
  snprintf(path, sizeof path, "%s/free-exercise-db/exercises.json", o->data_dir);
  a.ctx = ctx;
  a.text = read_all(path, &a.len);
  if (a.text == NULL) {
    printf("catalog JSON load: skipped, %s not found\n", path);
    brf_context_free(ctx);
    return;
  }
  double ours = bench_run("catalog JSON load (free-exercise-db import)", reps, import_once, &a,
                          a.len, &c);
  double mbs = (double)a.len / (ours / 1e9) / 1e6;
  bench_target("catalog JSON load >= 300 MB/s", mbs >= 300.0);
#ifdef BRF_BENCH_HAVE_CJSON
  {
    /* Alternating runs, so that a busy moment of a shared machine falls on
     * both sides of the ratio. */
    bench_side load = {"  paired: catalog JSON load", import_once, &a, &c};
    bench_side cj = {"  paired: cJSON parse + delete (same bytes)", cjson_once, &a, NULL};
    double r = bench_pair(&load, &cj, reps, a.len);
    if (r < 0) {
      printf("target: %-60s %s\n", "load time <= 0.6 x cJSON parse", "not measured");
    } else {
      printf("load time / cJSON parse: %.2f (median of %d alternating rounds)\n", r, reps);
      bench_target("load time <= 0.6 x cJSON parse", r <= 0.6);
    }
  }
#else
  printf("cJSON parse: not measured (libcjson-dev not installed at configure time)\n");
  printf("target: %-60s %s\n", "load time <= 0.6 x cJSON parse", "not measured");
#endif
  pair_simdjson(&a, &c, reps);
#ifdef BRF_BENCH_HAVE_JANSSON
  bench_run("jansson parse + decref (same bytes)", reps, jansson_once, &a, a.len, NULL);
#else
  printf("jansson parse: not measured (libjansson-dev not installed at configure time)\n");
#endif
  free((void *)(uintptr_t)a.text);
  brf_context_free(ctx);
}
