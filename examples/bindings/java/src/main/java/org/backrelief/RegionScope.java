package org.backrelief;

import org.backrelief.internal.Lib;

/** Which regions of an exercise count (BRF_REGIONS_*). */
public enum RegionScope implements Coded {
  PRIMARY(Lib.BRF_REGIONS_PRIMARY),
  SECONDARY(Lib.BRF_REGIONS_SECONDARY),
  ANY(Lib.BRF_REGIONS_ANY);

  private final int code;

  RegionScope(int code) {
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
  public static RegionScope of(int code) {
    return Coded.of(RegionScope.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static RegionScope parse(String id) {
    return Coded.parse(RegionScope.class, id);
  }
}
