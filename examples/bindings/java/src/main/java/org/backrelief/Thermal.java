package org.backrelief;

import org.backrelief.internal.Lib;

/** Heat or cold when a plan offers both (BRF_THERMAL_*), Profile.thermal(). */
public enum Thermal implements Coded {
  ANY(Lib.BRF_THERMAL_ANY),
  HEAT(Lib.BRF_THERMAL_HEAT),
  COLD(Lib.BRF_THERMAL_COLD);

  private final int code;

  Thermal(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_thermal_id): "any", "heat", "cold". */
  @Override
  public String id() {
    return Backrelief.lib().brf_thermal_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Thermal of(int code) {
    return Coded.of(Thermal.class, code);
  }
}
