/* Red-flag screening: the checklist data, the urgency vocabulary, the stop
 * rules, and the screen object (answers, age, evaluation, advice). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

BRF_TEST_CONTEXT_DECLARE();
static brf_screen *s;

static void setup(void) {
  cr_assert_eq(brf_screen_new(ctx, &s), BRF_OK);
}
static void teardown(void) {
  brf_screen_free(s);
}

BRF_TEST_CONTEXT_FIXTURE_WITH(screen, setup, teardown);

static int is_slug(const char *id) {
  size_t n = strlen(id);
  if (n == 0 || id[0] == '-' || id[n - 1] == '-') return 0;
  for (size_t i = 0; i < n; i++) {
    char c = id[i];
    int ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && id[i + 1] == '-')) return 0;
  }
  return 1;
}

static size_t index_of(const char *id) {
  size_t i = 0;
  cr_assert_eq(brf_redflag_find(id, &i), BRF_OK, "flag %s", id);
  return i;
}

/* ---- the checklist ---- */

Test(redflag, urgency_constants_and_names_are_pinned) {
  cr_expect_eq(BRF_URGENCY_NONE, -1);
  cr_expect_eq(BRF_URGENCY_EMERGENCY, 0);
  cr_expect_eq(BRF_URGENCY_URGENT, 1);
  cr_expect_eq(BRF_URGENCY_REVIEW, 2);
  cr_expect_str_eq(brf_urgency_name(BRF_URGENCY_EMERGENCY), "emergency");
  cr_expect_str_eq(brf_urgency_name(BRF_URGENCY_URGENT), "urgent");
  cr_expect_str_eq(brf_urgency_name(BRF_URGENCY_REVIEW), "review");
  cr_expect_null(brf_urgency_name(BRF_URGENCY_NONE));
  cr_expect_null(brf_urgency_name(BRF_URGENCY_COUNT));
  int32_t u = 99;
  for (int32_t k = 0; k < BRF_URGENCY_COUNT; k++) {
    cr_expect_eq(brf_urgency_from_name(brf_urgency_name(k), &u), BRF_OK);
    cr_expect_eq(u, k);
    cr_expect_not_null(brf_urgency_advice(k));
  }
  u = 99;
  cr_expect_eq(brf_urgency_from_name("Emergency", &u), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_urgency_from_name("", &u), BRF_E_NOT_FOUND);
  cr_expect_eq(u, 99, "untouched on failure");
  cr_expect_eq(brf_urgency_from_name(NULL, &u), BRF_E_INVALID);
  cr_expect_eq(brf_urgency_from_name("urgent", NULL), BRF_E_INVALID);
  cr_expect_null(brf_urgency_advice(-1));
  cr_expect_null(brf_urgency_advice(3));
}

Test(redflag, emergency_advice_says_emergency_services_and_a_and_e) {
  const char *a = brf_urgency_advice(BRF_URGENCY_EMERGENCY);
  cr_expect_not_null(strstr(a, "emergency services"));
  cr_expect_not_null(strstr(a, "A&E"));
  cr_expect_not_null(strstr(brf_urgency_advice(BRF_URGENCY_URGENT), "today"));
}

Test(redflag, ids_are_unique_slugs_with_question_label_and_source) {
  size_t n = brf_redflag_count();
  cr_assert_gt(n, 20);
  for (size_t i = 0; i < n; i++) {
    const char *id = brf_redflag_id(i);
    cr_assert_not_null(id);
    cr_expect(is_slug(id), "id '%s' is not a lowercase slug", id);
    const char *q = brf_redflag_question(i);
    cr_assert_not_null(q);
    cr_expect_eq(q[strlen(q) - 1], '?', "question of %s ends with '?'", id);
    cr_expect_gt(strlen(brf_redflag_label(i)), 3, "label of %s", id);
    cr_expect_gt(strlen(brf_redflag_source(i)), 3, "source of %s", id);
    int32_t u = brf_redflag_urgency(i);
    cr_expect(u >= BRF_URGENCY_EMERGENCY && u <= BRF_URGENCY_REVIEW, "urgency of %s", id);
    size_t found = 999;
    cr_expect_eq(brf_redflag_find(id, &found), BRF_OK);
    cr_expect_eq(found, i, "id '%s' is not unique", id);
    if (i > 0) cr_expect_geq(u, brf_redflag_urgency(i - 1), "%s is out of urgency order", id);
  }
}

