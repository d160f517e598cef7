/* 04_compose_routine: build an evening routine by hand: release the glutes
 * with a ball, then stretch them; override one dose; reorder; and ask how
 * long it takes. Introduces: brf_routine_new, append with the catalog's
 * default dose or an override, move, step getters, brf_routine_estimate_ms.
 * A routine copies what it needs, so it outlives the catalog. */
#include <string.h>

#include "common.h"

int main(void) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_routine *r = NULL;
  brf_dosage *short_stretch = NULL;
  CHECK(ctx, brf_context_new(&ctx));
  CHECK(ctx, brf_catalog_new_builtin(ctx, &cat));
  CHECK(ctx, brf_routine_new(ctx, &r));
  CHECK(ctx, brf_routine_set_name(r, "Evening glute release"));

  /* NULL dose: use the exercise's default dose from the catalog. */
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "seated-piriformis-stretch"), NULL));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "glute-ball-release"), NULL));

  /* An override: two holds of 30 s on each side. */
  const char *dose = "2 reps, hold 30s, each side";
  CHECK(ctx, brf_dosage_parse(ctx, dose, strlen(dose), &short_stretch));
  CHECK(ctx, brf_routine_step_set_dose(r, 0, short_stretch));

  /* Release comes before stretching (seeds 000 and 003): move the ball work first. */
  CHECK(ctx, brf_routine_move(r, 1, 0));

  printf("%s\n", brf_routine_name(r));
  for (size_t i = 0; i < brf_routine_step_count(r); i++) {
    char text[128];
    size_t needed;
    CHECK(ctx, brf_dosage_format(brf_routine_step_dose(r, i), text, sizeof text, &needed));
    printf("  %zu. %-28s %s\n", i + 1, brf_routine_step_name(r, i), text);
  }
  int64_t lo = 0, hi = 0;
  CHECK(ctx, brf_routine_estimate_ms(r, &lo, &hi));
  printf("takes %lld to %lld minutes\n", (long long)(lo / 60000), (long long)((hi + 59999) / 60000));

  /* Objects and the context may be freed in any order. */
  brf_catalog_free(cat);
  brf_dosage_free(short_stretch);
  brf_context_free(ctx);
  brf_routine_free(r);
  return 0;
}
