package org.backrelief;

import org.backrelief.internal.Lib;

/** Programme phases of the planner (BRF_PLAN_PHASE_*). */
public enum PlanPhase implements Coded {
  RELIEF(Lib.BRF_PLAN_PHASE_RELIEF),
  STRENGTHENING(Lib.BRF_PLAN_PHASE_STRENGTHENING),
  MAINTENANCE(Lib.BRF_PLAN_PHASE_MAINTENANCE);

  private final int code;

  PlanPhase(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_plan_phase_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_plan_phase_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static PlanPhase of(int code) {
    return Coded.of(PlanPhase.class, code);
  }

  /** The value of an id (brf_plan_phase_from_id, exact); NotFoundException for an unknown one. */
  public static PlanPhase parse(String id) {
    return of(Backrelief.parseCode(id, "plan phase",
        (s, out) -> Backrelief.lib().brf_plan_phase_from_id(s, Backrelief.len(s), out)));
  }
}
