/* The one id pattern of every family of pinned constants (docs/conventions.md,
 * "Names"): brf_<family>_id and brf_<family>_from_id, every value of every
 * family round-tripped, NULL and unknown arguments, lengths instead of NULs,
 * and the deprecated names agreeing with the new ones. */
#include <criterion/criterion.h>
#include <string.h>

#include "backrelief.h"

typedef struct family {
  const char *name;
  const char *(*id)(int32_t);
  brf_status (*from_id)(const char *, size_t, int32_t *);
  int32_t first; /* the lowest value */
  int32_t count; /* values first .. first + count - 1 */
} family;

#define F(fam, first, count) {#fam, brf_##fam##_id, brf_##fam##_from_id, first, count}

static const family families[] = {
    F(modality, 0, BRF_MODALITY_COUNT),
    F(region, 0, BRF_REGION_COUNT),
    F(equipment, 0, BRF_EQUIPMENT_COUNT),
    F(level, 0, BRF_LEVEL_COUNT),
    F(laterality, 0, BRF_LATERALITY_COUNT),
    F(position, 0, BRF_POSITION_COUNT),
    F(condition, 0, BRF_CONDITION_COUNT),
    F(action, 0, BRF_ACTION_COUNT),
    F(source_kind, 0, BRF_SOURCE_COUNT),
    F(vocab_kind, 0, BRF_VOCAB_KIND_COUNT),
    F(dose_field, 0, BRF_DOSE_FIELD_COUNT),
    F(advice_severity, BRF_ADVICE_INFO, 3),
    F(weekday, BRF_WEEKDAY_MONDAY, 7),
    F(goal, 0, BRF_GOAL_COUNT),
    F(plan_phase, 0, BRF_PLAN_PHASE_COUNT),
    F(policy, 0, BRF_POLICY_COUNT),
    F(omission_cause, 0, BRF_OMIT_COUNT),
    F(routine_phase, 0, BRF_PHASE_COUNT),
    F(segment_kind, 0, BRF_SEGMENT_KIND_COUNT),
    F(side, BRF_SIDE_NONE, 3),
    F(cue_kind, 0, BRF_CUE_KIND_COUNT),
    F(player_state, BRF_PLAYER_IDLE, 5),
    F(record_status, 0, BRF_RECORD_STATUS_COUNT),
    F(urgency, BRF_URGENCY_EMERGENCY, BRF_URGENCY_COUNT),
    F(schedule_kind, BRF_SCHEDULE_KIND_ROUTINE, 3),
    F(spacing, BRF_SPACING_ANY, 2),
    F(journal_moment, BRF_JOURNAL_BEFORE, 3),
    F(journal_step_status, 0, BRF_JOURNAL_STEP_STATUS_COUNT),
    F(adapt_outcome, 0, BRF_ADAPT_OUTCOME_COUNT),
};

#define FAMILY_COUNT (sizeof families / sizeof families[0])

static int is_slug(const char *id) {
  if (*id == '\0') return 0;
  for (const char *c = id; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' || *c == '_'))
      return 0;
  return 1;
}

Test(ids, every_value_of_every_family_round_trips) {
  for (size_t f = 0; f < FAMILY_COUNT; f++) {
    const family *fam = &families[f];
    for (int32_t v = fam->first; v < fam->first + fam->count; v++) {
      const char *id = fam->id(v);
      cr_assert_not_null(id, "%s %d has no id", fam->name, (int)v);
      cr_expect(is_slug(id), "%s id '%s' is not a lowercase slug", fam->name, id);
      int32_t back = -12345;
      cr_expect_eq(fam->from_id(id, strlen(id), &back), BRF_OK, "%s '%s'", fam->name, id);
      cr_expect_eq(back, v, "%s: from_id(id(%d)) = %d", fam->name, (int)v, (int)back);
      /* and id(from_id(x)) == x */
      cr_expect_str_eq(fam->id(back), id);
      /* ids are distinct within a family */
      for (int32_t w = fam->first; w < v; w++)
        cr_expect_str_neq(fam->id(w), id, "%s: %d and %d share an id", fam->name, (int)w, (int)v);
    }
  }
}

Test(ids, values_outside_a_family_have_no_id) {
  const int32_t outside[] = {INT32_MIN, -2, INT32_MAX};
  for (size_t f = 0; f < FAMILY_COUNT; f++) {
    const family *fam = &families[f];
    cr_expect_null(fam->id(fam->first - 1), "%s %d", fam->name, (int)(fam->first - 1));
    cr_expect_null(fam->id(fam->first + fam->count), "%s %d", fam->name,
                   (int)(fam->first + fam->count));
    for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++)
      cr_expect_null(fam->id(outside[i]), "%s %d", fam->name, (int)outside[i]);
  }
}

