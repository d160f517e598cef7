package org.backrelief;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.function.Consumer;
import org.backrelief.internal.Lib;

/**
 * An owned library object made from a context: freed by close() (or
 * try-with-resources) at once, or, when the program forgot it, after the
 * garbage collector found it unreachable.
 *
 * <p>Freeing order is free in C (an object keeps its context alive), so no
 * ordering is needed here. What the Cleaner changes is the thread: it runs
 * on its own thread, and a context and its objects belong to one thread at a
 * time (docs/threading.md). So a forgotten object is not freed by the
 * Cleaner thread while its context may still be in use: it is queued on the
 * context and freed by the next call through that context, on the thread
 * that makes it; once the Context wrapper itself is unreachable (so is every
 * object of it, since each one references it) the queue is freed at once.
 */
abstract class Handle implements AutoCloseable {
  static final Cleaner CLEANER = Cleaner.create();

  final Context ctx;
  final Lib lib;
  private final Freer freer;
  private final Cleaner.Cleanable cleanable;

  /** Frees one pointer once; the Cleaner's action (it must not reference the wrapper). */
  static final class Freer implements Runnable {
    private Pointer ptr;
    private final Consumer<Pointer> free;
    private final Context.State state;

    Freer(Pointer ptr, Consumer<Pointer> free, Context.State state) {
      this.ptr = ptr;
      this.free = free;
      this.state = state;
    }

    synchronized Pointer take() {
      Pointer p = ptr;
      ptr = null;
      return p;
    }

    synchronized Pointer peek() {
      return ptr;
    }

    @Override
    public void run() { // the Cleaner thread: the object was forgotten
      Pointer p = take();
      if (p != null) {
        state.release(() -> free.accept(p));
      }
    }
  }

  Handle(Context ctx, Pointer ptr, Consumer<Pointer> free) {
    this.ctx = ctx;
    this.lib = ctx.lib;
    this.freer = new Freer(ptr, free, ctx.state);
    this.cleanable = CLEANER.register(this, freer);
  }

  /** The C pointer; StateException once closed. */
  final Pointer ptr() {
    ctx.state.drain();
    Pointer p = freer.peek();
    if (p == null) {
      throw new StateException(getClass().getSimpleName() + " is closed", Lib.BRF_E_STATE,
          "BRF_E_STATE", 0, 0, 0);
    }
    return p;
  }

  /** Whether close() has run. */
  public boolean isClosed() {
    return freer.peek() == null;
  }

  /** Free the object now (idempotent). */
  @Override
  public void close() {
    Pointer p = freer.take();
    if (p != null) {
      freer.free.accept(p);
    }
    cleanable.clean(); // nothing left to free: only unregisters
    Reference.reachabilityFence(this);
  }

  /** The context this object was made from. */
  public Context context() {
    return ctx;
  }

  int check(int status) {
    return ctx.check(status);
  }
}
