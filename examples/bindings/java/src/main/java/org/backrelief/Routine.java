package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.backrelief.internal.Lib;

/** An ordered list of exercises with their doses. Steps are copied snapshots. */
public final class Routine extends Handle implements Iterable<Routine.Step> {
  /** A snapshot of one step (later changes to the routine do not show). */
  public record Step(int index, String exerciseId, String name, Modality modality,
      Laterality laterality, Phase phase, String dose, String note, String reason,
      List<Region> regions, List<Equipment> equipment,
      List<Exercise.Contraindication> contraindications) {}

  Routine(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_routine_free);
  }

  public Routine(Context ctx) {
    this(ctx, ctx.make(out -> ctx.lib.brf_routine_new(ctx.pointer(), out)));
  }

  public Routine(Context ctx, String name) {
    this(ctx);
    setName(name);
  }

  /** A copy of a routine the library lends. */
  static Routine copyOf(Context ctx, Pointer borrowed) {
    return new Routine(ctx, ctx.make(out -> ctx.lib.brf_routine_clone(ctx.pointer(), borrowed,
        out)));
  }

  public Routine copy() {
    return copyOf(ctx, ptr());
  }

  /** Read a routine document; exercise ids are looked up in catalog. */
  public static Routine fromJson(Context ctx, String text, Catalog catalog) {
    return new Routine(ctx, ctx.make(out -> ctx.lib.brf_routine_from_json(ctx.pointer(), text,
        Backrelief.len(text), catalog.ptr(), 0, out)));
  }

  public String toJson(boolean pretty) {
    return ctx.takeString((out, n) -> lib.brf_routine_to_json(ctx.pointer(), ptr(),
        pretty ? Lib.BRF_JSON_PRETTY : Lib.BRF_JSON_COMPACT, out, n));
  }

  /** Sequencing, profile and dose advisories (never changes the routine). */
  public List<Advice> check(Profile profile) {
    return Advice.take(lib, ctx.make(out -> lib.brf_routine_check(ctx.pointer(), ptr(),
        profile == null ? null : profile.ptr(), out)));
  }

  public String name() {
    return lib.brf_routine_name(ptr());
  }

  public Routine setName(String name) {
    check(lib.brf_routine_set_name(ptr(), name));
    return this;
  }

  /**
   * The routine's stable id ("" when it has none), kept through renames,
   * copies and adaptation, and recorded by the journal with each session.
   */
  public String id() {
    return lib.brf_routine_id(ptr());
  }

  /** Set the stable id (1 to 64 ASCII letters, digits, '-', '_' or '.'); null or "" removes it. */
  public Routine setId(String id) {
    check(lib.brf_routine_set_id(ptr(), id));
    return this;
  }

  /**
   * Give the routine a new id made from a seed (a clock reading with the
   * process id, or random bytes) with its name and exercises; the same seed
   * and routine give the same id. Call it once, when the routine is first
   * kept. Returns the id.
   */
  public String makeId(String seed) {
    check(lib.brf_routine_make_id(ptr(), seed));
    return id();
  }

  /** The planner goal the routine serves, or null. */
  public Goal goal() {
    int code = Backrelief.getInt("brf_routine_goal_get", out -> lib.brf_routine_goal_get(ptr(), out));
    return code < 0 ? null : Goal.of(code);
  }

  /** Set the goal the routine serves; null for none. */
  public Routine setGoal(Goal goal) {
    check(lib.brf_routine_set_goal(ptr(), goal == null ? -1 : goal.code()));
    return this;
  }

  /** Add a step with its default dose. */
  public Routine append(Exercise exercise) {
    return append(exercise, (Dosage) null);
  }

  public Routine append(Exercise exercise, String dose) {
    try (Dosage d = Dosage.parse(ctx, dose)) {
      return append(exercise, d);
    }
  }

  public Routine append(Exercise exercise, Dosage dose) {
    check(lib.brf_routine_append(ptr(), exercise.pointer(), dose == null ? null : dose.ptr()));
    return this;
  }

  public void insert(int index, Exercise exercise, Dosage dose) {
    check(lib.brf_routine_insert(ptr(), Backrelief.size(index), exercise.pointer(),
        dose == null ? null : dose.ptr()));
  }

  public void move(int from, int to) {
    check(lib.brf_routine_move(ptr(), Backrelief.size(from), Backrelief.size(to)));
  }

  public void remove(int index) {
    check(lib.brf_routine_remove(ptr(), Backrelief.size(index)));
  }

  public int count() {
    return (int) lib.brf_routine_step_count(ptr()).longValue();
  }

  /** (min, max) milliseconds the whole routine takes. */
  public Dosage.Range estimate() {
    LongByReference lo = new LongByReference();
    LongByReference hi = new LongByReference();
    check(lib.brf_routine_estimate_ms(ptr(), lo, hi));
    return new Dosage.Range(lo.getValue(), hi.getValue());
  }

  /** The dose of a step, copied into a Dosage the caller owns. */
  public Dosage dose(int index) {
    Pointer d = lib.brf_routine_step_dose(ptr(), Backrelief.size(index));
    if (d == null) {
      throw new IndexOutOfBoundsException("routine step " + index);
    }
    return Dosage.copyOf(ctx, d);
  }

  public Step step(int index) {
    Pointer r = ptr();
    if (index < 0 || index >= count()) {
      throw new IndexOutOfBoundsException("routine step " + index);
    }
    Lib.SizeT i = Backrelief.size(index);
    String dose = ctx.takeString((out, n) -> lib.brf_dosage_to_string(ctx.pointer(),
        lib.brf_routine_step_dose(r, i), out, n));
    List<Region> regions = new ArrayList<>();
    for (long k = 0, n = lib.brf_routine_step_region_count(r, i).longValue(); k < n; k++) {
      regions.add(Region.of(lib.brf_routine_step_region_at(r, i, Backrelief.size(k))));
    }
    List<Equipment> equipment = new ArrayList<>();
    for (long k = 0, n = lib.brf_routine_step_equipment_count(r, i).longValue(); k < n; k++) {
      equipment.add(Equipment.of(lib.brf_routine_step_equipment_at(r, i, Backrelief.size(k))));
    }
    List<Exercise.Contraindication> contra = new ArrayList<>();
    for (long k = 0, n = lib.brf_routine_step_contraindication_count(r, i).longValue(); k < n;
        k++) {
      Lib.SizeT kk = Backrelief.size(k);
      contra.add(new Exercise.Contraindication(
          Condition.of(lib.brf_routine_step_contraindication_condition(r, i, kk)),
          Action.of(lib.brf_routine_step_contraindication_action(r, i, kk)),
          lib.brf_routine_step_contraindication_note(r, i, kk)));
    }
    return new Step(index, lib.brf_routine_step_exercise_id(r, i),
        lib.brf_routine_step_name(r, i), Modality.of(lib.brf_routine_step_modality(r, i)),
        Laterality.of(lib.brf_routine_step_laterality(r, i)),
        Phase.of(lib.brf_routine_step_phase(r, i)), dose, lib.brf_routine_step_note(r, i),
        lib.brf_routine_step_reason(r, i), regions, equipment, contra);
  }

  public List<Step> steps() {
    List<Step> out = new ArrayList<>();
    for (int i = 0, n = count(); i < n; i++) {
      out.add(step(i));
    }
    return out;
  }

  @Override
  public Iterator<Step> iterator() {
    return steps().iterator();
  }

  public void setDose(int index, Dosage dose) {
    check(lib.brf_routine_step_set_dose(ptr(), Backrelief.size(index), dose.ptr()));
  }

  public void setDose(int index, String dose) {
    try (Dosage d = Dosage.parse(ctx, dose)) {
      setDose(index, d);
    }
  }

  public void setNote(int index, String note) {
    check(lib.brf_routine_step_set_note(ptr(), Backrelief.size(index), note));
  }

  public void setReason(int index, String reason) {
    check(lib.brf_routine_step_set_reason(ptr(), Backrelief.size(index), reason));
  }

  public void setPhase(int index, Phase phase) {
    check(lib.brf_routine_step_set_phase(ptr(), Backrelief.size(index), phase.code()));
  }
}
