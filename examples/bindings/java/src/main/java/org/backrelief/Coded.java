package org.backrelief;

/** An enum over one of the library's pinned integer vocabularies. */
public interface Coded {
  /** The C constant's value. */
  int code();

  /** The library's (or the binding's) id of the value. */
  String id();

  /** The constant of an enum with this code, or null. */
  static <E extends Enum<E> & Coded> E of(Class<E> type, int code) {
    for (E e : type.getEnumConstants()) {
      if (e.code() == code) {
        return e;
      }
    }
    return null;
  }

  /** The constant of an enum with this id; NotFoundException when there is none. */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String id) {
    for (E e : type.getEnumConstants()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new NotFoundException("unknown " + type.getSimpleName() + " '" + id + "'",
        Status.NOT_FOUND.code(), "BRF_E_NOT_FOUND", 0, 0, 0);
  }
}
