/* A strict reader for the flat JSON objects of the CLI's journal lines: a
 * torn line must be told from a whole one. (The library's JSON reader is
 * internal; the CLI uses the public API only.) */
#include "journal_file.h"

#include <string.h>

typedef struct reader {
  const char *p, *end;
} reader;

static void skip_ws(reader *r) {
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\r' || *r->p == '\n'))
    r->p++;
}

static int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* A string into out (cap bytes, truncated when longer); -1 when malformed. */
static int read_string(reader *r, char *out, size_t cap) {
  size_t n = 0;
  if (r->p >= r->end || *r->p != '"') return -1;
  r->p++;
  while (r->p < r->end && *r->p != '"') {
    unsigned char ch = (unsigned char)*r->p++;
    unsigned code = ch;
    if (ch < 0x20) return -1;
    if (ch == '\\') {
      if (r->p >= r->end) return -1;
      char e = *r->p++;
      switch (e) {
      case '"': case '\\': case '/': code = (unsigned char)e; break;
      case 'n': code = '\n'; break;
      case 't': code = '\t'; break;
      case 'r': code = '\r'; break;
      case 'b': code = '\b'; break;
      case 'f': code = '\f'; break;
      case 'u': {
        code = 0;
        for (int i = 0; i < 4; i++) {
          int h = r->p < r->end ? hex(*r->p++) : -1;
          if (h < 0) return -1;
          code = code * 16 + (unsigned)h;
        }
        if (code >= 0x80) code = '?'; /* the journal writes only control characters this way */
        break;
      }
      default: return -1;
      }
    }
    if (n + 1 < cap) out[n++] = (char)code;
  }
  if (r->p >= r->end) return -1;
  r->p++;
  if (cap) out[n] = '\0';
  return 0;
}

static int read_scalar(reader *r, char *out, size_t cap) {
  const char *start = r->p;
  if (r->p < r->end && *r->p == '-') r->p++;
  if (r->p < r->end && *r->p >= '0' && *r->p <= '9') {
    while (r->p < r->end && ((*r->p >= '0' && *r->p <= '9') || *r->p == '.' || *r->p == 'e' ||
                             *r->p == 'E' || *r->p == '+' || *r->p == '-'))
      r->p++;
  } else {
    static const char *const words[] = {"true", "false", "null"};
    size_t i = 0;
    for (; i < 3; i++) {
      size_t wl = strlen(words[i]);
      if ((size_t)(r->end - r->p) >= wl && memcmp(r->p, words[i], wl) == 0) {
        r->p += wl;
        break;
      }
    }
    if (i == 3) return -1;
  }
  size_t n = (size_t)(r->p - start);
  if (n == 0 || n >= cap) return -1;
  memcpy(out, start, n);
  out[n] = '\0';
  return 0;
}

int cli_flat_json_parse(const char *s, size_t len, cli_flat_field *fields, size_t cap,
                        size_t *count) {
  reader r = {s, s + len};
  *count = 0;
  skip_ws(&r);
  if (r.p >= r.end || *r.p++ != '{') return -1;
  skip_ws(&r);
  if (r.p < r.end && *r.p == '}') {
    r.p++;
  } else {
    for (;;) {
      cli_flat_field scratch, *f = *count < cap ? &fields[*count] : &scratch;
      skip_ws(&r);
      if (read_string(&r, f->key, sizeof f->key) != 0) return -1;
      skip_ws(&r);
      if (r.p >= r.end || *r.p++ != ':') return -1;
      skip_ws(&r);
      f->is_string = r.p < r.end && *r.p == '"';
      if ((f->is_string ? read_string(&r, f->value, sizeof f->value)
                        : read_scalar(&r, f->value, sizeof f->value)) != 0)
        return -1;
      if (*count < cap) (*count)++;
      skip_ws(&r);
      if (r.p < r.end && *r.p == ',') {
        r.p++;
        continue;
      }
      if (r.p < r.end && *r.p == '}') {
        r.p++;
        break;
      }
      return -1;
    }
  }
  skip_ws(&r);
  return r.p == r.end ? 0 : -1;
}

const cli_flat_field *cli_flat_find(const cli_flat_field *fields, size_t count,
                                    const char *key) {
  for (size_t i = 0; i < count; i++)
    if (strcmp(fields[i].key, key) == 0) return &fields[i];
  return NULL;
}
