/* The JSON writer. It owns the punctuation (commas, colons, indentation)
 * so codecs only say what to write, and it refuses anything that would make
 * the output invalid JSON (a value without a key in an object, unbalanced
 * ends, a second top-level value, a string that is not UTF-8): the first
 * problem latches, later calls do nothing, and brf__jw_finish reports it. */
#include <string.h>

#include "util/json_private.h"

void brf__jw_init(brf__jw *w, brf_context *ctx, uint32_t flags) {
  memset(w, 0, sizeof *w);
  brf__buf_init(&w->buf, ctx);
  w->flags = flags;
}

void brf__jw_free(brf__jw *w) {
  brf__buf_free(&w->buf);
}

static int ok(brf__jw *w) {
  if (w->status == BRF_OK) w->status = w->buf.status;
  return w->status == BRF_OK;
}

static void misuse(brf__jw *w, const char *what) {
  if (w->status == BRF_OK) w->status = brf__error(w->buf.ctx, BRF_E_INVALID, "JSON writer: %s", what);
}

static int in_object(const brf__jw *w) {
  size_t level = w->depth - 1;
  return (int)(w->is_object[level / 64] >> (level % 64) & 1u);
}

static void newline(brf__jw *w, size_t depth) {
  static const char spaces[] = "                                ";
  brf__buf_putc(&w->buf, '\n');
  for (size_t n = 2 * depth; n > 0;) {
    size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
    brf__buf_append(&w->buf, spaces, k);
    n -= k;
  }
}

/* Place a value: the comma and indentation before it, or the check that a
 * key precedes it in an object. Returns 0 when nothing may be written. */
static int begin_value(brf__jw *w) {
  if (!ok(w)) return 0;
  if (w->depth == 0) {
    if (w->has_items) {
      misuse(w, "a second value at the top level");
      return 0;
    }
  } else if (in_object(w)) {
    if (!w->after_key) {
      misuse(w, "a value in an object without a key");
      return 0;
    }
  } else {
    if (w->has_items) brf__buf_putc(&w->buf, ',');
    if (w->flags & BRF__JW_PRETTY) newline(w, w->depth);
  }
  w->after_key = 0;
  w->has_items = 1;
  return 1;
}

/* 1 for bytes a string must escape. */
static int needs_escape(unsigned char c) {
  return c < 0x20 || c == '"' || c == '\\';
}

/* The two-character escape of c, or 0 when c needs \\u00XX. */
static char short_escape(unsigned char c) {
  switch (c) {
  case '"': return '"';
  case '\\': return '\\';
  case '\b': return 'b';
  case '\f': return 'f';
  case '\n': return 'n';
  case '\r': return 'r';
  case '\t': return 't';
  default: return 0;
  }
}

static void put_escaped(brf__jw *w, const char *s, size_t len) {
  if (!brf__utf8_valid(s, len, NULL)) {
    misuse(w, "a string that is not valid UTF-8");
    return;
  }
  static const char hex[] = "0123456789abcdef";
  brf__buf_putc(&w->buf, '"');
  size_t run = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!needs_escape(c)) continue;
    brf__buf_append(&w->buf, s + run, i - run);
    run = i + 1;
    char e[6] = {'\\', short_escape(c), '0', '0', hex[c >> 4], hex[c & 15]};
    if (e[1] != 0) {
      brf__buf_append(&w->buf, e, 2);
    } else {
      e[1] = 'u';
      brf__buf_append(&w->buf, e, 6);
    }
  }
  brf__buf_append(&w->buf, s + run, len - run);
  brf__buf_putc(&w->buf, '"');
}

static void begin(brf__jw *w, int object) {
  if (!begin_value(w)) return;
  if (w->depth == BRF__JSON_DEPTH_MAX) {
    misuse(w, "nesting deeper than the writer's limit");
    return;
  }
  uint64_t bit = (uint64_t)1 << (w->depth % 64);
  if (object) {
    w->is_object[w->depth / 64] |= bit;
  } else {
    w->is_object[w->depth / 64] &= ~bit;
  }
  w->depth++;
  w->has_items = 0;
  brf__buf_putc(&w->buf, object ? '{' : '[');
}

static void end(brf__jw *w, int object) {
  if (!ok(w)) return;
  if (w->depth == 0 || in_object(w) != object || w->after_key) {
    misuse(w, object ? "end_object does not close an object" : "end_array does not close an array");
    return;
  }
  w->depth--;
  if (w->has_items && (w->flags & BRF__JW_PRETTY)) newline(w, w->depth);
  brf__buf_putc(&w->buf, object ? '}' : ']');
  w->has_items = 1;
}

