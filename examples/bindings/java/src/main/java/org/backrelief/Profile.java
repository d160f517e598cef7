package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;

/** What the person has and lives with: equipment, level, conditions, age, strain. */
public final class Profile extends Handle {
  Profile(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_profile_free);
  }

  public Profile(Context ctx) {
    this(ctx, ctx.make(out -> ctx.lib.brf_profile_new(ctx.pointer(), out)));
  }

  public Profile copy() {
    return new Profile(ctx, ctx.make(out -> lib.brf_profile_clone(ctx.pointer(), ptr(), out)));
  }

  public Profile setEquipment(Equipment e, boolean available) {
    check(lib.brf_profile_set_equipment(ptr(), e.code(), Backrelief.flag(available)));
    return this;
  }

  public boolean hasEquipment(Equipment e) {
    return Backrelief.bool(lib.brf_profile_has_equipment(ptr(), e.code()));
  }

  public Profile clearEquipment() {
    check(lib.brf_profile_clear_equipment(ptr()));
    return this;
  }

  public Profile setLevel(Level level) {
    check(lib.brf_profile_set_level(ptr(), level.code()));
    return this;
  }

  /** The directional preference (UNKNOWN unless set). */
  public Direction direction() {
    return Direction.of(Backrelief.getInt("brf_profile_direction_get",
        out -> lib.brf_profile_direction_get(ptr(), out)));
  }

  public Profile setDirection(Direction direction) {
    check(lib.brf_profile_set_direction(ptr(), direction.code()));
    return this;
  }  /** Heat or cold when a plan offers both (ANY unless set). */
  public Thermal thermal() {
    return Thermal.of(Backrelief.getInt("brf_profile_thermal_get",
        out -> lib.brf_profile_thermal_get(ptr(), out)));
  }

  public Profile setThermal(Thermal thermal) {
    check(lib.brf_profile_set_thermal(ptr(), thermal.code()));
    return this;
  }

  public Level level() {
    return Level.of(Backrelief.getInt("brf_profile_level_get",
        out -> lib.brf_profile_level_get(ptr(), out)));
  }

  public Profile setCondition(Condition c, boolean present) {
    check(lib.brf_profile_set_condition(ptr(), c.code(), Backrelief.flag(present)));
    return this;
  }

  public boolean hasCondition(Condition c) {
    return Backrelief.bool(lib.brf_profile_has_condition(ptr(), c.code()));
  }

  public Profile setAgeYears(int years) {
    check(lib.brf_profile_set_age_years(ptr(), years));
    return this;
  }

  public int ageYears() {
    return Backrelief.getInt("brf_profile_age_years_get",
        out -> lib.brf_profile_age_years_get(ptr(), out));
  }

  public Profile setStrainHoursAgo(long hours) {
    check(lib.brf_profile_set_strain_hours_ago(ptr(), hours));
    return this;
  }

  /** Hours since the strain, or null when none is recorded. */
  public Long strainHoursAgo() {
    LongByReference h = new LongByReference();
    int status = lib.brf_profile_strain_hours_ago(ptr(), h);
    if (status == org.backrelief.internal.Lib.BRF_E_NOT_FOUND) {
      return null;
    }
    check(status);
    return h.getValue();
  }

  public Profile setStrainOnsetDay(int onsetDay, int todayDay) {
    check(lib.brf_profile_set_strain_onset_day(ptr(), onsetDay, todayDay));
    return this;
  }

  /** {onset day, today} as days since 1970-01-01, or null when not recorded that way. */
  public int[] strainOnsetDay() {
    IntByReference onset = new IntByReference();
    IntByReference today = new IntByReference();
    int status = lib.brf_profile_strain_onset_day(ptr(), onset, today);
    if (status == org.backrelief.internal.Lib.BRF_E_NOT_FOUND) {
      return null;
    }
    check(status);
    return new int[] {onset.getValue(), today.getValue()};
  }
}
