package org.backrelief;

/** BRF_E_LIMIT: an input past a context limit (Context.setLimit); the message names it. */
public class LimitException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public LimitException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
