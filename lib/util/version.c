#include "util/core.h"

uint32_t brf_version(void) {
  return (uint32_t)BRF_VERSION_NUMBER;
}

const char *brf_version_string(void) {
  return BRF_VERSION_STRING;
}

uint32_t brf_abi_version(void) {
  return (uint32_t)BRF_ABI_VERSION;
}
