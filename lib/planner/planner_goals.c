/* The goals' templates: for each goal, the slots a plan fills, in priority
 * order (the first slots survive the shortest budgets). Every reason names
 * its source; docs/planner.md lists the same table. */
#include "planner/planner_private.h"

#define R(x) (UINT32_C(1) << (x))
#define LEGS (R(BRF_REGION_GLUTES) | R(BRF_REGION_PIRIFORMIS) | R(BRF_REGION_HIP_FLEXORS) | \
              R(BRF_REGION_ADDUCTORS) | R(BRF_REGION_QUADRICEPS) | R(BRF_REGION_HAMSTRINGS) | \
              R(BRF_REGION_IT_BAND) | R(BRF_REGION_CALVES))
#define SPINE (R(BRF_REGION_LOWER_BACK) | R(BRF_REGION_OBLIQUES) | R(BRF_REGION_ABDOMINALS) | \
               R(BRF_REGION_MID_BACK))
#define HEAT BRF_MODALITY_HEAT
#define COLD BRF_MODALITY_COLD

static const brf__slot post_leg_workout[] = {
    {BRF__ROLE_RELEASE, R(BRF_REGION_GLUTES), -1,
     "Glute release first: glute knots come with low-back tightness after leg day "
     "(seeds 000, 003)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_GLUTES) | R(BRF_REGION_PIRIFORMIS), -1,
     "Stretch the glutes right after rolling them (seeds 000, 003)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_HIP_FLEXORS), -1,
     "Psoas stretch after squats and deadlifts: tight hip flexors come with glute knots "
     "(seeds 000, 001)."},
    {BRF__ROLE_RELEASE, R(BRF_REGION_PIRIFORMIS), -1,
     "Piriformis rolling after a leg workout (seed 001)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_ADDUCTORS), -1,
     "Frog or groin stretch for the adductors after a leg workout (seeds 001, 002)."},
    {BRF__ROLE_RELEASE, R(BRF_REGION_ADDUCTORS), -1,
     "Adductor rolling after squats and deadlifts (seed 001)."},
    {BRF__ROLE_RELEASE, R(BRF_REGION_QUADRICEPS), -1,
     "Quadriceps rolling after squats and deadlifts (seed 001)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_HAMSTRINGS), -1,
     "Hamstring stretch, never forced (seed 002)."},
    {BRF__ROLE_RELEASE, R(BRF_REGION_HAMSTRINGS) | R(BRF_REGION_CALVES), -1,
     "Hamstring and calf rolling (seed 002)."},
    {BRF__ROLE_MOBILITY, SPINE, -1,
     "Gentle spinal mobility to warm up before rolling and stretching (seed 002)."},
};

static const brf__slot long_sitting[] = {
    {BRF__ROLE_MOBILITY, R(BRF_REGION_LOWER_BACK), -1,
     "Move the spine after long sitting: a sedentary life tightens the back (seed 002)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_HIP_FLEXORS), -1,
     "Hip flexors shorten with long sitting: psoas stretch (seed 001)."},
    {BRF__ROLE_RELEASE, R(BRF_REGION_GLUTES), -1,
     "Glute release, connected to the low-back fascia (seeds 000, 003)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_GLUTES) | R(BRF_REGION_PIRIFORMIS), -1,
     "Glute or piriformis stretch after the release (seed 003)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_HAMSTRINGS), -1,
     "Hamstring stretch, never forced (seed 002)."},
    {BRF__ROLE_MOBILITY, SPINE, -1, "Hip twists or knee rolls for spinal rotation (seed 002)."},
    {BRF__ROLE_RELEASE, R(BRF_REGION_QUADRICEPS) | R(BRF_REGION_HIP_FLEXORS), -1,
     "Front-of-thigh rolling after sitting (seed 001)."},
    {BRF__ROLE_THERMAL, R(BRF_REGION_LOWER_BACK), HEAT,
     "Heat first makes stretching easier (seed 002; ACP 2017: superficial heat)."},
};

static const brf__slot acute_strain[] = {
    {BRF__ROLE_THERMAL, R(BRF_REGION_LOWER_BACK), COLD,
     "Cold first in the first 48-72 hours after a strain, wrapped in a thin towel "
     "(seed 002; clinical.md 3.6)."},
    {BRF__ROLE_MOBILITY, R(BRF_REGION_LOWER_BACK), -1,
     "Gentle mobility: keep moving rather than resting in bed (NICE NG59; Cochrane, "
     "Dahm 2010)."},
    {BRF__ROLE_MOBILITY, SPINE, -1, "Gentle mobility within a pain-free range (NICE NG59)."},
    {BRF__ROLE_MOBILITY, SPINE | LEGS, -1, "Gentle mobility within a pain-free range (NICE NG59)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_GLUTES) | R(BRF_REGION_PIRIFORMIS) | R(BRF_REGION_HAMSTRINGS),
     -1, "A gentle stretch away from the strained back, never forced (seed 002)."},
};

