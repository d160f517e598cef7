/* The state of one planning run, shared by planner_filter.c and planner_run.c. */
#ifndef BRF_PLANNER_RUN_H
#define BRF_PLANNER_RUN_H

#include "planner/planner_private.h"

/* A catalog exercise as the run sees it. */
#define BRF__CAND_OK 0   /* may fill a slot */
#define BRF__CAND_OUT 1  /* filtered out (and listed when its role is used) */
#define BRF__CAND_USED 2 /* chosen, or tried and rejected */

typedef struct brf__cand {
  const brf_exercise *ex;
  uint32_t regions; /* primary regions, bit per BRF_REGION_* */
  uint32_t hash;    /* tie-break from the seed and the id */
  int32_t role;     /* BRF__ROLE_* */
  int32_t modality;
  int32_t state; /* BRF__CAND_* */
  int named;     /* named by a slot: fills only the slots naming it */
} brf__cand;

#define BRF__MAX_SLOTS 64
#define BRF__REASON_KEYS 32

typedef struct brf__plan {
  const brf_planner *p;
  brf_context *ctx;
  int32_t lang; /* the language of the texts: the context's when the plan is made */
  brf__results *res;
  brf__buf text; /* omission ids and reasons */
  brf__cand *cands;
  size_t n;
  brf__slot slots[BRF__MAX_SLOTS];
  size_t slot_count;
  uint32_t roles;      /* bit per BRF__ROLE_* the slots use */
  int32_t level;       /* the highest level allowed */
  int32_t phase;       /* the plan phase in effect */
  int recent_strain;   /* within 72 h, or the acute-strain goal */
  int32_t direction;   /* the person's directional preference (BRF__DIRECTION_*), 0 unknown */
  int32_t thermal;     /* heat or cold first (BRF_THERMAL_*), 0 the slot's order */
  size_t lowback_seen; /* stretches of the lower back met (policy advice) */
  int64_t budget_ms;
  /* Reasons that depend only on the cause and one value (an equipment id,
   * a level, a region) are stored once and shared: offset + 1, 0 when not
   * stored yet. key is the value of the reason being recorded, or -1. */
  size_t shared_reason[BRF_OMIT_COUNT][BRF__REASON_KEYS];
  int32_t key;
} brf__plan;

/* Record one omission (exercise id and a reason); errors latch in pl->text.
 * When pl->key is not -1 the reason is shared with earlier omissions of the
 * same cause and key (and may be NULL when one was stored). */
void brf__plan_omit(brf__plan *pl, const char *id, int32_t cause, const char *reason);

/* Texts in the plan's language (planner_run.c; docs/localisation.md): a
 * text of data/goals.json or data/advisories.json (brf__msgs_planner), a
 * template of data/messages/plan.json (brf__msgs_plan) or one of its plural
 * forms for n, and a template with its {placeholders} filled into buf. */
const char *brf__plan_text(const brf__plan *pl, size_t id);
const char *brf__plan_msg(const brf__plan *pl, size_t id);
const char *brf__plan_plural(const brf__plan *pl, size_t id, int64_t n);
/* How the plan's texts name a vocabulary value: its id in English (as the
 * texts always did), its label in any other language (brf_vocab_label). */
const char *brf__plan_vocab(const brf__plan *pl, int32_t kind, int32_t value);
void brf__plan_expand(const brf__plan *pl, const char *tmpl, const brf__i18n_arg *args,
                      size_t n, char *buf, size_t cap);

/* Build pl->cands from the catalog and filter them (planner_filter.c). Needs
 * pl->roles, level, recent_strain set. Returns BRF_OK or BRF_E_NOMEM. */
brf_status brf__plan_filter(brf__plan *pl, const brf_catalog *cat);

/* Whether the person has the condition: in the profile, or implied by the
 * screen given to the planner (brf_screen_implies_condition). */
int brf__plan_has_condition(const brf__plan *pl, int32_t condition);

#endif /* BRF_PLANNER_RUN_H */
