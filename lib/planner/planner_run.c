/* One planning run (docs/planner.md, "Algorithm"):
 *   1. the red-flag screen: refuse with BRF_E_REFER on emergency or urgent flags;
 *   2. the slots: focus regions first, then the goal's template, with the
 *      phase's strengthening slots and a cold slot after a recent strain;
 *   3. filter the catalog (planner_filter.c);
 *   4. fill the slots in priority order, each with its best candidate at its
 *      shortest dose (the low end of every range), skipping what does not fit;
 *   5. give the default dose back to the chosen steps in priority order while
 *      the budget allows;
 *   6. order the steps by role (heat or cold, mobility, release, stretching,
 *      strengthening) and build the routine, with reasons, phases and notes;
 *   7. advisories. */
#include <string.h>

#include "internal/advice.h"
#include "internal/dosage.h"
#include "internal/routine.h"
#include "internal/timing.h"
#include "planner/planner_run.h"
#include "planner/planner_msgs.h"
#include "planner/planner_plan_msgs.h"
#include "planner/planner_texts.h" /* the sources the advisories cite */

#define R(x) (UINT32_C(1) << (x))
#define TEXT_CAP 1024

const char *brf__plan_text(const brf__plan *pl, size_t id) {
  return brf__msg(&brf__msgs_planner, pl->lang, id);
}
const char *brf__plan_msg(const brf__plan *pl, size_t id) {
  return brf__msg(&brf__msgs_plan, pl->lang, id);
}
const char *brf__plan_vocab(const brf__plan *pl, int32_t kind, int32_t value) {
#if BRF_WITH_TRANSLATIONS /* an English-only build links no labels */
  if (pl->lang != 0) return brf_vocab_label(kind, value, brf__lang_tag(pl->lang));
#else
  (void)pl;
#endif
  return brf_vocab_id(kind, value);
}
const char *brf__plan_plural(const brf__plan *pl, size_t id, int64_t n) {
  return brf__msg_plural(&brf__msgs_plan, pl->lang, id, n);
}
void brf__plan_expand(const brf__plan *pl, const char *tmpl, const brf__i18n_arg *args,
                      size_t n, char *buf, size_t cap) {
  /* Then through brf__format, as the texts were before: a control byte of an
   * argument escaped, a long text cut between characters. */
  char full[2048];
  (void)brf__i18n_expand(brf__lang_tag(pl->lang), tmpl, args, n, full, sizeof full);
  brf__format(buf, cap, "%s", full);
}

/* "1 min 5 s" or "45 s", the local way. */
static void duration_text(const brf__plan *pl, long long secs, char *buf, size_t cap) {
  brf__i18n_arg a[2] = {{"min", NULL, secs / 60, 0}, {"s", NULL, secs % 60, 0}};
  if (secs >= 60)
    brf__plan_expand(pl, brf__plan_msg(pl, BRF__MSG_PLAN_DURATION_MIN_S), a, 2, buf, cap);
  else
    brf__plan_expand(pl, brf__plan_msg(pl, BRF__MSG_PLAN_DURATION_S), a + 1, 1, buf, cap);
}

typedef struct chosen {
  size_t slot;
  uint32_t regions;
  brf__step *step;
  brf_dosage *scaled; /* the shortest dose, or NULL when it equals the default */
  int64_t full_ms;
  int64_t scaled_ms;
  int full; /* 1: the step keeps its default dose */
} chosen;

/* After a recent strain: heat or cold, heat first (docs/planner.md). */
static const brf__slot cold_first = {
    BRF__ROLE_THERMAL, R(BRF_REGION_LOWER_BACK), BRF_MODALITY_HEAT,
    BRF__MSG_PLANNER_REASON_COLD_FIRST, BRF_MODALITY_COLD, NULL, BRF__SLOT_PHASE_ROLE};

static void add_slot(brf__plan *pl, const brf__slot *s) {
  if (pl->slot_count >= BRF__MAX_SLOTS) return;
  pl->slots[pl->slot_count++] = *s;
  pl->roles |= R(s->role);
}

