/* Filtering the catalog for one run: equipment at hand, the person's
 * conditions (a recent strain is an acute injury) and level, avoided
 * regions, the policy on stretching the lower back and the person's
 * directional preference. Each exercise left out is listed with the first
 * cause found, in that order (docs/planner.md, "Filters"). */
#include <string.h>

#include "internal/catalog.h"
#include "planner/planner_run.h"
#include "planner/planner_msgs.h"
#include "planner/planner_plan_msgs.h"

#define REASON_CAP 640

static uint32_t id_hash(const char *id, uint32_t seed) {
  /* FNV-1a over the id, seeded, then a murmur3 finaliser so that nearby
   * seeds give unrelated orders. */
  uint32_t h = UINT32_C(2166136261) ^ (seed * UINT32_C(0x9E3779B1));
  for (const unsigned char *c = (const unsigned char *)id; *c; c++) {
    h ^= *c;
    h *= UINT32_C(16777619);
  }
  h ^= h >> 16;
  h *= UINT32_C(0x85EBCA6B);
  h ^= h >> 13;
  h *= UINT32_C(0xC2B2AE35);
  h ^= h >> 16;
  return h;
}

void brf__plan_omit(brf__plan *pl, const char *id, int32_t cause, const char *reason) {
  brf__results *r = pl->res;
  if (pl->text.status != BRF_OK) return;
  if (brf__grow(pl->ctx, (void **)&r->items, &r->cap, r->count + 1, sizeof *r->items) !=
      BRF_OK) {
    pl->text.status = BRF_E_NOMEM;
    return;
  }
  brf__omission *o = &r->items[r->count];
  size_t *shared = pl->key >= 0 && pl->key < BRF__REASON_KEYS
                       ? &pl->shared_reason[cause][pl->key]
                       : NULL;
  o->id_off = pl->text.len;
  brf__buf_append(&pl->text, id, strlen(id) + 1);
  if (shared != NULL && *shared != 0) {
    o->reason_off = *shared - 1;
  } else {
    o->reason_off = pl->text.len;
    brf__buf_append(&pl->text, reason, strlen(reason) + 1);
    if (shared != NULL) *shared = o->reason_off + 1;
  }
  o->cause = cause;
  if (pl->text.status == BRF_OK) r->count++;
}

/* The first equipment item the person lacks, or -1. */
static int32_t missing_equipment(const brf_profile *prof, const brf_exercise *ex) {
  size_t n = brf_exercise_equipment_count(ex);
  for (size_t k = 0; k < n; k++) {
    int32_t e = brf_exercise_equipment_at(ex, k);
    if (!brf_profile_has_equipment(prof, e)) return e;
  }
  return -1;
}

/* The first contraindication that rules the exercise out (skip or ask a
 * clinician) for this person, or SIZE_MAX. */
int brf__plan_has_condition(const brf__plan *pl, int32_t condition) {
  if (brf_profile_has_condition(pl->p->profile, condition)) return 1;
  /* A strain in the last 72 hours (or the acute-strain goal) is a fresh
   * injury: the catalog's acute-injury entries apply (sauna and hot bath wait,
   * a heat pack keeps off fresh bruising or swelling). */
  if (condition == BRF_CONDITION_ACUTE_INJURY && pl->recent_strain) return 1;
  int32_t implied = 0;
  return pl->p->screen != NULL &&
         brf_screen_implies_condition(pl->p->screen, condition, &implied) == BRF_OK && implied;
}

static size_t ruling_contra(const brf__plan *pl, const brf_exercise *ex) {
  size_t n = brf_exercise_contraindication_count(ex);
  for (size_t k = 0; k < n; k++) {
    int32_t action = brf_exercise_contraindication_action(ex, k);
    if (action != BRF_ACTION_SKIP && action != BRF_ACTION_ASK_CLINICIAN) continue;
    if (brf__plan_has_condition(pl, brf_exercise_contraindication_condition(ex, k)))
      return k;
  }
  return SIZE_MAX;
}

static const char *region_word(const brf__plan *pl, uint32_t mask) {
  for (int32_t r = 0; r < BRF_REGION_COUNT; r++)
    if (mask & (UINT32_C(1) << r)) return brf__plan_vocab(pl, BRF_VOCAB_REGION, r);
  return "?";
}

/* Why the exercise is left out, or BRF_OMIT_COUNT when it may be planned. */
/* Whether the reason of (cause, key) is already stored; sets pl->key. */
static int shared(brf__plan *pl, int32_t cause, int32_t key) {
  pl->key = key >= 0 && key < BRF__REASON_KEYS ? key : -1;
  return pl->key >= 0 && pl->shared_reason[cause][key] != 0;
}

