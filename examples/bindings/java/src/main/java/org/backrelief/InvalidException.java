package org.backrelief;

/** BRF_E_INVALID: an argument is invalid (NULL, bad code, bad id). */
public class InvalidException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public InvalidException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
