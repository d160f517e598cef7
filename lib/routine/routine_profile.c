/* The person's profile: sets of equipment and conditions as bit masks (the
 * vocabularies are small and pinned), level, strain, age, heat or cold and directional
 * preference. */
#include "internal/routine.h"

#define BIT(v) ((uint64_t)1 << (uint32_t)(v))

brf_status brf_profile_new(brf_context *ctx, brf_profile **out) {
  brf__enter(ctx);
  brf_profile *p;
  BRF__NEW_OBJECT(p, ctx, out, 1, "brf_profile_new");
  p->equipment = BIT(BRF_EQUIPMENT_NONE);
  p->level = -1;
  p->age_years = -1;
  p->strain_kind = BRF__STRAIN_NONE;
  *out = p;
  return BRF_OK;
}

void brf_profile_free(brf_profile *p) {
  if (p == NULL) return;
  brf_context *ctx = p->ctx;
  brf__free(ctx, p);
  brf__ctx_release(ctx);
}

brf_status brf_profile_clone(brf_context *ctx, const brf_profile *p, brf_profile **out) {
  brf__enter(ctx);
  brf_profile *c;
  BRF__NEW_OBJECT(c, ctx, out, p != NULL, "brf_profile_clone");
  *c = *p;
  c->ctx = ctx; /* the copy keeps ctx, which BRF__NEW_OBJECT retained */
  *out = c;
  return BRF_OK;
}

/* Equipment and conditions are both sets of vocabulary codes kept as bits:
 * one check and one update serve both. */
static brf_status set_member(brf_profile *p, uint64_t *set, int32_t code, int32_t count,
                             int32_t on, const char *what, const char *flag) {
  if (p == NULL) return BRF_E_INVALID;
  if (code < 0 || code >= count)
    return brf__error(p->ctx, BRF_E_INVALID, "unknown %s code %d", what, (int)code);
  if (on != 0 && on != 1)
    return brf__error(p->ctx, BRF_E_INVALID, "%s must be 0 or 1, not %d", flag, (int)on);
  if (on)
    *set |= BIT(code);
  else
    *set &= ~BIT(code);
  return BRF_OK;
}

static int32_t has_member(uint64_t set, int32_t code, int32_t count) {
  return code >= 0 && code < count && (set & BIT(code)) != 0;
}

brf_status brf_profile_set_equipment(brf_profile *p, int32_t equipment, int32_t available) {
  BRF__ENTER_OBJ(p);
  brf_status st = set_member(p, p != NULL ? &p->equipment : NULL, equipment,
                             BRF_EQUIPMENT_COUNT, available, "equipment", "available");
  if (st == BRF_OK) p->equipment |= BIT(BRF_EQUIPMENT_NONE); /* `none` cannot be taken away */
  return st;
}

int32_t brf_profile_has_equipment(const brf_profile *p, int32_t equipment) {
  return p != NULL && has_member(p->equipment, equipment, BRF_EQUIPMENT_COUNT);
}

brf_status brf_profile_clear_equipment(brf_profile *p) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  p->equipment = BIT(BRF_EQUIPMENT_NONE);
  return BRF_OK;
}

brf_status brf_profile_set_level(brf_profile *p, int32_t level) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (level < -1 || level >= BRF_LEVEL_COUNT)
    return brf__error(p->ctx, BRF_E_INVALID, "unknown level code %d", (int)level);
  p->level = level;
  return BRF_OK;
}

int32_t brf_profile_level(const brf_profile *p) { return p == NULL ? -1 : p->level; }

/* Defines brf_profile_<field>_get(p, out), the status-returning form of
 * brf_profile_<field>: its -1 is "unset" as well as the old getter's failure
 * value (docs/conventions.md, "Sentinels"). */
#define FIELD_GET(field)                                                      \
  brf_status brf_profile_##field##_get(const brf_profile *p, int32_t *out) { \
    if (p == NULL || out == NULL) return BRF_E_INVALID;                      \
    *out = p->field;                                                         \
    return BRF_OK;                                                           \
  }

FIELD_GET(level)

brf_status brf_profile_set_condition(brf_profile *p, int32_t condition, int32_t present) {
  BRF__ENTER_OBJ(p);
  return set_member(p, p != NULL ? &p->conditions : NULL, condition, BRF_CONDITION_COUNT,
                    present, "condition", "present");
}

