#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
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

/* Page faults (minor and major) of the process so far: memory the kernel
 * had to map in, which shows when an operation works on fresh memory. */
static long faults_now(void) {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return 0;
  return ru.ru_minflt + ru.ru_majflt;
}

/* One side of a measurement: times per run, allocations and faults. */
typedef struct series {
  int64_t *t;
  size_t calls;
  long faults;
} series;

static void time_once(series *x, int i, bench_fn fn, void *arg, const bench_alloc *counter) {
  size_t calls0 = counter != NULL ? counter->calls : 0;
  long faults0 = faults_now();
  int64_t t0 = bench_now_ns();
  fn(arg);
  x->t[i] = bench_now_ns() - t0;
  x->faults += faults_now() - faults0;
  if (counter != NULL) x->calls += counter->calls - calls0;
}

static double median_of(int64_t *t, int reps) {
  qsort(t, (size_t)reps, sizeof *t, cmp_i64);
  return reps % 2 ? (double)t[reps / 2] : ((double)t[reps / 2 - 1] + (double)t[reps / 2]) / 2;
}

/* Print one figure's line and return its median (sorts x->t). */
static double report(const char *name, series *x, int reps, size_t bytes, int counted) {
  double med = median_of(x->t, reps);
  printf("%-44s median", name);
  print_ns(med);
  printf("  [min");
  print_ns((double)x->t[0]);
  printf(", max");
  print_ns((double)x->t[reps - 1]);
  printf("]  allocs/op %8.1f", counted ? (double)x->calls / reps : 0.0);
  printf("  faults/op %7.1f", (double)x->faults / reps);
  if (bytes > 0) printf("  %8.1f MB/s", (double)bytes / (med / 1e9) / 1e6);
  printf("  (n=%d)\n", reps);
  return med;
}

static int64_t *times(int reps) {
  int64_t *t = malloc(sizeof *t * (size_t)reps);
  if (t == NULL) exit(1);
  return t;
}

double bench_run(const char *name, int reps, bench_fn fn, void *arg, size_t bytes,
                 const bench_alloc *counter) {
  series x = {NULL, 0, 0};
  double med;
  if (reps < 1) reps = 1;
  x.t = times(reps);
  fn(arg); /* warm-up */
  for (int i = 0; i < reps; i++) time_once(&x, i, fn, arg, counter);
  med = report(name, &x, reps, bytes, counter != NULL);
  free(x.t);
  return med;
}

double bench_pair(const bench_side *a, const bench_side *b, int reps, size_t bytes) {
  series x = {NULL, 0, 0}, y = {NULL, 0, 0};
  int64_t *ratio; /* per round, in parts per million */
  int rounds = 0;
  double r;
  if (reps < 1) reps = 1;
  x.t = times(reps);
  y.t = times(reps);
  ratio = times(reps);
  a->fn(a->arg); /* warm-up */
  b->fn(b->arg);
  for (int i = 0; i < reps; i++) {
    if (i % 2 == 0) {
      time_once(&x, i, a->fn, a->arg, a->counter);
      time_once(&y, i, b->fn, b->arg, b->counter);
    } else {
      time_once(&y, i, b->fn, b->arg, b->counter);
      time_once(&x, i, a->fn, a->arg, a->counter);
    }
    /* A round whose b took no measurable time says nothing: left out. */
    if (y.t[i] > 0) ratio[rounds++] = x.t[i] * 1000000 / y.t[i];
  }
  r = rounds > 0 ? median_of(ratio, rounds) / 1e6 : -1.0;
  report(a->name, &x, reps, bytes, a->counter != NULL);
  report(b->name, &y, reps, bytes, b->counter != NULL);
  free(x.t);
  free(y.t);
  free(ratio);
  return r;
}

void bench_target(const char *what, int met) {
  printf("target: %-60s %s\n", what, met ? "met" : "MISSED");
}
