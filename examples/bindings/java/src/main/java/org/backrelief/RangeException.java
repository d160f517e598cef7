package org.backrelief;

/** BRF_E_RANGE: a number is outside its documented bounds. */
public class RangeException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public RangeException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
