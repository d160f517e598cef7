/* The schema-reading layer: typed access to members with the JSON path of
 * each value kept for messages, so that a codec reads like a declaration and
 * every mismatch says where it is ("exercises[3].dose: expected a string,
 * found a number", with the line and column of that value). Errors latch in
 * the reader: after the first one, calls do nothing but write neutral
 * outputs and return it. */
#include <string.h>

#include "util/json_private.h"

void brf__jr_init(brf__jr *r, brf_context *ctx, const brf__json_doc *doc) {
  memset(r, 0, sizeof *r);
  r->ctx = ctx;
  r->doc = doc;
}

void brf__jr_push_keyn(brf__jr *r, const char *key, size_t len) {
  if (r->depth < BRF__JPATH_MAX) {
    r->seg[r->depth].key = key;
    r->seg[r->depth].key_len = len;
    r->seg[r->depth].index = 0;
  }
  r->depth++;
}

void brf__jr_push_key(brf__jr *r, const char *key) {
  brf__jr_push_keyn(r, key, key != NULL ? strlen(key) : 0);
}

void brf__jr_push_index(brf__jr *r, size_t index) {
  if (r->depth < BRF__JPATH_MAX) {
    r->seg[r->depth].key = NULL;
    r->seg[r->depth].key_len = 0;
    r->seg[r->depth].index = index;
  }
  r->depth++;
}

void brf__jr_pop(brf__jr *r) {
  if (r->depth > 0) r->depth--;
}

/* ---- path text ---- */

typedef struct out {
  char *buf;
  size_t cap, len, used; /* len: full length; used: bytes stored */
  int full;
} out;

/* Store while whole characters fit, so a cut path is still UTF-8. */
static void emit(out *o, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++, o->len++) {
    unsigned char c = (unsigned char)s[i];
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (o->full) continue;
    if (o->used + need < o->cap) {
      o->buf[o->used++] = (char)c;
    } else {
      o->full = 1;
    }
  }
}

static int is_name(const char *k, size_t n) {
  if (n == 0 || !(brf__is_alpha((unsigned char)k[0]) || k[0] == '_')) return 0;
  for (size_t i = 1; i < n; i++)
    if (!(brf__is_alpha((unsigned char)k[i]) || brf__is_digit((unsigned char)k[i]) ||
          k[i] == '_' || k[i] == '-'))
      return 0;
  return 1;
}

/* Plain names print as .name, anything else as ["..."] with control bytes
 * (a NUL from \u0000 too) shown as \xNN, as the message formatter shows them,
 * and quotes and backslashes as '?', so the message stays one clean line. */
static void emit_key(out *o, const char *k, size_t n) {
  if (is_name(k, n)) {
    if (o->len > 0) emit(o, ".", 1);
    emit(o, k, n);
    return;
  }
  emit(o, "[\"", 2);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)k[i];
    if (c < 0x20 || c == 0x7F) {
      char esc[5];
      brf__format(esc, sizeof esc, "%.*s", 1, &k[i]);
      emit(o, esc, 4);
    } else {
      emit(o, c == '"' || c == '\\' ? "?" : &k[i], 1);
    }
  }
  emit(o, "\"]", 2);
}

size_t brf__jr_path(const brf__jr *r, const char *key, char *buf, size_t cap) {
  out o = {buf, cap, 0, 0, 0};
  size_t shown = r->depth < BRF__JPATH_MAX ? r->depth : BRF__JPATH_MAX;
  for (size_t i = 0; i < shown; i++) {
    const brf__jpath_seg *s = &r->seg[i];
    if (s->key != NULL) {
      emit_key(&o, s->key, s->key_len);
    } else {
      char num[24];
      size_t n = brf__format(num, sizeof num, "[%zu]", s->index);
      emit(&o, num, n);
    }
  }
  if (r->depth > shown) emit(&o, "...", 3);
  if (key != NULL) emit_key(&o, key, strlen(key));
  if (cap > 0) buf[o.used] = '\0';
  return o.len;
}

