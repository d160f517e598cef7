/* Shared helpers for the unit tests: allocators that count, fail on demand,
 * and check for leaks; file helpers; and the location of optional data. */
#ifndef BRF_TEST_SUPPORT_H
#define BRF_TEST_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief.h"

/* An allocator that counts calls and live bytes and can fail the Nth
 * allocation (fail_at = 0 never fails; counting starts at 1). */
typedef struct brf_test_alloc {
  size_t allocs;      /* alloc + realloc calls that succeeded */
  size_t frees;
  size_t live_blocks; /* blocks currently allocated */
  size_t live_bytes;
  size_t peak_bytes;
  size_t calls;       /* alloc + realloc calls, failed or not */
  size_t fail_at;     /* fail the call with this number (1-based), 0 = never */
  int failed;         /* set once a call was failed */
} brf_test_alloc;

/* Fill *a with functions bound to state (which is zeroed). */
void brf_test_alloc_init(brf_allocator *a, brf_test_alloc *state);

/* A context on the counting allocator (state zeroed first), asserted to be
 * made (a Criterion assertion: for test fixtures and test bodies). */
brf_context *brf_test_context(brf_test_alloc *state);

/* Free a context made by brf_test_context and expect no block left live. */
void brf_test_context_free(brf_context *ctx, const brf_test_alloc *state);

/* Read a whole file; returns malloc'd bytes (NUL-terminated) or NULL. */
char *brf_test_read_file(const char *path, size_t *len);

/* The path of a file under ../shared/data, or NULL (with a message printed
 * once per call site by the caller) when that folder is absent. */
const char *brf_test_shared_data(const char *relative, char *buf, size_t cap);

#endif
