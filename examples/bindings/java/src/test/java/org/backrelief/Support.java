package org.backrelief;

/** Shared by the tests: one library, loaded from -Dbackrelief.library / BACKRELIEF_LIBRARY. */
final class Support {
  private Support() {}

  static Context context() {
    Backrelief.lib();
    return new Context();
  }
}
