package org.backrelief;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Forgotten objects are freed: the Cleaner queues them, the context's next call frees them. */
class MemoryTest {
  @Test
  void forgottenObjectsAreFreed() throws Exception {
    Runtime rt = Runtime.getRuntime();
    long start = rss();
    try (Context ctx = Support.context()) {
      for (int i = 0; i < 300_000; i++) {
        Dosage.parse(ctx, "2x10, hold 5s"); // never closed
        if (i % 20_000 == 0) {
          System.gc();
          ctx.collect();
        }
      }
      System.gc();
      Thread.sleep(200);
      ctx.collect();
    }
    for (int i = 0; i < 3; i++) { // and objects whose context itself was forgotten
      Context c = Support.context();
      for (int k = 0; k < 10_000; k++) {
        Dosage.parse(c, "3x5");
      }
    }
    System.gc();
    Thread.sleep(200);
    long end = rss();
    assertTrue(end < start * 3 / 2 + 64L * 1024 * 1024,
        "RSS grew from " + start / 1024 + " to " + end / 1024 + " KiB (heap " + rt.totalMemory()
            + ")");
  }

  private static long rss() throws Exception {
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return 0;
  }
}
