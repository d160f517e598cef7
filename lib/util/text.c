/* Locale-independent text helpers: a tiny formatter for error messages
 * (no stdio, so the library also builds where there is none) that escapes
 * the input text it quotes, strict UTF-8
 * validation, decimal numbers, and ASCII case folding. */
#include <string.h>

#include "util/core.h"

#if defined(__SSE2__) && defined(__GNUC__) && !defined(__OPTIMIZE_SIZE__)
#include <emmintrin.h>
#define BRF_TEXT_SSE2 1 /* x86-64: ASCII runs checked 64 bytes per test */
#else
#define BRF_TEXT_SSE2 0
#endif

/* ---- formatter ---- */

typedef struct sink {
  char *buf;
  size_t cap;
  size_t len;  /* length the full output would have */
  size_t used; /* bytes written to buf */
  int full;    /* a unit did not fit: nothing more is written */
} sink;

/* Write n bytes as one unit: all of them (leaving room for the NUL) or, once
 * one does not fit, none of them and nothing after, so the text is never cut
 * inside a UTF-8 character or an escape. */
static void put(sink *s, const char *p, size_t n) {
  if (!s->full && s->cap > 0 && s->used + n < s->cap) {
    for (size_t i = 0; i < n; i++) s->buf[s->used + i] = p[i];
    s->used += n;
  } else if (n > 0) {
    s->full = 1;
  }
  s->len += n;
}

/* The length of the strictly valid UTF-8 sequence of two to four bytes that
 * starts at p (n bytes available), or 0 when none does. */
static size_t utf8_seq(const unsigned char *p, size_t n) {
  size_t need = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
              : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
  if (need == 0 || need > n) return 0;
  return brf__utf8_valid((const char *)p, need, NULL) ? need : 0;
}

/* Text that may come from input (docs/conventions.md, "Error state and
 * warnings"): valid UTF-8 passes unchanged; a control byte (below 0x20, 0x7F),
 * a NUL inside a length-given text and each byte of invalid UTF-8 become the
 * four characters \xNN (hex digits in lowercase). */
static void put_text(sink *s, const char *str, size_t n) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *p = (const unsigned char *)str;
  size_t i = 0;
  while (i < n) {
    size_t run = i;
    while (run < n && p[run] >= 0x20 && p[run] < 0x7F) run++;
    if (run > i) {
      for (size_t k = i; k < run; k++) put(s, (const char *)&p[k], 1);
      i = run;
      continue;
    }
    size_t k = p[i] >= 0x80 ? utf8_seq(p + i, n - i) : 0;
    if (k > 0) {
      put(s, (const char *)p + i, k);
      i += k;
    } else {
      char esc[4] = {'\\', 'x', hex[p[i] >> 4], hex[p[i] & 0xF]};
      put(s, esc, 4);
      i++;
    }
  }
}

static void put_u64(sink *s, uint64_t v) {
  char tmp[21];
  size_t n = 0;
  do {
    tmp[n++] = (char)('0' + (v % 10));
    v /= 10;
  } while (v != 0);
  while (n > 0) put(s, &tmp[--n], 1);
}

static void put_i64(sink *s, int64_t v) {
  if (v < 0) {
    put(s, "-", 1);
    put_u64(s, (uint64_t)(-(v + 1)) + 1u);
  } else {
    put_u64(s, (uint64_t)v);
  }
}

size_t brf__vformat(char *buf, size_t cap, const char *fmt, va_list ap) {
  sink s = {buf, cap, 0, 0, 0};
  for (const char *p = fmt; *p != '\0'; p++) {
    if (*p != '%') {
      put(&s, p, 1);
      continue;
    }
    p++;
    if (*p == '%') {
      put(&s, "%", 1);
    } else if (*p == 's') {
      const char *str = va_arg(ap, const char *);
      if (str == NULL) str = "(null)";
      put_text(&s, str, strlen(str));
    } else if (p[0] == '.' && p[1] == '*' && p[2] == 's') {
      int n = va_arg(ap, int);
      const char *str = va_arg(ap, const char *);
      if (str == NULL) {
        put(&s, "(null)", 6);
      } else if (n > 0) {
        put_text(&s, str, (size_t)n);
      }
      p += 2;
    } else if (*p == 'd') {
      put_i64(&s, va_arg(ap, int));
    } else if (*p == 'u') {
      put_u64(&s, va_arg(ap, unsigned));
    } else if (p[0] == 'l' && p[1] == 'l' && p[2] == 'd') {
      put_i64(&s, va_arg(ap, long long));
      p += 2;
    } else if (p[0] == 'z' && p[1] == 'u') {
      put_u64(&s, va_arg(ap, size_t));
      p += 1;
    } else if (*p == 'c') {
      char c = (char)va_arg(ap, int);
      put_text(&s, &c, 1);
    } else {
      /* Unknown directive: print it as is; a test catches such a format. */
      put(&s, "%", 1);
      if (*p == '\0') break;
      put(&s, p, 1);
    }
  }
  if (cap > 0) buf[s.used] = '\0';
  return s.len;
}

