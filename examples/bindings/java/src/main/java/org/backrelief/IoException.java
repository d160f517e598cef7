package org.backrelief;

/** BRF_E_IO: reading or writing a file failed. */
public class IoException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public IoException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