static brf_status vfail(brf__jr *r, brf_status code, const brf__json *n, const char *key,
                        const char *fmt, va_list ap) {
  if (r->status != BRF_OK) return r->status;
  char path[200], msg[300];
  size_t line, column, offset = brf__json_offset(n);
  brf__jr_path(r, key, path, sizeof path);
  brf__vformat(msg, sizeof msg, fmt, ap);
  brf__json_doc_position(r->doc, offset, &line, &column);
  r->status = brf__error_at(r->ctx, code, line, column, offset, "%s: %s",
                            path[0] != '\0' ? path : "top level", msg);
  return r->status;
}

brf_status brf__jr_fail(brf__jr *r, const brf__json *n, const char *key, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  brf_status s = vfail(r, BRF_E_SCHEMA, n, key, fmt, ap);
  va_end(ap);
  return s;
}

brf_status brf__jr_fail_code(brf__jr *r, brf_status code, const brf__json *n, const char *key,
                             const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  brf_status s = vfail(r, code, n, key, fmt, ap);
  va_end(ap);
  return s;
}

/* ---- checks on a node; key names it in its parent for messages. They
 * write their output only on success, so callers preset the neutral one. */

static int has_kind(brf__jr *r, const brf__json *n, const char *key, int kind) {
  int k = brf__json_kind(n);
  if (k == kind || (kind == BRF__JSON_TRUE && k == BRF__JSON_FALSE)) return 1;
  const char *want = kind == BRF__JSON_TRUE ? "a boolean" : brf__json_kind_name(kind);
  brf__jr_fail(r, n, key, "expected %s, found %s", want, brf__json_kind_name(k));
  return 0;
}

static int allowed_key(const char *const *allowed, const char *k, size_t n) {
  /* The first byte first: most allowed keys differ there, and strlen of
   * each one for each key was a tenth of a catalog's load. */
  char first = n > 0 ? k[0] : '\0';
  for (; *allowed != NULL; allowed++)
    if ((*allowed)[0] == first && strlen(*allowed) == n && memcmp(*allowed, k, n) == 0) return 1;
  return 0;
}

static brf_status check_object(brf__jr *r, const brf__json *n, const char *key,
                               const char *const *allowed) {
  if (r->status != BRF_OK) return r->status;
  if (!has_kind(r, n, key, BRF__JSON_OBJECT)) return r->status;
  size_t dup = SIZE_MAX, bad = SIZE_MAX;
  if (brf__json_find_duplicate(r->ctx, n, &dup) != BRF_OK) return r->status = BRF_E_NOMEM;
  for (size_t i = 0; allowed != NULL && i < brf__json_count(n) && i < dup; i++) {
    const brf__json *k = brf__json_member_key(n, i);
    if (!allowed_key(allowed, k->ptr, k->len)) {
      bad = i;
      break;
    }
  }
  size_t at = bad != SIZE_MAX ? bad : dup;
  if (at == SIZE_MAX) return BRF_OK;
  const brf__json *k = brf__json_member_key(n, at);
  if (key != NULL) brf__jr_push_key(r, key);
  brf__jr_push_keyn(r, k->ptr, k->len);
  brf__jr_fail(r, k, NULL, at == bad ? "unknown key" : "duplicate key");
  brf__jr_pop(r);
  if (key != NULL) brf__jr_pop(r);
  return r->status;
}

static brf_status read_string(brf__jr *r, const brf__json *n, const char *key, const char **s,
                              size_t *len) {
  *s = NULL;
  if (len != NULL) *len = 0;
  if (r->status == BRF_OK && has_kind(r, n, key, BRF__JSON_STRING)) *s = brf__json_str(n, len);
  return r->status;
}

/* A number written without a fraction or an exponent ("-12", not "1.0" or "1e2"). */
static int is_integer_lexeme(const char *lexeme, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (lexeme[i] == '.' || lexeme[i] == 'e' || lexeme[i] == 'E') return 0;
  return 1;
}

static brf_status read_int(brf__jr *r, const brf__json *n, const char *key, int64_t min,
                           int64_t max, int64_t *v) {
  int64_t x = 0;
  if (r->status != BRF_OK || !has_kind(r, n, key, BRF__JSON_NUMBER)) return r->status;
  size_t len;
  const char *lexeme = brf__json_number(n, &len);
  /* A fraction or an exponent is the wrong type (BRF_E_SCHEMA); an integer
   * outside [min, max], or too large for int64_t, is out of range
   * (BRF_E_RANGE): docs/conventions.md, "Readers: one status per situation". */
  brf_status code = is_integer_lexeme(lexeme, len) ? BRF_E_RANGE : BRF_E_SCHEMA;
  if (brf__json_int64(n, &x) != BRF_OK || x < min || x > max) {
    return brf__jr_fail_code(r, code, n, key, "expected an integer from %lld to %lld, found %.*s",
                             (long long)min, (long long)max, (int)(len > 40 ? 40 : len), lexeme);
  }
  *v = x;
  return BRF_OK;
}

