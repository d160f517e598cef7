package org.backrelief;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.backrelief.internal.Lib;

/**
 * One exercise, borrowed from its Catalog (which it keeps reachable). When the
 * catalog replaced the exercise (setDefaultDose, merge, add), it is found
 * again by id, so an Exercise stays usable. Every getter copies.
 */
public final class Exercise {
  private final Catalog catalog;
  private final String id;
  private Pointer ptr;
  private int generation;

  Exercise(Catalog catalog, Pointer ptr) {
    this.catalog = catalog;
    this.ptr = ptr;
    this.generation = catalog.generation;
    this.id = catalog.lib.brf_exercise_id(ptr);
  }

  /** The C pointer, valid until the catalog changes. */
  public Pointer pointer() {
    Pointer cat = catalog.ptr();
    if (generation != catalog.generation) {
      ptr = catalog.lib.brf_catalog_find(cat, id);
      generation = catalog.generation;
    }
    return ptr;
  }

  private Lib lib() {
    return catalog.lib;
  }

  private List<String> strings(Function<Pointer, Lib.SizeT> count,
      BiFunction<Pointer, Lib.SizeT, String> at) {
    Pointer p = pointer();
    List<String> out = new ArrayList<>();
    for (long i = 0, n = count.apply(p).longValue(); i < n; i++) {
      out.add(at.apply(p, Backrelief.size(i)));
    }
    return out;
  }

  public Catalog catalog() {
    return catalog;
  }

  public String id() {
    return id;
  }

  public String name() {
    return lib().brf_exercise_name(pointer());
  }

  /**
   * One text in a chosen language (a BCP 47 tag), whatever language the
   * catalog speaks: a built-in exercise reads its translation (English for a
   * tag without one), any other its own text. RangeException for an index
   * out of range.
   */
  public String text(ExerciseText field, int index, String locale) {
    String t = lib().brf_exercise_text(pointer(), field.code(), Backrelief.size(index), locale);
    if (t == null) {
      throw Backrelief.plain(Lib.BRF_E_RANGE, "no " + field + " text " + index + " of " + id());
    }
    return t;
  }

  /** text(field, 0, locale). */
  public String text(ExerciseText field, String locale) {
    return text(field, 0, locale);
  }

  public String summary() {
    return lib().brf_exercise_summary(pointer());
  }

  public String defaultDose() {
    return lib().brf_exercise_default_dose(pointer());
  }

  public String doseNote() {
    return lib().brf_exercise_dose_note(pointer());
  }

  public Modality modality() {
    return Modality.of(lib().brf_exercise_modality(pointer()));
  }

  public Level level() {
    return Level.of(lib().brf_exercise_level(pointer()));
  }

  public Laterality laterality() {
    return Laterality.of(lib().brf_exercise_laterality(pointer()));
  }

  public Position position() {
    return Position.of(Backrelief.getInt("brf_exercise_position_get",
        out -> lib().brf_exercise_position_get(pointer(), out)));
  }

  public List<String> aliases() {
    return strings(lib()::brf_exercise_alias_count, lib()::brf_exercise_alias_at);
  }

  public List<String> instructions() {
    return strings(lib()::brf_exercise_instruction_count, lib()::brf_exercise_instruction_at);
  }

  public List<String> cues() {
    return strings(lib()::brf_exercise_cue_count, lib()::brf_exercise_cue_at);
  }

  public List<String> cautions() {
    return strings(lib()::brf_exercise_caution_count, lib()::brf_exercise_caution_at);
  }

  public List<String> media() {
    return strings(lib()::brf_exercise_media_count, lib()::brf_exercise_media_at);
  }

  /** The regions it works, of a scope (primary, secondary or any). */
  public List<Region> regions(RegionScope scope) {
    Pointer p = pointer();
    List<Region> out = new ArrayList<>();
    for (long i = 0, n = lib().brf_exercise_region_count(p, scope.code()).longValue(); i < n;
        i++) {
      out.add(Region.of(lib().brf_exercise_region_at(p, scope.code(), Backrelief.size(i))));
    }
    return out;
  }

