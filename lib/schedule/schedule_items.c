/* Schedule items: adding routines and exercises, and the per-item options. */
#include "backrelief/calendar.h"
#include "internal/dosage.h"
#include "schedule/schedule_private.h"

static const int32_t frequency_fields[] = {BRF_DOSE_PER_DAY, BRF_DOSE_PER_WEEK,
                                           BRF_DOSE_INTERVAL_MS, BRF_DOSE_WINDOW_MS};

brf_status brf__schedule_check_frequency(brf_context *ctx, const brf_dosage *f) {
  for (int32_t field = 0; field < BRF_DOSE_FIELD_COUNT; field++) {
    int is_freq = 0;
    for (size_t k = 0; k < sizeof frequency_fields / sizeof frequency_fields[0]; k++)
      if (frequency_fields[k] == field) is_freq = 1;
    int64_t lo, hi;
    if (!is_freq && brf__dosage_field(f, field, &lo, &hi))
      return brf__error(ctx, BRF_E_INVALID,
                        "schedule frequency: field \"%s\" is not a frequency field",
                        brf_dosage_field_name(field));
  }
  return BRF_OK;
}

/* A copy of the frequency (an empty dosage for NULL), checked. */
static brf_status copy_frequency(brf_context *ctx, const brf_dosage *f, brf_dosage **out) {
  *out = NULL;
  if (f) {
    brf_status st = brf__schedule_check_frequency(ctx, f);
    if (st != BRF_OK) return st;
    return brf_dosage_clone(ctx, f, out);
  }
  return brf_dosage_new(ctx, out);
}

/* Any change to the items voids the sessions generated from them. */
static brf_status changed(brf_schedule *s) {
  s->generated = 0;
  return BRF_OK;
}

brf_status brf__schedule_adopt(brf_schedule *s, brf_routine *r, brf_dosage *frequency,
                               int32_t kind, size_t *out_index) {
  brf_status st = BRF_OK;
  int64_t max_ms = 0;
  if (s->item_count >= BRF_SCHEDULE_ITEMS_MAX)
    st = brf__error(s->ctx, BRF_E_RANGE, "schedule: at most %d items", BRF_SCHEDULE_ITEMS_MAX);
  else if (brf_routine_step_count(r) == 0)
    st = brf__error(s->ctx, BRF_E_INVALID, "schedule item: the routine has no steps");
  else if (brf_routine_estimate_ms(r, NULL, &max_ms) != BRF_OK)
    st = brf__error(s->ctx, BRF_E_INVALID, "schedule item: the routine has no time estimate");
  if (st == BRF_OK) {
    void *items = s->items;
    st = brf__grow(s->ctx, &items, &s->item_cap, s->item_count + 1, sizeof(brf__sched_item));
    if (st == BRF_OK) s->items = items;
  }
  if (st != BRF_OK) {
    brf_routine_free(r);
    brf_dosage_free(frequency);
    return st;
  }
  s->items[s->item_count] = (brf__sched_item){.routine = r,
                                               .frequency = frequency,
                                               .kind = kind,
                                               .first_time = BRF__SCHED_FIRST_DEFAULT,
                                               .last_time = BRF__SCHED_LAST_DEFAULT,
                                               .spacing = BRF_SPACING_ANY,
                                               .window_ms = -1,
                                               .duration_ms = max_ms};
  if (out_index) *out_index = s->item_count;
  s->item_count++;
  return changed(s);
}

/* The checks of an add, in their order: s and the thing added (missing
 * when NULL) are not NULL, and *f becomes a checked copy of frequency. */
static brf_status add_opening(brf_schedule *s, int missing, const char *what,
                              const brf_dosage *frequency, brf_dosage **f) {
  if (!s) return BRF_E_INVALID;
  if (missing) return brf__error(s->ctx, BRF_E_INVALID, "schedule: NULL %s", what);
  return copy_frequency(s->ctx, frequency, f);
}

