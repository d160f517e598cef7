package org.backrelief;

import org.backrelief.internal.Lib;

/** Body regions (BRF_REGION_*). */
public enum Region implements Coded {
  LOWER_BACK(Lib.BRF_REGION_LOWER_BACK),
  GLUTES(Lib.BRF_REGION_GLUTES),
  PIRIFORMIS(Lib.BRF_REGION_PIRIFORMIS),
  HIP_FLEXORS(Lib.BRF_REGION_HIP_FLEXORS),
  ADDUCTORS(Lib.BRF_REGION_ADDUCTORS),
  QUADRICEPS(Lib.BRF_REGION_QUADRICEPS),
  HAMSTRINGS(Lib.BRF_REGION_HAMSTRINGS),
  IT_BAND(Lib.BRF_REGION_IT_BAND),
  CALVES(Lib.BRF_REGION_CALVES),
  ABDOMINALS(Lib.BRF_REGION_ABDOMINALS),
  OBLIQUES(Lib.BRF_REGION_OBLIQUES),
  MID_BACK(Lib.BRF_REGION_MID_BACK),
  NECK(Lib.BRF_REGION_NECK),
  UPPER_BACK(Lib.BRF_REGION_UPPER_BACK);

  private final int code;

  Region(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_region_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_region_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Region of(int code) {
    return Coded.of(Region.class, code);
  }

  /** The value of an id (brf_region_from_id, exact); NotFoundException for an unknown one. */
  public static Region parse(String id) {
    return of(Backrelief.parseCode(id, "region",
        (s, out) -> Backrelief.lib().brf_region_from_id(s, Backrelief.len(s), out)));
  }
}
