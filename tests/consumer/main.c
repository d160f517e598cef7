/* A program built only from the installed package, as an app would. */
#include <backrelief.h>
#include <stdio.h>

int main(void) {
  brf_context *ctx = NULL;
  if (brf_context_new(&ctx) != BRF_OK) return 1;
  if (brf_version() != BRF_VERSION_NUMBER) {
    fprintf(stderr, "version mismatch: %s vs %s\n", brf_version_string(), BRF_VERSION_STRING);
    return 1;
  }
  printf("consumer ok: libbackrelief %s (ABI %u)\n", brf_version_string(),
         (unsigned)brf_abi_version());
  brf_context_free(ctx);
  return 0;
}
