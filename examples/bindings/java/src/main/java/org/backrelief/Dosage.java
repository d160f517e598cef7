package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backrelief.internal.Lib;

/** A dose such as "2x30s hold each side". Fields are ranges (min, max). */
public final class Dosage extends Handle {
  /** An inclusive range of a dose field, or of an estimate in milliseconds. */
  public record Range(long min, long max) {}

  Dosage(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_dosage_free);
  }

  /** An empty dose. */
  public Dosage(Context ctx) {
    this(ctx, ctx.make(out -> ctx.lib.brf_dosage_new(ctx.pointer(), out)));
  }

  /** Parse dose notation; ParseException/RangeException carry the column of the problem. */
  public static Dosage parse(Context ctx, String text) {
    return new Dosage(ctx, ctx.make(out -> ctx.lib.brf_dosage_parse(ctx.pointer(), text,
        Backrelief.len(text), out)));
  }

  /** A copy of a dose the library lends (a routine step's). */
  static Dosage copyOf(Context ctx, Pointer borrowed) {
    return new Dosage(ctx, ctx.make(out -> ctx.lib.brf_dosage_clone(ctx.pointer(), borrowed,
        out)));
  }

  public Dosage copy() {
    return copyOf(ctx, ptr());
  }

  /** The canonical notation (an owned string, copied and freed). */
  @Override
  public String toString() {
    return ctx.takeString((out, n) -> lib.brf_dosage_to_string(ctx.pointer(), ptr(), out, n));
  }

  /** The same text through a caller buffer (brf_dosage_format). */
  public String format() {
    Pointer d = ptr();
    return Backrelief.format((buf, cap, needed) -> lib.brf_dosage_format(d, buf, cap, needed),
        "brf_dosage_format", ctx);
  }

  /**
   * The dose as a person reads it in a language ("3 × 10 Wiederholungen, täglich" for "de"; the
   * notation itself for "en"; English for a language without texts), brf_dosage_describe.
   */
  public String describe(String locale) {
    Pointer d = ptr();
    return Backrelief.format(
        (buf, cap, needed) -> lib.brf_dosage_describe(d, locale, buf, cap, needed),
        "brf_dosage_describe", ctx);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dosage d && Backrelief.bool(lib.brf_dosage_equal(ptr(), d.ptr()));
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  public boolean isEmpty() {
    return Backrelief.bool(lib.brf_dosage_is_empty(ptr()));
  }

  /** The range of a field, or null when it is not set. */
  public Range get(DoseField field) {
    LongByReference lo = new LongByReference();
    LongByReference hi = new LongByReference();
    int status = lib.brf_dosage_get(ptr(), field.code(), lo, hi);
    if (status == Lib.BRF_E_NOT_FOUND) {
      return null;
    }
    check(status);
    return new Range(lo.getValue(), hi.getValue());
  }

  public Dosage set(DoseField field, long min, long max) {
    check(lib.brf_dosage_set(ptr(), field.code(), min, max));
    return this;
  }

  public Dosage set(DoseField field, long value) {
    return set(field, value, value);
  }

  public Dosage unset(DoseField field) {
    check(lib.brf_dosage_unset(ptr(), field.code()));
    return this;
  }

  /** The fields that are set, in code order. */
  public Map<DoseField, Range> fields() {
    Map<DoseField, Range> out = new LinkedHashMap<>();
    for (DoseField f : DoseField.values()) {
      Range r = get(f);
      if (r != null) {
        out.put(f, r);
      }
    }
    return out;
  }

  /** The bounds the library accepts for a field. */
  public static Range bounds(DoseField field) {
    LongByReference lo = new LongByReference();
    LongByReference hi = new LongByReference();
    Backrelief.checkPlain(Backrelief.lib().brf_dosage_field_bounds(field.code(), lo, hi),
        "brf_dosage_field_bounds");
    return new Range(lo.getValue(), hi.getValue());
  }

  public Range sets() {
    return get(DoseField.SETS);
  }

  public Range reps() {
    return get(DoseField.REPS);
  }

  public Range holdMs() {
    return get(DoseField.HOLD_MS);
  }

  public Range durationMs() {
    return get(DoseField.DURATION_MS);
  }

  /** (min, max) milliseconds one session takes. */
  public Range estimate() {
    LongByReference lo = new LongByReference();
    LongByReference hi = new LongByReference();
    check(lib.brf_dosage_estimate_ms(ptr(), lo, hi));
    return new Range(lo.getValue(), hi.getValue());
  }

  /** (min, max) milliseconds for a modality. */
  public Range estimate(Modality modality) {
    LongByReference lo = new LongByReference();
    LongByReference hi = new LongByReference();
    check(lib.brf_dosage_estimate_for_modality_ms(ptr(), modality.code(), lo, hi));
    return new Range(lo.getValue(), hi.getValue());
  }

  /** Sourced advice about this dose for a modality. */
  public List<Advice> check(Modality modality) {
    return Advice.take(lib, ctx.make(out -> lib.brf_dosage_check(ctx.pointer(), ptr(),
        modality.code(), out)));
  }
}