/* Adopts r and f as a new item when st is BRF_OK; frees them otherwise. */
static brf_status adopt_or_free(brf_schedule *s, brf_status st, brf_routine *r, brf_dosage *f,
                                int32_t kind, size_t *out_index) {
  if (st != BRF_OK) {
    brf_routine_free(r);
    brf_dosage_free(f);
    return st;
  }
  return brf__schedule_adopt(s, r, f, kind, out_index);
}

brf_status brf_schedule_add_routine(brf_schedule *s, const brf_routine *r,
                                    const brf_dosage *frequency, size_t *out_index) {
  BRF__ENTER_OBJ(s);
  brf_dosage *f = NULL;
  brf_status st = add_opening(s, r == NULL, "routine", frequency, &f);
  if (st != BRF_OK) return st;
  brf_routine *copy = NULL;
  st = brf_routine_clone(s->ctx, r, &copy);
  return adopt_or_free(s, st, copy, f, BRF_SCHEDULE_KIND_ROUTINE, out_index);
}

brf_status brf_schedule_add_exercise(brf_schedule *s, const brf_exercise *ex,
                                     const brf_dosage *dose, const brf_dosage *frequency,
                                     size_t *out_index) {
  BRF__ENTER_OBJ(s);
  brf_dosage *f = NULL;
  brf_status st = add_opening(s, ex == NULL, "exercise", frequency, &f);
  if (st != BRF_OK) return st;
  brf_routine *r = NULL;
  st = brf_routine_new(s->ctx, &r);
  if (st == BRF_OK) st = brf_routine_set_name(r, brf_exercise_name(ex));
  if (st == BRF_OK) st = brf_routine_append(r, ex, dose);
  return adopt_or_free(s, st, r, f, BRF_SCHEDULE_KIND_EXERCISE, out_index);
}

size_t brf_schedule_item_count(const brf_schedule *s) { return s ? s->item_count : 0; }

const brf_routine *brf_schedule_item_routine(const brf_schedule *s, size_t item) {
  return s && item < s->item_count ? s->items[item].routine : NULL;
}

int32_t brf_schedule_item_kind(const brf_schedule *s, size_t item) {
  return s && item < s->item_count ? s->items[item].kind : -1;
}

/* The item for a setter, or NULL with the status in *st. */
static brf__sched_item *item_for(brf_schedule *s, size_t item, brf_status *st) {
  if (!s) {
    *st = BRF_E_INVALID;
    return NULL;
  }
  if (item >= s->item_count) {
    *st = brf__error(s->ctx, BRF_E_RANGE, "schedule item %zu: the schedule has %zu items",
                     item, s->item_count);
    return NULL;
  }
  *st = BRF_OK;
  return &s->items[item];
}

/* Declares st and it, the item for a setter, or returns the status. */
#define ITEM_OR_RETURN(it, s, item)                  \
  brf_status st;                                     \
  brf__sched_item *it = item_for((s), (item), &st); \
  if (!it) return st

brf_status brf_schedule_item_set_frequency(brf_schedule *s, size_t item,
                                           const brf_dosage *frequency) {
  BRF__ENTER_OBJ(s);
  ITEM_OR_RETURN(it, s, item);
  brf_dosage *f = NULL;
  st = copy_frequency(s->ctx, frequency, &f);
  if (st != BRF_OK) return st;
  brf_dosage_free(it->frequency);
  it->frequency = f;
  return changed(s);
}

brf_status brf_schedule_item_set_frequency_text(brf_schedule *s, size_t item, const char *text,
                                                size_t len) {
  BRF__ENTER_OBJ(s);
  ITEM_OR_RETURN(it, s, item);
  if (!text) return brf__error(s->ctx, BRF_E_INVALID, "schedule frequency: NULL text");
  brf_dosage *f = NULL;
  st = brf_dosage_parse(s->ctx, text, len, &f);
  if (st == BRF_OK) st = brf_schedule_item_set_frequency(s, item, f);
  brf_dosage_free(f);
  return st;
}

