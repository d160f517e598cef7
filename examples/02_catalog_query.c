/* 02_catalog_query: open the built-in catalog, look one exercise up by id,
 * then ask for everything that works the glutes with the equipment at hand.
 * Introduces: brf_catalog_new_builtin, brf_catalog_find, exercise getters
 * (borrowed strings), brf_query_* and its OK-then-DONE cursor. */
#include "common.h"

int main(void) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_query *q = NULL;
  CHECK(ctx, brf_context_new(&ctx));
  CHECK(ctx, brf_catalog_new_builtin(ctx, &cat));
  printf("%zu exercises in the built-in catalog\n", brf_catalog_count(cat));

  /* Exercises are borrowed from their catalog: no free, valid until the
   * catalog changes or is freed. */
  const brf_exercise *ex = brf_catalog_find(cat, "glute-ball-release");
  if (ex == NULL) return 1;
  printf("\n%s (%s)\n  %s\n  default dose: %s\n", brf_exercise_name(ex),
         brf_vocab_id(BRF_VOCAB_MODALITY, brf_exercise_modality(ex)), brf_exercise_summary(ex),
         brf_exercise_default_dose(ex));
  for (size_t i = 0; i < brf_exercise_instruction_count(ex); i++)
    printf("  %zu. %s\n", i + 1, brf_exercise_instruction_at(ex, i));

  /* A query: glutes as a primary region, with a foam roller and a mat (exercises
   * that need nothing always match). */
  const int32_t have[] = {BRF_EQUIPMENT_FOAM_ROLLER, BRF_EQUIPMENT_MAT};
  CHECK(ctx, brf_query_new(ctx, cat, &q));
  CHECK(ctx, brf_query_set_region(q, BRF_REGION_GLUTES, BRF_REGIONS_PRIMARY));
  CHECK(ctx, brf_query_set_equipment(q, have, 2));
  printf("\nGlute work with a foam roller and a mat:\n");
  const brf_exercise *hit;
  brf_status s;
  while ((s = brf_query_next(q, &hit)) == BRF_OK)
    printf("  %-28s %s\n", brf_exercise_id(hit), brf_exercise_default_dose(hit));
  CHECK(ctx, s); /* BRF_DONE ends the loop; a negative status is an error */

  brf_query_free(q);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