  /** The primary regions. */
  public List<Region> regions() {
    return regions(RegionScope.PRIMARY);
  }

  public List<Equipment> equipment() {
    Pointer p = pointer();
    List<Equipment> out = new ArrayList<>();
    for (long i = 0, n = lib().brf_exercise_equipment_count(p).longValue(); i < n; i++) {
      out.add(Equipment.of(lib().brf_exercise_equipment_at(p, Backrelief.size(i))));
    }
    return out;
  }

  /** A contraindication: a condition, what to do, and a note. */
  public record Contraindication(Condition condition, Action action, String note) {}

  public List<Contraindication> contraindications() {
    Pointer p = pointer();
    List<Contraindication> out = new ArrayList<>();
    for (long i = 0, n = lib().brf_exercise_contraindication_count(p).longValue(); i < n; i++) {
      Lib.SizeT k = Backrelief.size(i);
      out.add(new Contraindication(
          Condition.of(lib().brf_exercise_contraindication_condition(p, k)),
          Action.of(lib().brf_exercise_contraindication_action(p, k)),
          lib().brf_exercise_contraindication_note(p, k)));
    }
    return out;
  }

  /** A source: its kind, reference and note. */
  public record Source(SourceKind kind, String reference, String note) {}

  public List<Source> sources() {
    Pointer p = pointer();
    List<Source> out = new ArrayList<>();
    for (long i = 0, n = lib().brf_exercise_source_count(p).longValue(); i < n; i++) {
      Lib.SizeT k = Backrelief.size(i);
      out.add(new Source(SourceKind.of(lib().brf_exercise_source_kind(p, k)),
          lib().brf_exercise_source_ref(p, k), lib().brf_exercise_source_note(p, k)));
    }
    return out;
  }

  /** An alternative dose with its source. */
  public record AlternativeDose(String dose, SourceKind sourceKind, String source, String note) {}

  public List<AlternativeDose> alternativeDoses() {
    Pointer p = pointer();
    List<AlternativeDose> out = new ArrayList<>();
    for (long i = 0, n = lib().brf_exercise_alternative_dose_count(p).longValue(); i < n; i++) {
      Lib.SizeT k = Backrelief.size(i);
      out.add(new AlternativeDose(lib().brf_exercise_alternative_dose_at(p, k),
          SourceKind.of(lib().brf_exercise_alternative_dose_source_kind(p, k)),
          lib().brf_exercise_alternative_dose_source(p, k),
          lib().brf_exercise_alternative_dose_note(p, k)));
    }
    return out;
  }

  /** A harder or easier variant: an exercise id (or null) and a text. */
  public record Variant(String exerciseId, String text) {}

  public List<Variant> progressions() {
    Pointer p = pointer();
    List<Variant> out = new ArrayList<>();
    for (long i = 0, n = lib().brf_exercise_progression_count(p).longValue(); i < n; i++) {
      Lib.SizeT k = Backrelief.size(i);
      out.add(new Variant(Backrelief.getString("brf_exercise_progression_exercise_get",
          o -> lib().brf_exercise_progression_exercise_get(p, k, o)),
          lib().brf_exercise_progression_text(p, k)));
    }
    return out;
  }

  public List<Variant> regressions() {
    Pointer p = pointer();
    List<Variant> out = new ArrayList<>();
    for (long i = 0, n = lib().brf_exercise_regression_count(p).longValue(); i < n; i++) {
      Lib.SizeT k = Backrelief.size(i);
      out.add(new Variant(Backrelief.getString("brf_exercise_regression_exercise_get",
          o -> lib().brf_exercise_regression_exercise_get(p, k, o)),
          lib().brf_exercise_regression_text(p, k)));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Exercise e && e.catalog == catalog && e.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Exercise(" + id + ")";
  }
}
