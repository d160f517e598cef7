/* Figure: creating and freeing a context (the cost every app pays first). */
#include "figures.h"

static void context_cycle(void *arg) {
  bench_alloc *c = arg;
  brf_context *ctx = bench_context(c);
  brf_context_free(ctx);
}

void bench_core(const bench_opts *o) {
  bench_alloc c = {0, 0};
  bench_run("context new + free", o->quick ? 1000 : 100000, context_cycle, &c, 0, &c);
}
