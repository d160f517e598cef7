/* Figure: the session player. Building a timeline, and playing a whole
 * session with 1 ms ticks: time per advance and allocations per advance
 * (the player promises none). One figure is a single exercise with many
 * segments (3 sets of 10 held reps on each side); the session played is a
 * six-step routine from the built-in catalog, in English and again with a
 * German locale (its cue texts are resolved when the timeline is built, so
 * playing allocates nothing in any language; issue 26). */
#include <stdio.h>
#include <string.h>

#include "figures.h"

static const char *const dose_text = "3x10, hold 10s, each side, rest 30s";

typedef struct build_arg {
  brf_context *ctx;
  const brf_dosage *dose;
} build_arg;

static void build_once(void *arg) {
  build_arg *a = arg;
  brf_timeline *tl = NULL;
  if (brf_timeline_new_from_dose(a->ctx, "bird-dog", "Bird dog", BRF_MODALITY_STRENGTH, a->dose,
                                 BRF_TIMELINE_MAX, &tl) != BRF_OK)
    return;
  brf_timeline_free(tl);
}

/* A six-step evening routine: release, stretch, then strengthen. */
static brf_timeline *session_timeline(brf_context *ctx) {
  static const char *const ids[] = {"glute-foam-roll", "piriformis-foam-roll", "psoas-stretch",
                                    "seated-piriformis-stretch", "bird-dog", "clamshell"};
  brf_catalog *cat = NULL;
  brf_routine *r = NULL;
  brf_timeline *tl = NULL;
  if (brf_catalog_new_builtin(ctx, &cat) == BRF_OK && brf_routine_new(ctx, &r) == BRF_OK) {
    int ok = 1;
    for (size_t i = 0; ok && i < sizeof ids / sizeof ids[0]; i++)
      ok = brf_routine_append(r, brf_catalog_find(cat, ids[i]), NULL) == BRF_OK;
    if (!ok || brf_timeline_new(ctx, r, BRF_TIMELINE_MAX, &tl) != BRF_OK) {
      printf("player: cannot build the session: %s\n", brf_context_errmsg(ctx));
      tl = NULL;
    }
  }
  brf_routine_free(r);
  brf_catalog_free(cat);
  return tl;
}

/* Play the whole session 1 ms at a time, draining cues; report per advance. */
static void play_session(brf_context *ctx, brf_timeline *tl, const bench_alloc *c,
                         const char *label, const char *target) {
  brf_player *p = NULL;
  if (brf_player_new(ctx, tl, &p) != BRF_OK || brf_player_start(p) != BRF_OK) {
    printf("player: cannot start\n");
    brf_player_free(p);
    return;
  }
  size_t calls0 = c->calls, advances = 0, cues = 0;
  int64_t t0 = bench_now_ns();
  while (brf_player_state(p) == BRF_PLAYER_RUNNING) {
    brf_player_advance(p, 1);
    advances++;
    size_t n = brf_player_cue_count(p);
    for (size_t i = 0; i < n; i++) {
      int32_t kind;
      int64_t at;
      size_t ex;
      brf_player_cue_at(p, i, &kind, &at, &ex);
      if (brf_player_cue_text(p, i) != NULL) cues++;
    }
    brf_player_cues_clear(p);
  }
  int64_t ns = bench_now_ns() - t0;
  size_t allocs = c->calls - calls0;
  printf("%-44s %zu advances of 1 ms, %zu cues, %.1f ns/advance, allocs/advance %.3f\n",
         label, advances, cues,
         advances ? (double)ns / (double)advances : 0.0,
         advances ? (double)allocs / (double)advances : 0.0);
  bench_target(target, allocs == 0);
  brf_player_free(p);
}

void bench_player(const bench_opts *o) {
  bench_alloc c = {0, 0};
  brf_context *ctx = bench_context(&c);
  brf_dosage *d = NULL;
  if (brf_dosage_parse(ctx, dose_text, strlen(dose_text), &d) != BRF_OK) {
    printf("player: cannot parse the dose\n");
    brf_context_free(ctx);
    return;
  }
  build_arg a = {ctx, d};
  bench_run("timeline: build 3x10 held reps, each side", o->quick ? 20 : 2000, build_once, &a, 0,
            &c);
  brf_timeline *tl = session_timeline(ctx);
  if (tl != NULL) {
    printf("%-44s %zu segments, %lld ms\n", "timeline: size", brf_timeline_segment_count(tl),
           (long long)brf_timeline_total_ms(tl));
    play_session(ctx, tl, &c, "player: whole session, 1 ms ticks",
                 "player advance allocates nothing");
  }
  brf_timeline_free(tl);
  /* The same session with a German locale (English where the build has no
   * translations: brf_context_set_locale then says so). */
  if (brf_context_set_locale(ctx, "de") == BRF_OK) {
    /* the templates are resolved here, once: the localised build's cost */
    bench_run("timeline: build 3x10 held reps, each side, locale de", o->quick ? 20 : 2000,
              build_once, &a, 0, &c);
    tl = session_timeline(ctx);
    if (tl != NULL) play_session(ctx, tl, &c, "player: whole session, locale de",
                               "player advance allocates nothing (locale de)");
    brf_timeline_free(tl);
    brf_context_set_locale(ctx, "en");
  }
  brf_dosage_free(d);
  brf_context_free(ctx);
}
