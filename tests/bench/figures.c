#include "figures.h"

const bench_figure bench_figures[] = {
    bench_core,
    bench_journal,
    bench_player,
    bench_json,
    bench_catalog,
    bench_planner,
    bench_schedule,
    bench_paths,
};
const size_t bench_figure_count = sizeof bench_figures / sizeof bench_figures[0];
