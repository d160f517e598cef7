/* Shared by the numbered examples: CHECK(ctx, call) prints the status name
 * and the context's message, then exits, when a call fails. Real apps would
 * handle the error instead of exiting. */
#ifndef BRF_EXAMPLES_COMMON_H
#define BRF_EXAMPLES_COMMON_H

#include <backrelief.h>
#include <stdio.h>
#include <stdlib.h>

#define CHECK(ctx, call)                                                          \
  do {                                                                            \
    brf_status check_status_ = (call);                                            \
    if (check_status_ < 0) {                                                      \
      fprintf(stderr, "%s:%d: %s failed: %s [%s]\n", __FILE__, __LINE__, #call,   \
              brf_context_errmsg(ctx), brf_status_name(check_status_));           \
      exit(1);                                                                    \
    }                                                                             \
  } while (0)

#endif
