/* Measurement helpers for backrelief-bench: each figure is the median of
 * repeated runs with its spread (min and max), and an allocation count per
 * operation from a counting allocator. */
#ifndef BRF_BENCH_H
#define BRF_BENCH_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief.h"

typedef struct bench_alloc {
  size_t calls;
  size_t bytes;
} bench_alloc;

typedef struct bench_opts {
  int quick;           /* --quick: fewer repetitions and smaller sizes */
  const char *data_dir; /* ../shared/data */
} bench_opts;

/* A context whose allocator counts calls into *counter. */
brf_context *bench_context(bench_alloc *counter);

/* Monotonic time in nanoseconds. */
int64_t bench_now_ns(void);

/* Run fn(arg) `reps` times (after one warm-up) and print one line:
 * name, median, min, max per op, allocations per op, page faults per op
 * (getrusage: the kernel mapping in fresh memory, which the allocator gave
 * back in between), and optionally MB/s when bytes > 0. Returns the median
 * in ns. */
typedef void (*bench_fn)(void *arg);
double bench_run(const char *name, int reps, bench_fn fn, void *arg, size_t bytes,
                 const bench_alloc *counter);

/* One side of a paired figure. */
typedef struct bench_side {
  const char *name;
  bench_fn fn;
  void *arg;
  const bench_alloc *counter; /* NULL: allocations not counted */
} bench_side;

/* Run a and b alternately, `reps` rounds after one warm-up of each (a then
 * b in even rounds, b then a in odd ones), so that both see the same load
 * on a shared machine; print a line for each as bench_run does and return
 * the median over the rounds of a's time divided by b's (rounds where b took
 * no measurable time are left out; -1 when none is left). */
double bench_pair(const bench_side *a, const bench_side *b, int reps, size_t bytes);

/* Print a target check: "target: <what> <ok|MISSED>". */
void bench_target(const char *what, int met);

#endif
