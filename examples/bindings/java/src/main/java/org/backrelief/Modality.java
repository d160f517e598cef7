package org.backrelief;

import org.backrelief.internal.Lib;

/** Modalities (BRF_MODALITY_*). */
public enum Modality implements Coded {
  SELF_MASSAGE(Lib.BRF_MODALITY_SELF_MASSAGE),
  STATIC_STRETCH(Lib.BRF_MODALITY_STATIC_STRETCH),
  DYNAMIC_STRETCH(Lib.BRF_MODALITY_DYNAMIC_STRETCH),
  MOBILITY(Lib.BRF_MODALITY_MOBILITY),
  STRENGTH(Lib.BRF_MODALITY_STRENGTH),
  HEAT(Lib.BRF_MODALITY_HEAT),
  COLD(Lib.BRF_MODALITY_COLD);

  private final int code;

  Modality(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_modality_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_modality_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Modality of(int code) {
    return Coded.of(Modality.class, code);
  }

  /** The value of an id (brf_modality_from_id, exact); NotFoundException for an unknown one. */
  public static Modality parse(String id) {
    return of(Backrelief.parseCode(id, "modality",
        (s, out) -> Backrelief.lib().brf_modality_from_id(s, Backrelief.len(s), out)));
  }
}
