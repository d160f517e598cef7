package org.backrelief;

import org.backrelief.internal.Lib;

/** Equipment (BRF_EQUIPMENT_*). */
public enum Equipment implements Coded {
  NONE(Lib.BRF_EQUIPMENT_NONE),
  MAT(Lib.BRF_EQUIPMENT_MAT),
  FOAM_ROLLER(Lib.BRF_EQUIPMENT_FOAM_ROLLER),
  MASSAGE_BALL(Lib.BRF_EQUIPMENT_MASSAGE_BALL),
  BAND(Lib.BRF_EQUIPMENT_BAND),
  DUMBBELL(Lib.BRF_EQUIPMENT_DUMBBELL),
  BARBELL(Lib.BRF_EQUIPMENT_BARBELL),
  KETTLEBELL(Lib.BRF_EQUIPMENT_KETTLEBELL),
  BENCH(Lib.BRF_EQUIPMENT_BENCH),
  CHAIR(Lib.BRF_EQUIPMENT_CHAIR),
  WALL(Lib.BRF_EQUIPMENT_WALL),
  SAUNA(Lib.BRF_EQUIPMENT_SAUNA),
  BATH(Lib.BRF_EQUIPMENT_BATH),
  COLD_PACK(Lib.BRF_EQUIPMENT_COLD_PACK),
  HEAT_PACK(Lib.BRF_EQUIPMENT_HEAT_PACK),
  TOWEL(Lib.BRF_EQUIPMENT_TOWEL);

  private final int code;

  Equipment(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_equipment_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_equipment_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Equipment of(int code) {
    return Coded.of(Equipment.class, code);
  }

  /** The value of an id (brf_equipment_from_id, exact); NotFoundException for an unknown one. */
  public static Equipment parse(String id) {
    return of(Backrelief.parseCode(id, "equipment",
        (s, out) -> Backrelief.lib().brf_equipment_from_id(s, Backrelief.len(s), out)));
  }
}