static const brf__slot maintenance[] = {
    {BRF__ROLE_RELEASE, R(BRF_REGION_GLUTES), -1,
     "Glute rolling, kept up about 3 times a week (seeds 000, 003)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_GLUTES) | R(BRF_REGION_PIRIFORMIS), -1,
     "Daily glute stretch after the release (seed 003)."},
    {BRF__ROLE_MOBILITY, R(BRF_REGION_LOWER_BACK), -1, "Spinal mobility (seed 002)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_HIP_FLEXORS), -1, "Psoas stretch (seed 001)."},
    {BRF__ROLE_STRETCH, R(BRF_REGION_HAMSTRINGS), -1,
     "Hamstring stretch at least 3 times a week keeps the range (seed 002; Reid & Kim 2014)."},
    {BRF__ROLE_RELEASE, LEGS & ~R(BRF_REGION_GLUTES), -1,
     "Leg rolling, tapered to 2-3 times a week (seed 001)."},
    {BRF__ROLE_THERMAL, R(BRF_REGION_LOWER_BACK), HEAT,
     "Heat first makes stretching easier (seed 002; ACP 2017: superficial heat)."},
};

static const brf__slot strengthen[] = {
    {BRF__ROLE_STRENGTH, R(BRF_REGION_GLUTES), -1,
     "Glute strength (bridge or hip thrust): strength is the lasting fix, 2-3 sets of 6-15 "
     "every other day (seed 004)."},
    {BRF__ROLE_STRENGTH, R(BRF_REGION_ABDOMINALS), -1,
     "Abdominals with a neutral spine, preferred over crunches and sit-ups (seed 004)."},
    {BRF__ROLE_STRENGTH, R(BRF_REGION_LOWER_BACK), -1,
     "Bird dog: trunk and glute control with a flat back (seed 002; clinical.md section 4)."},
    {BRF__ROLE_STRENGTH, R(BRF_REGION_GLUTES), -1,
     "Hip external rotation and stability: clamshells, band walks (seed 004)."},
    {BRF__ROLE_MOBILITY, R(BRF_REGION_LOWER_BACK), -1,
     "A mobility warm-up before strengthening (seed 002; ACSM)."},
    {BRF__ROLE_STRENGTH, R(BRF_REGION_ABDOMINALS) | R(BRF_REGION_OBLIQUES), -1,
     "More core work: dead bug, curl-up or side bridge (clinical.md section 4)."},
    {BRF__ROLE_STRENGTH, R(BRF_REGION_GLUTES), -1, "More glute work (seed 004)."},
};

static const brf__slot phase_strength[] = {
    {BRF__ROLE_STRENGTH, R(BRF_REGION_GLUTES), -1,
     "Glute strengthening once the back feels better (seeds 003, 004)."},
    {BRF__ROLE_STRENGTH, R(BRF_REGION_ABDOMINALS) | R(BRF_REGION_LOWER_BACK), -1,
     "Core strength, the lasting fix (seed 004)."},
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

const brf__slot *brf__goal_slots(int32_t goal, size_t *count) {
  switch (goal) {
  case BRF_GOAL_POST_LEG_WORKOUT: *count = N(post_leg_workout); return post_leg_workout;
  case BRF_GOAL_LONG_SITTING: *count = N(long_sitting); return long_sitting;
  case BRF_GOAL_ACUTE_STRAIN: *count = N(acute_strain); return acute_strain;
  case BRF_GOAL_STRENGTHEN: *count = N(strengthen); return strengthen;
  default: *count = N(maintenance); return maintenance;
  }
}

const brf__slot *brf__phase_strength_slots(size_t *count) {
  *count = N(phase_strength);
  return phase_strength;
}

int32_t brf__goal_default_phase(int32_t goal) {
  if (goal == BRF_GOAL_STRENGTHEN) return BRF_PLAN_PHASE_STRENGTHENING;
  if (goal == BRF_GOAL_MAINTENANCE) return BRF_PLAN_PHASE_MAINTENANCE;
  return BRF_PLAN_PHASE_RELIEF;
}

int32_t brf__role_of_modality(int32_t modality) {
  switch (modality) {
  case BRF_MODALITY_SELF_MASSAGE: return BRF__ROLE_RELEASE;
  case BRF_MODALITY_STATIC_STRETCH:
  case BRF_MODALITY_DYNAMIC_STRETCH: return BRF__ROLE_STRETCH;
  case BRF_MODALITY_MOBILITY: return BRF__ROLE_MOBILITY;
  case BRF_MODALITY_STRENGTH: return BRF__ROLE_STRENGTH;
  case BRF_MODALITY_HEAT:
  case BRF_MODALITY_COLD: return BRF__ROLE_THERMAL;
  default: return BRF__ROLE_NONE;
  }
}