static void add_focus_slots(brf__plan *pl) {
  const brf_planner *p = pl->p;
  for (int32_t r = 0; r < BRF_REGION_COUNT; r++) {
    if (!(p->focus & R(r)) || (p->avoid & R(r))) continue;
    if (p->goal == BRF_GOAL_STRENGTHEN) {
      brf__slot s = {BRF__ROLE_STRENGTH, R(r), -1,
                     BRF__MSG_PLANNER_REASON_FOCUS_STRENGTH, -1, NULL, BRF__SLOT_PHASE_ROLE};
      add_slot(pl, &s);
    } else if (p->goal == BRF_GOAL_ACUTE_STRAIN) {
      brf__slot s = {BRF__ROLE_MOBILITY, R(r), -1,
                     BRF__MSG_PLANNER_REASON_FOCUS_MOBILITY, -1, NULL, BRF__SLOT_PHASE_ROLE};
      add_slot(pl, &s);
    } else {
      brf__slot a = {BRF__ROLE_RELEASE, R(r), -1,
                     BRF__MSG_PLANNER_REASON_FOCUS_RELEASE, -1, NULL, BRF__SLOT_PHASE_ROLE};
      brf__slot b = {BRF__ROLE_STRETCH, R(r), -1,
                     BRF__MSG_PLANNER_REASON_FOCUS_STRETCH, -1, NULL, BRF__SLOT_PHASE_ROLE};
      add_slot(pl, &a);
      add_slot(pl, &b);
    }
  }
}

static void build_slots(brf__plan *pl) {
  const brf_planner *p = pl->p;
  int strength_phase_goal = p->goal != BRF_GOAL_STRENGTHEN && p->goal != BRF_GOAL_ACUTE_STRAIN;
  size_t n = 0, ns = 0;
  const brf__slot *t = brf__goal_slots(p->goal, &n);
  const brf__slot *extra = brf__phase_strength_slots(&ns);
  if (pl->recent_strain && p->goal != BRF_GOAL_ACUTE_STRAIN) add_slot(pl, &cold_first);
  add_focus_slots(pl);
  for (size_t i = 0; i < n; i++) {
    /* The strengthening phase ranks strength right after the first two slots. */
    if (i == 2 && strength_phase_goal && pl->phase == BRF_PLAN_PHASE_STRENGTHENING)
      for (size_t k = 0; k < ns; k++) add_slot(pl, &extra[k]);
    add_slot(pl, &t[i]);
  }
  if (strength_phase_goal && pl->phase == BRF_PLAN_PHASE_MAINTENANCE)
    for (size_t k = 0; k < ns; k++) add_slot(pl, &extra[k]);
}

/* The best candidate for a slot: the slot's own exercise when it names one
 * (an exercise a slot names fills no other slot); else the slot's first
 * modality before its second (the second first when it is the heat or cold
 * the person prefers), a primary region that is the slot's first
 * region, then a focus region, then the seeded hash; SIZE_MAX when none. */
static size_t pick(const brf__plan *pl, const brf__slot *s) {
  uint32_t first = s->regions & (~s->regions + 1u);
  size_t best = SIZE_MAX;
  int best_score = -1;
  uint32_t best_hash = 0;
  for (size_t i = 0; i < pl->n; i++) {
    const brf__cand *c = &pl->cands[i];
    if (c->state != BRF__CAND_OK || c->role != s->role) continue;
    if (s->exercise != NULL) {
      if (strcmp(brf_exercise_id(c->ex), s->exercise) != 0) continue;
    } else if (c->named || !(c->regions & s->regions)) {
      continue;
    }
    if (s->modality >= 0 && c->modality != s->modality && c->modality != s->modality2) continue;
    int32_t preferred = s->modality;
    if (s->modality2 >= 0 &&
        ((pl->thermal == BRF_THERMAL_COLD && s->modality2 == BRF_MODALITY_COLD) ||
         (pl->thermal == BRF_THERMAL_HEAT && s->modality2 == BRF_MODALITY_HEAT)))
      preferred = s->modality2;
    int score = ((c->regions & first) ? 4 : 0) + ((c->regions & pl->p->focus) ? 2 : 0) +
                (s->modality2 >= 0 && c->modality == preferred ? 8 : 0);
    if (score > best_score || (score == best_score && c->hash > best_hash)) {
      best = i;
      best_score = score;
      best_hash = c->hash;
    }
  }
  return best;
}

