package org.backrelief;

/** BRF_E_INTERNAL: a bug in libbackrelief. */
public class InternalException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public InternalException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
