package org.backrelief;

import org.backrelief.internal.Lib;

/** States of a player (BRF_PLAYER_*). */
public enum PlayerState implements Coded {
  IDLE(Lib.BRF_PLAYER_IDLE),
  RUNNING(Lib.BRF_PLAYER_RUNNING),
  PAUSED(Lib.BRF_PLAYER_PAUSED),
  FINISHED(Lib.BRF_PLAYER_FINISHED),
  STOPPED(Lib.BRF_PLAYER_STOPPED);

  private final int code;

  PlayerState(int code) {
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
  public static PlayerState of(int code) {
    return Coded.of(PlayerState.class, code);
  }

  /** The value of an id; NotFoundException for an unknown one. */
  public static PlayerState parse(String id) {
    return Coded.parse(PlayerState.class, id);
  }
}
