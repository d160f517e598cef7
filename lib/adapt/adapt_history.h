/* The rated sessions of a routine (lib/adapt/adapt_history.c). */
#ifndef BRF_ADAPT_HISTORY_H
#define BRF_ADAPT_HISTORY_H

#include "adapt/adapt_private.h"

/* The entries of routine (all when "") with pain right after recorded,
 * sorted by date, time and journal order; *out is owned (brf__free) and
 * NULL when there are none. BRF_OK or BRF_E_NOMEM. */
brf_status brf__adapt_history(brf_context *ctx, const brf_journal *j, const char *routine,
                              brf__session **out, size_t *out_count);

#endif
