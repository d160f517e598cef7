/* Fuzz target: the catalog format's two readers on the same input. The fast
 * reader (with its fall-back) and the checked reader alone must agree on the
 * status and the error, and on the catalog when both accept: the readers'
 * comparison is tests/fuzz/readers_diff.h. A difference traps. */
#include <stdint.h>
#include <stdio.h>

#include "readers_diff.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *why = brf_diff_catalog((const char *)data, size);
  if (why != NULL) {
    fprintf(stderr, "catalog readers differ: %s\n", why);
    __builtin_trap();
  }
  return 0;
}