/* The member named key, or NULL (an error when required). */
static const brf__json *member(brf__jr *r, const brf__json *obj, const char *key, int required) {
  if (r->status != BRF_OK || !has_kind(r, obj, NULL, BRF__JSON_OBJECT)) return NULL;
  const brf__json *v = brf__json_get(obj, key);
  if (v == NULL && required) brf__jr_fail(r, obj, key, "required key is missing");
  return v;
}

/* ---- public entry points ---- */

brf_status brf__jr_object(brf__jr *r, const brf__json *n, const char *const *allowed) {
  return check_object(r, n, NULL, allowed);
}

brf_status brf__jr_string(brf__jr *r, const brf__json *n, const char **s, size_t *len) {
  return read_string(r, n, NULL, s, len);
}

brf_status brf__jr_int(brf__jr *r, const brf__json *n, int64_t min, int64_t max, int64_t *v) {
  *v = 0;
  return read_int(r, n, NULL, min, max, v);
}

brf_status brf__jr_req_string(brf__jr *r, const brf__json *obj, const char *key,
                              const char **s, size_t *len) {
  return read_string(r, member(r, obj, key, 1), key, s, len);
}

brf_status brf__jr_opt_string(brf__jr *r, const brf__json *obj, const char *key,
                              const char **s, size_t *len) {
  *s = NULL;
  if (len != NULL) *len = 0;
  const brf__json *v = member(r, obj, key, 0);
  return v != NULL ? read_string(r, v, key, s, len) : r->status;
}

brf_status brf__jr_req_int(brf__jr *r, const brf__json *obj, const char *key, int64_t min,
                           int64_t max, int64_t *v) {
  *v = 0;
  return read_int(r, member(r, obj, key, 1), key, min, max, v);
}

brf_status brf__jr_opt_int(brf__jr *r, const brf__json *obj, const char *key, int64_t min,
                           int64_t max, int64_t def, int64_t *v) {
  *v = def; /* read_int writes only on success */
  const brf__json *n = member(r, obj, key, 0);
  return n != NULL ? read_int(r, n, key, min, max, v) : r->status;
}

static brf_status read_bool(brf__jr *r, const brf__json *n, const char *key, int *v) {
  if (r->status == BRF_OK && has_kind(r, n, key, BRF__JSON_TRUE))
    *v = brf__json_kind(n) == BRF__JSON_TRUE;
  return r->status;
}

brf_status brf__jr_req_bool(brf__jr *r, const brf__json *obj, const char *key, int *v) {
  *v = 0;
  return read_bool(r, member(r, obj, key, 1), key, v);
}

brf_status brf__jr_opt_bool(brf__jr *r, const brf__json *obj, const char *key, int def,
                            int *v) {
  *v = def;
  const brf__json *n = member(r, obj, key, 0);
  return n != NULL ? read_bool(r, n, key, v) : r->status;
}

static brf_status read_array(brf__jr *r, const brf__json *n, const char *key,
                             const brf__json **arr, size_t *count) {
  if (r->status == BRF_OK && has_kind(r, n, key, BRF__JSON_ARRAY)) {
    *arr = n;
    *count = brf__json_count(n);
  }
  return r->status;
}

brf_status brf__jr_req_array(brf__jr *r, const brf__json *obj, const char *key,
                             const brf__json **arr, size_t *count) {
  *arr = NULL;
  *count = 0;
  return read_array(r, member(r, obj, key, 1), key, arr, count);
}

brf_status brf__jr_opt_array(brf__jr *r, const brf__json *obj, const char *key,
                             const brf__json **arr, size_t *count) {
  *arr = NULL;
  *count = 0;
  const brf__json *n = member(r, obj, key, 0);
  return n != NULL ? read_array(r, n, key, arr, count) : r->status;
}

