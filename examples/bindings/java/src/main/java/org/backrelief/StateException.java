package org.backrelief;

/** BRF_E_STATE: the object's state does not allow the call (also: a closed wrapper). */
public class StateException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public StateException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
