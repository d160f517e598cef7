/* Building advice lists (see include/backrelief/advice.h). Every module's
 * checks create a list with brf__advice_new and append with brf__advice_add;
 * the caller receives the list and reads it through the public getters.
 * Provided by: advice. Used by: adapt, catalog, dosage, planner, routine. */
#ifndef BRF_INTERNAL_ADVICE_H
#define BRF_INTERNAL_ADVICE_H

#include "backrelief/advice.h"

/* A new empty list that retains ctx. Returns BRF_OK, BRF_E_INVALID (NULL
 * ctx or out) or BRF_E_NOMEM (*out NULL). */
brf_status brf__advice_new(brf_context *ctx, brf_advice **out);

/* Append one advisory; the strings are copied. Returns BRF_OK,
 * BRF_E_INVALID (NULL argument or a severity outside INFO..WARNING) or
 * BRF_E_NOMEM (the list is unchanged). */
brf_status brf__advice_add(brf_advice *a, const char *rule, int32_t severity,
                           const char *message, const char *source);

#endif /* BRF_INTERNAL_ADVICE_H */