brf_status brf__jr_req_object(brf__jr *r, const brf__json *obj, const char *key,
                              const char *const *allowed, const brf__json **out_obj) {
  const brf__json *n = member(r, obj, key, 1);
  *out_obj = NULL;
  if (n != NULL && check_object(r, n, key, allowed) == BRF_OK) *out_obj = n;
  return r->status;
}

brf_status brf__jr_opt_object(brf__jr *r, const brf__json *obj, const char *key,
                              const char *const *allowed, const brf__json **out_obj) {
  const brf__json *n = member(r, obj, key, 0);
  *out_obj = NULL;
  if (n != NULL && check_object(r, n, key, allowed) == BRF_OK) *out_obj = n;
  return r->status;
}

/* ---- vocabulary ids ---- */

static brf_status read_enum(brf__jr *r, const brf__json *n, const char *key,
                            const char *const *names, int32_t *v) {
  const char *s;
  size_t len;
  if (read_string(r, n, key, &s, &len) != BRF_OK) return r->status;
  for (int32_t i = 0; names[i] != NULL; i++) {
    if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0) {
      *v = i;
      return BRF_OK;
    }
  }
  /* Quote at most 40 bytes, quotes and backslashes shown as '?'; the
   * formatter shows control bytes and a NUL (from \u0000) as \xNN. */
  char shown[40];
  size_t k = 0, cut = len > 40 ? 40 : len;
  while (cut < len && cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
  for (; k < cut; k++) shown[k] = s[k] == '"' || s[k] == '\\' ? '?' : s[k];
  return brf__jr_fail(r, n, key, "unknown value \"%.*s\"%s", (int)k, shown,
                      len > 40 ? "..." : "");
}

brf_status brf__jr_enum(brf__jr *r, const brf__json *n, const char *const *names, int32_t *v) {
  *v = 0;
  return read_enum(r, n, NULL, names, v);
}

brf_status brf__jr_req_enum(brf__jr *r, const brf__json *obj, const char *key,
                            const char *const *names, int32_t *v) {
  *v = 0;
  return read_enum(r, member(r, obj, key, 1), key, names, v);
}

brf_status brf__jr_opt_enum(brf__jr *r, const brf__json *obj, const char *key,
                            const char *const *names, int32_t def, int32_t *v) {
  *v = def;
  const brf__json *n = member(r, obj, key, 0);
  return n != NULL ? read_enum(r, n, key, names, v) : r->status;
}

/* ---- the format header ---- */

brf_status brf__jr_header(brf__jr *r, const brf__json *root, const char *format,
                          int64_t max_version, int64_t *version) {
  const char *s = NULL;
  size_t len = 0, lexeme_len = 0;
  int64_t v = 0;
  *version = 0;
  if (brf__jr_req_string(r, root, "format", &s, &len) != BRF_OK) return r->status;
  if (len != strlen(format) || memcmp(s, format, len) != 0) {
    char shown[41];
    size_t k = 0, cut = len > 40 ? 40 : len;
    while (cut < len && cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
    for (; k < cut; k++) {
      unsigned char c = (unsigned char)s[k];
      shown[k] = c < 0x20 || c == '"' || c == '\\' ? '?' : (char)c;
    }
    shown[k] = '\0';
    return brf__jr_fail(r, brf__json_get(root, "format"), "format",
                        "unknown format \"%s\"%s (expected \"%s\")", shown,
                        len > 40 ? "..." : "", format);
  }
  const brf__json *n = member(r, root, "format_version", 1);
  if (n == NULL || !has_kind(r, n, "format_version", BRF__JSON_NUMBER)) return r->status;
  const char *lexeme = brf__json_number(n, &lexeme_len);
  int shown_len = (int)(lexeme_len > 40 ? 40 : lexeme_len);
  if (!is_integer_lexeme(lexeme, lexeme_len))
    return brf__jr_fail(r, n, "format_version", "expected an integer version, found %.*s",
                        shown_len, lexeme);
  if (brf__json_int64(n, &v) != BRF_OK || v > max_version)
    return brf__jr_fail(r, n, "format_version",
                        "version %.*s is newer than this library reads (%lld)", shown_len,
                        lexeme, (long long)max_version);
  if (v < 1)
    return brf__jr_fail(r, n, "format_version", "no version %lld: versions start at 1",
                        (long long)v);
  *version = v;
  return BRF_OK;
}
