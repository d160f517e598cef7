#include <criterion/criterion.h>
#include <string.h>

#include "test_player_support.h"

brf_timeline *pl_routine(brf_context *ctx, const pl_spec *specs, size_t n) {
  brf_dosage *doses[PL_MAX_STEPS];
  brf__timeline_step steps[PL_MAX_STEPS];
  cr_assert(n <= PL_MAX_STEPS);
  for (size_t i = 0; i < n; i++) {
    doses[i] = NULL;
    cr_assert_eq(brf_dosage_parse(ctx, specs[i].dose, strlen(specs[i].dose), &doses[i]), BRF_OK,
                 "%s", specs[i].dose);
    steps[i] = (brf__timeline_step){specs[i].name, specs[i].name, -1, doses[i]};
  }
  brf_timeline *tl = NULL;
  cr_assert_eq(brf__timeline_build(ctx, steps, n, BRF_TIMELINE_MIN, &tl), BRF_OK, "%s",
               brf_context_errmsg(ctx));
  for (size_t i = 0; i < n; i++) brf_dosage_free(doses[i]);
  return tl;
}

brf_player *pl_started(brf_context *ctx, brf_timeline *tl) {
  brf_player *p = NULL;
  cr_assert_eq(brf_player_new(ctx, tl, &p), BRF_OK);
  cr_assert_eq(brf_player_start(p), BRF_OK);
  return p;
}

void pl_drain(brf_player *p, pl_cues *out) {
  size_t n = brf_player_cue_count(p);
  for (size_t i = 0; i < n; i++) {
    cr_assert(out->n < sizeof out->v / sizeof out->v[0], "too many cues");
    pl_cue *c = &out->v[out->n++];
    cr_assert_eq(brf_player_cue_at(p, i, &c->kind, &c->at, &c->ex), BRF_OK);
    const char *t = brf_player_cue_text(p, i);
    cr_assert_not_null(t);
    cr_assert(strlen(t) < sizeof c->text, "%s", t);
    strcpy(c->text, t);
  }
  brf_player_cues_clear(p);
  cr_assert_eq(brf_player_cue_count(p), 0);
}

void pl_play(brf_context *ctx, brf_timeline *tl, int64_t tick, int random, pl_cues *out) {
  uint64_t seed = 12345;
  brf_player *p = pl_started(ctx, tl);
  pl_drain(p, out);
  while (brf_player_state(p) == BRF_PLAYER_RUNNING) {
    int64_t step = tick;
    if (random) {
      seed = seed * 6364136223846793005u + 1442695040888963407u;
      step = 1 + (int64_t)((seed >> 33) % (uint64_t)tick);
    }
    cr_assert_eq(brf_player_advance(p, step), BRF_OK);
    pl_drain(p, out);
  }
  cr_assert_eq(brf_player_state(p), BRF_PLAYER_FINISHED);
  cr_assert_eq(brf_player_session_elapsed_ms(p), brf_timeline_total_ms(tl));
  brf_player_free(p);
}

void pl_expect_same(const pl_cues *a, const pl_cues *b, const char *what) {
  cr_assert_eq(a->n, b->n, "%s: %zu cues vs %zu", what, a->n, b->n);
  for (size_t i = 0; i < a->n; i++) {
    const pl_cue *x = &a->v[i], *y = &b->v[i];
    cr_assert(x->kind == y->kind && x->at == y->at && x->ex == y->ex &&
                  strcmp(x->text, y->text) == 0,
              "%s: cue %zu differs: %d@%lld '%s' vs %d@%lld '%s'", what, i, (int)x->kind,
              (long long)x->at, x->text, (int)y->kind, (long long)y->at, y->text);
  }
}

void pl_expect_cues(const pl_cues *got, const pl_want *want, size_t n, const char *what) {
  for (size_t i = 0; i < got->n && i < n; i++) {
    const pl_cue *c = &got->v[i];
    cr_expect(c->kind == want[i].kind && c->at == want[i].at &&
                  strcmp(c->text, want[i].text) == 0,
              "%s: cue %zu is %s@%lld '%s', expected %s@%lld '%s'", what, i,
              brf_player_cue_kind_name(c->kind), (long long)c->at, c->text,
              brf_player_cue_kind_name(want[i].kind), (long long)want[i].at, want[i].text);
  }
  cr_expect_eq(got->n, n, "%s: %zu cues, expected %zu", what, got->n, n);
}
