package org.backrelief;

/** BRF_E_NOT_FOUND: no such id, field or file. */
public class NotFoundException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