/* A copy of d with every range (sets, reps, hold, duration) at its low end,
 * or NULL in *out when d has no range to shorten. */
static brf_status shortest(brf_context *ctx, const brf_dosage *d, brf_dosage **out) {
  static const int32_t fields[] = {BRF_DOSE_SETS, BRF_DOSE_REPS, BRF_DOSE_HOLD_MS,
                                   BRF_DOSE_DURATION_MS};
  *out = NULL;
  int ranged = 0;
  for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++) {
    int64_t lo = 0, hi = 0;
    if (brf__dosage_field(d, fields[k], &lo, &hi) && lo < hi) ranged = 1;
  }
  if (!ranged) return BRF_OK;
  brf_dosage *c = NULL;
  brf_status s = brf_dosage_clone(ctx, d, &c);
  if (s != BRF_OK) return s;
  for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++) {
    int64_t lo = 0, hi = 0;
    if (brf__dosage_field(c, fields[k], &lo, &hi) && lo < hi)
      (void)brf_dosage_set(c, fields[k], lo, lo);
  }
  *out = c;
  return BRF_OK;
}

static int64_t max_ms(const brf_dosage *d, int32_t modality) {
  int64_t lo = 0, hi = 0;
  if (brf__dosage_estimate(d, modality, &lo, &hi) != BRF_OK) return INT64_MAX;
  return hi;
}

static void chosen_free(brf_context *ctx, chosen *c, size_t k) {
  for (size_t j = 0; j < k; j++) {
    if (c[j].step != NULL) brf__step_free(ctx, c[j].step);
    brf_dosage_free(c[j].scaled);
  }
  brf__free(ctx, c);
}

/* Try the candidate i for slot si; 1 when taken, 0 when it does not fit or
 * its default dose is unusable, -1 on allocation failure. */
static int try_take(brf__plan *pl, size_t si, size_t i, chosen *c, size_t *k, int64_t *total) {
  brf__cand *cand = &pl->cands[i];
  cand->state = BRF__CAND_USED;
  brf__step *step = NULL;
  brf_status s = brf__step_new(pl->ctx, cand->ex, NULL, &step);
  if (s == BRF_E_NOMEM) return -1;
  if (s != BRF_OK) {
    brf__clear_error(pl->ctx); /* handled: the plan goes on without it */
    return 0; /* a default dose that does not parse: never planned */
  }
  brf_dosage *sc = NULL;
  if (shortest(pl->ctx, step->dose, &sc) != BRF_OK) {
    brf__step_free(pl->ctx, step);
    return -1;
  }
  int64_t full = max_ms(step->dose, cand->modality);
  int64_t least = sc != NULL ? max_ms(sc, cand->modality) : full;
  int64_t add = *k == 0 ? BRF__GET_READY_MS : BRF__TRANSITION_MS;
  if (least > pl->budget_ms || *total + add + least > pl->budget_ms) {
    char why[TEXT_CAP];
    /* Seconds past a minute read badly ("at least 1205 s"): minutes and seconds. */
    long long need = (long long)(least / 1000);
    long long left =
        (long long)((pl->budget_ms - *total - add > 0 ? pl->budget_ms - *total - add : 0) / 1000);
    char need_text[64], left_text[64];
    duration_text(pl, need, need_text, sizeof need_text);
    duration_text(pl, left, left_text, sizeof left_text);
    brf__i18n_arg a[3] = {{"minutes", NULL, pl->p->minutes, 0},
                          {"need", need_text, 0, 0},
                          {"left", left_text, 0, 0}};
    brf__plan_expand(pl, brf__plan_plural(pl, BRF__MSG_PLAN_OMIT_TIME, left), a, 3, why,
                     sizeof why);
    pl->key = -1;
    brf__plan_omit(pl, brf_exercise_id(cand->ex), BRF_OMIT_TIME, why);
    brf__step_free(pl->ctx, step);
    brf_dosage_free(sc);
    return pl->text.status == BRF_OK ? 0 : -1;
  }
  chosen *ch = &c[(*k)++];
  ch->slot = si;
  ch->regions = cand->regions;
  ch->step = step;
  ch->scaled = sc;
  ch->full_ms = full;
  ch->scaled_ms = least;
  ch->full = sc == NULL;
  *total += add + least;
  return 1;
}

