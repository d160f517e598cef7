package org.backrelief;

/** The loaded library has an ABI major this binding does not know. */
public class AbiMismatchException extends LibraryLoadException {
  private static final long serialVersionUID = 1L;

  public AbiMismatchException(String message) {
    super(message, 0, "ABI_MISMATCH", 0, 0, 0);
  }
}
