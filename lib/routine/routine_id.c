/* A routine's stable id (docs/formats.md, "Routine"): set by the app, or
 * made from a seed the app gives (its clock, a random source, a UUID), so
 * the library keeps no global state and reads no clock. The id stays with
 * the routine through renames, edits, copies and adaptation; the journal
 * records it with each session. */
#include <string.h>

#include "internal/routine.h"

brf_status brf_routine_set_id(brf_routine *r, const char *id) {
  BRF__ENTER_OBJ(r);
  if (r == NULL) return brf__error(NULL, BRF_E_INVALID, "brf_routine_set_id: NULL routine");
  if (id != NULL && id[0] != '\0' && !brf__id_valid(id, strlen(id)))
    return brf__error(r->ctx, BRF_E_INVALID,
                      "routine id '%.80s': expected 1 to %d letters, digits, '-', '_' or '.'", id,
                      BRF__ID_MAX);
  char *copy = NULL;
  if (id != NULL && id[0] != '\0' && (copy = brf__strdup(r->ctx, id)) == NULL) return BRF_E_NOMEM;
  brf__free(r->ctx, r->id);
  r->id = copy;
  return BRF_OK;
}

const char *brf_routine_id(const brf_routine *r) {
  if (r == NULL) return NULL;
  return r->id != NULL ? r->id : "";
}

/* FNV-1a over the bytes, from and into *h. */
static void mix(uint64_t *h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    *h ^= (unsigned char)s[i];
    *h *= 0x100000001b3ULL;
  }
  *h ^= 0x1f; /* a separator, so "ab"+"c" differs from "a"+"bc" */
  *h *= 0x100000001b3ULL;
}

/* The splitmix64 finaliser: every input bit reaches every output bit. */
static uint64_t finish(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

brf_status brf_routine_make_id(brf_routine *r, const char *seed) {
  BRF__ENTER_OBJ(r);
  if (r == NULL || seed == NULL || seed[0] == '\0')
    return brf__error(r != NULL ? r->ctx : NULL, BRF_E_INVALID,
                      "brf_routine_make_id: NULL routine or empty seed");
  /* Two independent 64-bit hashes of the seed, the name and the steps'
   * exercise ids: 128 bits, written as "r-" and 32 hex digits. */
  uint64_t h[2] = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
  for (int k = 0; k < 2; k++) {
    mix(&h[k], seed, strlen(seed));
    mix(&h[k], r->name, strlen(r->name));
    for (size_t i = 0; i < r->count; i++)
      mix(&h[k], r->steps[i]->exercise_id, strlen(r->steps[i]->exercise_id));
    h[k] = finish(h[k] + (uint64_t)k);
  }
  static const char hex[] = "0123456789abcdef";
  char id[2 + 32 + 1] = "r-";
  for (int k = 0; k < 2; k++)
    for (int d = 0; d < 16; d++) id[2 + k * 16 + d] = hex[(h[k] >> (60 - 4 * d)) & 0xf];
  id[34] = '\0';
  return brf_routine_set_id(r, id);
}