/* Steps 4 and 5: fill the slots at the shortest doses, then give back the
 * default doses in priority order while they fit. */
static brf_status fill(brf__plan *pl, chosen *c, size_t *k) {
  int64_t total = 0;
  for (size_t si = 0; si < pl->slot_count; si++) {
    for (int tries = 0; tries < 4; tries++) {
      size_t i = pick(pl, &pl->slots[si]);
      if (i == SIZE_MAX) break;
      int got = try_take(pl, si, i, c, k, &total);
      if (got < 0) return BRF_E_NOMEM;
      if (got > 0) break;
    }
  }
  for (size_t j = 0; j < *k; j++) {
    if (c[j].full) continue;
    int64_t delta = c[j].full_ms - c[j].scaled_ms;
    if (total + delta <= pl->budget_ms) {
      total += delta;
      c[j].full = 1;
    }
  }
  return BRF_OK;
}

/* The phase label of a slot's step: cold is comfort, not a warm-up. */
static int32_t phase_label(const brf__slot *slot, int32_t modality) {
  if (slot->phase == BRF__SLOT_PHASE_COOL_DOWN) return BRF_PHASE_COOL_DOWN;
  if (slot->phase == BRF__SLOT_PHASE_NONE) return BRF_PHASE_NONE;
  if (modality == BRF_MODALITY_COLD) return BRF_PHASE_NONE;
  switch (slot->role) {
  case BRF__ROLE_RELEASE: return BRF_PHASE_RELEASE;
  case BRF__ROLE_STRETCH: return BRF_PHASE_STRETCH;
  case BRF__ROLE_STRENGTH: return BRF_PHASE_STRENGTHEN;
  default: return BRF_PHASE_WARM_UP;
  }
}

/* The note of a step: what to change for each condition the person has
 * whose contraindication says "modify". */
static brf_status modify_note(const brf__plan *pl, const brf__step *s, char *buf, size_t cap) {
  size_t len = 0;
  buf[0] = '\0';
  for (size_t k = 0; k < s->contra_count; k++) {
    const brf__step_contra *sc = &s->contra[k];
    if (sc->action != BRF_ACTION_MODIFY) continue;
    if (!brf__plan_has_condition(pl, sc->condition)) continue;
    char piece[TEXT_CAP];
    brf__i18n_arg a[2] = {{"condition", brf__plan_vocab(pl, BRF_VOCAB_CONDITION, sc->condition), 0, 0},
                          {"note", sc->note, 0, 0}};
    brf__plan_expand(pl, brf__plan_msg(pl, BRF__MSG_PLAN_NOTE_MODIFY), a, 2, piece, sizeof piece);
    if (len < cap) len += brf__format(buf + len, cap - len, "%s%s", len > 0 ? " " : "", piece);
  }
  return BRF_OK;
}

/* The glute-knots article rolls the glutes daily; the foam-rolling article
 * about 3 times a week (docs/evidence.md). The follow-seed policy takes the
 * daily rhythm for every goal but maintenance (where 3 a week applies). */
static void glute_frequency(const brf__plan *pl, const chosen *c) {
  if (pl->p->policy != BRF_POLICY_SEED || pl->p->goal == BRF_GOAL_MAINTENANCE) return;
  if (c->step->modality != BRF_MODALITY_SELF_MASSAGE || !(c->regions & R(BRF_REGION_GLUTES)))
    return;
  (void)brf_dosage_unset(c->step->dose, BRF_DOSE_PER_WEEK);
  (void)brf_dosage_set(c->step->dose, BRF_DOSE_PER_DAY, 1, 1);
}

static int32_t order_key(const brf__slot *s) {
  return s->phase == BRF__SLOT_PHASE_COOL_DOWN ? BRF__ROLE_COUNT : s->role;
}

