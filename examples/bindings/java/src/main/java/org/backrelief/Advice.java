package org.backrelief;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import org.backrelief.internal.Lib;

/** One sourced advisory (brf_advice item), copied out of the library. */
public record Advice(String rule, Severity severity, String message, String source) {
  /** Copy the items of a brf_advice (borrowed or owned: the caller frees). */
  static List<Advice> list(Lib lib, Pointer a) {
    List<Advice> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    long n = lib.brf_advice_count(a).longValue();
    for (long i = 0; i < n; i++) {
      Lib.SizeT k = Backrelief.size(i);
      out.add(new Advice(lib.brf_advice_rule(a, k), Severity.of(lib.brf_advice_severity(a, k)),
          lib.brf_advice_message(a, k), lib.brf_advice_source(a, k)));
    }
    return out;
  }

  /** Copy an owned brf_advice and free it. */
  static List<Advice> take(Lib lib, Pointer a) {
    try {
      return list(lib, a);
    } finally {
      lib.brf_advice_free(a);
    }
  }
}
