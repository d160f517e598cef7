/* The decision rules (lib/adapt/adapt_rules.c). */
#ifndef BRF_ADAPT_RULES_H
#define BRF_ADAPT_RULES_H

#include "adapt/adapt_private.h"

/* Decide the outcome from the sessions s[0..n) (date order) and add its
 * reason. BRF_OK or BRF_E_NOMEM. */
brf_status brf__adapt_decide(brf__adapt_env *env, const brf__session *s, size_t n,
                             const brf_routine *r, const brf_screen *screen,
                             int32_t *outcome);

#endif