int32_t brf_profile_has_condition(const brf_profile *p, int32_t condition) {
  return p != NULL && has_member(p->conditions, condition, BRF_CONDITION_COUNT);
}

brf_status brf_profile_set_strain_hours_ago(brf_profile *p, int64_t hours_ago) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (hours_ago == -1) {
    p->strain_kind = BRF__STRAIN_NONE;
    return BRF_OK;
  }
  if (hours_ago < 0 || hours_ago > BRF_PROFILE_STRAIN_HOURS_MAX)
    return brf__error(p->ctx, BRF_E_RANGE, "a strain %lld hours ago is outside 0..%d",
                      (long long)hours_ago, BRF_PROFILE_STRAIN_HOURS_MAX);
  p->strain_kind = BRF__STRAIN_HOURS;
  p->strain_hours_ago = hours_ago;
  return BRF_OK;
}

brf_status brf_profile_set_strain_onset_day(brf_profile *p, int32_t onset_day,
                                            int32_t today_day) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  int64_t days = (int64_t)today_day - (int64_t)onset_day;
  if (days < 0 || days * 24 > BRF_PROFILE_STRAIN_HOURS_MAX)
    return brf__error(p->ctx, BRF_E_RANGE,
                      "a strain on day %d seen from day %d is not 0..%d hours before",
                      (int)onset_day, (int)today_day, BRF_PROFILE_STRAIN_HOURS_MAX);
  p->strain_kind = BRF__STRAIN_DAY;
  p->strain_onset_day = onset_day;
  p->strain_today_day = today_day;
  p->strain_hours_ago = days * 24;
  return BRF_OK;
}

brf_status brf_profile_strain_hours_ago(const brf_profile *p, int64_t *hours_ago) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (hours_ago == NULL)
    return brf__error(p->ctx, BRF_E_INVALID, "brf_profile_strain_hours_ago: hours_ago is NULL");
  if (p->strain_kind == BRF__STRAIN_NONE) return BRF_E_NOT_FOUND;
  *hours_ago = p->strain_hours_ago;
  return BRF_OK;
}

brf_status brf_profile_strain_onset_day(const brf_profile *p, int32_t *onset_day,
                                        int32_t *today_day) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (onset_day == NULL)
    return brf__error(p->ctx, BRF_E_INVALID, "brf_profile_strain_onset_day: onset_day is NULL");
  if (p->strain_kind != BRF__STRAIN_DAY) return BRF_E_NOT_FOUND;
  *onset_day = p->strain_onset_day;
  if (today_day != NULL) *today_day = p->strain_today_day;
  return BRF_OK;
}

brf_status brf_profile_set_age_years(brf_profile *p, int32_t years) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (years < -1 || years > BRF_PROFILE_AGE_MAX)
    return brf__error(p->ctx, BRF_E_RANGE, "an age of %d years is outside 0..%d", (int)years,
                      BRF_PROFILE_AGE_MAX);
  p->age_years = years;
  return BRF_OK;
}

int32_t brf_profile_age_years(const brf_profile *p) { return p == NULL ? -1 : p->age_years; }

FIELD_GET(age_years)

brf_status brf_profile_set_direction(brf_profile *p, int32_t direction) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (direction < 0 || direction >= BRF_DIRECTION_COUNT)
    return brf__error(p->ctx, BRF_E_INVALID, "unknown directional preference %d",
                      (int)direction);
  p->direction = direction;
  return BRF_OK;
}

FIELD_GET(direction)

brf_status brf_profile_set_thermal(brf_profile *p, int32_t thermal) {
  BRF__ENTER_OBJ(p);
  if (p == NULL) return BRF_E_INVALID;
  if (thermal < 0 || thermal >= BRF_THERMAL_COUNT)
    return brf__error(p->ctx, BRF_E_INVALID, "unknown heat or cold preference %d", (int)thermal);
  p->thermal = thermal;
  return BRF_OK;
}

FIELD_GET(thermal)

const char *brf_thermal_id(int32_t thermal) {
  static const char *const ids[BRF_THERMAL_COUNT] = {"any", "heat", "cold"};
  return thermal >= 0 && thermal < BRF_THERMAL_COUNT ? ids[thermal] : NULL;
}

const char *brf_direction_id(int32_t direction) {
  static const char *const ids[BRF_DIRECTION_COUNT] = {"unknown", "none", "extension",
                                                       "flexion"};
  return direction >= 0 && direction < BRF_DIRECTION_COUNT ? ids[direction] : NULL;
}
