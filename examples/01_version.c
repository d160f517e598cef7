/* 01_version: the first program. Create a context, print the version the
 * program was built against and the one it runs with, and free the context.
 * Introduces: brf_context_new, brf_context_free, the version API. */
#include <backrelief.h>
#include <stdio.h>

int main(void) {
  brf_context *ctx = NULL;
  brf_status s = brf_context_new(&ctx);
  if (s != BRF_OK) {
    fprintf(stderr, "brf_context_new: %s\n", brf_status_str(s));
    return 1;
  }

  printf("built against libbackrelief %s, running %s (ABI %u)\n", BRF_VERSION_STRING,
         brf_version_string(), (unsigned)brf_abi_version());

  /* A program should refuse a library of another ABI major. */
  if (brf_abi_version() != BRF_ABI_VERSION) {
    fprintf(stderr, "unexpected ABI %u\n", (unsigned)brf_abi_version());
    brf_context_free(ctx);
    return 1;
  }

  brf_context_free(ctx);
  return 0;
}
