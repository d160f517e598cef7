package org.backrelief;

import org.backrelief.internal.Lib;

/** The side a timeline segment works (BRF_SIDE_*). */
public enum Side implements Coded {
  NONE(Lib.BRF_SIDE_NONE),
  LEFT(Lib.BRF_SIDE_LEFT),
  RIGHT(Lib.BRF_SIDE_RIGHT);

  private final int code;

  Side(int code) {
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
  public static Side of(int code) {
    return Coded.of(Side.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static Side parse(String id) {
    return Coded.parse(Side.class, id);
  }
}
