package org.backrelief;

/** The shared library could not be found or loaded. */
public class LibraryLoadException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public LibraryLoadException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
