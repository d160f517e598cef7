package org.backrelief;

import org.backrelief.internal.Lib;

/** Kinds of source (BRF_SOURCE_*). */
public enum SourceKind implements Coded {
  SEED(Lib.BRF_SOURCE_SEED),
  GUIDELINE(Lib.BRF_SOURCE_GUIDELINE),
  PAPER(Lib.BRF_SOURCE_PAPER),
  DATABASE(Lib.BRF_SOURCE_DATABASE);

  private final int code;

  SourceKind(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_source_kind_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_source_kind_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static SourceKind of(int code) {
    return Coded.of(SourceKind.class, code);
  }

  /** The value of an id (brf_source_kind_from_id, exact); NotFoundException for an unknown one. */
  public static SourceKind parse(String id) {
    return of(Backrelief.parseCode(id, "source kind",
        (s, out) -> Backrelief.lib().brf_source_kind_from_id(s, Backrelief.len(s), out)));
  }
}