void brf__jw_begin_object(brf__jw *w) {
  begin(w, 1);
}
void brf__jw_end_object(brf__jw *w) {
  end(w, 1);
}
void brf__jw_begin_array(brf__jw *w) {
  begin(w, 0);
}
void brf__jw_end_array(brf__jw *w) {
  end(w, 0);
}

void brf__jw_keyn(brf__jw *w, const char *key, size_t len) {
  if (!ok(w)) return;
  if (w->depth == 0 || !in_object(w) || w->after_key || key == NULL) {
    misuse(w, "a key outside an object, after another key, or NULL");
    return;
  }
  if (w->has_items) brf__buf_putc(&w->buf, ',');
  if (w->flags & BRF__JW_PRETTY) newline(w, w->depth);
  put_escaped(w, key, len);
  if (w->flags & BRF__JW_PRETTY) {
    brf__buf_append(&w->buf, ": ", 2);
  } else {
    brf__buf_putc(&w->buf, ':');
  }
  w->after_key = 1;
  w->has_items = 1;
}

void brf__jw_key(brf__jw *w, const char *key) {
  brf__jw_keyn(w, key, key != NULL ? strlen(key) : 0);
}

void brf__jw_stringn(brf__jw *w, const char *s, size_t len) {
  if (s == NULL) {
    brf__jw_null(w);
  } else if (begin_value(w)) {
    put_escaped(w, s, len);
  }
}

void brf__jw_string(brf__jw *w, const char *s) {
  brf__jw_stringn(w, s, s != NULL ? strlen(s) : 0);
}

void brf__jw_int(brf__jw *w, int64_t v) {
  if (begin_value(w)) brf__buf_put_i64(&w->buf, v);
}

void brf__jw_bool(brf__jw *w, int v) {
  if (begin_value(w)) brf__buf_puts(&w->buf, v ? "true" : "false");
}

void brf__jw_null(brf__jw *w) {
  if (begin_value(w)) brf__buf_puts(&w->buf, "null");
}

void brf__jw_member_string(brf__jw *w, const char *key, const char *s) {
  brf__jw_key(w, key);
  brf__jw_string(w, s);
}

void brf__jw_member_int(brf__jw *w, const char *key, int64_t v) {
  brf__jw_key(w, key);
  brf__jw_int(w, v);
}

void brf__jw_member_bool(brf__jw *w, const char *key, int v) {
  brf__jw_key(w, key);
  brf__jw_bool(w, v);
}

void brf__jw_node(brf__jw *w, const brf__json *n) {
  if (n == NULL) {
    misuse(w, "a NULL node");
    return;
  }
  switch (n->kind) {
  case BRF__JSON_NULL: brf__jw_null(w); break;
  case BRF__JSON_FALSE: brf__jw_bool(w, 0); break;
  case BRF__JSON_TRUE: brf__jw_bool(w, 1); break;
  case BRF__JSON_STRING: brf__jw_stringn(w, n->ptr, n->len); break;
  case BRF__JSON_NUMBER: /* the parser checked the lexeme's grammar */
    if (begin_value(w)) brf__buf_append(&w->buf, n->ptr, n->len);
    break;
  case BRF__JSON_ARRAY:
    brf__jw_begin_array(w);
    for (size_t i = 0; i < n->len && ok(w); i++) brf__jw_node(w, brf__json_at(n, i));
    brf__jw_end_array(w);
    break;
  default: /* BRF__JSON_OBJECT */
    brf__jw_begin_object(w);
    for (size_t i = 0; i < n->len && ok(w); i++) {
      const brf__json *k = brf__json_member_key(n, i);
      brf__jw_keyn(w, k->ptr, k->len);
      brf__jw_node(w, k + 1);
    }
    brf__jw_end_object(w);
    break;
  }
}

brf_status brf__jw_finish(brf__jw *w, char **out, size_t *out_len) {
  if (out != NULL) *out = NULL; /* out_len is written on success only */
  if (ok(w) && (w->depth != 0 || !w->has_items)) misuse(w, "the document is incomplete");
  if (ok(w) && out == NULL) misuse(w, "NULL output");
  if (ok(w) && (w->flags & BRF__JW_PRETTY)) brf__buf_putc(&w->buf, '\n');
  if (!ok(w)) {
    brf_status s = w->status;
    brf__buf_free(&w->buf);
    return s;
  }
  brf_status s = brf__buf_take(&w->buf, out, out_len);
  w->depth = 0;
  w->has_items = 0;
  return s;
}
