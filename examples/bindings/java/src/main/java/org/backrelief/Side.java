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

  /** The library's id of this value (brf_side_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_side_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Side of(int code) {
    return Coded.of(Side.class, code);
  }

  /** The value of an id (brf_side_from_id, exact); NotFoundException for an unknown one. */
  public static Side parse(String id) {
    return of(Backrelief.parseCode(id, "side",
        (s, out) -> Backrelief.lib().brf_side_from_id(s, Backrelief.len(s), out)));
  }
}
