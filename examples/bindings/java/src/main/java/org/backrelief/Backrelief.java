package org.backrelief;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import org.backrelief.internal.Lib;

/**
 * Loading libbackrelief, and the functions that take no object: versions,
 * status names, vocabulary lookups, dates and times.
 *
 * <p>The library is found through, in order: the path given to {@link #load(String)},
 * the system property {@code backrelief.library}, the environment variable
 * {@code BACKRELIEF_LIBRARY}, then the name "backrelief" through JNA's search path
 * ({@code jna.library.path}, then the system loader). The ABI major is checked before
 * any other call.
 */
public final class Backrelief {
  /** The ABI major this binding was written for (the library's SONAME suffix). */
  public static final int ABI_MAJOR = 1;

  private static volatile Lib lib;
  private static volatile String loadedFrom;

  private Backrelief() {}

  /** Load the library from a path or name (idempotent once loaded; the first load wins). */
  public static synchronized Lib load(String pathOrName) {
    if (lib != null) {
      return lib;
    }
    String where = pathOrName;
    if (where == null) {
      where = System.getProperty("backrelief.library");
    }
    if (where == null || where.isEmpty()) {
      where = System.getenv("BACKRELIEF_LIBRARY");
    }
    if (where == null || where.isEmpty()) {
      where = "backrelief";
    }
    Lib l;
    try {
      l = Lib.load(where);
      l.brf_abi_version();
    } catch (UnsatisfiedLinkError e) {
      throw new LibraryLoadException("cannot load libbackrelief from '" + where + "' (tried: "
          + "the given path, -Dbackrelief.library, BACKRELIEF_LIBRARY, then the name "
          + "'backrelief'): " + e.getMessage(), 0, "LOAD", 0, 0, 0);
    }
    int abi = l.brf_abi_version();
    if (abi != ABI_MAJOR) {
      throw new AbiMismatchException("libbackrelief at '" + where + "' has ABI " + abi
          + "; this binding supports ABI " + ABI_MAJOR + " only");
    }
    loadedFrom = where;
    lib = l;
    return l;
  }

  /** The loaded library (loading it the default way first); every raw function is here. */
  public static Lib lib() {
    Lib l = lib;
    return l != null ? l : load(null);
  }

  /** Where the library was loaded from. */
  public static String loadedFrom() {
    lib();
    return loadedFrom;
  }

  /** The product version, (major << 16) | (minor << 8) | patch. */
  public static int version() {
    return lib().brf_version();
  }

  /** "1.2.3". */
  public static String versionString() {
    return lib().brf_version_string();
  }

  /** The ABI major of the loaded library. */
  public static int abiVersion() {
    return lib().brf_abi_version();
  }

  // --- helpers shared by the wrappers -----------------------------------------

  /** A status-returning parse of an id into a code, for functions without a context. */
  interface CodeParser {
    int parse(String id, IntByReference out);
  }

  static int parseCode(String id, String what, CodeParser fn) {
    IntByReference out = new IntByReference();
    int status = fn.parse(id, out);
    if (status < 0) {
      throw plain(status, "unknown " + what + " '" + id + "'");
    }
    return out.getValue();
  }

  /** The exception of a function that records no message (it takes no context). */
  static BackreliefException plain(int status, String what) {
    Lib l = lib();
    return BackreliefException.of(status, l.brf_status_name(status),
        what + ": " + l.brf_status_str(status), 0, 0, 0);
  }

  /** An API 1.1 status-returning getter (fn(..., &out)); it records no message. */
  interface IntGetter {
    int get(IntByReference out);
  }

  interface PointerGetter {
    int get(PointerByReference out);
  }

  interface SizeGetter {
    int get(Lib.SizeTByReference out);
  }

  static int getInt(String what, IntGetter fn) {
    IntByReference out = new IntByReference();
    checkPlain(fn.get(out), what);
    return out.getValue();
  }

  static Pointer getPointer(String what, PointerGetter fn) {
    PointerByReference out = new PointerByReference();
    checkPlain(fn.get(out), what);
    return out.getValue();
  }

  /** A borrowed string read through a getter, copied (null stays null). */
  static String getString(String what, PointerGetter fn) {
    Pointer p = getPointer(what, fn);
    return p == null ? null : p.getString(0, "UTF-8");
  }

  static long getSize(String what, SizeGetter fn) {
    Lib.SizeTByReference out = new Lib.SizeTByReference();
    checkPlain(fn.get(out), what);
    return out.getValue();
  }

  static void checkPlain(int status, String what) {
    if (status < 0) {
      throw plain(status, what);
    }
  }

  /** UTF-8 length of a string (the len argument of (text, len) pairs). */
  static Lib.SizeT len(String text) {
    return new Lib.SizeT(text.getBytes(StandardCharsets.UTF_8).length);
  }

  static Lib.SizeT size(long n) {
    return new Lib.SizeT(n);
  }

  /** A caller-buffer formatter (buf, cap, &needed). */
  interface Formatter {
    int format(byte[] buf, Lib.SizeT cap, Lib.SizeTByReference needed);
  }

  /** Call a formatter, growing the buffer when it is too small. */
  static String format(Formatter fn, String what, Context ctx) {
    int cap = 64;
    while (true) {
      byte[] buf = new byte[cap];
      Lib.SizeTByReference needed = new Lib.SizeTByReference();
      int status = fn.format(buf, size(cap), needed);
      if (status == Lib.BRF_E_BUFFER_TOO_SMALL) {
        cap = (int) needed.getValue();
        continue;
      }
      if (status < 0) {
        throw ctx != null ? ctx.error(status) : plain(status, what);
      }
      int n = 0;
      while (n < buf.length && buf[n] != 0) {
        n++;
      }
      return new String(buf, 0, n, StandardCharsets.UTF_8);
    }
  }

  /** Copy an owned string and give it back with brf_free. */
  static String take(Pointer ctx, PointerByReference out, Lib.SizeTByReference n) {
    Pointer p = out.getValue();
    if (p == null) {
      return null;
    }
    try {
      return new String(p.getByteArray(0, (int) n.getValue()), StandardCharsets.UTF_8);
    } finally {
      lib().brf_free(ctx, p);
    }
  }

  static boolean bool(int v) {
    return v != 0;
  }

  static int flag(boolean b) {
    return b ? 1 : 0;
  }

  // --- kept for callers who want the raw JNA pointer type ----------------------

  /** Native.SIZE_T_SIZE: 4 on 32-bit, 8 on 64-bit targets. */
  public static int sizeTSize() {
    return Native.SIZE_T_SIZE;
  }
}
