/* backrelief-bench: figures for docs/performance.md.
 * Usage: backrelief-bench [--quick] [--data DIR]
 * --quick runs fewer repetitions and smaller sizes (CI); the full mode is what
 * docs/performance.md reports. */
#include <stdio.h>
#include <string.h>

#include "bench.h"
#include "figures.h"

int main(int argc, char **argv) {
  bench_opts o = {0, BRF_BENCH_DATA_DIR};
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--quick") == 0) {
      o.quick = 1;
    } else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
      o.data_dir = argv[++i];
    } else {
      fprintf(stderr, "usage: backrelief-bench [--quick] [--data DIR]\n");
      return 2;
    }
  }
  printf("backrelief-bench: libbackrelief %s, %s mode\n", brf_version_string(),
         o.quick ? "quick" : "full");
  for (size_t i = 0; i < bench_figure_count; i++) bench_figures[i](&o);
  return 0;
}
