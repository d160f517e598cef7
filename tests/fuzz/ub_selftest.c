/* Not a fuzz target (no fuzz_ prefix): a target with undefined behaviour on
 * every input, so that fuzz.replay.gate_selftest proves a sanitizer report
 * fails a corpus replay. */
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  volatile int shift = -1; /* BRF_WEEKDAY_BIT(0) before the fix */
  volatile unsigned bit = 1u << shift;
  (void)data;
  (void)size;
  (void)bit;
  return 0;
}
