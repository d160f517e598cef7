package org.backrelief;

import org.backrelief.internal.Lib;

/** Kinds of schedule item (BRF_SCHEDULE_KIND_*). */
public enum ItemKind implements Coded {
  ROUTINE(Lib.BRF_SCHEDULE_KIND_ROUTINE),
  EXERCISE(Lib.BRF_SCHEDULE_KIND_EXERCISE);

  private final int code;

  ItemKind(int code) {
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
  public static ItemKind of(int code) {
    return Coded.of(ItemKind.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static ItemKind parse(String id) {
    return Coded.parse(ItemKind.class, id);
  }
}
