package org.backrelief;

import org.backrelief.internal.Lib;

/** The person's directional preference (BRF_DIRECTION_*), Profile.direction(). */
public enum Direction implements Coded {
  UNKNOWN(Lib.BRF_DIRECTION_UNKNOWN),
  NONE(Lib.BRF_DIRECTION_NONE),
  EXTENSION(Lib.BRF_DIRECTION_EXTENSION),
  FLEXION(Lib.BRF_DIRECTION_FLEXION);

  private final int code;

  Direction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_direction_id): "unknown", "none", "extension", "flexion". */
  @Override
  public String id() {
    return Backrelief.lib().brf_direction_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Direction of(int code) {
    return Coded.of(Direction.class, code);
  }
}
