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

/* The fixture most test files share: a context `ctx` on the counting
 * allocator (state `st`), made before each test of SUITE and freed after it
 * with the check that no block is left live. Expands to the two statics, the
 * setup and teardown, and Criterion's TestSuite(SUITE, ...); include
 * <criterion/criterion.h> first. At file scope:
 *
 *   BRF_TEST_CONTEXT_FIXTURE(journal);
 *
 * A suite with more objects declares the context first, then its objects and
 * two hooks, `static void f(void)`: the first runs once the context is made,
 * the second before the context is freed (brf_test_nothing where there is
 * nothing to do):
 *
 *   BRF_TEST_CONTEXT_DECLARE();
 *   static brf_catalog *cat;
 *   static void open_catalog(void) { cr_assert_eq(brf_catalog_new_builtin(ctx, &cat), BRF_OK); }
 *   static void close_catalog(void) { brf_catalog_free(cat); }
 *   BRF_TEST_CONTEXT_FIXTURE_WITH(builtin, open_catalog, close_catalog);
 */
#define BRF_TEST_CONTEXT_DECLARE() \
  static brf_context *ctx;         \
  static brf_test_alloc st

#define BRF_TEST_CONTEXT_FIXTURE_WITH(suite, more_setup, more_teardown)           \
  static void brf_test_fixture_setup_(void) {                                      \
    ctx = brf_test_context(&st);                                                   \
    more_setup();                                                                  \
  }                                                                                \
  static void brf_test_fixture_teardown_(void) {                                   \
    more_teardown();                                                               \
    brf_test_context_free(ctx, &st);                                               \
  }                                                                                \
  TestSuite(suite, .init = brf_test_fixture_setup_, .fini = brf_test_fixture_teardown_)

#define BRF_TEST_CONTEXT_FIXTURE(suite) \
  BRF_TEST_CONTEXT_DECLARE();           \
  BRF_TEST_CONTEXT_FIXTURE_WITH(suite, brf_test_nothing, brf_test_nothing)

/* Does nothing: the fixture hook of a suite with nothing more to set up or
 * tear down. */
void brf_test_nothing(void);

/* The built-in catalog in ctx, for a fixture's setup hook: a build that left
 * it out (BRF_WITH_BUILTIN_CATALOG=OFF) frees ctx and skips the test. */
brf_catalog *brf_test_builtin_catalog(brf_context *ctx);

/* Read a whole file; returns malloc'd bytes (NUL-terminated) or NULL. */
char *brf_test_read_file(const char *path, size_t *len);

/* The path of a file under ../shared/data, or NULL (with a message printed
 * once per call site by the caller) when that folder is absent. */
const char *brf_test_shared_data(const char *relative, char *buf, size_t cap);

#endif