Test(redflag, contract_ids_have_their_urgency) {
  static const struct {
    const char *id;
    int32_t urgency;
  } pinned[] = {
      {"saddle-numbness", BRF_URGENCY_EMERGENCY},
      {"bladder-bowel-change", BRF_URGENCY_EMERGENCY},
      {"sexual-dysfunction", BRF_URGENCY_EMERGENCY},
      {"bilateral-leg-symptoms", BRF_URGENCY_EMERGENCY},
      {"progressive-weakness", BRF_URGENCY_EMERGENCY},
      {"chest-pain", BRF_URGENCY_EMERGENCY},
      {"pulsating-abdomen", BRF_URGENCY_EMERGENCY},
      {"significant-trauma", BRF_URGENCY_EMERGENCY},
      {"fever-unwell", BRF_URGENCY_URGENT},
      {"kidney-pain", BRF_URGENCY_URGENT},
      {"weight-loss", BRF_URGENCY_URGENT},
      {"cancer-history", BRF_URGENCY_URGENT},
      {"back-lump", BRF_URGENCY_URGENT},
      {"night-pain", BRF_URGENCY_URGENT},
      {"cough-sneeze-pain", BRF_URGENCY_URGENT},
      {"upper-back-pain", BRF_URGENCY_URGENT},
      {"infection-risk", BRF_URGENCY_URGENT},
      {"minor-trauma-at-risk", BRF_URGENCY_URGENT}, /* urgent same-day, not 999 */
      {"strain-from-65", BRF_URGENCY_URGENT},
      {"spreading-numbness", BRF_URGENCY_URGENT},
      {"age-under-16", BRF_URGENCY_URGENT},
      {"pregnancy", BRF_URGENCY_REVIEW},
      {"fracture-risk", BRF_URGENCY_REVIEW}, /* adapts the plan, with a review */
      {"recent-spinal-surgery", BRF_URGENCY_REVIEW},
      {"neurogenic-claudication", BRF_URGENCY_REVIEW},
      {"no-improvement-2-weeks", BRF_URGENCY_REVIEW},
      {"severe-or-worsening", BRF_URGENCY_REVIEW},
      {"inflammatory-pattern", BRF_URGENCY_REVIEW},
      {"tightness-not-settling", BRF_URGENCY_REVIEW},
      {"younger-age", BRF_URGENCY_REVIEW},
      {"older-age", BRF_URGENCY_REVIEW},
  };
  size_t n = sizeof pinned / sizeof pinned[0];
  cr_expect_eq(brf_redflag_count(), n, "a new flag needs a pinned entry here and in the docs");
  for (size_t k = 0; k < n; k++) {
    cr_expect_eq(brf_redflag_urgency(index_of(pinned[k].id)), pinned[k].urgency, "%s",
                 pinned[k].id);
  }
}

Test(redflag, out_of_range_and_unknown_give_neutral_values) {
  size_t n = brf_redflag_count();
  cr_expect_null(brf_redflag_id(n));
  cr_expect_null(brf_redflag_label(n));
  cr_expect_null(brf_redflag_question(n));
  cr_expect_null(brf_redflag_source(n));
  cr_expect_eq(brf_redflag_urgency(n), BRF_URGENCY_NONE);
  cr_expect_eq(brf_redflag_urgency((size_t)-1), BRF_URGENCY_NONE);
  size_t i = 77;
  cr_expect_eq(brf_redflag_find("no-such-flag", &i), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_redflag_find("Saddle-Numbness", &i), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_redflag_find("saddle-numbness ", &i), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_redflag_find("", &i), BRF_E_NOT_FOUND);
  cr_expect_eq(i, 77);
  cr_expect_eq(brf_redflag_find(NULL, &i), BRF_E_INVALID);
  cr_expect_eq(brf_redflag_find("pregnancy", NULL), BRF_E_INVALID);
}

Test(stoprule, rules_have_unique_ids_text_and_source) {
  size_t n = brf_stoprule_count();
  cr_assert_geq(n, 4);
  for (size_t i = 0; i < n; i++) {
    cr_assert_not_null(brf_stoprule_id(i));
    cr_expect(is_slug(brf_stoprule_id(i)), "%s", brf_stoprule_id(i));
    cr_expect_gt(strlen(brf_stoprule_text(i)), 10);
    cr_expect_gt(strlen(brf_stoprule_source(i)), 3);
    for (size_t j = 0; j < i; j++)
      cr_expect_str_neq(brf_stoprule_id(i), brf_stoprule_id(j));
  }
  cr_expect_null(brf_stoprule_id(n));
  cr_expect_null(brf_stoprule_text(n));
  cr_expect_null(brf_stoprule_source(n));
  int severe = 0, spreading = 0;
  for (size_t i = 0; i < n; i++) {
    severe += strcmp(brf_stoprule_id(i), "severe-pain") == 0;
    spreading += strcmp(brf_stoprule_id(i), "spreading-leg-symptoms") == 0;
  }
  cr_expect_eq(severe + spreading, 2);
}

