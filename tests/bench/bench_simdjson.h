/* simdjson (C++) behind a C interface, for backrelief-bench only: the
 * physical limit of a DOM parse, as a reference beside cJSON and jansson.
 * Compiled only when Debian's libsimdjson-dev was found at configure time
 * (BRF_BENCH_HAVE_SIMDJSON); never a dependency of the library. */
#ifndef BRF_BENCH_SIMDJSON_H
#define BRF_BENCH_SIMDJSON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bench_simdjson bench_simdjson;

/* A DOM parser and a padded copy of text[0..len) (simdjson reads up to 64
 * bytes past the end, so it parses a padded copy; the copy is made here,
 * once, outside the timed parse). NULL when out of memory. */
bench_simdjson *bench_simdjson_new(const char *text, size_t len);

/* One DOM parse of the copy (the parser's buffers are reused from the first
 * parse on, as simdjson recommends); 0 on success, -1 on a parse error. */
int bench_simdjson_parse(bench_simdjson *s);

/* simdjson's selected kernel ("haswell", "westmere", "fallback", ...). */
const char *bench_simdjson_kernel(void);

void bench_simdjson_free(bench_simdjson *s);

#ifdef __cplusplus
}
#endif

#endif
