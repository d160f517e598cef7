/* Figures: opening the built-in catalog, and one typical query (region,
 * equipment, level and longest duration) on synthetic catalogs of 1 000,
 * 10 000 and 100 000 custom exercises built with drafts, with the
 * 1k-to-100k ratio. Target: the query on 100 000 exercises under 1 ms. */
#include <stdio.h>
#include <stdlib.h>

#include "figures.h"

static void open_builtin(void *p) {
  brf_context *ctx = p;
  brf_catalog *cat = NULL;
  if (brf_catalog_new_builtin(ctx, &cat) != BRF_OK) exit(1);
  brf_catalog_free(cat);
}

static const char *const doses[] = {"10 reps", "3x10", "hold 30s, 3 reps, each side",
                                    "2-3x8-12, rest 60s", "10min", "daily"};

/* Exercise i of a synthetic catalog: vocabulary values cycle with
 * different periods so that filters keep a realistic fraction. */
static void add_synthetic(brf_context *ctx, brf_catalog *cat, size_t i) {
  brf_exercise_draft *d = NULL;
  char id[32], name[64];
  snprintf(id, sizeof id, "synthetic-%zu", i);
  snprintf(name, sizeof name, "Synthetic exercise %zu", i);
  if (brf_exercise_draft_new(ctx, &d) != BRF_OK) exit(1);
  brf_exercise_draft_set_id(d, id);
  brf_exercise_draft_set_name(d, name);
  brf_exercise_draft_set_modality(d, (int32_t)(i % BRF_MODALITY_COUNT));
  brf_exercise_draft_set_level(d, (int32_t)(i % BRF_LEVEL_COUNT));
  brf_exercise_draft_add_region(d, (int32_t)(i % BRF_REGION_COUNT), BRF_REGIONS_PRIMARY);
  brf_exercise_draft_add_region(d, (int32_t)((i / 3) % BRF_REGION_COUNT), BRF_REGIONS_SECONDARY);
  brf_exercise_draft_add_equipment(d, (int32_t)((i / 7) % BRF_EQUIPMENT_COUNT));
  brf_exercise_draft_add_instruction(d, "Move slowly and breathe.");
  if (brf_exercise_draft_set_default_dose(d, doses[i % 6]) != BRF_OK) exit(1);
  if (brf_catalog_add(cat, d) != BRF_OK) {
    fprintf(stderr, "bench: add failed: %s\n", brf_context_errmsg(ctx));
    exit(1);
  }
  brf_exercise_draft_free(d);
}

static void run_query(void *p) {
  brf_query *q = p;
  if (brf_query_run(q) != BRF_OK) exit(1);
}

static double query_figure(const bench_opts *o, brf_context *ctx, size_t n, bench_alloc *c) {
  brf_catalog *cat = NULL;
  brf_query *q = NULL;
  char name[80];
  static const int32_t have[] = {BRF_EQUIPMENT_NONE, BRF_EQUIPMENT_MAT, BRF_EQUIPMENT_BAND,
                                 BRF_EQUIPMENT_FOAM_ROLLER};
  if (brf_catalog_new_empty(ctx, &cat) != BRF_OK) exit(1);
  for (size_t i = 0; i < n; i++) add_synthetic(ctx, cat, i);
  if (brf_query_new(ctx, cat, &q) != BRF_OK) exit(1);
  brf_query_set_region(q, BRF_REGION_LOWER_BACK, BRF_REGIONS_ANY);
  brf_query_set_equipment(q, have, 4);
  brf_query_set_max_level(q, BRF_LEVEL_INTERMEDIATE);
  brf_query_set_max_duration_ms(q, 10 * 60 * 1000);
  run_query(q);
  snprintf(name, sizeof name, "query on %zu exercises (%zu results)", n, brf_query_count(q));
  double med = bench_run(name, o->quick ? 5 : (n >= 100000 ? 200 : 1000), run_query, q, 0, c);
  brf_query_free(q);
  brf_catalog_free(cat);
  return med;
}

void bench_catalog(const bench_opts *o) {
  bench_alloc c = {0, 0};
  brf_context *ctx = bench_context(&c);
  brf_catalog *probe = NULL;
  if (brf_catalog_new_builtin(ctx, &probe) == BRF_OK) {
    brf_catalog_free(probe);
    bench_run("open + free the built-in catalog", o->quick ? 100 : 100000, open_builtin, ctx, 0,
              &c);
  } else {
    printf("built-in catalog: skipped, not in this build\n");
  }
  double t1k = query_figure(o, ctx, 1000, &c);
  query_figure(o, ctx, 10000, &c);
  if (o->quick) {
    printf("query on 100000 exercises: skipped in quick mode\n");
  } else {
    double t100k = query_figure(o, ctx, 100000, &c);
    printf("query time 100k / 1k: %.1f (linear would be 100)\n", t100k / t1k);
    bench_target("query on 100,000 exercises under 1 ms", t100k < 1e6);
  }
  brf_context_free(ctx);
}
