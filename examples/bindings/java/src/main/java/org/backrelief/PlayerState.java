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

  /** The library's id of this value (brf_player_state_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_player_state_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static PlayerState of(int code) {
    return Coded.of(PlayerState.class, code);
  }

  /** The value of an id (brf_player_state_from_id, exact); NotFoundException for an unknown one. */
  public static PlayerState parse(String id) {
    return of(Backrelief.parseCode(id, "player state",
        (s, out) -> Backrelief.lib().brf_player_state_from_id(s, Backrelief.len(s), out)));
  }
}