/* ---- evaluation ---- */

Test(screen, empty_screen_is_clear) {
  cr_expect_eq(brf_screen_evaluate(s), BRF_OK);
  cr_expect_eq(brf_screen_outcome(s), BRF_URGENCY_NONE);
  cr_expect_eq(brf_screen_positive_count(s), 0);
  cr_expect_null(brf_screen_positive_at(s, 0));
  cr_expect_str_eq(brf_screen_message(s), "");
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK, "success sets no error");
}

Test(screen, every_emergency_and_urgent_flag_alone_refers_and_is_named) {
  for (size_t i = 0; i < brf_redflag_count(); i++) {
    int32_t u = brf_redflag_urgency(i);
    if (u == BRF_URGENCY_REVIEW) continue;
    const char *id = brf_redflag_id(i);
    brf_screen_clear(s);
    brf_context_clear_error(ctx);
    cr_assert_eq(brf_screen_answer(s, id, 1), BRF_OK, "%s", id);
    cr_expect_eq(brf_screen_evaluate(s), BRF_E_REFER, "%s must refer", id);
    cr_expect_eq(brf_context_errcode(ctx), BRF_E_REFER);
    const char *cm = brf_context_errmsg(ctx);
    cr_expect_not_null(strstr(cm, id), "context message names %s: %s", id, cm);
    cr_expect_not_null(strstr(cm, brf_urgency_name(u)), "%s", cm);
    cr_expect_eq(brf_screen_outcome(s), u, "%s", id);
    cr_expect_eq(brf_screen_positive_count(s), 1);
    cr_expect_str_eq(brf_screen_positive_at(s, 0), id);
    const char *m = brf_screen_message(s);
    cr_expect_not_null(strstr(m, id), "message names %s: %s", id, m);
    cr_expect_not_null(strstr(m, brf_redflag_label(i)), "message has the label of %s", id);
    cr_expect_not_null(strstr(m, brf_urgency_advice(u)), "message has the advice for %s", id);
    cr_expect_not_null(strstr(m, "not a diagnosis"));
    if (u == BRF_URGENCY_EMERGENCY) {
      cr_expect_not_null(strstr(cm, "emergency services"), "%s", cm);
      cr_expect_not_null(strstr(cm, "A&E"), "%s", cm);
      cr_expect_eq(strncmp(m, "Emergency: ", 11), 0, "%s", m);
    } else {
      cr_expect_not_null(strstr(cm, "today"), "%s", cm);
      cr_expect_eq(strncmp(m, "Urgent: ", 8), 0, "%s", m);
    }
  }
}

Test(screen, every_review_flag_alone_plans_with_an_advisory) {
  for (size_t i = 0; i < brf_redflag_count(); i++) {
    if (brf_redflag_urgency(i) != BRF_URGENCY_REVIEW) continue;
    const char *id = brf_redflag_id(i);
    brf_screen_clear(s);
    brf_context_clear_error(ctx);
    cr_assert_eq(brf_screen_answer(s, id, 1), BRF_OK, "%s", id);
    cr_expect_eq(brf_screen_evaluate(s), BRF_OK, "%s only advises", id);
    cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
    cr_expect_eq(brf_screen_outcome(s), BRF_URGENCY_REVIEW);
    const char *m = brf_screen_message(s);
    cr_expect_eq(strncmp(m, "Review: ", 8), 0, "%s", m);
    cr_expect_not_null(strstr(m, id), "%s", m);
    cr_expect_not_null(strstr(m, brf_urgency_advice(BRF_URGENCY_REVIEW)));
  }
}

Test(screen, answering_no_clears_a_flag) {
  cr_assert_eq(brf_screen_answer(s, "fever-unwell", 1), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "fever-unwell", 0), BRF_OK);
  cr_expect_eq(brf_screen_evaluate(s), BRF_OK);
  cr_expect_eq(brf_screen_positive_count(s), 0);
  cr_expect_str_eq(brf_screen_message(s), "");
}

