package org.backrelief;

import org.backrelief.internal.Lib;

/** Status codes (BRF_OK, BRF_DONE and the negative BRF_E_*). */
public enum Status implements Coded {
  OK(Lib.BRF_OK),
  DONE(Lib.BRF_DONE),
  INVALID(Lib.BRF_E_INVALID),
  NOMEM(Lib.BRF_E_NOMEM),
  PARSE(Lib.BRF_E_PARSE),
  SCHEMA(Lib.BRF_E_SCHEMA),
  NOT_FOUND(Lib.BRF_E_NOT_FOUND),
  RANGE(Lib.BRF_E_RANGE),
  IO(Lib.BRF_E_IO),
  STATE(Lib.BRF_E_STATE),
  BUFFER_TOO_SMALL(Lib.BRF_E_BUFFER_TOO_SMALL),
  REFER(Lib.BRF_E_REFER),
  UNSUPPORTED(Lib.BRF_E_UNSUPPORTED),
  INTERNAL(Lib.BRF_E_INTERNAL),
  LIMIT(Lib.BRF_E_LIMIT),
  UNKNOWN(Integer.MIN_VALUE);

  private final int code;

  Status(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The constant's name, "BRF_E_PARSE" (brf_status_name). */
  @Override
  public String id() {
    return Backrelief.lib().brf_status_name(code);
  }

  /** The static English message (brf_status_str). */
  public String message() {
    return Backrelief.lib().brf_status_str(code);
  }

  /** The status of a code; UNKNOWN for one this binding does not know. */
  public static Status of(int code) {
    Status s = Coded.of(Status.class, code);
    return s == null ? UNKNOWN : s;
  }
}