static brf_status build_routine(brf__plan *pl, chosen *c, size_t k, brf_routine **out) {
  /* Stable order by role: heat or cold, mobility, release, stretch, strength;
   * the cool-down last. */
  for (size_t j = 1; j < k; j++) {
    chosen t = c[j];
    size_t m = j;
    while (m > 0 && order_key(&pl->slots[c[m - 1].slot]) > order_key(&pl->slots[t.slot])) {
      c[m] = c[m - 1];
      m--;
    }
    c[m] = t;
  }
  brf_routine *r = NULL;
  brf_status s = brf_routine_new(pl->ctx, &r);
  /* the caller's name, or the goal's label (docs/planner.md, "Name") in the plan's language */
  static const size_t labels[BRF_GOAL_COUNT] = {
      [BRF_GOAL_POST_LEG_WORKOUT] = BRF__MSG_PLAN_GOAL_POST_LEG_WORKOUT,
      [BRF_GOAL_LONG_SITTING] = BRF__MSG_PLAN_GOAL_LONG_SITTING,
      [BRF_GOAL_ACUTE_STRAIN] = BRF__MSG_PLAN_GOAL_ACUTE_STRAIN,
      [BRF_GOAL_MAINTENANCE] = BRF__MSG_PLAN_GOAL_MAINTENANCE,
      [BRF_GOAL_STRENGTHEN] = BRF__MSG_PLAN_GOAL_STRENGTHEN};
  int32_t g = pl->p->goal;
  if (s == BRF_OK)
    s = brf_routine_set_name(r, pl->p->name != NULL            ? pl->p->name
                                : g >= 0 && g < BRF_GOAL_COUNT ? brf__plan_msg(pl, labels[g])
                                                               : NULL);
  if (s == BRF_OK) r->goal = pl->p->goal; /* the routine keeps the goal it serves */
  char text[TEXT_CAP];
  for (size_t j = 0; j < k && s == BRF_OK; j++) {
    if (!c[j].full) {
      brf_dosage_free(c[j].step->dose);
      c[j].step->dose = c[j].scaled;
      c[j].scaled = NULL;
    }
    glute_frequency(pl, &c[j]);
    s = brf__routine_insert_step(r, j, c[j].step);
    if (s != BRF_OK) break;
    c[j].step = NULL;
    const brf__slot *slot = &pl->slots[c[j].slot];
    (void)brf_routine_step_set_phase(r, j, phase_label(slot, brf__routine_step(r, j)->modality));
    brf__i18n_arg a = {"reason", brf__plan_text(pl, (size_t)slot->reason), 0, 0};
    if (c[j].full)
      brf__format(text, sizeof text, "%s", a.text);
    else
      brf__plan_expand(pl, brf__plan_msg(pl, BRF__MSG_PLAN_REASON_SHORTENED), &a, 1, text,
                       sizeof text);
    s = brf_routine_step_set_reason(r, j, text);
    if (s == BRF_OK) s = modify_note(pl, brf__routine_step(r, j), text, sizeof text);
    if (s == BRF_OK && text[0] != '\0') s = brf_routine_step_set_note(r, j, text);
  }
  if (s != BRF_OK) {
    brf_routine_free(r);
    return s;
  }
  *out = r;
  return BRF_OK;
}