size_t brf__format(char *buf, size_t cap, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  size_t n = brf__vformat(buf, cap, fmt, ap);
  va_end(ap);
  return n;
}

/* ---- UTF-8 ---- */

int brf__utf8_valid(const char *str, size_t len, size_t *bad_offset) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    unsigned c = s[i];
    if (c < 0x80) {
#ifndef __OPTIMIZE_SIZE__
      /* ASCII runs 64 bytes at a time, then 16 (a catalog image's 1 MB of
       * texts: 5.5 instructions a byte for the byte loop, 0.6 for 16 at a
       * time, 0.2 for 64; docs/performance.md). A build for size (-Os: a
       * watch, which checks no megabytes) keeps the byte loop and its 300
       * bytes less code. */
      uint64_t w[8];
#if BRF_TEXT_SSE2 /* four unaligned loads and one test of the high bits */
      while (len - i >= 65) {
        const __m128i *q = (const __m128i *)(const void *)(s + i + 1);
        __m128i v = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(q), _mm_loadu_si128(q + 1)),
                                 _mm_or_si128(_mm_loadu_si128(q + 2), _mm_loadu_si128(q + 3)));
        if (_mm_movemask_epi8(v) != 0) break;
        i += 64;
      }
#else
      while (len - i >= 65) {
        memcpy(w, s + i + 1, 64);
        if ((w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6] | w[7]) &
            UINT64_C(0x8080808080808080))
          break;
        i += 64;
      }
#endif
      while (len - i >= 17) {
        memcpy(w, s + i + 1, 16);
        if ((w[0] | w[1]) & UINT64_C(0x8080808080808080)) break;
        i += 16;
      }
#endif
      i++;
      continue;
    }
    /* Lead bytes C2-F4; the allowed range of the second byte excludes
     * overlongs (E0, F0), surrogates (ED) and code points above U+10FFFF
     * (F4). Written as comparisons: the if-chain this replaces became three
     * 51-byte lookup tables under -Os (docs/performance.md, "Cortex-M4"). */
    if (c < 0xC2 || c > 0xF4) {
      if (bad_offset != NULL) *bad_offset = i;
      return 0;
    }
    size_t need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (len - i <= need) {
      if (bad_offset != NULL) *bad_offset = i;
      return 0;
    }
    if (s[i + 1] < lo || s[i + 1] > hi) {
      if (bad_offset != NULL) *bad_offset = i;
      return 0;
    }
    for (size_t k = 2; k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) {
        if (bad_offset != NULL) *bad_offset = i;
        return 0;
      }
    }
    i += need + 1;
  }
  return 1;
}

uint32_t brf__utf8_next(const char *str, size_t len, size_t *i) {
  const unsigned char *s = (const unsigned char *)str;
  uint32_t c = s[*i];
  size_t n = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  if (n == 0 || *i + n >= len) {
    (*i)++;
    return c;
  }
  c &= n == 1 ? 0x1Fu : n == 2 ? 0x0Fu : 0x07u;
  for (size_t k = 1; k <= n; k++) c = (c << 6) | (s[*i + k] & 0x3Fu);
  *i += n + 1;
  return c;
}

/* ---- numbers ---- */

size_t brf__i64_to_str(int64_t v, char *buf) {
  sink s = {buf, 21, 0, 0, 0};
  put_i64(&s, v);
  buf[s.used] = '\0';
  return s.used;
}