Test(screen, mixed_urgencies_pick_the_highest_and_list_in_urgency_order) {
  cr_assert_eq(brf_screen_answer(s, "pregnancy", 1), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "night-pain", 1), BRF_OK);
  cr_expect_eq(brf_screen_outcome(s), BRF_URGENCY_URGENT);
  cr_expect_eq(brf_screen_evaluate(s), BRF_E_REFER);
  cr_expect_null(strstr(brf_context_errmsg(ctx), "A&E"));
  cr_assert_eq(brf_screen_answer(s, "chest-pain", 1), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "saddle-numbness", 1), BRF_OK);
  cr_expect_eq(brf_screen_outcome(s), BRF_URGENCY_EMERGENCY);
  cr_expect_eq(brf_screen_evaluate(s), BRF_E_REFER);
  cr_assert_eq(brf_screen_positive_count(s), 4);
  cr_expect_str_eq(brf_screen_positive_at(s, 0), "saddle-numbness");
  cr_expect_str_eq(brf_screen_positive_at(s, 1), "chest-pain");
  cr_expect_str_eq(brf_screen_positive_at(s, 2), "night-pain");
  cr_expect_str_eq(brf_screen_positive_at(s, 3), "pregnancy");
  cr_expect_null(brf_screen_positive_at(s, 4));
  const char *m = brf_screen_message(s);
  cr_expect_eq(strncmp(m, "Emergency: ", 11), 0, "emergency first: %s", m);
  const char *urgent = strstr(m, "\nUrgent: also tell them about: ");
  const char *review = strstr(m, "\nReview: also tell them about: ");
  cr_expect_not_null(urgent, "%s", m);
  cr_expect_not_null(review, "%s", m);
  cr_expect(urgent < review);
  cr_expect_null(strstr(m, brf_urgency_advice(BRF_URGENCY_URGENT)), "one headline only");
  const char *cm = brf_context_errmsg(ctx);
  cr_expect_str_eq(cm, "see a clinician: call emergency services or go to A&E now; red flags "
                       "(emergency: saddle-numbness, chest-pain) (urgent: night-pain) "
                       "(review: pregnancy)");
}

Test(screen, message_wording_is_stable) {
  cr_assert_eq(brf_screen_answer(s, "fever-unwell", 1), BRF_OK);
  cr_expect_str_eq(brf_screen_message(s),
                   "Urgent: Do not start the exercise programme. See a doctor today: ask your "
                   "GP for an urgent same-day appointment, or call NHS 111 (in the UK) or your "
                   "local urgent care service. You answered yes to: a fever or feeling "
                   "generally unwell [fever-unwell].\nThis screening is not a diagnosis.");
}

Test(screen, every_flag_at_once_still_refers_with_a_bounded_context_message) {
  for (size_t i = 0; i < brf_redflag_count(); i++)
    cr_assert_eq(brf_screen_answer(s, brf_redflag_id(i), 1), BRF_OK);
  cr_expect_eq(brf_screen_evaluate(s), BRF_E_REFER);
  cr_expect_eq(brf_screen_positive_count(s), brf_redflag_count());
  cr_expect_lt(strlen(brf_context_errmsg(ctx)), 512);
  for (size_t i = 0; i < brf_redflag_count(); i++)
    cr_expect_not_null(strstr(brf_screen_message(s), brf_redflag_id(i)));
}

/* ---- answers ---- */

Test(screen, unknown_id_is_not_found_and_named) {
  cr_expect_eq(brf_screen_answer(s, "back-ache", 1), BRF_E_NOT_FOUND);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "'back-ache'"), "%s",
                     brf_context_errmsg(ctx));
  cr_expect_eq(brf_screen_answer(s, "", 1), BRF_E_NOT_FOUND);
  cr_expect_eq(brf_screen_answer(s, "\xC3\x28", 1), BRF_E_INVALID);
  cr_expect_eq(brf_screen_positive_count(s), 0);
}

Test(screen, answer_rejects_values_other_than_0_and_1) {
  cr_expect_eq(brf_screen_answer(s, "fever-unwell", 2), BRF_E_INVALID);
  cr_expect_eq(brf_screen_answer(s, "fever-unwell", -1), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "fever-unwell"));
  cr_expect_eq(brf_screen_positive_count(s), 0);
}

Test(screen, answer_list_answers_every_id_with_spaces_and_repeats) {
  cr_assert_eq(brf_screen_answer_list(s, " weight-loss, pregnancy ,weight-loss"), BRF_OK);
  cr_expect_eq(brf_screen_positive_count(s), 2);
  cr_expect_str_eq(brf_screen_positive_at(s, 0), "weight-loss");
  cr_expect_eq(brf_screen_answer_list(s, ""), BRF_OK);
  cr_expect_eq(brf_screen_answer_list(s, "   "), BRF_OK);
  cr_expect_eq(brf_screen_positive_count(s), 2);
}

