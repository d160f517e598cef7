package org.backrelief;

import org.backrelief.internal.Lib;

/** Kinds of timeline segment (BRF_SEGMENT_*). */
public enum SegmentKind implements Coded {
  GET_READY(Lib.BRF_SEGMENT_GET_READY),
  WORK(Lib.BRF_SEGMENT_WORK),
  RELAX(Lib.BRF_SEGMENT_RELAX),
  REST(Lib.BRF_SEGMENT_REST),
  SWITCH_SIDE(Lib.BRF_SEGMENT_SWITCH_SIDE),
  TRANSITION(Lib.BRF_SEGMENT_TRANSITION),
  DONE(Lib.BRF_SEGMENT_DONE);

  private final int code;

  SegmentKind(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_segment_kind_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_segment_kind_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static SegmentKind of(int code) {
    return Coded.of(SegmentKind.class, code);
  }

  /** The value of an id (brf_segment_kind_from_id, exact); NotFoundException for an unknown one. */
  public static SegmentKind parse(String id) {
    return of(Backrelief.parseCode(id, "segment kind",
        (s, out) -> Backrelief.lib().brf_segment_kind_from_id(s, Backrelief.len(s), out)));
  }
}