Test(ids, from_id_refuses_null_and_unknown_ids_and_leaves_the_output) {
  for (size_t f = 0; f < FAMILY_COUNT; f++) {
    const family *fam = &families[f];
    const char *id = fam->id(fam->first);
    size_t n = strlen(id);
    int32_t v = 777;
    cr_expect_eq(fam->from_id(NULL, 0, &v), BRF_E_INVALID, "%s", fam->name);
    cr_expect_eq(fam->from_id(NULL, 3, &v), BRF_E_INVALID, "%s", fam->name);
    cr_expect_eq(fam->from_id(id, n, NULL), BRF_E_INVALID, "%s", fam->name);
    cr_expect_eq(fam->from_id("no-such-id", 10, &v), BRF_E_NOT_FOUND, "%s", fam->name);
    cr_expect_eq(fam->from_id("", 0, &v), BRF_E_NOT_FOUND, "%s", fam->name);
    /* a prefix, a longer text, another case and an embedded NUL are other ids */
    cr_expect_eq(fam->from_id(id, n - 1, &v), BRF_E_NOT_FOUND, "%s", fam->name);
    char buf[64];
    cr_assert_lt(n + 2, sizeof buf);
    memcpy(buf, id, n);
    buf[n] = 'x';
    cr_expect_eq(fam->from_id(buf, n + 1, &v), BRF_E_NOT_FOUND, "%s", fam->name);
    buf[n] = '\0';
    cr_expect_eq(fam->from_id(buf, n + 1, &v), BRF_E_NOT_FOUND, "%s", fam->name);
    buf[0] = (char)(buf[0] - 'a' + 'A');
    cr_expect_eq(fam->from_id(buf, n, &v), BRF_E_NOT_FOUND, "%s", fam->name);
    cr_expect_eq(v, 777, "%s: the output changed on failure", fam->name);
  }
}

Test(ids, the_text_needs_no_nul_only_its_length) {
  /* "each-side" followed by more text, read as its first 9 bytes */
  const char text[] = {'e', 'a', 'c', 'h', '-', 's', 'i', 'd', 'e', 'X', 'Y'};
  int32_t v = -1;
  cr_expect_eq(brf_laterality_from_id(text, 9, &v), BRF_OK);
  cr_expect_eq(v, BRF_LATERALITY_EACH_SIDE);
  cr_expect_eq(brf_vocab_from_id(BRF_VOCAB_LATERALITY, text, 9, &v), BRF_OK);
  cr_expect_eq(brf_goal_from_id("maintenance plus", 11, &v), BRF_OK);
  cr_expect_eq(v, BRF_GOAL_MAINTENANCE);
}

Test(ids, the_ids_are_the_words_of_the_formats) {
  cr_expect_str_eq(brf_weekday_id(BRF_WEEKDAY_MONDAY), "mon");
  cr_expect_str_eq(brf_weekday_id(BRF_WEEKDAY_SUNDAY), "sun");
  cr_expect_str_eq(brf_side_id(BRF_SIDE_LEFT), "left");
  cr_expect_str_eq(brf_laterality_id(BRF_SIDES_EACH), "each-side");
  cr_expect_str_eq(brf_spacing_id(BRF_SPACING_NOT_CONSECUTIVE), "not-consecutive");
  cr_expect_str_eq(brf_schedule_kind_id(BRF_SCHEDULE_KIND_EXERCISE), "exercise");
  cr_expect_str_eq(brf_journal_moment_id(BRF_JOURNAL_NEXT_MORNING), "next_morning");
  cr_expect_str_eq(brf_journal_step_status_id(BRF_JOURNAL_STEP_CUT_SHORT), "cut-short");
  cr_expect_str_eq(brf_dose_field_id(BRF_DOSE_PER_DAY), "per-day");
  cr_expect_str_eq(brf_advice_severity_id(BRF_ADVICE_WARNING), "warning");
  cr_expect_str_eq(brf_player_state_id(BRF_PLAYER_STOPPED), "stopped");
  cr_expect_str_eq(brf_omission_cause_id(BRF_OMIT_EQUIPMENT), "equipment");
  cr_expect_str_eq(brf_urgency_id(BRF_URGENCY_REVIEW), "review");
  cr_expect_null(brf_urgency_id(BRF_URGENCY_NONE));
  cr_expect_str_eq(brf_plan_phase_id(BRF_PLAN_PHASE_RELIEF), "relief");
  cr_expect_str_eq(brf_routine_phase_id(BRF_PHASE_RELEASE), "release");
}

