package org.backrelief;

/** BRF_E_PARSE: text is not well formed; see line(), column(), offset(). */
public class ParseException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public ParseException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
