package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.backrelief.internal.Lib;

/**
 * A query over a catalog. Filters return this; iterating runs the query and
 * copies the matching exercises into a list first, so a later change of the
 * catalog cannot leave the iteration on freed exercises.
 */
public final class Query extends Handle implements Iterable<Exercise> {
  private final Catalog catalog;

  Query(Catalog catalog) {
    super(catalog.ctx, catalog.ctx.make(out -> catalog.lib.brf_query_new(
        catalog.ctx.pointer(), catalog.ptr(), out)), catalog.lib::brf_query_free);
    this.catalog = catalog;
  }

  public Query region(Region region, RegionScope scope) {
    check(lib.brf_query_set_region(ptr(), region.code(), scope.code()));
    return this;
  }

  public Query region(Region region) {
    return region(region, RegionScope.PRIMARY);
  }

  public Query modality(Modality modality) {
    check(lib.brf_query_set_modality(ptr(), modality.code()));
    return this;
  }

  /** Only exercises that need nothing beyond this equipment. */
  public Query equipment(Collection<Equipment> have) {
    int[] codes = have.stream().mapToInt(Equipment::code).toArray();
    check(lib.brf_query_set_equipment(ptr(), codes.length == 0 ? new int[1] : codes,
        Backrelief.size(codes.length)));
    return this;
  }

  public Query anyEquipment() {
    check(lib.brf_query_clear_equipment(ptr()));
    return this;
  }

  public Query maxLevel(Level level) {
    check(lib.brf_query_set_max_level(ptr(), level.code()));
    return this;
  }

  public Query laterality(Laterality laterality) {
    check(lib.brf_query_set_laterality(ptr(), laterality.code()));
    return this;
  }

  public Query maxDurationMs(long ms) {
    check(lib.brf_query_set_max_duration_ms(ptr(), ms));
    return this;
  }

  public Query text(String text) {
    check(lib.brf_query_set_text(ptr(), text));
    return this;
  }

  /** Run the query and copy the results (by index). */
  public List<Exercise> run() {
    Pointer q = ptr();
    check(lib.brf_query_run(q));
    List<Exercise> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_query_count(q).longValue(); i < n; i++) {
      out.add(new Exercise(catalog, lib.brf_query_at(q, Backrelief.size(i))));
    }
    return out;
  }

  /** The number of matches (runs the query). */
  public int count() {
    check(lib.brf_query_run(ptr()));
    return (int) lib.brf_query_count(ptr()).longValue();
  }

  /** The matches through the cursor (brf_query_reset, brf_query_next), copied into a list. */
  public List<Exercise> stream() {
    Pointer q = ptr();
    check(lib.brf_query_reset(q));
    List<Exercise> out = new ArrayList<>();
    PointerByReference ex = new PointerByReference();
    while (check(lib.brf_query_next(q, ex)) == Lib.BRF_OK) {
      out.add(new Exercise(catalog, ex.getValue()));
    }
    return out;
  }

  @Override
  public Iterator<Exercise> iterator() {
    return stream().iterator();
  }
}
