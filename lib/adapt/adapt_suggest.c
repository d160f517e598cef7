/* brf_adapt_suggest and the suggestion object. */
#include "adapt/adapt_private.h"
#include "adapt/adapt_history.h"
#include "util/core.h"
#include "adapt/adapt_rules.h"

#define SRC_CATALOG "docs/adaptation.md (links are resolved in the catalog)"

static const char *const outcome_ids[BRF_ADAPT_OUTCOME_COUNT] = {
    "insufficient-data", "progress", "hold", "regress",
    "advance-phase",     "taper",    "flare-up", "refer", "restart"};

BRF__ID_FUNCTIONS(adapt_outcome, outcome_ids, BRF_ADAPT_OUTCOME_COUNT)


void brf_adapt_suggestion_free(brf_adapt_suggestion *s) {
  if (!s)
    return;
  brf_context *ctx = s->ctx;
  brf_advice_free(s->reasons);
  brf_routine_free(s->routine);
  brf__free(ctx, s->frequency);
  brf__free(ctx, s);
  brf__ctx_release(ctx);
}

int32_t brf_adapt_suggestion_outcome(const brf_adapt_suggestion *s) {
  return s ? s->outcome : -1;
}

const brf_advice *brf_adapt_suggestion_reasons(const brf_adapt_suggestion *s) {
  return s ? s->reasons : NULL;
}

const brf_routine *brf_adapt_suggestion_routine(const brf_adapt_suggestion *s) {
  return s ? s->routine : NULL;
}

const char *brf_adapt_suggestion_frequency(const brf_adapt_suggestion *s) {
  return s ? s->frequency : NULL;
}

/* NULL is "no change" as well as the old getters' failure value
 * (docs/conventions.md, "Sentinels"). */
brf_status brf_adapt_suggestion_routine_get(const brf_adapt_suggestion *s,
                                            const brf_routine **out) {
  if (!s || !out)
    return BRF_E_INVALID;
  *out = s->routine;
  return BRF_OK;
}

brf_status brf_adapt_suggestion_frequency_get(const brf_adapt_suggestion *s, const char **out) {
  if (!s || !out)
    return BRF_E_INVALID;
  *out = s->frequency;
  return BRF_OK;
}

/* Edit a clone of the routine for the outcome; *out stays NULL when the
 * outcome changes nothing. */
static brf_status adapt_routine(brf__adapt_env *env, int32_t outcome, const brf_routine *r,
                                brf_routine **out) {
  int changed = 0, dropped = 0;
  brf_status st;
  if (outcome != BRF_ADAPT_PROGRESS && outcome != BRF_ADAPT_REGRESS &&
      outcome != BRF_ADAPT_FLARE_UP && outcome != BRF_ADAPT_ADVANCE_PHASE &&
      outcome != BRF_ADAPT_TAPER)
    return BRF_OK;
  if (outcome == BRF_ADAPT_ADVANCE_PHASE && !env->catalog)
    return brf__adapt_say(env, "catalog-needed", BRF_ADVICE_INFO, SRC_CATALOG,
                          BRF__MSG_ADAPTATION_CATALOG_NEEDED, NULL, 0);
  brf_routine *copy = NULL;
  if ((st = brf_routine_clone(env->ctx, r, &copy)) != BRF_OK)
    return st;
  switch (outcome) {
  case BRF_ADAPT_PROGRESS: st = brf__adapt_progress(env, copy, &changed); break;
  case BRF_ADAPT_REGRESS: st = brf__adapt_regress(env, copy, &changed); break;
  case BRF_ADAPT_ADVANCE_PHASE: st = brf__adapt_add_strength(env, copy, &changed); break;
  case BRF_ADAPT_TAPER: st = brf__adapt_taper(env, copy, &changed); break;
  default:
    st = brf__adapt_regress(env, copy, &changed);
    if (st == BRF_OK)
      st = brf__adapt_drop_strength(env, copy, &dropped);
    changed |= dropped;
    break;
  }
  if (st == BRF_OK && !changed)
    st = brf__adapt_say(env, "routine-unchanged", BRF_ADVICE_INFO, SRC_CATALOG,
                        BRF__MSG_ADAPTATION_ROUTINE_UNCHANGED, NULL, 0);
  if (st != BRF_OK || !changed) {
    brf_routine_free(copy);
    return st;
  }
  *out = copy;
  return BRF_OK;
}

static brf_status build(brf_adapt_suggestion *sg, brf__adapt_env *env, const brf_journal *j,
                        const brf_routine *r, const brf_screen *screen) {
  brf__session *s = NULL;
  size_t n = 0;
  brf_status st = brf__adapt_history(env->ctx, j, brf_routine_name(r), &s, &n);
  if (st != BRF_OK)
    return st;
  st = brf__adapt_decide(env, s, n, r, screen, &sg->outcome);
  brf__free(env->ctx, s);
  if (st == BRF_OK)
    st = adapt_routine(env, sg->outcome, r, &sg->routine);
  if (st == BRF_OK && sg->outcome == BRF_ADAPT_TAPER) {
    sg->frequency = brf__strdup(env->ctx, "2-3x/week");
    if (!sg->frequency)
      st = BRF_E_NOMEM;
  }
  return st;
}

brf_status brf_adapt_suggest(brf_context *ctx, const brf_journal *journal,
                             const brf_routine *routine, const brf_catalog *catalog,
                             const brf_profile *profile, const brf_screen *screen,
                             brf_adapt_suggestion **out) {
  brf__enter(ctx);
  brf_adapt_suggestion *sg;
  BRF__NEW_OBJECT(sg, ctx, out, journal && routine, "brf_adapt_suggest");
  brf_status st = brf__advice_new(ctx, &sg->reasons);
  brf__adapt_env env = {ctx, catalog, profile, sg->reasons};
  if (st == BRF_OK)
    st = build(sg, &env, journal, routine, screen);
  if (st != BRF_OK) {
    brf_adapt_suggestion_free(sg);
    return st == BRF_E_NOMEM ? brf__nomem(ctx) : st;
  }
  *out = sg;
  return BRF_OK;
}
