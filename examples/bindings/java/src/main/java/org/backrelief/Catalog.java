package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.backrelief.internal.Lib;

/** An exercise catalog: iterate it, find(id), query(), add custom exercises. */
public final class Catalog extends Handle implements Iterable<Exercise> {
  int generation; // bumped by every change that replaces exercise objects

  Catalog(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_catalog_free);
  }

  /** The built-in back-relief catalog (UnsupportedException when not compiled in). */
  public static Catalog builtin(Context ctx) {
    return new Catalog(ctx, ctx.make(out -> ctx.lib.brf_catalog_new_builtin(ctx.pointer(), out)));
  }

  public static Catalog empty(Context ctx) {
    return new Catalog(ctx, ctx.make(out -> ctx.lib.brf_catalog_new_empty(ctx.pointer(), out)));
  }

  /** Read a catalog document; errors carry the JSON path and position. */
  public static Catalog fromJson(Context ctx, String text) {
    return new Catalog(ctx, ctx.make(out -> ctx.lib.brf_catalog_from_json(ctx.pointer(), text,
        Backrelief.len(text), 0, out)));
  }

  /** The catalog and the import report of free-exercise-db JSON. */
  public record Imported(Catalog catalog, List<Advice> report) {}

  public static Imported importFreeExerciseDb(Context ctx, String text) {
    PointerByReference report = new PointerByReference();
    Pointer p = ctx.make(out -> ctx.lib.brf_catalog_import_free_exercise_db_v2(ctx.pointer(), text,
        Backrelief.len(text), 0, report, out));
    return new Imported(new Catalog(ctx, p), Advice.take(ctx.lib, report.getValue()));
  }

  public String toJson(boolean pretty) {
    return ctx.takeString((out, n) -> lib.brf_catalog_to_json(ctx.pointer(), ptr(),
        pretty ? Lib.BRF_JSON_PRETTY : Lib.BRF_JSON_COMPACT, out, n));
  }

  public int count() {
    return (int) lib.brf_catalog_count(ptr()).longValue();
  }

  /** The exercise at an index; IndexOutOfBoundsException outside 0..count()-1. */
  public Exercise get(int index) {
    Pointer p = lib.brf_catalog_at(ptr(), Backrelief.size(index));
    if (index < 0 || p == null) {
      throw new IndexOutOfBoundsException("catalog index " + index);
    }
    return new Exercise(this, p);
  }

  /** The exercise with this id, or null. */
  public Exercise find(String id) {
    Pointer p = lib.brf_catalog_find(ptr(), id);
    return p == null ? null : new Exercise(this, p);
  }

  /** The exercise with this id; NotFoundException when there is none. */
  public Exercise require(String id) {
    Exercise e = find(id);
    if (e == null) {
      throw new NotFoundException("no exercise '" + id + "' in the catalog", Lib.BRF_E_NOT_FOUND,
          "BRF_E_NOT_FOUND", 0, 0, 0);
    }
    return e;
  }

  @Override
  public Iterator<Exercise> iterator() {
    List<Exercise> all = new ArrayList<>();
    for (int i = 0, n = count(); i < n; i++) {
      all.add(get(i));
    }
    return all.iterator();
  }

  /** A new query over this catalog (close it, or let the collector). */
  public Query query() {
    return new Query(this);
  }

  /** Add a custom exercise built with a draft; returns it. */
  public Exercise add(ExerciseDraft draft) {
    check(lib.brf_catalog_add(ptr(), draft.ptr()));
    generation++;
    return find(draft.id());
  }

  public void setDefaultDose(String exerciseId, String notation) {
    check(lib.brf_catalog_set_default_dose(ptr(), exerciseId, notation));
    generation++;
  }

  /** Add every exercise of other that is not here yet. */
  public void merge(Catalog other) {
    check(lib.brf_catalog_merge(ptr(), other.ptr()));
    generation++;
  }

  /** Make it read-only (then it may be read from many threads). */
  public void freeze() {
    check(lib.brf_catalog_freeze(ptr()));
  }

  public boolean isFrozen() {
    return Backrelief.bool(lib.brf_catalog_is_frozen(ptr()));
  }
}
