package org.backrelief;

import org.backrelief.internal.Lib;

/** Kinds of schedule item (BRF_SCHEDULE_KIND_*). */
public enum ItemKind implements Coded {
  ROUTINE(Lib.BRF_SCHEDULE_KIND_ROUTINE),
  EXERCISE(Lib.BRF_SCHEDULE_KIND_EXERCISE),
  PROGRAMME(Lib.BRF_SCHEDULE_KIND_PROGRAMME);

  private final int code;

  ItemKind(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_schedule_kind_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_schedule_kind_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static ItemKind of(int code) {
    return Coded.of(ItemKind.class, code);
  }

  /** The value of an id (brf_schedule_kind_from_id, exact); NotFoundException for an unknown one. */
  public static ItemKind parse(String id) {
    return of(Backrelief.parseCode(id, "schedule kind",
        (s, out) -> Backrelief.lib().brf_schedule_kind_from_id(s, Backrelief.len(s), out)));
  }
}
