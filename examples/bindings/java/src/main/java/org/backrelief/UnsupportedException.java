package org.backrelief;

/** BRF_E_UNSUPPORTED: not available in this build (a module left out). */
public class UnsupportedException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public UnsupportedException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
