package org.backrelief;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;

/** Plans a routine for a goal and a time budget (docs/planner.md). Setters return this. */
public final class Planner extends Handle {
  /** What the last run left out, and why. */
  public record Omission(String exerciseId, OmitCause cause, String reason) {}

  public Planner(Context ctx) {
    super(ctx, ctx.make(out -> ctx.lib.brf_planner_new(ctx.pointer(), out)),
        ctx.lib::brf_planner_free);
  }

  public Planner(Context ctx, Goal goal, int minutes) {
    this(ctx);
    goal(goal).minutes(minutes);
  }

  /** The name of the routines run() makes (brf_planner_set_name). */
  public Planner name(String name) {
    check(lib.brf_planner_set_name(ptr(), name));
    return this;
  }

  public Planner goal(Goal goal) {
    check(lib.brf_planner_set_goal(ptr(), goal.code()));
    return this;
  }

  public Planner minutes(int minutes) {
    check(lib.brf_planner_set_minutes(ptr(), minutes));
    return this;
  }

  public Planner profile(Profile profile) {
    check(lib.brf_planner_set_profile(ptr(), profile == null ? null : profile.ptr()));
    return this;
  }

  public Planner screen(Screen screen) {
    check(lib.brf_planner_set_screen(ptr(), screen == null ? null : screen.ptr()));
    return this;
  }

  public Planner focus(Region region) {
    check(lib.brf_planner_add_focus(ptr(), region.code()));
    return this;
  }

  public Planner clearFocus() {
    check(lib.brf_planner_clear_focus(ptr()));
    return this;
  }

  public Planner avoid(Region region) {
    check(lib.brf_planner_add_avoid(ptr(), region.code()));
    return this;
  }

  public Planner clearAvoid() {
    check(lib.brf_planner_clear_avoid(ptr()));
    return this;
  }

  public Planner phase(PlanPhase phase) {
    check(lib.brf_planner_set_phase(ptr(), phase.code()));
    return this;
  }

  public Planner policy(Policy policy) {
    check(lib.brf_planner_set_policy(ptr(), policy.code()));
    return this;
  }

  public Planner seed(int seed) {
    check(lib.brf_planner_set_seed(ptr(), seed));
    return this;
  }

  /** A new Routine within the budget; ReferException when the screen refuses. */
  public Routine run(Catalog catalog) {
    return new Routine(ctx, ctx.make(out -> lib.brf_planner_run(ptr(), catalog.ptr(), out)));
  }

  public List<Omission> omitted() {
    Pointer p = ptr();
    List<Omission> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_planner_omitted_count(p).longValue(); i < n; i++) {
      var k = Backrelief.size(i);
      out.add(new Omission(lib.brf_planner_omitted_exercise(p, k),
          OmitCause.of(lib.brf_planner_omitted_cause(p, k)), lib.brf_planner_omitted_reason(p, k)));
    }
    return out;
  }

  /** Advisories of the last run (copied). */
  public List<Advice> advice() {
    return Advice.list(lib, Backrelief.getPointer("brf_planner_advice_get",
        out -> lib.brf_planner_advice_get(ptr(), out)));
  }
}
