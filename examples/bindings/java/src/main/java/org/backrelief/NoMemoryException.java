package org.backrelief;

/** BRF_E_NOMEM: the allocator returned NULL. */
public class NoMemoryException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public NoMemoryException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
