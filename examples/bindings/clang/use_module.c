/* Compiled with `clang -fmodules -fmodule-map-file=include/backrelief/module.modulemap`:
 * the #include below is turned into an import of the BackRelief module, so this
 * checks that the module map builds and exposes the whole public API. */
#include <backrelief.h>
#include <stdio.h>

int main(void) {
  brf_context *ctx = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 1;
  printf("BackRelief module: libbackrelief %s, ABI %u\n", brf_version_string(),
         (unsigned)brf_abi_version());
  brf_context_free(ctx);
  return brf_abi_version() == BRF_ABI_VERSION ? 0 : 1;
}
