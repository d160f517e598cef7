/* A JSON well-formedness scanner for the CLI's storage checks: is a text
 * one complete JSON document, a prefix of one (a write cut short), or
 * neither? The library parses its own formats; this only classifies text
 * that the library refused, and checks files export embeds as they are. */
#include "store.h"

#include <string.h>

enum { S_VALUE, S_KEY_OR_END, S_KEY, S_COLON, S_OBJ_NEXT, S_VALUE_OR_END, S_ARR_NEXT, S_DONE };
#define MAX_DEPTH 512

static int is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }
static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }
static int is_hex(char ch) {
  return is_digit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

/* A string from the opening quote at *i: 1 whole (i past it), 0 cut off at
 * the end, -1 invalid. */
static int scan_string(const char *t, size_t len, size_t *i) {
  size_t p = *i + 1;
  while (p < len) {
    unsigned char ch = (unsigned char)t[p];
    if (ch == '"') {
      *i = p + 1;
      return 1;
    }
    if (ch < 0x20) return -1;
    if (ch == '\\') {
      if (++p >= len) return 0;
      if (t[p] == 'u') {
        for (int k = 0; k < 4; k++) {
          if (++p >= len) return 0;
          if (!is_hex(t[p])) return -1;
        }
      } else if (!strchr("\"\\/bfnrt", t[p])) {
        return -1;
      }
    }
    p++;
  }
  return 0;
}

/* A number at *i: 1 whole, 0 cut off at the end (it might go on), -1 invalid. */
static int scan_number(const char *t, size_t len, size_t *i) {
  size_t p = *i;
  if (p < len && t[p] == '-') p++;
  if (p >= len) return 0;
  if (t[p] == '0') p++;
  else if (is_digit(t[p])) while (p < len && is_digit(t[p])) p++;
  else return -1;
  if (p < len && t[p] == '.') {
    if (++p >= len) return 0;
    if (!is_digit(t[p])) return -1;
    while (p < len && is_digit(t[p])) p++;
  }
  if (p < len && (t[p] == 'e' || t[p] == 'E')) {
    if (++p < len && (t[p] == '+' || t[p] == '-')) p++;
    if (p >= len) return 0;
    if (!is_digit(t[p])) return -1;
    while (p < len && is_digit(t[p])) p++;
  }
  *i = p;
  return p >= len ? 0 : 1;
}

int cli_json_scan(const char *t, size_t len) {
  char stack[MAX_DEPTH]; /* '{' or '[' */
  size_t depth = 0, i = 0;
  int state = S_VALUE;
  for (;;) {
    while (i < len && is_ws(t[i])) i++;
    if (i >= len) return state == S_DONE ? CLI_JSON_COMPLETE : CLI_JSON_PREFIX;
    char ch = t[i];
    int value_done = 0;
    switch (state) {
    case S_DONE: return CLI_JSON_INVALID;
    case S_COLON:
      if (ch != ':') return CLI_JSON_INVALID;
      i++;
      state = S_VALUE;
      continue;
    case S_KEY_OR_END:
    case S_KEY:
      if (ch == '}' && state == S_KEY_OR_END) {
        i++;
        depth--;
        value_done = 1;
        break;
      }
      if (ch != '"') return CLI_JSON_INVALID;
      {
        int r = scan_string(t, len, &i);
        if (r <= 0) return r < 0 ? CLI_JSON_INVALID : CLI_JSON_PREFIX;
      }
      state = S_COLON;
      continue;
    case S_OBJ_NEXT:
    case S_ARR_NEXT: {
      char close = state == S_OBJ_NEXT ? '}' : ']';
      if (ch == ',') {
        i++;
        state = state == S_OBJ_NEXT ? S_KEY : S_VALUE;
        continue;
      }
      if (ch != close) return CLI_JSON_INVALID;
      i++;
      depth--;
      value_done = 1;
      break;
    }
    default: /* S_VALUE, or S_VALUE_OR_END: a value or the end of an array */
      if (state == S_VALUE_OR_END && ch == ']') {
        i++;
        depth--;
        value_done = 1;
        break;
      }
      if (ch == '{' || ch == '[') {
        if (depth >= MAX_DEPTH) return CLI_JSON_INVALID;
        stack[depth++] = ch;
        i++;
        state = ch == '{' ? S_KEY_OR_END : S_VALUE_OR_END;
        continue;
      }
      if (ch == '"') {
        int r = scan_string(t, len, &i);
        if (r <= 0) return r < 0 ? CLI_JSON_INVALID : CLI_JSON_PREFIX;
      } else if (ch == '-' || is_digit(ch)) {
        int r = scan_number(t, len, &i);
        if (r < 0) return CLI_JSON_INVALID;
        if (r == 0) return depth == 0 ? CLI_JSON_COMPLETE : CLI_JSON_PREFIX;
      } else {
        static const char *const words[] = {"true", "false", "null"};
        int matched = 0;
        for (int k = 0; k < 3 && !matched; k++) {
          size_t wl = strlen(words[k]), n = len - i < wl ? len - i : wl;
          if (memcmp(t + i, words[k], n) != 0) continue;
          if (n < wl) return CLI_JSON_PREFIX;
          i += wl;
          matched = 1;
        }
        if (!matched) return CLI_JSON_INVALID;
      }
      value_done = 1;
      break;
    }
    if (value_done) {
      if (depth == 0) state = S_DONE;
      else state = stack[depth - 1] == '{' ? S_OBJ_NEXT : S_ARR_NEXT;
    }
  }
}
