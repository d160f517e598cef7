package org.backrelief;

/** BRF_E_REFER: warning signs; the person must see a clinician. */
public class ReferException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public ReferException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
