package org.backrelief;

/**
 * A failing libbackrelief call. Every exception of the binding is one of
 * these: the subclass follows the status (ParseException for BRF_E_PARSE...).
 * It carries the status code and name, the context's message and, for text
 * input, the 1-based line and column (bytes) and 0-based byte offset (line 0:
 * no position).
 */
public class BackreliefException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String statusName;
  private final String detail;
  private final long line;
  private final long column;
  private final long offset;

  public BackreliefException(String message, int status, String statusName, long line,
      long column, long offset) {
    super(message + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + " ["
        + statusName + "]");
    this.detail = message;
    this.status = status;
    this.statusName = statusName;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }

  /** The negative status code (BRF_E_*). */
  public int status() {
    return status;
  }

  /** The status constant's name, "BRF_E_PARSE"... */
  public String statusName() {
    return statusName;
  }

  /** The library's message alone (getMessage() adds position and status name). */
  public String message() {
    return detail;
  }

  /** 1-based line of the problem in text input, 0 when there is none. */
  public long line() {
    return line;
  }

  /** 1-based column, counted in bytes, 0 when there is none. */
  public long column() {
    return column;
  }

  /** 0-based byte offset of the problem in text input. */
  public long offset() {
    return offset;
  }

  /** The exception class that matches a status. */
  static BackreliefException of(int status, String name, String message, long line, long column,
      long offset) {
    switch (Status.of(status)) {
      case INVALID: return new InvalidException(message, status, name, line, column, offset);
      case NOMEM: return new NoMemoryException(message, status, name, line, column, offset);
      case PARSE: return new ParseException(message, status, name, line, column, offset);
      case SCHEMA: return new SchemaException(message, status, name, line, column, offset);
      case NOT_FOUND: return new NotFoundException(message, status, name, line, column, offset);
      case RANGE: return new RangeException(message, status, name, line, column, offset);
      case IO: return new IoException(message, status, name, line, column, offset);
      case STATE: return new StateException(message, status, name, line, column, offset);
      case BUFFER_TOO_SMALL:
        return new BufferTooSmallException(message, status, name, line, column, offset);
      case REFER: return new ReferException(message, status, name, line, column, offset);
      case UNSUPPORTED:
        return new UnsupportedException(message, status, name, line, column, offset);
      case INTERNAL: return new InternalException(message, status, name, line, column, offset);
      case LIMIT: return new LimitException(message, status, name, line, column, offset);
      default: return new BackreliefException(message, status, name, line, column, offset);
    }
  }
}
