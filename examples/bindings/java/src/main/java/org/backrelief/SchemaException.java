package org.backrelief;

/** BRF_E_SCHEMA: well formed, but not a valid document of its kind. */
public class SchemaException extends BackreliefException {
  private static final long serialVersionUID = 1L;

  public SchemaException(String message, int status, String statusName, long line, long column,
      long offset) {
    super(message, status, statusName, line, column, offset);
  }
}