/* Advisories that depend on what was planned (the screen's came first). */
static brf_status advise(brf__plan *pl, const brf_routine *r) {
  const brf_planner *p = pl->p;
  brf_advice *a = pl->res->advice;
  brf_status s = BRF_OK;
  int32_t age = brf_profile_age_years(p->profile);
  if (age >= 0 && age < 16)
    s = brf__advice_add(a, "planner.age-under-16", BRF_ADVICE_WARNING,
                        brf__plan_msg(pl, BRF__MSG_PLAN_ADVICE_AGE_UNDER_16),
                        BRF__PLANNER_SRC_AGE_UNDER_16);
  if (s == BRF_OK && age >= 65)
    s = brf__advice_add(a, "planner.older-holds", BRF_ADVICE_INFO,
                        brf__plan_msg(pl, BRF__MSG_PLAN_ADVICE_OLDER_HOLDS),
                        BRF__PLANNER_SRC_OLDER_HOLDS);
  if (s == BRF_OK && pl->recent_strain)
    s = brf__advice_add(a, "planner.strain-cold-first", BRF_ADVICE_INFO,
                        brf__plan_text(pl, BRF__MSG_PLANNER_STRAIN_HEAT_OR_COLD),
                        BRF__PLANNER_SRC_STRAIN_COLD_FIRST);
  if (s == BRF_OK && p->goal == BRF_GOAL_ACUTE_STRAIN && pl->phase != BRF_PLAN_PHASE_RELIEF)
    s = brf__advice_add(a, "planner.no-strength-after-strain", BRF_ADVICE_INFO,
                        brf__plan_msg(pl, BRF__MSG_PLAN_ADVICE_NO_STRENGTH_AFTER_STRAIN),
                        BRF__PLANNER_SRC_NO_STRENGTH_AFTER_STRAIN);
  if (s == BRF_OK && p->goal == BRF_GOAL_STRENGTHEN && pl->phase == BRF_PLAN_PHASE_RELIEF)
    s = brf__advice_add(a, "planner.strength-in-relief", BRF_ADVICE_CAUTION,
                        brf__plan_text(pl, BRF__MSG_PLANNER_STRENGTH_IN_RELIEF), BRF__PLANNER_SRC_STRENGTH_IN_RELIEF);
  int glute_release = 0, thermal = 0;
  for (size_t j = 0; j < brf_routine_step_count(r); j++) {
    const brf__step *st = brf__routine_step(r, j);
    if (st->modality == BRF_MODALITY_COLD || st->modality == BRF_MODALITY_HEAT) thermal = 1;
    if (st->modality != BRF_MODALITY_SELF_MASSAGE) continue;
    for (size_t m = 0; m < st->region_count; m++)
      if (st->regions[m] == BRF_REGION_GLUTES) glute_release = 1;
  }
  if (s == BRF_OK && glute_release)
    s = brf__advice_add(
        a, "planner.glute-rolling-frequency", BRF_ADVICE_INFO,
        p->policy == BRF_POLICY_SEED && p->goal != BRF_GOAL_MAINTENANCE
            ? brf__plan_text(pl, BRF__MSG_PLANNER_GLUTE_ROLLING_SEED)
            : brf__plan_text(pl, BRF__MSG_PLANNER_GLUTE_ROLLING_CONSERVATIVE),
        BRF__PLANNER_SRC_GLUTE_ROLLING);
  if (s == BRF_OK && pl->lowback_seen > 0)
    s = brf__advice_add(
        a, "planner.low-back-stretching", BRF_ADVICE_INFO,
        p->policy == BRF_POLICY_CONSERVATIVE
            ? brf__plan_text(pl, BRF__MSG_PLANNER_LOW_BACK_CONSERVATIVE)
            : brf__plan_text(pl, BRF__MSG_PLANNER_LOW_BACK_SEED),
        BRF__PLANNER_SRC_LOW_BACK);
  if (s == BRF_OK && pl->recent_strain && !thermal)
    s = brf__advice_add(a, "planner.no-cold-pack", BRF_ADVICE_CAUTION,
                        brf__plan_text(pl, BRF__MSG_PLANNER_NO_HEAT_OR_COLD), BRF__PLANNER_SRC_NO_COLD_PACK);
  size_t late = 0;
  for (size_t j = 0; j < pl->res->count; j++)
    if (pl->res->items[j].cause == BRF_OMIT_TIME) late++;
  if (s == BRF_OK && late > 0) {
    char msg[TEXT_CAP], mins[64];
    brf__i18n_arg m = {"count", NULL, p->minutes, 0};
    brf__plan_expand(pl, brf__plan_plural(pl, BRF__MSG_PLAN_MINUTES, p->minutes), &m, 1, mins,
                     sizeof mins);
    brf__i18n_arg args[2] = {{"count", NULL, (int64_t)late, 0}, {"minutes", mins, 0, 0}};
    brf__plan_expand(pl, brf__plan_plural(pl, BRF__MSG_PLAN_ADVICE_TIME, (int64_t)late), args,
                     2, msg, sizeof msg);
    s = brf__advice_add(a, "planner.time", BRF_ADVICE_INFO, msg, "docs/planner.md");
  }
  return s;
}

