/* Adherence: sessions done against sessions prescribed (docs/formats.md,
 * section "Journal"). */
#include <string.h>

#include "util/core.h"
#include "internal/journal.h"

int brf__jentry_counts_as_done(const brf__jentry *e) {
  int32_t done = e->counts[BRF_JOURNAL_STEP_DONE] + e->counts[BRF_JOURNAL_STEP_CUT_SHORT];
  int32_t any = done + e->counts[BRF_JOURNAL_STEP_SKIPPED];
  /* Logged without step detail: the person says they did the session. */
  return done > 0 || any == 0;
}

static int64_t done_between(const brf_journal *j, int64_t from_day, int64_t to_day) {
  int64_t n = 0;
  for (size_t i = 0; i < j->count; i++) {
    const brf__jentry *e = &j->entries[i];
    if (e->day >= from_day && e->day <= to_day && brf__jentry_counts_as_done(e))
      n++;
  }
  return n;
}

static int32_t capped_percent(int64_t done, int64_t prescribed) {
  if (prescribed <= 0)
    return BRF_JOURNAL_UNSET;
  if (done > prescribed)
    done = prescribed;
  return (int32_t)(done * 100 / prescribed);
}

brf_status brf_journal_adherence(const brf_journal *j, int32_t from_day, int32_t to_day,
                                 int64_t prescribed, int64_t *out_done, int32_t *out_percent) {
  BRF__ENTER_OBJ(j);
  if (!j)
    return brf__error(NULL, BRF_E_INVALID, "brf_journal_adherence: NULL journal");
  if (to_day < from_day)
    return brf__error(j->ctx, BRF_E_RANGE, "brf_journal_adherence: period ends before it starts");
  if (prescribed < 0 || prescribed > 1000000)
    return brf__error(j->ctx, BRF_E_RANGE,
                      "brf_journal_adherence: prescribed count %lld out of range",
                      (long long)prescribed);
  int64_t done = done_between(j, from_day, to_day);
  if (out_done)
    *out_done = done;
  if (out_percent)
    *out_percent = capped_percent(done, prescribed);
  return BRF_OK;
}

int32_t brf_journal_week_start(int32_t day) {
  /* 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays. */
  int32_t r = (int32_t)(((int64_t)day + 3) % 7);
  if (r < 0)
    r += 7;
  int64_t monday = (int64_t)day - r;
  return monday < INT32_MIN ? INT32_MIN : (int32_t)monday; /* only for nonsense days */
}

brf_status brf_journal_adherence_week(const brf_journal *j, const int32_t *prescribed_days,
                                      size_t count, int32_t day, int64_t *out_prescribed,
                                      int64_t *out_done, int32_t *out_percent) {
  BRF__ENTER_OBJ(j);
  if (!j)
    return brf__error(NULL, BRF_E_INVALID, "brf_journal_adherence_week: NULL journal");
  if (!prescribed_days && count > 0)
    return brf__error(j->ctx, BRF_E_INVALID,
                      "brf_journal_adherence_week: NULL prescribed_days with a count");
  int32_t monday = brf_journal_week_start(day);
  int64_t prescribed = 0;
  for (size_t i = 0; i < count; i++)
    if (prescribed_days[i] >= monday && (int64_t)prescribed_days[i] - monday < 7)
      prescribed++;
  int64_t done = done_between(j, monday, (int64_t)monday + 6);
  if (out_prescribed)
    *out_prescribed = prescribed;
  if (out_done)
    *out_done = done;
  if (out_percent)
    *out_percent = capped_percent(done, prescribed);
  return BRF_OK;
}

/* ---- per exercise (docs/formats.md, "Journal", "Adherence per exercise") ---- */

static int is_due_on(const int32_t *days, size_t count, int32_t day) {
  for (size_t i = 0; i < count; i++)
    if (days[i] == day)
      return 1;
  return 0;
}

/* Whether entry e counts as exercise id done: a step of it done or cut
 * short; or, for an entry logged without steps that counts as a session
 * done, the exercise was due that day. */
static int did_exercise(const brf__jentry *e, const char *id, const int32_t *days, size_t count) {
  if (e->step_count == 0)
    return brf__jentry_counts_as_done(e) && is_due_on(days, count, e->day);
  for (size_t k = 0; k < e->step_count; k++)
    if (e->steps[k].status != BRF_JOURNAL_STEP_SKIPPED && strcmp(e->steps[k].exercise, id) == 0)
      return 1;
  return 0;
}

brf_status brf_journal_adherence_exercise(const brf_journal *j, const brf_routine *routine,
                                          const char *exercise_id, const int32_t *due_days,
                                          size_t due_count, int32_t from_day, int32_t to_day,
                                          int64_t *out_due, int64_t *out_done,
                                          int32_t *out_percent) {
  BRF__ENTER_OBJ(j);
  if (!j)
    return brf__error(NULL, BRF_E_INVALID, "brf_journal_adherence_exercise: NULL journal");
  if (!exercise_id || !*exercise_id || (!due_days && due_count > 0))
    return brf__error(j->ctx, BRF_E_INVALID,
                      "brf_journal_adherence_exercise: NULL or empty exercise id, or NULL "
                      "due_days with a count");
  if (to_day < from_day)
    return brf__error(j->ctx, BRF_E_RANGE,
                      "brf_journal_adherence_exercise: period ends before it starts");
  int64_t due = 0, done = 0, credited = 0;
  /* ISO week by ISO week (clipped to the period): extra sessions in one
   * week do not make up for missed ones in another. */
  for (int64_t start = from_day; start <= to_day;) {
    int64_t end = (int64_t)brf_journal_week_start((int32_t)start) + 6;
    if (end > to_day)
      end = to_day;
    int64_t due_w = 0, done_w = 0;
    for (size_t i = 0; i < due_count; i++)
      due_w += due_days[i] >= start && due_days[i] <= end;
    for (size_t i = 0; i < j->count; i++) {
      const brf__jentry *e = &j->entries[i];
      if (e->day >= start && e->day <= end && (!routine || brf__jentry_is_for(e, routine)) &&
          did_exercise(e, exercise_id, due_days, due_count))
        done_w++;
    }
    due += due_w;
    done += done_w;
    credited += done_w < due_w ? done_w : due_w;
    start = end + 1;
  }
  if (out_due)
    *out_due = due;
  if (out_done)
    *out_done = done;
  if (out_percent)
    *out_percent = due ? (int32_t)(credited * 100 / due) : BRF_JOURNAL_UNSET;
  return BRF_OK;
}
