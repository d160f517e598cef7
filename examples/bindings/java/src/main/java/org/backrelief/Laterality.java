package org.backrelief;

import org.backrelief.internal.Lib;

/** Laterality (BRF_LATERALITY_*). */
public enum Laterality implements Coded {
  BOTH_SIDES(Lib.BRF_LATERALITY_BOTH_SIDES),
  EACH_SIDE(Lib.BRF_LATERALITY_EACH_SIDE),
  ALTERNATING(Lib.BRF_LATERALITY_ALTERNATING);

  private final int code;

  Laterality(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value ("..."), copied. */
  public String id() {
    return Backrelief.lib().brf_vocab_id(Lib.BRF_VOCAB_LATERALITY, code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Laterality of(int code) {
    return Coded.of(Laterality.class, code);
  }

  /** The value of an id; NotFoundException (or InvalidException) for an unknown one. */
  public static Laterality parse(String id) {
    return of(Backrelief.parseCode(id, "Laterality", (s, out) -> Backrelief.lib().brf_vocab_parse(Lib.BRF_VOCAB_LATERALITY, s, out)));
  }
}