static brf_status screen_check(brf__plan *pl) {
  const brf_screen *sc = pl->p->screen;
  if (sc == NULL) return BRF_OK;
  if (brf_screen_evaluate(sc) == BRF_E_REFER) {
    /* The advice on one line: a message would show a line break as \x0a. */
    char line[512];
    const char *m = brf_screen_message(sc);
    size_t n = 0;
    for (; m[n] != '\0' && n + 1 < sizeof line; n++) line[n] = m[n] == '\n' ? ' ' : m[n];
    while (m[n] != '\0' && n > 0 && ((unsigned char)m[n] & 0xC0) == 0x80) n--;
    line[n] = '\0';
    return brf__error(pl->ctx, BRF_E_REFER, "%s", line);
  }
  if (brf_screen_outcome(sc) == BRF_URGENCY_REVIEW)
    return brf__advice_add(pl->res->advice, "planner.review-flags", BRF_ADVICE_WARNING,
                           brf_screen_message(sc),
                           BRF__PLANNER_SRC_REVIEW_FLAGS);
  return BRF_OK;
}

static void setup(brf__plan *pl, const brf_planner *p, brf__results *res) {
  memset(pl, 0, sizeof *pl);
  pl->p = p;
  pl->ctx = p->ctx;
  pl->lang = brf__ctx_lang(p->ctx);
  pl->res = res;
  brf__buf_init(&pl->text, p->ctx);
  pl->phase = p->phase >= 0 ? p->phase : brf__goal_default_phase(p->goal);
  int64_t hours = 0;
  pl->recent_strain = p->goal == BRF_GOAL_ACUTE_STRAIN ||
                      (brf_profile_strain_hours_ago(p->profile, &hours) == BRF_OK && hours < 72);
  pl->direction = BRF_DIRECTION_UNKNOWN;
  (void)brf_profile_direction_get(p->profile, &pl->direction);
  pl->thermal = BRF_THERMAL_ANY;
  (void)brf_profile_thermal_get(p->profile, &pl->thermal);
  int32_t level = brf_profile_level(p->profile);
  pl->level = level < 0 || p->goal == BRF_GOAL_ACUTE_STRAIN ? BRF_LEVEL_BEGINNER : level;
  pl->budget_ms = (int64_t)p->minutes * 60000;
}

brf_status brf__planner_plan(const brf_planner *p, const brf_catalog *cat, brf__results *res,
                             brf_routine **out) {
  brf__plan pl;
  setup(&pl, p, res);
  chosen *c = NULL;
  size_t k = 0;
  brf_routine *r = NULL;
  brf_status s = brf__advice_new(p->ctx, &res->advice);
  if (s == BRF_OK) s = screen_check(&pl);
  if (s == BRF_OK) {
    build_slots(&pl);
    s = brf__plan_filter(&pl, cat);
  }
  if (s == BRF_OK) {
    c = brf__calloc(p->ctx, pl.slot_count > 0 ? pl.slot_count : 1, sizeof *c);
    if (c == NULL) s = BRF_E_NOMEM;
  }
  if (s == BRF_OK) s = fill(&pl, c, &k);
  if (s == BRF_OK) s = build_routine(&pl, c, k, &r);
  if (s == BRF_OK) s = advise(&pl, r);
  if (s == BRF_OK) s = pl.text.status;
  if (s == BRF_OK) {
    int64_t hi = 0;
    s = brf_routine_estimate_ms(r, NULL, &hi);
    if (s == BRF_OK && hi > pl.budget_ms)
      s = brf__error(p->ctx, BRF_E_INTERNAL, "the plan takes %lld ms, over the budget",
                     (long long)hi);
  }
  if (s == BRF_OK) s = brf__buf_take(&pl.text, &res->text, &res->text_len);
  else brf__buf_free(&pl.text);
  chosen_free(p->ctx, c, k);
  brf__free(p->ctx, pl.cands);
  if (s == BRF_OK && brf_routine_step_count(r) == 0)
    s = brf__error(p->ctx, BRF_E_NOT_FOUND,
                   "no exercise could be planned for the goal \"%s\" in %d minutes: %zu left "
                   "out (see brf_planner_omitted_reason)",
                   brf_goal_id(p->goal), (int)p->minutes, res->count);
  if (s != BRF_OK) {
    brf_routine_free(r);
    r = NULL;
    if (s != BRF_E_NOT_FOUND) brf__results_free(p->ctx, res);
  }
  *out = r;
  return s;
}
