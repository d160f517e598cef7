/* The list of figure functions; each module's bench file adds one entry in
 * figures.c. */
#ifndef BRF_BENCH_FIGURES_H
#define BRF_BENCH_FIGURES_H

#include "bench.h"

typedef void (*bench_figure)(const bench_opts *o);
extern const bench_figure bench_figures[];
extern const size_t bench_figure_count;

void bench_core(const bench_opts *o);
void bench_journal(const bench_opts *o);
void bench_player(const bench_opts *o);
void bench_json(const bench_opts *o);
void bench_catalog(const bench_opts *o);
void bench_planner(const bench_opts *o);
void bench_schedule(const bench_opts *o);
void bench_paths(const bench_opts *o);

/* A synthetic catalog of n exercises for the planner figures
 * (bench_planner.c), or NULL. */
brf_catalog *bench_synthetic_catalog(brf_context *ctx, size_t n);

#endif
