package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Cleaner;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.backrelief.internal.Lib;

/**
 * The context every object is made from: allocator and error detail. Objects
 * keep their Context wrapper reachable, so a context is never collected while
 * one of its objects is in use; close() may come in any order.
 */
public final class Context implements AutoCloseable {
  final Lib lib;
  final State state;
  @SuppressWarnings("unused") // registered so State.run() frees what was forgotten
  private final Cleaner.Cleanable cleanable;

  /** The part the Cleaner actions see (never the wrapper). */
  static final class State implements Runnable {
    final Lib lib;
    private Pointer ctx;
    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private boolean orphaned;

    State(Lib lib, Pointer ctx) {
      this.lib = lib;
      this.ctx = ctx;
    }

    /** A forgotten object's free: now if nobody can use the context any more, else queued. */
    synchronized void release(Runnable free) {
      if (orphaned) {
        free.run();
      } else {
        pending.add(free);
      }
    }

    /** Free what the Cleaner queued, on the calling (owning) thread. */
    void drain() {
      Runnable r;
      while ((r = pending.poll()) != null) {
        r.run();
      }
    }

    synchronized Pointer pointer() {
      return ctx;
    }

    synchronized Pointer takeContext() {
      Pointer p = ctx;
      ctx = null;
      return p;
    }

    /** The Context wrapper is unreachable: so is every object of it. */
    @Override
    public synchronized void run() {
      orphaned = true;
      drain();
      Pointer p = takeContext();
      if (p != null) {
        lib.brf_context_free(p);
      }
    }
  }

  /** A new context on the default library (see Backrelief.load). */
  public Context() {
    this(Backrelief.lib());
  }

  /** A new context on a library loaded from this path. */
  public Context(String libraryPath) {
    this(Backrelief.load(libraryPath));
  }

  private Context(Lib lib) {
    this.lib = lib;
    PointerByReference out = new PointerByReference();
    int status = lib.brf_context_new(out);
    if (status < 0) {
      throw Backrelief.plain(status, "brf_context_new");
    }
    this.state = new State(lib, out.getValue());
    this.cleanable = Handle.CLEANER.register(this, state);
  }

  /** The raw library (every function, C names). */
  public Lib library() {
    return lib;
  }

  /** The raw brf_context pointer, for calls through library(). */
  public Pointer pointer() {
    state.drain();
    Pointer p = state.pointer();
    if (p == null) {
      throw new StateException("Context is closed", Lib.BRF_E_STATE, "BRF_E_STATE", 0, 0, 0);
    }
    return p;
  }

  /** Free the context now (idempotent). Objects made from it stay usable. */
  @Override
  public void close() {
    state.drain();
    Pointer p = state.takeContext();
    if (p != null) {
      lib.brf_context_free(p);
    }
  }

  /** Free, now, the objects the garbage collector found forgotten (also done on every call). */
  public void collect() {
    state.drain();
  }

  /** The message of the last failing call, or "" (copied). */
  public String errmsg() {
    return lib.brf_context_errmsg(pointer());
  }

  /** The status of the last failing call. */
  public Status errcode() {
    return Status.of(lib.brf_context_errcode(pointer()));
  }

  /**
   * Set one limit for the calls that follow (brf_context_set_limit): an input
   * past it throws LimitException; RangeException below 1.
   */
  public void setLimit(Limit limit, long value) {
    check(lib.brf_context_set_limit(pointer(), limit.code(), value));
  }

  /** The current value of one limit (brf_context_limit). */
  public long limit(Limit limit) {
    long v = lib.brf_context_limit(pointer(), limit.code());
    if (v < 0) {
      throw Backrelief.plain(Lib.BRF_E_INVALID, "limit " + limit);
    }
    return v;
  }

  /** Warnings of the last call that succeeded with something to say (API 1.1). */
  public java.util.List<String> warnings() {
    Pointer p = pointer();
    java.util.List<String> out = new java.util.ArrayList<>();
    for (long i = 0, n = lib.brf_context_warning_count(p).longValue(); i < n; i++) {
      out.add(lib.brf_context_warning(p, Backrelief.size(i)));
    }
    return out;
  }

  public void clearError() {
    lib.brf_context_clear_error(pointer());
  }

  /** The locale tag as set, in canonical case ("de-AT"); "en" by default. */
  public String locale() {
    return lib.brf_context_locale(pointer());
  }

  /**
   * Set the language of the texts of objects made afterwards (a BCP 47 tag;
   * "de-AT" falls back to German); make the built-in catalog after it. A tag
   * without texts throws NotFoundException (UnsupportedException without
   * translations, InvalidException when malformed), and English is used.
   */
  public Context setLocale(String tag) {
    check(lib.brf_context_set_locale(pointer(), tag));
    return this;
  }

  /** The language the texts are in: the tag the locale fell back to ("de" for "de-AT"). */
  public String textLocale() {
    return lib.brf_context_text_locale(pointer());
  }

  /** The languages this build has texts for; "en" (the source language) first. */
  public static java.util.List<String> locales() {
    Lib l = Backrelief.lib();
    java.util.List<String> out = new java.util.ArrayList<>();
    for (long i = 0, n = l.brf_locale_count().longValue(); i < n; i++) {
      out.add(l.brf_locale_at(Backrelief.size(i)));
    }
    return out;
  }

  /** The exception for a failed status, with this context's message and position. */
  BackreliefException error(int status) {
    Pointer p = state.pointer();
    String msg = p == null ? "" : lib.brf_context_errmsg(p);
    if (msg == null || msg.isEmpty()) {
      msg = lib.brf_status_str(status);
    }
    long line = p == null ? 0 : lib.brf_context_error_line(p).longValue();
    long column = p == null ? 0 : lib.brf_context_error_column(p).longValue();
    long offset = p == null ? 0 : lib.brf_context_error_offset(p).longValue();
    return BackreliefException.of(status, lib.brf_status_name(status), msg, line, column, offset);
  }

  /** Throw the matching BackreliefException for a negative status; return it otherwise. */
  int check(int status) {
    if (status < 0) {
      throw error(status);
    }
    return status;
  }

  /** A constructor call fn(..., &out): the new pointer. */
  interface Maker {
    int make(PointerByReference out);
  }

  Pointer make(Maker fn) {
    PointerByReference out = new PointerByReference();
    check(fn.make(out));
    return out.getValue();
  }

  /** An owned-string call fn(..., &out, &len): the copied text, given back with brf_free. */
  interface Taker {
    int take(PointerByReference out, Lib.SizeTByReference len);
  }

  String takeString(Taker fn) {
    PointerByReference out = new PointerByReference();
    Lib.SizeTByReference n = new Lib.SizeTByReference();
    check(fn.take(out, n));
    return Backrelief.take(pointer(), out, n);
  }
}
