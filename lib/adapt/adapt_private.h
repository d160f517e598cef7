/* Shared by the files of the adaptation module (lib/adapt). The rules and
 * their constants are documented in docs/adaptation.md. */
#ifndef BRF_ADAPT_PRIVATE_H
#define BRF_ADAPT_PRIVATE_H

#include "backrelief/adapt.h"
#include "internal/advice.h"
#include "internal/journal.h"
#include "adapt/adapt_adaptation_msgs.h"

/* Traffic lights (pain monitoring; docs/adaptation.md, docs/evidence.md). */
#define BRF__ADAPT_GREEN_MAX 3    /* pain right after <= 3: green */
#define BRF__ADAPT_AMBER_MAX 5    /* 4-5: amber; above: red */
#define BRF__ADAPT_SEVERE 8       /* severe pain: refer */
#define BRF__ADAPT_MIC 2          /* minimal important change (Ostelo 2008) */
#define BRF__ADAPT_RISES 3        /* consecutive rises of the peak pain: refer */
#define BRF__ADAPT_GREEN_RUN 2    /* green sessions on distinct days before progressing */
#define BRF__ADAPT_REVIEW_DAYS 14 /* no improvement after about 2 weeks: refer */
#define BRF__ADAPT_REVIEW_BASE 4  /* ... when the starting pain was at least moderate */
/* Phase advance (the foam-rolling and stretching articles; docs/evidence.md). */
#define BRF__ADAPT_TIGHT_LOW 3
#define BRF__ADAPT_PHASE_DAYS 7
#define BRF__ADAPT_PHASE_SESSIONS 3
/* Taper (the recovery-exercises article; docs/evidence.md). */
#define BRF__ADAPT_TAPER_DAYS 14
#define BRF__ADAPT_TAPER_ACTIVE_DAYS 10

#define BRF__LIGHT_GREEN 0
#define BRF__LIGHT_UNCONFIRMED 1 /* green during, but no next-morning check */
#define BRF__LIGHT_AMBER 2
#define BRF__LIGHT_RED 3

/* One rated session of the routine, in date order. */
typedef struct brf__session {
  const brf__jentry *e;
  size_t index; /* in the journal */
  int32_t peak; /* max of pain right after and next morning */
  int32_t light;
  int32_t tightness; /* max recorded, -1 none */
} brf__session;

struct brf_adapt_suggestion {
  brf_context *ctx;
  int32_t outcome;
  brf_advice *reasons;
  brf_routine *routine; /* NULL when unchanged */
  char *frequency;      /* NULL when unchanged */
};

/* What the routine editors need. */
typedef struct brf__adapt_env {
  brf_context *ctx;
  const brf_catalog *catalog;
  const brf_profile *profile;
  brf_advice *reasons;
} brf__adapt_env;

/* Step classes. */
int brf__adapt_step_is_relief(const brf_routine *r, size_t i);
int brf__adapt_step_is_strength(const brf_routine *r, size_t i);

/* Routine editors: each works on *r (a clone owned by the caller), adds one
 * reason per change, and sets *changed. They return BRF_OK or BRF_E_NOMEM
 * (and then *r may be half edited: the caller frees it). */
brf_status brf__adapt_progress(brf__adapt_env *env, brf_routine *r, int *changed);
brf_status brf__adapt_regress(brf__adapt_env *env, brf_routine *r, int *changed);
brf_status brf__adapt_drop_strength(brf__adapt_env *env, brf_routine *r, int *changed);
brf_status brf__adapt_add_strength(brf__adapt_env *env, brf_routine *r, int *changed);
brf_status brf__adapt_taper(brf__adapt_env *env, brf_routine *r, int *changed);
/* Whether some relief step is done more often than 3 times a week. */
int brf__adapt_taper_applies(const brf_routine *r);

/* Add a reason whose message is the template id of
 * data/messages/adaptation.json (adapt_adaptation_msgs.h) in the language of
 * env->ctx, its {placeholders} filled from args (docs/localisation.md);
 * returns BRF_OK or BRF_E_NOMEM. BRF__ADAPT_SAY passes the args as a list:
 * BRF__ARG_N("pain", 7) a number, BRF__ARG_T("exercise", id) a text. */
brf_status brf__adapt_say(brf__adapt_env *env, const char *rule, int32_t severity,
                          const char *source, size_t id, const brf__i18n_arg *args, size_t nargs);
#define BRF__ARG_N(name, v) {(name), NULL, (int64_t)(v), 0}
#define BRF__ARG_T(name, s) {(name), (s), 0, 0}
#define BRF__ADAPT_SAY(env, rule, sev, src, id, ...)                                            \
  brf__adapt_say((env), (rule), (sev), (src), (id), (const brf__i18n_arg[]){__VA_ARGS__},      \
                 sizeof((const brf__i18n_arg[]){__VA_ARGS__}) / sizeof(brf__i18n_arg))
/* The advice of urgency u (brf_urgency_advice) in the language of env->ctx. */
const char *brf__adapt_urgency_advice(const brf__adapt_env *env, int32_t u);
/* The words a reason names things by, in the language of env->ctx: in
 * English the ids, as before (emergency, cauda-equina, reps); in another
 * language the urgency's and the dose field's words (adaptation messages)
 * and the red flag's label (brf_screening_text). */
const char *brf__adapt_urgency_word(const brf__adapt_env *env, int32_t u);
const char *brf__adapt_flag_word(const brf__adapt_env *env, const char *flag);
const char *brf__adapt_field_word(const brf__adapt_env *env, int32_t field);
/* A dose as a reason shows it, into buf, in the language of env->ctx
 * (brf__dosage_text: the notation in English or where the description is
 * left out, the reader's words in another language); "?" when it does not
 * fit. */
void brf__adapt_dose_text(const brf__adapt_env *env, const brf_dosage *d, char *buf, size_t cap);
/* Text id of data/messages/adaptation.json in the language of env->ctx. */
const char *brf__adapt_msg(const brf__adapt_env *env, size_t id);
/* Add a reason; returns BRF_OK or BRF_E_NOMEM. Message as brf__format. */
brf_status brf__adapt_reason(brf__adapt_env *env, const char *rule, int32_t severity,
                             const char *source, const char *fmt, ...);

/* Step size, floor (regress) and cap by modality (progress) of each dose
 * field a progression changes, in the order of a progression (reps, sets,
 * holds, durations; docs/adaptation.md). One table for both rule sets:
 * brf_adapt_suggest (adapt_edit.c, where it is defined) and brf_adapt_next. */
typedef struct brf__adapt_dose_rule {
  int32_t field;
  int64_t step, floor;
  int64_t cap[BRF_MODALITY_COUNT]; /* 0: never raised for that modality */
} brf__adapt_dose_rule;
#define BRF__ADAPT_DOSE_RULES 4
extern const brf__adapt_dose_rule brf__adapt_dose_rules[BRF__ADAPT_DOSE_RULES];

/* Hand the dose d to step i of r when st is BRF_OK (st is the status of the
 * steps that made d); d is freed either way. Returns st or the setter's. */
brf_status brf__adapt_give_dose(brf_routine *r, size_t i, brf_dosage *d, brf_status st);

#endif
