/* A small custom catalog for the routine tests, so they do not depend on
 * the built-in catalog being compiled in. */
#ifndef BRF_TEST_ROUTINE_FIXTURE_H
#define BRF_TEST_ROUTINE_FIXTURE_H

#include "backrelief.h"
#include "support.h"

/* Exercises of the fixture catalog (ids):
 *   ball-glutes      self-massage, glutes, massage-ball, "2min, each side"
 *                    contraindication: open-wound skip
 *   roll-lower-back  self-massage, lower-back, foam-roller, "90s"
 *   glute-stretch    static-stretch, glutes, mat, "3 reps, hold 30s, each side"
 *   back-stretch     static-stretch, lower-back, none, "hold 20s"
 *   bridge           strength, glutes, none, "2-3x6-15"
 *   cat-camel        mobility, lower-back, none, "10 reps"
 *   warm-bath        heat, lower-back, bath, "15-20min"
 *                    contraindication: heart-condition ask-clinician
 *   cold-pack        cold, lower-back, cold-pack, "20min"
 *   no-dose          strength, abdominals, none, no default dose
 *   freq-only        mobility, lower-back, none, "daily" (no session time) */
brf_catalog *brf_test_routine_catalog(brf_context *ctx);

/* A dose parsed from notation (asserts it parses). */
brf_dosage *brf_test_dose(brf_context *ctx, const char *notation);

/* A routine of the fixture exercises named by ids (NULL-terminated), with
 * their default doses. */
brf_routine *brf_test_routine_of(brf_context *ctx, const brf_catalog *cat, const char *const *ids);

#endif
