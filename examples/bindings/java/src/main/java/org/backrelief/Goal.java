package org.backrelief;

import org.backrelief.internal.Lib;

/** Planner goals (BRF_GOAL_*). */
public enum Goal implements Coded {
  POST_LEG_WORKOUT(Lib.BRF_GOAL_POST_LEG_WORKOUT),
  LONG_SITTING(Lib.BRF_GOAL_LONG_SITTING),
  ACUTE_STRAIN(Lib.BRF_GOAL_ACUTE_STRAIN),
  MAINTENANCE(Lib.BRF_GOAL_MAINTENANCE),
  STRENGTHEN(Lib.BRF_GOAL_STRENGTHEN);

  private final int code;

  Goal(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_goal_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_goal_id(code);
  }

  /** The goal's label for people ("Relief after long sitting"), brf_goal_label. */
  public String label() {
    return Backrelief.lib().brf_goal_label(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Goal of(int code) {
    return Coded.of(Goal.class, code);
  }

  /** The value of an id (brf_goal_from_id, exact); NotFoundException for an unknown one. */
  public static Goal parse(String id) {
    return of(Backrelief.parseCode(id, "goal",
        (s, out) -> Backrelief.lib().brf_goal_from_id(s, Backrelief.len(s), out)));
  }
}