size_t brf__parse_u64(const char *s, size_t len, int64_t *value, int *overflow) {
  size_t i = 0;
  int64_t v = 0;
  int over = 0;
  while (i < len && brf__is_digit((unsigned char)s[i])) {
    int d = s[i] - '0';
    if (!over && (v > (INT64_MAX - d) / 10)) over = 1;
    if (!over) v = v * 10 + d;
    i++;
  }
  if (value != NULL) *value = over ? INT64_MAX : v;
  if (overflow != NULL) *overflow = over;
  return i;
}

int brf__add_i64(int64_t a, int64_t b, int64_t *out) {
  if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b)) return 0;
  *out = a + b;
  return 1;
}

int brf__mul_i64(int64_t a, int64_t b, int64_t *out) {
  if (a == 0 || b == 0) {
    *out = 0;
    return 1;
  }
  if (a > 0 ? (b > 0 ? a > INT64_MAX / b : b < INT64_MIN / a)
            : (b > 0 ? a < INT64_MIN / b : a < INT64_MAX / b))
    return 0;
  *out = a * b;
  return 1;
}

/* ---- ASCII classes ---- */

int brf__ascii_lower(int c) {
  return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}
int brf__is_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
int brf__is_digit(int c) {
  return c >= '0' && c <= '9';
}
int brf__is_alpha(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int brf__id_valid(const char *s, size_t len) {
  if (s == NULL || len == 0 || len > BRF__ID_MAX) return 0;
  for (size_t i = 0; i < len; i++)
    if (!brf__is_alpha(s[i]) && !brf__is_digit(s[i]) && s[i] != '-' && s[i] != '_' && s[i] != '.')
      return 0;
  return 1;
}

int brf__ieq(const char *s, size_t len, const char *word) {
  size_t i = 0;
  for (; i < len; i++) {
    if (word[i] == '\0') return 0;
    if (brf__ascii_lower((unsigned char)s[i]) != brf__ascii_lower((unsigned char)word[i]))
      return 0;
  }
  return word[i] == '\0';
}

int brf__icontains(const char *hay, size_t hay_len, const char *needle, size_t needle_len) {
  if (needle_len == 0) return 1;
  if (needle_len > hay_len) return 0;
  for (size_t i = 0; i + needle_len <= hay_len; i++) {
    size_t k = 0;
    while (k < needle_len && brf__ascii_lower((unsigned char)hay[i + k]) ==
                                 brf__ascii_lower((unsigned char)needle[k]))
      k++;
    if (k == needle_len) return 1;
  }
  return 0;
}

/* ---- id tables ---- */

brf_status brf__fits_out(brf_context *ctx, const char *fn, size_t n, char *buf, size_t cap,
                         size_t *needed) {
  if (buf == NULL && cap > 0) return brf__error(ctx, BRF_E_INVALID, "%s: NULL buffer", fn);
  if (needed != NULL) *needed = n + 1;
  if (cap == 0) return BRF_E_BUFFER_TOO_SMALL; /* a size query: the last error stays */
  if (cap < n + 1) {
    if (cap > 0) buf[0] = '\0';
    return brf__error(ctx, BRF_E_BUFFER_TOO_SMALL,
                      "%s: the text needs %zu bytes, the buffer has %zu", fn, n + 1, cap);
  }
  brf__enter(ctx);
  return BRF_OK;
}

brf_status brf__copy_out(brf_context *ctx, const char *fn, const char *text, size_t n,
                         char *buf, size_t cap, size_t *needed) {
  brf_status st = brf__fits_out(ctx, fn, n, buf, cap, needed);
  if (st != BRF_OK) return st;
  memcpy(buf, text, n);
  buf[n] = '\0';
  return BRF_OK;
}

brf_status brf__name_index_n(const char *const *names, size_t count, const char *text,
                             size_t len, int32_t *out) {
  if (text == NULL || out == NULL) return BRF_E_INVALID;
  for (size_t i = 0; i < count; i++) {
    if (names[i] != NULL && strlen(names[i]) == len && memcmp(names[i], text, len) == 0) {
      *out = (int32_t)i;
      return BRF_OK;
    }
  }
  return BRF_E_NOT_FOUND;
}

const char *brf__name_at(const char *const *names, size_t count, int32_t index) {
  return index >= 0 && (size_t)index < count ? names[index] : NULL;
}

brf_status brf__name_index(const char *const *names, size_t count, const char *name,
                           int32_t *out) {
  if (name == NULL || out == NULL) return BRF_E_INVALID;
  return brf__name_index_n(names, count, name, strlen(name), out);
}
