/**
 * @file screen.h
 * @brief Red-flag screening: warning signs that mean a person should see a
 *        clinician instead of (or before) exercising, and in-session stop rules.
 *
 * The checklist comes from the clinical research notes (NHS back-pain urgent
 * criteria, NICE NG59/NG65/NG12, BMJ Best Practice and the GIRFT pathway for
 * cauda equina syndrome, Downie 2013, Verhagen 2016, Henschke 2009; see
 * docs/screening.md). Each flag has a stable id (a lowercase slug that is a
 * contract, like a function name), a plain-language yes/no question, an
 * urgency and its sources.
 *
 * A ::brf_screen collects the answers of one person. brf_screen_evaluate()
 * returns ::BRF_E_REFER when any emergency or urgent flag is answered yes.
 * Screening is not a diagnosis: an app cannot examine anyone, so any positive
 * answer routes the person to care, tiered by urgency.
 */
#ifndef BACKRELIEF_SCREEN_H
#define BACKRELIEF_SCREEN_H

#include "backrelief/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @defgroup urgency Urgency of a red flag
 * @brief How quickly a person who answers yes should seek care (pinned values).
 *
 * Lower values are more urgent. The JSON/text name is given in brackets.
 * @{
 */
#define BRF_URGENCY_NONE (-1)    /**< No flag: the neutral value of getters and outcomes. */
#define BRF_URGENCY_EMERGENCY 0  /**< Call emergency services or go to A&E now [`emergency`]. */
#define BRF_URGENCY_URGENT 1     /**< See a doctor today; do not start the programme [`urgent`]. */
#define BRF_URGENCY_REVIEW 2     /**< The programme may continue; arrange an assessment [`review`]. */
#define BRF_URGENCY_COUNT 3      /**< Number of urgencies this version knows. */

/**
 * @brief The name of an urgency: "emergency", "urgent" or "review".
 * @param urgency A `BRF_URGENCY_*` value.
 * @return A static string, or NULL for ::BRF_URGENCY_NONE and unknown values.
 * @retval_on_fail{NULL}
 * @deprecated Use brf_urgency_id() (the same string).
 */
BRF_EXPORT const char *brf_urgency_name(int32_t urgency);

/**
 * @brief The urgency with the given name.
 * @param name "emergency", "urgent" or "review" (exact, lowercase).
 * @param[out] out Receives the `BRF_URGENCY_*` value; untouched on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOT_FOUND
 *         for any other name. No context is involved, so no message is set.
 * @deprecated Use brf_urgency_from_id(), which takes the id's length.
 */
BRF_EXPORT brf_status brf_urgency_from_name(const char *name, int32_t *out);

/* Ids of the constants above: brf_<family>_id() and brf_<family>_from_id()
 * (docs/conventions.md, "Names"). */

/**
 * @brief The id of a urgency, such as "urgent".
 *
 * ::BRF_URGENCY_NONE has no id.
 * @param value A `BRF_URGENCY_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_urgency_id(int32_t value);

/**
 * @brief The urgency with an id (exact, case-sensitive match).
 *
 * ::BRF_URGENCY_NONE has no id.
 * @param text The id, such as "urgent"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_URGENCY_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_urgency_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief What to do at this urgency, in plain words (the clinician message).
 * @param urgency A `BRF_URGENCY_*` value.
 * @return A static English sentence, or NULL for ::BRF_URGENCY_NONE and unknown values.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_urgency_advice(int32_t urgency);

/** @} */

/**
 * @defgroup redflag The red-flag checklist
 * @brief Static, read-only data: every string has static lifetime and every
 *        function here is thread-safe.
 *
 * Flags are ordered by urgency (emergency first), then as in the checklist.
 * Indexes are stable within a release; ids are stable for ever.
 * @{
 */

/**
 * @brief The number of red flags.
 * @return The count; indexes run from 0 to count - 1.
 * @retval_on_fail{0} Only in a build without screening (BRF_WITH_SCREEN=OFF): the
 *         real table is never empty.
 */
BRF_EXPORT size_t brf_redflag_count(void);

/**
 * @brief The id of a flag, such as "saddle-numbness".
 * @param index 0 to brf_redflag_count() - 1.
 * @return A static lowercase slug, or NULL when @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_redflag_id(size_t index);

/**
 * @brief A short plain description of a flag, used in messages.
 * @param index 0 to brf_redflag_count() - 1.
 * @return A static English phrase, or NULL when @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_redflag_label(size_t index);

/**
 * @brief The yes/no question a person answers for a flag.
 * @param index 0 to brf_redflag_count() - 1.
 * @return A static English question, or NULL when @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_redflag_question(size_t index);

/**
 * @brief The urgency of a flag.
 * @param index 0 to brf_redflag_count() - 1.
 * @return A `BRF_URGENCY_*` value, or ::BRF_URGENCY_NONE when @p index is out of range.
 * @retval_on_fail{BRF_URGENCY_NONE}
 */
BRF_EXPORT int32_t brf_redflag_urgency(size_t index);

/**
 * @brief The guidelines and papers a flag comes from.
 * @param index 0 to brf_redflag_count() - 1.
 * @return A static string of source names separated by "; ", or NULL when
 *         @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_redflag_source(size_t index);

/**
 * @brief Find a flag by id.
 * @param id The exact id (case-sensitive).
 * @param[out] index Receives the flag's index; untouched on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOT_FOUND
 *         for an unknown id. No context is involved, so no message is set.
 */
BRF_EXPORT brf_status brf_redflag_find(const char *id, size_t *index);

/** @} */

/**
 * @defgroup stoprule In-session stop rules
 * @brief When to stop an exercise or a session (static data for the session
 *        player and the journal). Every string has static lifetime.
 * @{
 */

/**
 * @brief The number of stop rules.
 * @return The count; indexes run from 0 to count - 1.
 * @retval_on_fail{0} Only in a build without screening (BRF_WITH_SCREEN=OFF): the
 *         real table is never empty.
 */
BRF_EXPORT size_t brf_stoprule_count(void);

/**
 * @brief The id of a stop rule, such as "severe-pain".
 * @param index 0 to brf_stoprule_count() - 1.
 * @return A static lowercase slug, or NULL when @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_stoprule_id(size_t index);

/**
 * @brief The rule in plain words, addressed to the person exercising.
 * @param index 0 to brf_stoprule_count() - 1.
 * @return A static English sentence, or NULL when @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_stoprule_text(size_t index);

/**
 * @brief The sources of a stop rule.
 * @param index 0 to brf_stoprule_count() - 1.
 * @return A static string of source names separated by "; ", or NULL when
 *         @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_stoprule_source(size_t index);

/** @} */

/**
 * @defgroup screen The screen of one person
 * @brief Answers to the checklist and their evaluation.
 * @{
 */

/** An opaque set of answers to the red-flag checklist. */
typedef struct brf_screen brf_screen;

/**
 * @brief Create an empty screen: no flag answered, age unknown, age limits 18 and 50.
 * @param ctx The context; the screen keeps it alive.
 * @param[out] out Receives the screen (free with brf_screen_free()); set to NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_screen_new(brf_context *ctx, brf_screen **out);

/**
 * @brief Copy a screen (answers, age, age limits and message).
 * @param s The screen to copy.
 * @param[out] out Receives the copy (free with brf_screen_free()); set to NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOMEM.
 * @deprecated Use brf_screen_clone_v2(), which takes the context of the copy
 *             like every other clone.
 */
BRF_EXPORT brf_status brf_screen_clone(const brf_screen *s, brf_screen **out);

/**
 * @brief Copy a screen (answers, age, age limits and message) into a context,
 *        like every other clone (brf_routine_clone(), brf_profile_clone()).
 * @param ctx The context of the copy; the copy keeps it alive. It may differ
 *        from the context of @p s.
 * @param s The screen to copy (only read).
 * @param[out] out Receives the copy (free with brf_screen_free()); set to NULL on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_screen_clone_v2(brf_context *ctx, const brf_screen *s,
                                          brf_screen **out);

/**
 * @brief Free a screen.
 * @param s The screen, or NULL (no-op).
 */
BRF_EXPORT void brf_screen_free(brf_screen *s);

/**
 * @brief Record the answer to one flag's question (a later answer replaces an earlier one).
 *
 * Red flags and yellow flags (brf_yellowflag_id()) are answered alike; for
 * a yellow flag a no is recorded as asked (brf_screen_psychosocial_get()).
 * @param s The screen.
 * @param id The flag's id (a red or a yellow flag).
 * @param yes 1 for yes, 0 for no.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p s or @p id is NULL or @p yes is
 *         neither 0 nor 1; ::BRF_E_NOT_FOUND (naming the id) for an unknown id;
 *         ::BRF_E_NOMEM. On failure the screen is unchanged.
 */
BRF_EXPORT brf_status brf_screen_answer(brf_screen *s, const char *id, int32_t yes);

/**
 * @brief Answer yes to every flag of a comma-separated list, all or nothing.
 *
 * White space around ids (ASCII space, tab, CR, LF, FF, VT) is ignored; ""
 * (or only white space) answers nothing and succeeds; a repeated id is
 * allowed. An empty item ("a,,b", "a,") is invalid.
 * @param s The screen.
 * @param ids A UTF-8 list such as "saddle-numbness,fever-unwell": red-flag
 *        ids (brf_redflag_find()) or yellow-flag ids (brf_yellowflag_find()).
 * @return ::BRF_OK; ::BRF_E_INVALID for a NULL argument, invalid UTF-8 or an
 *         empty item; ::BRF_E_NOT_FOUND naming the first unknown id;
 *         ::BRF_E_NOMEM. On failure no answer is recorded.
 */
BRF_EXPORT brf_status brf_screen_answer_list(brf_screen *s, const char *ids);

/**
 * @brief Give the person's age in whole years, which answers the age flags.
 *
 * `age-under-16` is yes below 16 (NICE NG59 covers people aged 16 and over);
 * `younger-age` is yes below the younger limit (brf_screen_set_age_limits()).
 * `older-age` is *new* back pain starting after the older limit and
 * `strain-from-65` a strain from 65: the age only rules them out (at or below
 * the limit, below 65), so brf_screen_asks() skips their questions then, and
 * never answers them yes. Derived yes answers are added to any answers given
 * with brf_screen_answer(); a derived yes cannot be answered away.
 * @param s The screen.
 * @param years 0 to 150, or -1 to forget the age.
 * @return ::BRF_OK, ::BRF_E_INVALID when @p s is NULL, ::BRF_E_RANGE for another
 *         value, ::BRF_E_NOMEM. On failure the screen is unchanged.
 */
BRF_EXPORT brf_status brf_screen_set_age(brf_screen *s, int32_t years);

/**
 * @brief Set the ages of the review-level age flags (defaults 18 and 50).
 *
 * There is no single standard (the notes cite under 20 or over 55 in the
 * Henschke 2009 set, over 50 in ACP/APS 2007, 60 in NICE NG12): the defaults are
 * the research notes' suggested software default.
 * @param s The screen.
 * @param younger_than `younger-age` is yes when the age is below this (0 to 150; 0 disables).
 * @param older_than `older-age` (new pain after this age) is ruled out at or below this
 *        age (0 to 150).
 * @return ::BRF_OK, ::BRF_E_INVALID when @p s is NULL, ::BRF_E_RANGE when a
 *         value is out of bounds or @p younger_than is above @p older_than,
 *         ::BRF_E_NOMEM. On failure the screen is unchanged.
 */
BRF_EXPORT brf_status brf_screen_set_age_limits(brf_screen *s, int32_t younger_than,
                                                int32_t older_than);

/**
 * @brief Forget every answer and the age (the age limits stay).
 * @param s The screen, or NULL (no-op).
 */
BRF_EXPORT void brf_screen_clear(brf_screen *s);

/**
 * @brief Decide whether the person may exercise.
 *
 * Sets no message on success. On ::BRF_E_REFER the context's error message
 * names the urgency and the flags, shortly (the full advice is
 * brf_screen_message()).
 * @param s The screen.
 * @return ::BRF_OK when no emergency or urgent flag is answered yes (review
 *         flags may be present: show brf_screen_message() prominently);
 *         ::BRF_E_REFER when any is; ::BRF_E_INVALID when @p s is NULL.
 */
BRF_EXPORT brf_status brf_screen_evaluate(const brf_screen *s);

/**
 * @brief The most urgent flag answered yes.
 * @param s The screen.
 * @return A `BRF_URGENCY_*` value, or ::BRF_URGENCY_NONE when no flag is
 *         answered yes or @p s is NULL.
 * @deprecated Use brf_screen_outcome_get(): ::BRF_URGENCY_NONE is also the answer
 *             when no flag is answered yes, so a NULL screen would read as
 *             "no red flag".
 * @retval_on_fail{BRF_URGENCY_NONE}
 */
BRF_EXPORT int32_t brf_screen_outcome(const brf_screen *s);

/**
 * @brief The most urgent flag answered yes, with a status that tells a failure from "no flag".
 * @param s The screen.
 * @param[out] out Receives a `BRF_URGENCY_*` value, or ::BRF_URGENCY_NONE when no flag is answered
 *             yes; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_screen_outcome_get(const brf_screen *s, int32_t *out);

/**
 * @brief The number of flags answered yes (directly or through the age).
 * @param s The screen.
 * @return The count, 0 when @p s is NULL.
 * @retval_on_fail{0}
 */
BRF_EXPORT size_t brf_screen_positive_count(const brf_screen *s);

/**
 * @brief The id of the i-th flag answered yes, most urgent first (then checklist order).
 * @param s The screen.
 * @param i 0 to brf_screen_positive_count() - 1.
 * @return A static id (look it up with brf_redflag_find()), or NULL when @p s
 *         is NULL or @p i is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_screen_positive_at(const brf_screen *s, size_t i);

/**
 * @brief The advice for the current answers, in plain English.
 *
 * One paragraph per urgency present, most urgent first; each says what to do
 * and names the flags. "" when no flag is answered yes. In the language of
 * the screen's context when the screen was made (brf_screening_text()).
 * @param s The screen.
 * @return A NUL-terminated string owned by @p s, valid until @p s is changed or
 *         freed; "" when @p s is NULL.
 * @deprecated Use brf_screen_message_get(): "" is also the message when no flag is
 *             answered yes.
 * @retval_on_fail{""}
 */
BRF_EXPORT const char *brf_screen_message(const brf_screen *s);

/**
 * @brief The advice for the current answers, with a status that tells a failure from "no advice".
 * @param s The screen.
 * @param[out] out Receives a NUL-terminated string owned by @p s, valid until @p s is changed or
 *             freed ("" when no flag is answered yes); untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out).
 *         Records nothing in a context, so it may read a shared object
 *         (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_screen_message_get(const brf_screen *s, const char **out);

/**
 * @brief Whether the question of a flag still needs asking.
 *
 * A host asking the checklist in table order asks flag @p index only when this
 * gives 1. It gives 0 when the flag is already answered yes, when the known age
 * decides it (brf_screen_set_age(): `age-under-16` and `younger-age` always,
 * `older-age` at or below the older limit, `strain-from-65` below 65), and for
 * every flag once an emergency flag is answered yes: the person's only advice
 * then is to call for help now, so the screen stops asking.
 * @param s The screen.
 * @param index 0 to brf_redflag_count() - 1.
 * @param[out] out Receives 1 (ask) or 0 (do not ask); untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out); ::BRF_E_RANGE when
 *         @p index is out of range.
 */
BRF_EXPORT brf_status brf_screen_asks(const brf_screen *s, size_t index, int32_t *out);

/**
 * @brief Whether the answers imply a condition that the planner must respect.
 *
 * A yes to `pregnancy` implies `pregnancy`, to `fracture-risk` `osteoporosis`,
 * to `recent-spinal-surgery` `recent-surgery` and to `neurogenic-claudication`
 * `spinal-stenosis` (docs/screening.md). A planner given the screen
 * (brf_planner_set_screen()) treats these conditions as the profile's.
 * @param s The screen.
 * @param condition A `BRF_CONDITION_*` value.
 * @param[out] out Receives 1 when implied, 0 otherwise; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out); ::BRF_E_RANGE for an
 *         unknown condition.
 */
BRF_EXPORT brf_status brf_screen_implies_condition(const brf_screen *s, int32_t condition,
                                                   int32_t *out);

/** @} */

/**
 * @defgroup psychosocial Psychosocial (yellow) flags
 * @brief A short set of questions of this library's own wording over the
 *        constructs of the STarT Back Screening Tool (referred leg pain,
 *        pain elsewhere, function, fear of movement, worry, catastrophising,
 *        low mood, bothersomeness), scored by its published rule (Hill et
 *        al., Arthritis Rheum 2008) into a risk of persistent, disabling pain
 *        that changes the advice, never the urgency (docs/screening.md).
 *        Static, read-only data: every string has static lifetime and every
 *        function here is thread-safe.
 *
 * A screen takes their answers with brf_screen_answer() (their ids never
 * equal a red flag's) and gives the level with brf_screen_psychosocial_get().
 * @{
 */
#define BRF_PSYCHOSOCIAL_NONE (-1)  /**< Not asked: no yellow question answered. */
#define BRF_PSYCHOSOCIAL_LOW 0      /**< Low risk: reassurance and keep active [`low`]. */
#define BRF_PSYCHOSOCIAL_MEDIUM 1   /**< Medium risk: pacing; consider a physiotherapist [`medium`]. */
#define BRF_PSYCHOSOCIAL_HIGH 2     /**< High risk: see a physiotherapist [`high`]. */
#define BRF_PSYCHOSOCIAL_COUNT 3    /**< Number of levels this version knows. */

/**
 * @brief The id of a psychosocial level, such as "medium".
 *
 * ::BRF_PSYCHOSOCIAL_NONE has no id.
 * @param value A `BRF_PSYCHOSOCIAL_*` value.
 * @return A static NUL-terminated string, or NULL for an unknown value.
 *         Thread-safe.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_psychosocial_id(int32_t value);

/**
 * @brief The psychosocial level with an id (exact, case-sensitive match).
 * @param text The id, such as "high"; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param[out] out Receives the `BRF_PSYCHOSOCIAL_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when @p text or @p out is NULL;
 *         ::BRF_E_NOT_FOUND for an unknown id. No context is involved, so no
 *         message is set. Thread-safe.
 */
BRF_EXPORT brf_status brf_psychosocial_from_id(const char *text, size_t len, int32_t *out);

/**
 * @brief The advice of a psychosocial level, in plain English (from NICE NG59
 *        and the STarT Back trial: keep active; pacing; see a physiotherapist).
 * @param level A `BRF_PSYCHOSOCIAL_*` value.
 * @return A static sentence, or NULL for ::BRF_PSYCHOSOCIAL_NONE and unknown values.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_psychosocial_advice(int32_t level);

/**
 * @brief The number of yellow-flag questions.
 * @return The count; indexes run from 0 to count - 1.
 * @retval_on_fail{0} Only in a build without screening (BRF_WITH_SCREEN=OFF).
 */
BRF_EXPORT size_t brf_yellowflag_count(void);

/**
 * @brief The id of a yellow-flag question, such as "fear-of-movement".
 * @param index 0 to brf_yellowflag_count() - 1.
 * @return A static lowercase slug, or NULL when @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_yellowflag_id(size_t index);

/**
 * @brief The yes/no question of a yellow flag.
 * @param index 0 to brf_yellowflag_count() - 1.
 * @return A static English question, or NULL when @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_yellowflag_question(size_t index);

/**
 * @brief The sources of a yellow flag.
 * @param index 0 to brf_yellowflag_count() - 1.
 * @return A static string of citations separated by "; ", or NULL when
 *         @p index is out of range.
 * @retval_on_fail{NULL}
 */
BRF_EXPORT const char *brf_yellowflag_source(size_t index);

/**
 * @brief Find a yellow flag by id.
 * @param id The exact id (case-sensitive).
 * @param[out] index Receives the question's index; untouched on failure.
 * @return ::BRF_OK, ::BRF_E_INVALID when an argument is NULL, ::BRF_E_NOT_FOUND
 *         for an unknown id. No context is involved, so no message is set.
 */
BRF_EXPORT brf_status brf_yellowflag_find(const char *id, size_t *index);

/**
 * @brief The psychosocial level of a screen's yellow-flag answers.
 *
 * ::BRF_PSYCHOSOCIAL_NONE while no yellow question is answered; otherwise,
 * counting questions not answered as no: low when at most 3 are yes, high
 * when at least 4 of the 5 psychosocial ones are, medium otherwise (the
 * STarT Back rule). The level never changes the urgency or the red-flag
 * message.
 * @param s The screen.
 * @param[out] out Receives a `BRF_PSYCHOSOCIAL_*` value; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p s or @p out). Records nothing in
 *         a context (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_screen_psychosocial_get(const brf_screen *s, int32_t *out);

/** @} */

/**
 * @defgroup screentext Screening texts in a chosen language
 * @brief The texts of the checklist, the urgencies, the stop rules and the
 *        yellow flags in any language of the build (docs/localisation.md).
 *
 * The getters above (brf_redflag_label(), brf_redflag_question(),
 * brf_urgency_advice(), brf_stoprule_text(), brf_yellowflag_question(),
 * brf_psychosocial_advice()) take no context and answer in English, the
 * source language. brf_screening_text() reads the same texts in a language
 * given as an argument; a screen's message (brf_screen_message_get()) and a
 * screen result's advice are in the language of the context the screen was
 * made with (brf_context_set_locale() before brf_screen_new()). Ids and
 * sources (citations) are never translated.
 * @{
 */
#define BRF_SCREEN_TEXT_REDFLAG_LABEL 0       /**< brf_redflag_label(); index: a red flag's. */
#define BRF_SCREEN_TEXT_REDFLAG_QUESTION 1    /**< brf_redflag_question(); index: a red flag's. */
#define BRF_SCREEN_TEXT_URGENCY_ADVICE 2      /**< brf_urgency_advice(); index: a `BRF_URGENCY_*` value. */
#define BRF_SCREEN_TEXT_STOPRULE 3            /**< brf_stoprule_text(); index: a stop rule's. */
#define BRF_SCREEN_TEXT_YELLOWFLAG_QUESTION 4 /**< brf_yellowflag_question(); index: a yellow flag's. */
#define BRF_SCREEN_TEXT_PSYCHOSOCIAL_ADVICE 5 /**< brf_psychosocial_advice(); index: a `BRF_PSYCHOSOCIAL_*` value. */

/**
 * @brief One screening text in a chosen language.
 *
 * The text brf_redflag_label(), brf_redflag_question(), brf_urgency_advice(),
 * brf_stoprule_text(), brf_yellowflag_question() or brf_psychosocial_advice()
 * gives in English, translated into @p locale, found by the fallbacks of
 * brf_context_set_locale() ("de-AT" reads German). A language without
 * translations ("sv"), a malformed tag, a build without translations
 * (BRF_WITH_TRANSLATIONS=OFF) or a text not yet translated reads English.
 * The urgency of a translation is the English text's: "call 999" stays a call
 * to 999. Pure and thread-safe: it writes no context.
 * @param field A `BRF_SCREEN_TEXT_*` selector.
 * @param index The red flag's, stop rule's or yellow flag's index, or the
 *        urgency or psychosocial level, as the selector says.
 * @param locale A BCP 47 tag such as "en", "de" or "fr-CA".
 * @return A static NUL-terminated string.
 * @retval_on_fail{NULL} when @p locale is NULL, @p field is unknown or
 *         @p index is out of range.
 */
BRF_EXPORT const char *brf_screening_text(int32_t field, size_t index, const char *locale);

/** @} */

/**
 * @defgroup screenresult The result of a screen, kept and read back
 * @brief A dated record of one screen: the answers, the urgency they lead to,
 *        the conditions they imply and the advice, with a JSON form
 *        (`backrelief-screen`, docs/formats.md) that an app saves and reads
 *        back before planning (docs/screening.md, "A saved screen").
 * @{
 */

/** The newest `format_version` of the `backrelief-screen` document this library reads and writes. */
#define BRF_SCREEN_FORMAT_VERSION 1

/** An opaque, immutable screen result. */
typedef struct brf_screen_result brf_screen_result;

/**
 * @brief Record a screen's answers as taken on a day.
 *
 * The result copies the answers, the age and the age limits of @p s and keeps
 * the urgency they lead to (brf_screen_outcome_get()).
 * @param ctx The context of the result; the result keeps it alive.
 * @param s The screen (only read; it need not outlive the call).
 * @param day The day the screen was taken, days since 1970-01-01
 *        (::BRF_DATE_MIN to ::BRF_DATE_MAX of calendar.h).
 * @param[out] out Receives the result (free with brf_screen_result_free()); NULL on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID when an argument is NULL; ::BRF_E_RANGE
 *         for a day outside the calendar's range; ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_screen_result_new(brf_context *ctx, const brf_screen *s, int32_t day,
                                            brf_screen_result **out);

/**
 * @brief Free a screen result.
 * @param r The result, or NULL (no-op).
 */
BRF_EXPORT void brf_screen_result_free(brf_screen_result *r);

/**
 * @brief The day the screen was taken.
 * @param r The result.
 * @return Days since 1970-01-01, or INT32_MIN when @p r is NULL (never a
 *         valid day here).
 * @retval_on_fail{INT32_MIN}
 */
BRF_EXPORT int32_t brf_screen_result_day(const brf_screen_result *r);

/**
 * @brief The urgency of the result: the most urgent flag answered yes.
 *
 * For a result read from JSON it is the more urgent of the document's
 * `urgency` and the urgency this library derives from its answers, so a
 * saved referral is never weakened by reading it (docs/formats.md).
 * @param r The result.
 * @param[out] out Receives a `BRF_URGENCY_*` value, ::BRF_URGENCY_NONE when
 *             no flag is answered yes; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p r or @p out). Records nothing in
 *         a context (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_screen_result_urgency_get(const brf_screen_result *r, int32_t *out);

/**
 * @brief The psychosocial (yellow-flag) level of the result.
 *
 * For a result read from JSON it is the higher of the document's
 * `psychosocial` and the level its answers give.
 * @param r The result.
 * @param[out] out Receives a `BRF_PSYCHOSOCIAL_*` value, ::BRF_PSYCHOSOCIAL_NONE
 *             when not asked; untouched on failure.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p r or @p out). Records nothing in
 *         a context (docs/conventions.md, "Sentinels").
 */
BRF_EXPORT brf_status brf_screen_result_psychosocial_get(const brf_screen_result *r,
                                                         int32_t *out);

/**
 * @brief The answers of the result as a screen, for the planner
 *        (brf_planner_set_screen()), brf_screen_implies_condition(),
 *        brf_screen_positive_at() and brf_screen_message_get().
 * @param r The result.
 * @param[out] out Receives a screen owned by @p r, valid until @p r is freed;
 *             untouched on failure. Do not change or free it.
 * @return ::BRF_OK; ::BRF_E_INVALID (NULL @p r or @p out).
 */
BRF_EXPORT brf_status brf_screen_result_screen(const brf_screen_result *r,
                                               const brf_screen **out);

/**
 * @brief Write a result as a `backrelief-screen` document (docs/formats.md).
 *
 * Reading the output back with brf_screen_result_from_json() and writing it
 * again gives the same bytes.
 * @param ctx The context whose allocator provides the text.
 * @param r The result.
 * @param flags 0 for compact output, or ::BRF_JSON_PRETTY of json.h.
 * @param[out] out Receives the NUL-terminated text, owned by the caller and
 *             freed with brf_free(); NULL on failure.
 * @param[out] out_len Receives the length without the NUL (may be NULL).
 * @return ::BRF_OK, ::BRF_E_INVALID (NULL argument or unknown flags),
 *         ::BRF_E_NOMEM.
 */
BRF_EXPORT brf_status brf_screen_result_to_json(brf_context *ctx, const brf_screen_result *r,
                                                uint32_t flags, char **out, size_t *out_len);

/**
 * @brief Read a `backrelief-screen` document.
 * @param ctx The context of the result; receives the message and position on failure.
 * @param text The JSON text; need not be NUL-terminated.
 * @param len The length of @p text in bytes.
 * @param flags 0 (::BRF_JSON_PRETTY is accepted and ignored).
 * @param[out] out Receives the result (free with brf_screen_result_free()); NULL on failure.
 * @return ::BRF_OK; ::BRF_E_PARSE (not well-formed JSON); ::BRF_E_SCHEMA (not
 *         a valid screen document: an unknown `format`, a newer
 *         `format_version`, a wrong type, a missing or unknown member, an
 *         answer that is not `true` or `false`, a date that does not parse,
 *         an unknown urgency, condition or psychosocial level; the message
 *         starts with the path, such as `answers.fever-unwell`);
 *         ::BRF_E_NOT_FOUND (an answer to an unknown question id, with its
 *         path); ::BRF_E_RANGE (an age, an age limit or a date outside its
 *         bounds; input above 4 GiB); ::BRF_E_INVALID (NULL argument or
 *         unknown flags); ::BRF_E_NOMEM. The statuses are those of every
 *         reader (docs/conventions.md, "Readers: one status per situation").
 */
BRF_EXPORT brf_status brf_screen_result_from_json(brf_context *ctx, const char *text,
                                                  size_t len, uint32_t flags,
                                                  brf_screen_result **out);

/** @} */

#ifdef __cplusplus
}
#endif

#endif /* BACKRELIEF_SCREEN_H */
