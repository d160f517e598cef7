package org.backrelief;

import org.backrelief.internal.Lib;

/** Values of the sides dose field (BRF_SIDES_*). */
public enum Sides implements Coded {
  BOTH(Lib.BRF_SIDES_BOTH),
  EACH(Lib.BRF_SIDES_EACH),
  ALTERNATING(Lib.BRF_SIDES_ALTERNATING);

  private final int code;

  Sides(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The lowercase, hyphenated name ("next-morning"). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Sides of(int code) {
    return Coded.of(Sides.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static Sides parse(String id) {
    return Coded.parse(Sides.class, id);
  }
}