Test(screen, answer_list_is_all_or_nothing) {
  cr_assert_eq(brf_screen_answer(s, "pregnancy", 1), BRF_OK);
  char before[1024];
  strcpy(before, brf_screen_message(s));
  cr_expect_eq(brf_screen_answer_list(s, "chest-pain,nope,fever-unwell"), BRF_E_NOT_FOUND);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "'nope'"), "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_screen_answer_list(s, "chest-pain,,fever-unwell"), BRF_E_INVALID);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "item 2"), "%s", brf_context_errmsg(ctx));
  cr_expect_eq(brf_screen_answer_list(s, "chest-pain,"), BRF_E_INVALID);
  cr_expect_eq(brf_screen_answer_list(s, ",chest-pain"), BRF_E_INVALID);
  cr_expect_eq(brf_screen_answer_list(s, "chest-pain,\xFF"), BRF_E_INVALID);
  cr_expect_eq(brf_screen_positive_count(s), 1, "nothing was added");
  cr_expect_eq(brf_screen_outcome(s), BRF_URGENCY_REVIEW);
  cr_expect_str_eq(brf_screen_message(s), before);
}

Test(screen, clear_forgets_answers_and_age) {
  cr_assert_eq(brf_screen_answer_list(s, "chest-pain,pregnancy"), BRF_OK);
  cr_assert_eq(brf_screen_set_age(s, 12), BRF_OK);
  brf_screen_clear(s);
  cr_expect_eq(brf_screen_positive_count(s), 0);
  cr_expect_eq(brf_screen_evaluate(s), BRF_OK);
  cr_expect_str_eq(brf_screen_message(s), "");
}

/* ---- age ---- */

static int has_positive(const char *id) {
  for (size_t i = 0; i < brf_screen_positive_count(s); i++)
    if (strcmp(brf_screen_positive_at(s, i), id) == 0) return 1;
  return 0;
}

static int asks(const char *id) {
  int32_t a = -1;
  cr_assert_eq(brf_screen_asks(s, index_of(id), &a), BRF_OK);
  return a;
}

Test(screen, age_answers_the_age_flags) {
  /* older-age is *new* back pain after 50 and strain-from-65 needs a strain:
   * the age rules them out below the limit and leaves the question otherwise. */
  static const struct {
    int32_t age;
    int under16, younger, ask_older, ask_strain;
  } cases[] = {{0, 1, 1, 0, 0},  {15, 1, 1, 0, 0},  {16, 0, 1, 0, 0},  {17, 0, 1, 0, 0},
               {18, 0, 0, 0, 0}, {50, 0, 0, 0, 0},  {51, 0, 0, 1, 0},  {64, 0, 0, 1, 0},
               {65, 0, 0, 1, 1}, {150, 0, 0, 1, 1}};
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    cr_assert_eq(brf_screen_set_age(s, cases[k].age), BRF_OK);
    cr_expect_eq(has_positive("age-under-16"), cases[k].under16, "age %d", cases[k].age);
    cr_expect_eq(has_positive("younger-age"), cases[k].younger, "age %d", cases[k].age);
    cr_expect_not(has_positive("older-age"), "age %d alone is not new pain", cases[k].age);
    cr_expect_not(asks("age-under-16"), "age %d", cases[k].age);
    cr_expect_not(asks("younger-age"), "age %d", cases[k].age);
    cr_expect_eq(asks("older-age"), cases[k].ask_older, "age %d", cases[k].age);
    cr_expect_eq(asks("strain-from-65"), cases[k].ask_strain, "age %d", cases[k].age);
  }
  cr_assert_eq(brf_screen_set_age(s, 15), BRF_OK);
  cr_expect_eq(brf_screen_evaluate(s), BRF_E_REFER, "under 16 is out of scope");
  cr_assert_eq(brf_screen_set_age(s, 60), BRF_OK);
  cr_expect_eq(brf_screen_evaluate(s), BRF_OK);
  cr_expect_str_eq(brf_screen_message(s), "", "60 with long-standing pain is no flag");
  cr_assert_eq(brf_screen_answer(s, "older-age", 1), BRF_OK);
  cr_expect_not_null(strstr(brf_screen_message(s), "older-age"));
  cr_assert_eq(brf_screen_answer(s, "older-age", 0), BRF_OK);
  cr_assert_eq(brf_screen_set_age(s, -1), BRF_OK);
  cr_expect_eq(brf_screen_positive_count(s), 0);
  cr_expect(asks("older-age") && asks("age-under-16"), "an unknown age asks every question");
}

