package org.backrelief;

/** BRF_E_BUFFER_TOO_SMALL (the wrappers retry, so this is rare). */
public class BufferTooSmallException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public BufferTooSmallException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