Test(ids, the_generic_vocabulary_pair_matches_each_family) {
  for (int32_t k = 0; k < BRF_VOCAB_KIND_COUNT; k++) {
    cr_assert_str_eq(families[k].name[0] == 's' ? "source-kind" : brf_vocab_kind_id(k),
                     brf_vocab_kind_id(k));
    for (int32_t v = 0; v < (int32_t)brf_vocab_count(k); v++) {
      const char *id = brf_vocab_id(k, v);
      cr_expect_eq(families[k].id(v), id, "kind %d value %d", (int)k, (int)v);
      int32_t back = -1;
      cr_expect_eq(brf_vocab_from_id(k, id, strlen(id), &back), BRF_OK);
      cr_expect_eq(back, v);
    }
  }
  int32_t v = 5;
  cr_expect_eq(brf_vocab_from_id(BRF_VOCAB_KIND_COUNT, "mat", 3, &v), BRF_E_INVALID);
  cr_expect_eq(brf_vocab_from_id(-1, "mat", 3, &v), BRF_E_INVALID);
  cr_expect_eq(brf_vocab_from_id(BRF_VOCAB_EQUIPMENT, NULL, 0, &v), BRF_E_INVALID);
  cr_expect_eq(brf_vocab_from_id(BRF_VOCAB_EQUIPMENT, "mat", 3, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_vocab_from_id(BRF_VOCAB_EQUIPMENT, "mats", 4, &v), BRF_E_NOT_FOUND);
  cr_expect_eq(v, 5);
}

/* The deprecated names keep working and agree with the new ones. */
Test(ids, the_deprecated_names_agree) {
  int32_t a, b;
  for (int32_t k = 0; k < BRF_VOCAB_KIND_COUNT; k++) {
    cr_expect_str_eq(brf_vocab_kind_name(k), brf_vocab_kind_id(k));
    const char *id = brf_vocab_id(k, 0);
    cr_expect_eq(brf_vocab_parse(k, id, &a), BRF_OK);
    cr_expect_eq(a, 0);
  }
  for (int32_t f = 0; f < BRF_DOSE_FIELD_COUNT; f++)
    cr_expect_str_eq(brf_dosage_field_name(f), brf_dose_field_id(f));
  for (int32_t v = 0; v < BRF_SEGMENT_KIND_COUNT; v++) {
    cr_expect_str_eq(brf_timeline_segment_kind_name(v), brf_segment_kind_id(v));
    cr_expect_eq(brf_timeline_segment_kind_from_name(brf_segment_kind_id(v), &a), BRF_OK);
    cr_expect_eq(a, v);
  }
  for (int32_t v = 0; v < BRF_CUE_KIND_COUNT; v++) {
    cr_expect_str_eq(brf_player_cue_kind_name(v), brf_cue_kind_id(v));
    cr_expect_eq(brf_player_cue_kind_from_name(brf_cue_kind_id(v), &a), BRF_OK);
    cr_expect_eq(a, v);
  }
  for (int32_t v = 0; v < BRF_RECORD_STATUS_COUNT; v++)
    cr_expect_str_eq(brf_player_record_status_name(v), brf_record_status_id(v));
  for (int32_t v = 0; v < BRF_URGENCY_COUNT; v++) {
    cr_expect_str_eq(brf_urgency_name(v), brf_urgency_id(v));
    cr_expect_eq(brf_urgency_from_name(brf_urgency_id(v), &a), BRF_OK);
    cr_expect_eq(a, v);
  }
  cr_expect_null(brf_urgency_name(BRF_URGENCY_NONE));
  b = 9;
  cr_expect_eq(brf_urgency_from_name("Urgent", &b), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_urgency_from_name(NULL, &b), BRF_E_INVALID);
  cr_expect_eq(b, 9);
  for (int32_t v = 0; v < BRF_GOAL_COUNT; v++) {
    cr_expect_eq(brf_goal_parse(brf_goal_id(v), &a), BRF_OK);
    cr_expect_eq(a, v);
  }
  for (int32_t v = 0; v < BRF_PLAN_PHASE_COUNT; v++) {
    cr_expect_eq(brf_plan_phase_parse(brf_plan_phase_id(v), &a), BRF_OK);
    cr_expect_eq(a, v);
  }
  for (int32_t v = 0; v < BRF_POLICY_COUNT; v++) {
    cr_expect_eq(brf_policy_parse(brf_policy_id(v), &a), BRF_OK);
    cr_expect_eq(a, v);
  }
  for (int32_t v = 0; v < BRF_PHASE_COUNT; v++) {
    cr_expect_eq(brf_routine_phase_parse(brf_routine_phase_id(v), &a), BRF_OK);
    cr_expect_eq(a, v);
  }
}

Test(ids, every_goal_has_a_short_label) {
  for (int32_t g = 0; g < BRF_GOAL_COUNT; g++) {
    const char *label = brf_goal_label(g);
    cr_assert_not_null(label);
    cr_expect(strlen(label) > 0 && strlen(label) <= 40, "label '%s'", label);
  }
  cr_expect_null(brf_goal_label(-1));
  cr_expect_null(brf_goal_label(BRF_GOAL_COUNT));
}