Test(screen, the_screen_stops_asking_at_the_first_emergency_answer) {
  cr_assert_eq(brf_screen_answer(s, "fever-unwell", 1), BRF_OK);
  cr_expect(asks("saddle-numbness"), "an urgent answer does not stop the emergency questions");
  cr_expect_not(asks("fever-unwell"), "answered yes already");
  cr_assert_eq(brf_screen_answer(s, "saddle-numbness", 1), BRF_OK);
  for (size_t i = 0; i < brf_redflag_count(); i++) {
    int32_t a = -1;
    cr_assert_eq(brf_screen_asks(s, i, &a), BRF_OK);
    cr_expect_eq(a, 0, "%s is asked after an emergency answer", brf_redflag_id(i));
  }
  int32_t a = 7;
  cr_expect_eq(brf_screen_asks(s, brf_redflag_count(), &a), BRF_E_RANGE);
  cr_expect_eq(a, 7, "untouched on failure");
}

Test(screen, age_limits_are_configurable) {
  cr_assert_eq(brf_screen_set_age_limits(s, 20, 55), BRF_OK);
  cr_assert_eq(brf_screen_set_age(s, 19), BRF_OK);
  cr_expect(has_positive("younger-age"));
  cr_assert_eq(brf_screen_set_age(s, 55), BRF_OK);
  cr_expect_not(asks("older-age"));
  cr_assert_eq(brf_screen_set_age(s, 56), BRF_OK);
  cr_expect(asks("older-age"));
  cr_expect_not(has_positive("older-age"));
  cr_assert_eq(brf_screen_set_age(s, 19), BRF_OK);
  cr_assert_eq(brf_screen_set_age_limits(s, 0, 150), BRF_OK);
  cr_expect_eq(brf_screen_positive_count(s), 0, "limits 0 and 150 disable the cautions");
  cr_expect_str_eq(brf_screen_message(s), "", "the message follows a limit change");
}

Test(screen, age_out_of_range_is_rejected_and_changes_nothing) {
  cr_assert_eq(brf_screen_set_age(s, 40), BRF_OK);
  cr_expect_eq(brf_screen_set_age(s, 151), BRF_E_RANGE);
  cr_expect_eq(brf_screen_set_age(s, -2), BRF_E_RANGE);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "-2"));
  cr_expect_eq(brf_screen_set_age_limits(s, 60, 50), BRF_E_RANGE);
  cr_expect_eq(brf_screen_set_age_limits(s, -1, 50), BRF_E_RANGE);
  cr_expect_eq(brf_screen_set_age_limits(s, 18, 151), BRF_E_RANGE);
  cr_assert_eq(brf_screen_set_age_limits(s, 41, 50), BRF_OK);
  cr_expect(has_positive("younger-age"), "age 40 was kept");
}

Test(screen, a_derived_age_flag_is_not_answered_away) {
  cr_assert_eq(brf_screen_set_age(s, 12), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "age-under-16", 0), BRF_OK);
  cr_expect(has_positive("age-under-16"));
  cr_assert_eq(brf_screen_set_age(s, 70), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "older-age", 0), BRF_OK);
  cr_expect_not(has_positive("older-age"), "at 70, pain of many years is not new");
  cr_assert_eq(brf_screen_set_age(s, 30), BRF_OK);
  cr_assert_eq(brf_screen_answer(s, "older-age", 1), BRF_OK);
  cr_expect(has_positive("older-age"), "a direct yes stands whatever the age");
}

/* ---- objects ---- */

Test(screen, clone_is_independent) {
  cr_assert_eq(brf_screen_answer_list(s, "weight-loss,pregnancy"), BRF_OK);
  cr_assert_eq(brf_screen_set_age(s, 17), BRF_OK);
  brf_screen *c = NULL;
  cr_assert_eq(brf_screen_clone(s, &c), BRF_OK);
  cr_expect_str_eq(brf_screen_message(c), brf_screen_message(s));
  cr_expect_neq(brf_screen_message(c), brf_screen_message(s), "the copy owns its message");
  cr_expect_eq(brf_screen_positive_count(c), 3);
  brf_screen_clear(s);
  cr_expect_eq(brf_screen_positive_count(c), 3);
  cr_expect_eq(brf_screen_evaluate(c), BRF_E_REFER);
  brf_screen_free(c);
  cr_expect_eq(brf_screen_clone(s, &c), BRF_OK, "an empty screen clones too");
  cr_expect_str_eq(brf_screen_message(c), "");
  brf_screen_free(c);
}

