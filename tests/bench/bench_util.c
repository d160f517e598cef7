#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void *c_alloc(void *user, size_t n) {
  bench_alloc *c = user;
  c->calls++;
  c->bytes += n;
  return malloc(n);
}
static void *c_realloc(void *user, void *p, size_t n) {
  bench_alloc *c = user;
  c->calls++;
  c->bytes += n;
  return realloc(p, n);
}
static void c_free(void *user, void *p) {
  (void)user;
  free(p);
}

brf_context *bench_context(bench_alloc *counter) {
  brf_allocator a = {c_alloc, c_realloc, c_free, counter};
  brf_context *ctx = NULL;
  if (brf_context_new_with_allocator(&a, &ctx) != BRF_OK) {
    fprintf(stderr, "bench: cannot create a context\n");
    exit(1);
  }
  return ctx;
}

int64_t bench_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

static void print_ns(double ns) {
  if (ns < 1e3)
    printf("%9.1f ns", ns);
  else if (ns < 1e6)
    printf("%9.2f us", ns / 1e3);
  else
    printf("%9.2f ms", ns / 1e6);
}

double bench_run(const char *name, int reps, bench_fn fn, void *arg, size_t bytes,
                 const bench_alloc *counter) {
  if (reps < 1) reps = 1;
  int64_t *t = malloc(sizeof *t * (size_t)reps);
  if (t == NULL) exit(1);
  fn(arg); /* warm-up */
  size_t calls0 = counter != NULL ? counter->calls : 0;
  for (int i = 0; i < reps; i++) {
    int64_t t0 = bench_now_ns();
    fn(arg);
    t[i] = bench_now_ns() - t0;
  }
  size_t calls = counter != NULL ? counter->calls - calls0 : 0;
  qsort(t, (size_t)reps, sizeof *t, cmp_i64);
  double med = reps % 2 ? (double)t[reps / 2] : ((double)t[reps / 2 - 1] + (double)t[reps / 2]) / 2;
  printf("%-44s median", name);
  print_ns(med);
  printf("  [min");
  print_ns((double)t[0]);
  printf(", max");
  print_ns((double)t[reps - 1]);
  printf("]  allocs/op %8.1f", counter != NULL ? (double)calls / reps : 0.0);
  if (bytes > 0) printf("  %8.1f MB/s", (double)bytes / (med / 1e9) / 1e6);
  printf("  (n=%d)\n", reps);
  free(t);
  return med;
}

void bench_target(const char *what, int met) {
  printf("target: %-60s %s\n", what, met ? "met" : "MISSED");
}
