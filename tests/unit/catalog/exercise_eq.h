/* Every field of two exercises of the catalog model compared, the time
 * estimates included: shared by the suites of the catalog's readers (the
 * JSON codec, the image). White-box: include after <criterion/criterion.h>
 * and "catalog/catalog_private.h", in an INTERNAL test. */
#ifndef BRF_TEST_EXERCISE_EQ_H
#define BRF_TEST_EXERCISE_EQ_H

#include <string.h>

static int str_eq(const char *a, const char *b) {
  if (a == NULL || b == NULL) return a == b;
  return strcmp(a, b) == 0;
}

static void strs_eq(const brf__strs *a, const brf__strs *b, const char *id, const char *what) {
  cr_assert_eq(a->count, b->count, "%s: %s count", id, what);
  for (size_t i = 0; i < a->count; i++)
    cr_assert(str_eq(a->items[i], b->items[i]), "%s: %s[%zu]", id, what, i);
}

static void codes_eq(const brf__codes *a, const brf__codes *b, const char *id, const char *what) {
  cr_assert_eq(a->count, b->count, "%s: %s count", id, what);
  for (size_t i = 0; i < a->count; i++)
    cr_assert_eq(a->items[i], b->items[i], "%s: %s[%zu]", id, what, i);
}

static void source_eq(const brf__source *a, const brf__source *b, const char *id) {
  cr_assert_eq(a->kind, b->kind, "%s: source kind", id);
  cr_assert(str_eq(a->ref, b->ref) && str_eq(a->note, b->note), "%s: source", id);
}

static void links_eq(const brf__link *a, const brf__link *b, size_t n, const char *id) {
  for (size_t i = 0; i < n; i++)
    cr_assert(str_eq(a[i].exercise, b[i].exercise) && str_eq(a[i].text, b[i].text), "%s: link %zu",
              id, i);
}

/* Every field of the model, the estimates included. */
static void exercise_eq(const brf_exercise *a, const brf_exercise *b) {
  const char *id = a->id;
  cr_assert(str_eq(a->id, b->id) && str_eq(a->name, b->name), "%s: id/name", id);
  cr_assert(str_eq(a->summary, b->summary) && str_eq(a->default_dose, b->default_dose) &&
                str_eq(a->dose_note, b->dose_note),
            "%s: summary/dose", id);
  cr_assert(a->modality == b->modality && a->level == b->level &&
                a->laterality == b->laterality && a->position == b->position,
            "%s: vocabulary fields", id);
  cr_assert(a->estimate_min_ms == b->estimate_min_ms && a->estimate_max_ms == b->estimate_max_ms,
            "%s: estimate %lld-%lld vs %lld-%lld", id, (long long)a->estimate_min_ms,
            (long long)a->estimate_max_ms, (long long)b->estimate_min_ms,
            (long long)b->estimate_max_ms);
  strs_eq(&a->aliases, &b->aliases, id, "aliases");
  codes_eq(&a->primary, &b->primary, id, "primary");
  codes_eq(&a->secondary, &b->secondary, id, "secondary");
  codes_eq(&a->equipment, &b->equipment, id, "equipment");
  strs_eq(&a->instructions, &b->instructions, id, "instructions");
  strs_eq(&a->cues, &b->cues, id, "cues");
  strs_eq(&a->cautions, &b->cautions, id, "cautions");
  strs_eq(&a->media, &b->media, id, "media");
  cr_assert_eq(a->contra_count, b->contra_count, "%s: contraindications", id);
  for (size_t i = 0; i < a->contra_count; i++)
    cr_assert(a->contra[i].condition == b->contra[i].condition &&
                  a->contra[i].action == b->contra[i].action &&
                  str_eq(a->contra[i].note, b->contra[i].note),
              "%s: contraindication %zu", id, i);
  cr_assert_eq(a->alt_dose_count, b->alt_dose_count, "%s: alternative doses", id);
  for (size_t i = 0; i < a->alt_dose_count; i++) {
    cr_assert(str_eq(a->alt_doses[i].dose, b->alt_doses[i].dose) &&
                  str_eq(a->alt_doses[i].note, b->alt_doses[i].note),
              "%s: alternative dose %zu", id, i);
    source_eq(&a->alt_doses[i].source, &b->alt_doses[i].source, id);
  }
  cr_assert_eq(a->progression_count, b->progression_count, "%s: progressions", id);
  links_eq(a->progressions, b->progressions, a->progression_count, id);
  cr_assert_eq(a->regression_count, b->regression_count, "%s: regressions", id);
  links_eq(a->regressions, b->regressions, a->regression_count, id);
  cr_assert_eq(a->source_count, b->source_count, "%s: sources", id);
  for (size_t i = 0; i < a->source_count; i++) source_eq(&a->sources[i], &b->sources[i], id);
}

#endif /* BRF_TEST_EXERCISE_EQ_H */