static int32_t judge(brf__plan *pl, const brf__cand *c, char *why) {
  const brf_planner *p = pl->p;
  pl->key = -1;
  const brf_exercise *ex = c->ex;
  int32_t e = missing_equipment(p->profile, ex);
  if (e >= 0) {
    if (!shared(pl, BRF_OMIT_EQUIPMENT, e))
    {
      brf__i18n_arg a = {"equipment", brf__plan_vocab(pl, BRF_VOCAB_EQUIPMENT, e), 0, 0};
      brf__plan_expand(pl, brf__plan_msg(pl, BRF__MSG_PLAN_OMIT_EQUIPMENT), &a, 1, why, REASON_CAP);
    }
    return BRF_OMIT_EQUIPMENT;
  }
  size_t k = ruling_contra(pl, ex);
  if (k != SIZE_MAX) {
    int32_t cond = brf_exercise_contraindication_condition(ex, k);
    int ask = brf_exercise_contraindication_action(ex, k) == BRF_ACTION_ASK_CLINICIAN;
    brf__i18n_arg a[2] = {{"condition", brf__plan_vocab(pl, BRF_VOCAB_CONDITION, cond), 0, 0},
                          {"note", brf_exercise_contraindication_note(ex, k), 0, 0}};
    brf__plan_expand(pl,
                     brf__plan_msg(pl, ask ? BRF__MSG_PLAN_OMIT_CONDITION_ASK
                                           : BRF__MSG_PLAN_OMIT_CONDITION_NOT),
                     a, 2, why, REASON_CAP);
    return BRF_OMIT_CONDITION;
  }
  int32_t level = brf_exercise_level(ex);
  if (level > pl->level) {
    if (!shared(pl, BRF_OMIT_LEVEL, level))
    {
      brf__i18n_arg a[2] = {{"level", brf__plan_vocab(pl, BRF_VOCAB_LEVEL, level), 0, 0},
                            {"planned", brf__plan_vocab(pl, BRF_VOCAB_LEVEL, pl->level), 0, 0}};
      brf__plan_expand(pl,
                       brf__plan_msg(pl, p->goal == BRF_GOAL_ACUTE_STRAIN
                                             ? BRF__MSG_PLAN_OMIT_LEVEL_STRAIN
                                             : BRF__MSG_PLAN_OMIT_LEVEL),
                       a, 2, why, REASON_CAP);
    }
    return BRF_OMIT_LEVEL;
  }
  if (c->regions & p->avoid) {
    uint32_t hit = c->regions & p->avoid;
    int32_t first = 0;
    while (!(hit & (UINT32_C(1) << first))) first++;
    if (!shared(pl, BRF_OMIT_AVOID, first))
    {
      brf__i18n_arg a = {"region", region_word(pl, hit), 0, 0};
      brf__plan_expand(pl, brf__plan_msg(pl, BRF__MSG_PLAN_OMIT_AVOID), &a, 1, why, REASON_CAP);
    }
    return BRF_OMIT_AVOID;
  }
  if (c->role == BRF__ROLE_STRETCH && (c->regions & (UINT32_C(1) << BRF_REGION_LOWER_BACK))) {
    pl->lowback_seen++;
    if (p->policy == BRF_POLICY_CONSERVATIVE) {
      if (!shared(pl, BRF_OMIT_POLICY, 1))
        brf__format(why, REASON_CAP, "%s", brf__plan_text(pl, BRF__MSG_PLANNER_OMIT_LOW_BACK));
      return BRF_OMIT_POLICY;
    }
  }
  const brf__directional *d = brf__directional_find(brf_exercise_id(ex));
  if (d != NULL && d->direction != pl->direction) {
    if (!shared(pl, BRF_OMIT_POLICY, 2 + d->direction))
      brf__format(why, REASON_CAP, "%s", brf__plan_text(pl, (size_t)d->reason));
    return BRF_OMIT_POLICY;
  }
  return BRF_OMIT_COUNT;
}

brf_status brf__plan_filter(brf__plan *pl, const brf_catalog *cat) {
  size_t n = brf_catalog_count(cat);
  /* Not zeroed: each candidate kept is cleared as it is written, so the
   * pages of a large catalog's array that no candidate reaches are never
   * touched (about 80 % of them with 873 imported exercises). */
  pl->cands = n > 0 && n <= SIZE_MAX / sizeof *pl->cands
                  ? brf__alloc(pl->ctx, n * sizeof *pl->cands)
                  : NULL;
  if (n > 0 && pl->cands == NULL) return brf__nomem(pl->ctx);
  /* Only the exercises that may be planned are kept (pl->n of them), so
   * that the scans of the slots skip what the filters removed. */
  pl->n = 0;
  char why[REASON_CAP];
  for (size_t i = 0; i < n; i++) {
    brf__cand *c = &pl->cands[pl->n];
    memset(c, 0, sizeof *c);
    /* The role from the catalog's key first: an exercise the goal has no
     * slot for is never read (nor built, when it came from an image). */
    c->modality = brf__catalog_modality_at(cat, i);
    c->role = brf__role_of_modality(c->modality);
    c->state = BRF__CAND_OUT;
    if (c->role == BRF__ROLE_NONE || !(pl->roles & (UINT32_C(1) << c->role))) continue;
    c->ex = brf_catalog_at(cat, i);
    size_t nr = brf_exercise_region_count(c->ex, BRF_REGIONS_PRIMARY);
    for (size_t k = 0; k < nr; k++) {
      int32_t r = brf_exercise_region_at(c->ex, BRF_REGIONS_PRIMARY, k);
      if (r >= 0 && r < BRF_REGION_COUNT) c->regions |= UINT32_C(1) << r;
    }
    int32_t cause = judge(pl, c, why);
    if (cause != BRF_OMIT_COUNT) {
      brf__plan_omit(pl, brf_exercise_id(c->ex), cause, why);
      continue;
    }
    c->hash = id_hash(brf_exercise_id(c->ex), pl->p->seed);
    c->named = brf__named_only(brf_exercise_id(c->ex));
    c->state = BRF__CAND_OK;
    pl->n++;
  }
  return pl->text.status;
}
