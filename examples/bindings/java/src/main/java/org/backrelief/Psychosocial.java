package org.backrelief;

import org.backrelief.internal.Lib;

/**
 * The psychosocial (yellow-flag) risk level of a screen's answers
 * (BRF_PSYCHOSOCIAL_*; BRF_PSYCHOSOCIAL_NONE, not asked, is null):
 * Screen.psychosocial(), ScreenResult.psychosocial().
 */
public enum Psychosocial implements Coded {
  LOW(Lib.BRF_PSYCHOSOCIAL_LOW),
  MEDIUM(Lib.BRF_PSYCHOSOCIAL_MEDIUM),
  HIGH(Lib.BRF_PSYCHOSOCIAL_HIGH);

  private final int code;

  Psychosocial(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_psychosocial_id): "low", "medium", "high". */
  @Override
  public String id() {
    return Backrelief.lib().brf_psychosocial_id(code);
  }

  /** What to tell the person at this level, in plain English (brf_psychosocial_advice). */
  public String advice() {
    return Backrelief.lib().brf_psychosocial_advice(code);
  }

  /** The value of a code, or null for BRF_PSYCHOSOCIAL_NONE and codes this binding does not know. */
  public static Psychosocial of(int code) {
    return Coded.of(Psychosocial.class, code);
  }

  /** The value of an id (brf_psychosocial_from_id, exact); NotFoundException for an unknown one. */
  public static Psychosocial parse(String id) {
    return of(Backrelief.parseCode(id, "psychosocial level",
        (s, out) -> Backrelief.lib().brf_psychosocial_from_id(s, Backrelief.len(s), out)));
  }
}