/* The two weekday-mask options share their checks. */
static brf_status set_mask(brf_schedule *s, size_t item, uint32_t mask, int after) {
  ITEM_OR_RETURN(it, s, item);
  if (mask & ~BRF_WEEKDAYS_ALL)
    return brf__error(s->ctx, BRF_E_INVALID, "%s: mask %u has bits above Sunday",
                      after ? "after weekdays" : "weekdays", (unsigned)mask);
  if (after) it->after_weekdays = mask;
  else it->weekdays = mask;
  return changed(s);
}

brf_status brf_schedule_item_set_weekdays(brf_schedule *s, size_t item, uint32_t mask) {
  BRF__ENTER_OBJ(s);
  return set_mask(s, item, mask, 0);
}

brf_status brf_schedule_item_set_times(brf_schedule *s, size_t item, int32_t first,
                                       int32_t last) {
  BRF__ENTER_OBJ(s);
  ITEM_OR_RETURN(it, s, item);
  if (first < 0 || first > BRF_TIME_MAX || last < first || last > BRF_TIME_MAX)
    return brf__error(s->ctx, BRF_E_RANGE, "times %d..%d: need 0 <= first <= last <= %d",
                      (int)first, (int)last, BRF_TIME_MAX);
  it->first_time = first;
  it->last_time = last;
  return changed(s);
}

brf_status brf_schedule_item_set_spacing(brf_schedule *s, size_t item, int32_t policy) {
  BRF__ENTER_OBJ(s);
  ITEM_OR_RETURN(it, s, item);
  if (policy != BRF_SPACING_ANY && policy != BRF_SPACING_NOT_CONSECUTIVE)
    return brf__error(s->ctx, BRF_E_INVALID, "spacing policy %d: unknown", (int)policy);
  it->spacing = policy;
  return changed(s);
}

brf_status brf_schedule_item_set_taper(brf_schedule *s, size_t item, int32_t daily_weeks,
                                       int32_t min_per_week, int32_t max_per_week) {
  BRF__ENTER_OBJ(s);
  ITEM_OR_RETURN(it, s, item);
  if (daily_weeks != 0 &&
      (daily_weeks < 0 || daily_weeks > BRF_SCHEDULE_WEEKS_MAX || min_per_week < 1 ||
       max_per_week < min_per_week || max_per_week > 7))
    return brf__error(s->ctx, BRF_E_RANGE,
                      "taper %d weeks, %d-%d a week: need 1..%d weeks and 1 <= min <= max <= 7",
                      (int)daily_weeks, (int)min_per_week, (int)max_per_week,
                      BRF_SCHEDULE_WEEKS_MAX);
  it->taper_weeks = daily_weeks;
  it->taper_min = daily_weeks ? min_per_week : 0;
  it->taper_max = daily_weeks ? max_per_week : 0;
  return changed(s);
}

brf_status brf_schedule_item_set_window(brf_schedule *s, size_t item, int32_t onset_day,
                                        int32_t onset_minute, int64_t length_ms) {
  BRF__ENTER_OBJ(s);
  ITEM_OR_RETURN(it, s, item);
  if (onset_day < BRF_DATE_MIN || onset_day > BRF_DATE_MAX || onset_minute < 0 ||
      onset_minute > BRF_TIME_MAX || length_ms == 0 || length_ms < -1 ||
      length_ms > 104LL * 7 * BRF__SCHED_DAY_MS)
    return brf__error(s->ctx, BRF_E_RANGE,
                      "window: onset day %d minute %d, length %lld ms out of range",
                      (int)onset_day, (int)onset_minute, (long long)length_ms);
  it->has_window = 1;
  it->onset_day = onset_day;
  it->onset_minute = onset_minute;
  it->window_ms = length_ms;
  return changed(s);
}

brf_status brf_schedule_item_clear_window(brf_schedule *s, size_t item) {
  BRF__ENTER_OBJ(s);
  ITEM_OR_RETURN(it, s, item);
  it->has_window = 0;
  it->onset_day = 0;
  it->onset_minute = 0;
  it->window_ms = -1;
  return changed(s);
}

brf_status brf_schedule_item_set_after_weekdays(brf_schedule *s, size_t item, uint32_t mask) {
  BRF__ENTER_OBJ(s);
  return set_mask(s, item, mask, 1);
}