Test(screen, null_handling) {
  brf_screen *x = (brf_screen *)0x1;
  cr_expect_eq(brf_screen_new(NULL, &x), BRF_E_INVALID);
  cr_expect_null(x);
  cr_expect_eq(brf_screen_new(ctx, NULL), BRF_E_INVALID);
  x = (brf_screen *)0x1;
  cr_expect_eq(brf_screen_clone(NULL, &x), BRF_E_INVALID);
  cr_expect_null(x);
  cr_expect_eq(brf_screen_clone(s, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_screen_answer(NULL, "pregnancy", 1), BRF_E_INVALID);
  cr_expect_eq(brf_screen_answer(s, NULL, 1), BRF_E_INVALID);
  cr_expect_eq(brf_screen_answer_list(NULL, "pregnancy"), BRF_E_INVALID);
  cr_expect_eq(brf_screen_answer_list(s, NULL), BRF_E_INVALID);
  cr_expect_eq(brf_screen_set_age(NULL, 30), BRF_E_INVALID);
  cr_expect_eq(brf_screen_set_age_limits(NULL, 18, 50), BRF_E_INVALID);
  cr_expect_eq(brf_screen_evaluate(NULL), BRF_E_INVALID);
  cr_expect_eq(brf_screen_outcome(NULL), BRF_URGENCY_NONE);
  cr_expect_eq(brf_screen_positive_count(NULL), 0);
  cr_expect_null(brf_screen_positive_at(NULL, 0));
  cr_expect_str_eq(brf_screen_message(NULL), "");
  brf_screen_clear(NULL);
  brf_screen_free(NULL);
}

Test(screen, screen_outlives_its_context_handle) {
  brf_context *c2 = NULL;
  brf_screen *x = NULL;
  cr_assert_eq(brf_context_new(&c2), BRF_OK);
  cr_assert_eq(brf_screen_new(c2, &x), BRF_OK);
  brf_context_free(c2);
  cr_expect_eq(brf_screen_answer(x, "chest-pain", 1), BRF_OK);
  cr_expect_eq(brf_screen_evaluate(x), BRF_E_REFER);
  brf_screen_free(x);
}

/* ---- allocation failure ---- */

/* Run op with the Nth allocation failing, N = 1, 2, ... until it succeeds;
 * each failure must be BRF_E_NOMEM and leave the screen as it was. */
typedef brf_status (*op_fn)(brf_screen *);

static brf_status op_answer(brf_screen *x) { return brf_screen_answer(x, "chest-pain", 1); }
static brf_status op_list(brf_screen *x) {
  return brf_screen_answer_list(x, "fever-unwell,no-improvement-2-weeks");
}
static brf_status op_age(brf_screen *x) { return brf_screen_set_age(x, 12); }
static brf_status op_limits(brf_screen *x) { return brf_screen_set_age_limits(x, 41, 50); }

static void check_failures(op_fn op) {
  cr_assert_eq(brf_screen_answer(s, "pregnancy", 1), BRF_OK);
  cr_assert_eq(brf_screen_set_age(s, 40), BRF_OK);
  char before[2048];
  strcpy(before, brf_screen_message(s));
  size_t count_before = brf_screen_positive_count(s);
  for (size_t n = 1;; n++) {
    size_t live = st.live_blocks;
    st.calls = 0;
    st.fail_at = n;
    brf_status r = op(s);
    st.fail_at = 0;
    if (r == BRF_OK) break;
    cr_assert_eq(r, BRF_E_NOMEM, "failure %zu gave %d", n, r);
    cr_expect_eq(st.live_blocks, live, "failure %zu leaked", n);
    cr_expect_eq(brf_screen_positive_count(s), count_before, "failure %zu changed answers", n);
    cr_expect_str_eq(brf_screen_message(s), before, "failure %zu changed the message", n);
    cr_assert_lt(n, 100);
  }
  cr_expect_str_neq(brf_screen_message(s), before);
}

Test(screen, answer_survives_allocation_failure) { check_failures(op_answer); }
Test(screen, answer_list_survives_allocation_failure) { check_failures(op_list); }
Test(screen, set_age_survives_allocation_failure) { check_failures(op_age); }
Test(screen, set_age_limits_survives_allocation_failure) { check_failures(op_limits); }

/* A constructor run with the Nth allocation failing, N = 1, 2, ...: each
 * failure is BRF_E_NOMEM with *out NULL and nothing left allocated. Returns
 * the number of allocations the successful call needed. */
typedef brf_status (*make_fn)(brf_screen **out);

static brf_status make_new(brf_screen **out) { return brf_screen_new(ctx, out); }
static brf_status make_clone(brf_screen **out) { return brf_screen_clone(s, out); }

static size_t check_make_failures(make_fn make) {
  for (size_t n = 1;; n++) {
    size_t live = st.live_blocks;
    brf_screen *x = (brf_screen *)0x1;
    st.calls = 0;
    st.fail_at = n;
    brf_status r = make(&x);
    st.fail_at = 0;
    if (r == BRF_OK) {
      cr_expect_str_eq(brf_screen_message(x), brf_screen_message(s));
      brf_screen_free(x);
      return n;
    }
    cr_expect_eq(r, BRF_E_NOMEM);
    cr_expect_null(x);
    cr_expect_eq(st.live_blocks, live);
    cr_assert_lt(n, 100);
  }
}

Test(screen, new_and_clone_survive_allocation_failure) {
  check_make_failures(make_new);
  cr_assert_eq(brf_screen_answer(s, "pregnancy", 1), BRF_OK);
  cr_expect_eq(check_make_failures(make_clone), 3, "clone copies the struct and the message");
}

Test(screen, evaluate_needs_no_memory) {
  cr_assert_eq(brf_screen_answer(s, "chest-pain", 1), BRF_OK);
  size_t calls = st.calls;
  st.fail_at = st.calls + 1;
  cr_expect_eq(brf_screen_evaluate(s), BRF_E_REFER);
  st.fail_at = 0;
  cr_expect_eq(st.calls, calls, "evaluate allocated");
}

/* ---- documentation ---- */

Test(redflag, every_flag_and_stop_rule_is_documented) {
  char *doc = brf_test_read_file(BRF_DOCS_DIR "/screening.md", NULL);
  cr_assert_not_null(doc, "docs/screening.md is part of the source tree");
  char want[512];
  for (size_t i = 0; i < brf_redflag_count(); i++) {
    snprintf(want, sizeof want, "| `%s` | %s |", brf_redflag_id(i), brf_redflag_question(i));
    cr_expect_not_null(strstr(doc, want), "docs/screening.md lacks the row of %s",
                       brf_redflag_id(i));
  }
  for (size_t i = 0; i < brf_stoprule_count(); i++) {
    snprintf(want, sizeof want, "| `%s` |", brf_stoprule_id(i));
    cr_expect_not_null(strstr(doc, want), "docs/screening.md lacks %s", brf_stoprule_id(i));
  }
  for (int32_t u = 0; u < BRF_URGENCY_COUNT; u++)
    cr_expect_not_null(strstr(doc, brf_urgency_advice(u)));
  free(doc);
}

/* brf_screen_clone_v2 takes the context of the copy, like every other clone
 * (issue 20, "Names"). */
Test(screen, clone_v2_copies_into_another_context) {
  cr_assert_eq(brf_screen_answer(s, "fever-unwell", 1), BRF_OK);
  cr_assert_eq(brf_screen_set_age(s, 70), BRF_OK);
  brf_test_alloc st2;
  brf_context *other = brf_test_context(&st2);
  brf_screen *c = (brf_screen *)1;
  cr_assert_eq(brf_screen_clone_v2(other, s, &c), BRF_OK);
  cr_expect_eq(brf_screen_positive_count(c), brf_screen_positive_count(s));
  cr_expect_eq(brf_screen_outcome(c), brf_screen_outcome(s));
  /* the copy's failures are reported in its own context */
  cr_expect_eq(brf_screen_answer(c, "no-such-flag", 1), BRF_E_NOT_FOUND);
  cr_expect_not_null(strstr(brf_context_errmsg(other), "no-such-flag"));
  brf_screen_free(c);
  brf_test_context_free(other, &st2); /* no block of the copy left in it */
}

Test(screen, clone_v2_refuses_null_arguments) {
  brf_screen *c = (brf_screen *)1;
  cr_expect_eq(brf_screen_clone_v2(NULL, s, &c), BRF_E_INVALID);
  cr_expect_null(c);
  c = (brf_screen *)1;
  cr_expect_eq(brf_screen_clone_v2(ctx, NULL, &c), BRF_E_INVALID);
  cr_expect_null(c);
  cr_expect_not_null(strstr(brf_context_errmsg(ctx), "brf_screen_clone_v2"));
  cr_expect_eq(brf_screen_clone_v2(ctx, s, NULL), BRF_E_INVALID);
}
