/* The strict RFC 8259 reader. It parses iteratively: arrays and objects
 * being read sit on an explicit stack (bounded by the depth limit) and their
 * children on a value stack, so hostile nesting can never exhaust the C
 * stack. When a container closes, its children move once into the doc's
 * arena as one contiguous run, which gives O(1) indexing. The input is
 * copied once; strings without escapes are used in place (their closing
 * quote becomes the NUL terminator), strings with escapes are decoded into
 * the arena. UTF-8 is validated inside strings only: outside them any byte
 * >= 0x80 is a syntax error anyway. brf__json_parse_each hands the elements
 * of a top-level array over one at a time and empties the arena after each,
 * so a large array of records needs the memory of one record;
 * brf__json_parse_each_member does the same for the array that is a member
 * of a top-level object (a catalog's "exercises"). */
#include <string.h>

#include "util/json_private.h"

/* Where the compiler offers SSE2 (every x86-64), strings are scanned 16
 * bytes at a time; elsewhere (Arm, a watch) 8 at a time in a uint64_t. */
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define BRF_JSON_SSE2 1
#define IN_LINE_ON_HOSTS static inline __attribute__((always_inline))
#else
#define IN_LINE_ON_HOSTS static
#endif

typedef struct frame {
  size_t base; /* index in vals of the container's own (placeholder) node */
  uint8_t kind;
  uint8_t streamed; /* its elements go to parser.each one at a time */
} frame;

typedef struct parser {
  brf_context *ctx;
  brf__json_doc *doc;
  unsigned char *text; /* doc->text */
  const unsigned char *end;
  brf__json *vals;
  size_t nvals, cap_vals;
  frame *frames;
  size_t nframes, cap_frames;
  size_t max_depth;
  size_t next_block;
  brf_status status;
  brf__json_each_fn each; /* brf__json_parse_each: elements of a top-level array */
  void *each_user;
  size_t each_index;
  const char *each_key; /* brf__json_parse_each_member: the member whose array is streamed */
  size_t each_key_len;
  brf__json_block *each_base; /* the arena when the streamed array opened */
  size_t each_base_used;
} parser;

/* ---- errors ---- */

static void *fail(parser *ps, const unsigned char *at, const char *fmt, ...) {
  size_t off = (size_t)(at - ps->text), line, column;
  brf__json_doc_position(ps->doc, off, &line, &column);
  va_list ap;
  va_start(ap, fmt);
  ps->status = brf__verror_at(ps->ctx, BRF_E_PARSE, line, column, off, fmt, ap);
  va_end(ap);
  return NULL;
}

/* "expected X", or "unexpected end of input: expected X" at the end. */
static void *expected(parser *ps, const unsigned char *at, const char *what) {
  if (at == ps->end) return fail(ps, at, "unexpected end of input: expected %s", what);
  return fail(ps, at, "expected %s", what);
}

static void *nomem(parser *ps) {
  ps->status = brf__nomem(ps->ctx);
  return NULL;
}

/* ---- memory ---- */

#define BLOCK_HEADER ((sizeof(brf__json_block) + 15u) & ~(size_t)15u)
#define BLOCK_MAX ((size_t)1 << 22)

static void *arena_alloc(parser *ps, size_t size) {
  size = (size + 7u) & ~(size_t)7u;
  brf__json_block *b = ps->doc->blocks;
  if (b == NULL || b->cap - b->used < size) {
    size_t cap = ps->next_block > size ? ps->next_block : size;
    if (cap > SIZE_MAX - BLOCK_HEADER) return nomem(ps);
    b = brf__alloc(ps->ctx, BLOCK_HEADER + cap);
    if (b == NULL) return nomem(ps);
    b->next = ps->doc->blocks;
    b->used = 0;
    b->cap = cap;
    ps->doc->blocks = b;
    if (ps->next_block < BLOCK_MAX) ps->next_block *= 2;
  }
  void *p = (char *)b + BLOCK_HEADER + b->used;
  b->used += size;
  return p;
}

/* Give the arena back to what it was when the streamed array opened, for
 * its next element, keeping the most recently added block for it (and with
 * the doc until it is freed): what was there before (the members of a top-
 * level object before the array) stays; only the element's nodes go. */
static void arena_clear(parser *ps) {
  brf__json_block *keep = ps->doc->blocks, *base = ps->each_base;
  if (keep == base) {
    if (keep != NULL) keep->used = ps->each_base_used;
    return;
  }
  for (brf__json_block *b = keep->next, *next; b != base; b = next) {
    next = b->next;
    brf__free(ps->ctx, b);
  }
  keep->next = base;
  keep->used = 0;
  if (base != NULL) base->used = ps->each_base_used;
}

/* The array being opened is the one to stream: the top-level value for
 * brf__json_parse_each, the member each_key of a top-level object for
 * brf__json_parse_each_member (its key is the node below the array's). */
static int streams(const parser *ps, uint8_t kind) {
  const brf__json *k;
  if (ps->each == NULL || kind != BRF__JSON_ARRAY) return 0;
  if (ps->each_key == NULL) return ps->nframes == 0;
  if (ps->nframes != 1 || ps->frames[0].kind != BRF__JSON_OBJECT) return 0;
  k = &ps->vals[ps->nvals - 1];
  return k->kind == BRF__JSON_STRING && k->len == ps->each_key_len &&
         memcmp(k->ptr, ps->each_key, k->len) == 0;
}

/* Hand the element that just completed to the caller, then let it go. */
static int hand_over(parser *ps) {
  brf_status s = ps->each(ps->each_user, ps->doc, ps->each_index++, &ps->vals[ps->nvals - 1]);
  if (s != BRF_OK) {
    ps->status = s;
    return 0;
  }
  ps->nvals--;
  arena_clear(ps);
  return 1;
}

static brf__json *push(parser *ps) {
  if (ps->nvals == ps->cap_vals &&
      brf__grow(ps->ctx, (void **)&ps->vals, &ps->cap_vals, ps->nvals + 1, sizeof *ps->vals) !=
          BRF_OK)
    return nomem(ps);
  return &ps->vals[ps->nvals++];
}

/* Open a container at p: a placeholder node on the value stack and a frame. */
static int open_container(parser *ps, const unsigned char *p, uint8_t kind) {
  if (ps->nframes == ps->max_depth) {
    fail(ps, p, "nesting deeper than %zu", ps->max_depth);
    return 0;
  }
  if (ps->nframes == ps->cap_frames &&
      brf__grow(ps->ctx, (void **)&ps->frames, &ps->cap_frames, ps->nframes + 1,
                sizeof *ps->frames) != BRF_OK) {
    nomem(ps);
    return 0;
  }
  uint8_t streamed = (uint8_t)streams(ps, kind);
  brf__json *v = push(ps);
  if (v == NULL) return 0;
  v->kind = kind;
  v->offset = (uint32_t)(p - ps->text);
  ps->frames[ps->nframes].base = ps->nvals - 1;
  ps->frames[ps->nframes].kind = kind;
  ps->frames[ps->nframes].streamed = streamed;
  if (streamed) {
    ps->each_base = ps->doc->blocks;
    ps->each_base_used = ps->doc->blocks != NULL ? ps->doc->blocks->used : 0;
  }
  ps->nframes++;
  return 1;
}

/* Move the children of the innermost container into the arena. */
static int close_container(parser *ps) {
  frame *f = &ps->frames[--ps->nframes];
  brf__json *self = &ps->vals[f->base];
  size_t n = ps->nvals - f->base - 1;
  brf__json *kids = NULL;
#if !defined(__OPTIMIZE_SIZE__)
  /* An element of a streamed array goes to the callback at once and is
   * dropped after it: its children can stay where they are on the value
   * stack, which nothing pushes to before then (a free-exercise-db entry:
   * 528 bytes a copy saved). Not in -Os builds: a watch streams nothing large. */
  if (n > 0 && ps->nframes > 0 && ps->frames[ps->nframes - 1].streamed) {
    kids = self + 1;
  } else
#endif
  if (n > 0) {
    kids = arena_alloc(ps, n * sizeof *kids);
    if (kids == NULL) return 0;
    memcpy(kids, self + 1, n * sizeof *kids);
  }
  self->ptr = kids;
  self->len = f->kind == BRF__JSON_OBJECT ? n / 2 : n;
  self->is_int = 0;
  ps->nvals = f->base + 1;
  return 1;
}

/* ---- tokens ---- */

static unsigned char *skip_ws(const parser *ps, unsigned char *p) {
  (void)ps;
#if !defined(__OPTIMIZE_SIZE__)
  /* The indentation after a newline, two spaces a step (a quarter of a
   * pretty-printed catalog is spaces). Not 16 at a time with SSE2 as
   * before: its compare, mask and count stood between every line and its
   * next token, and this measured faster for about as many instructions
   * (docs/performance.md, "Issue 25, item 1"). Not on a watch: -Os, and
   * no pretty documents. */
  if (*p == '\n') {
    p++;
    while (p[0] == ' ' && p[1] == ' ') p += 2; /* p[1] is at most the NUL after the text */
  }
#endif
  while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t') p++;
  return p;
}

static int is_digit(unsigned c) {
  return c - '0' < 10u;
}

static unsigned char *number(parser *ps, unsigned char *p, brf__json *v) {
  unsigned char *s = p;
  uint8_t is_int = 1;
  if (*p == '-') p++;
  if (*p == '0') {
    p++;
    if (is_digit(*p)) return fail(ps, p - 1, "leading zeros are not allowed");
  } else if (is_digit(*p)) {
    do p++;
    while (is_digit(*p));
  } else {
    return expected(ps, p, "a digit after '-'");
  }
  if (*p == '.') {
    p++;
    if (!is_digit(*p)) return expected(ps, p, "a digit after '.'");
    do p++;
    while (is_digit(*p));
    is_int = 0;
  }
  if (*p == 'e' || *p == 'E') {
    p++;
    if (*p == '+' || *p == '-') p++;
    if (!is_digit(*p)) return expected(ps, p, "a digit in the exponent");
    do p++;
    while (is_digit(*p));
    is_int = 0;
  }
  v->kind = BRF__JSON_NUMBER;
  v->is_int = is_int;
  v->ptr = s;
  v->len = (size_t)(p - s);
  v->offset = (uint32_t)(s - ps->text);
  return p;
}

/* Length of the valid UTF-8 sequence at s (s[0] >= 0x80), or 0. The NUL
 * after the text stops every check before it could read past the end. */
static size_t utf8_seq(const unsigned char *s) {
  unsigned c = s[0], lo = 0x80, hi = 0xBF;
  size_t need;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0; /* overlong */
    if (c == 0xED) hi = 0x9F; /* UTF-16 surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90; /* overlong */
    if (c == 0xF4) hi = 0x8F; /* above U+10FFFF */
  } else {
    return 0;
  }
  if (s[1] < lo || s[1] > hi) return 0;
  for (size_t k = 2; k <= need; k++)
    if ((s[k] & 0xC0) != 0x80) return 0;
  return need + 1;
}

static int hex4(const unsigned char *s, uint32_t *out) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    unsigned c = s[i], d;
    if (c - '0' < 10u) {
      d = c - '0';
    } else if ((c | 0x20u) - 'a' < 6u) {
      d = (c | 0x20u) - 'a' + 10u;
    } else {
      return 0;
    }
    v = v << 4 | d;
  }
  *out = v;
  return 1;
}

/* Check the escape at q (a backslash); return the byte after it. */
static unsigned char *check_escape(parser *ps, unsigned char *q) {
  uint32_t u, lo;
  switch (q[1]) {
  case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
    return q + 2;
  case 'u':
    if (!hex4(q + 2, &u)) return fail(ps, q, "invalid \\u escape: expected 4 hex digits");
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (q[6] == '\\' && q[7] == 'u' && hex4(q + 8, &lo) && lo >= 0xDC00 && lo <= 0xDFFF)
        return q + 12;
      return fail(ps, q, "lone surrogate \\u%.*s: a high surrogate must be followed by a \\u low one",
                  4, (const char *)q + 2);
    }
    if (u >= 0xDC00 && u <= 0xDFFF)
      return fail(ps, q, "lone surrogate \\u%.*s: a low surrogate without a high one", 4,
                  (const char *)q + 2);
    return q + 6;
  default:
    if (q + 1 == ps->end) return fail(ps, q + 1, "unexpected end of input in a string");
    return fail(ps, q, "invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u");
  }
}

static size_t put_utf8(unsigned char *o, uint32_t c) {
  if (c < 0x80) {
    o[0] = (unsigned char)c;
    return 1;
  }
  if (c < 0x800) {
    o[0] = (unsigned char)(0xC0 | c >> 6);
    o[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (unsigned char)(0xE0 | c >> 12);
    o[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
    o[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | c >> 18);
  o[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
  o[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
  o[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}

/* Decode the already checked string body s..q into o; returns its length. */
static size_t unescape(const unsigned char *s, const unsigned char *q, unsigned char *o) {
  unsigned char *start = o;
  while (s < q) {
    if (*s != '\\') {
      *o++ = *s++;
      continue;
    }
    uint32_t u = 0, lo = 0;
    switch (s[1]) {
    case 'b': *o++ = '\b'; break;
    case 'f': *o++ = '\f'; break;
    case 'n': *o++ = '\n'; break;
    case 'r': *o++ = '\r'; break;
    case 't': *o++ = '\t'; break;
    case 'u':
      hex4(s + 2, &u);
      if (u >= 0xD800 && u <= 0xDBFF) {
        hex4(s + 8, &lo);
        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        s += 6;
      }
      o += put_utf8(o, u);
      s += 4;
      break;
    default: *o++ = s[1]; break; /* " \ / */
    }
    s += 2;
  }
  return (size_t)(o - start);
}

/* Nonzero when one of the bytes of the machine word x (8 on a 64-bit host, 4
 * on a 32-bit microcontroller, where 64-bit arithmetic would be twice the
 * code) needs a look: a quote, a backslash, a control character or a byte
 * >= 0x80 (the usual "has a zero byte" tricks; a borrow can only flag bytes
 * above one that is flagged anyway). */
static size_t special_word(size_t x) {
  const size_t ones = (size_t)-1 / 0xFFu, high = ones * 0x80u;
  size_t quote = x ^ (ones * '"'), slash = x ^ (ones * '\\');
  return (((x - ones * 0x20u) & ~x) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash) | x) &
         high;
}

/* A string starting at p (the opening quote) into v; returns the byte after it.
 * In line where SSE2 is (hosts): a call per string and key was a tenth of
 * the parse; a watch keeps one copy. */
IN_LINE_ON_HOSTS unsigned char *string(parser *ps, unsigned char *p, brf__json *v) {
  unsigned char *s = p + 1, *q = s;
  int escaped = 0;
  for (;;) {
#if BRF_JSON_SSE2
    /* Plain text goes 16 bytes at a time (most of a catalog is prose): a
     * quote, a backslash, or a byte below 0x20 or above 0x7F as a signed
     * byte below 0x20, stops at its position. */
    while (ps->end - q >= 16) {
      __m128i x = _mm_loadu_si128((const __m128i *)(const void *)q);
      __m128i m = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
          _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
      unsigned mask = (unsigned)_mm_movemask_epi8(m);
      if (mask != 0) {
        q += __builtin_ctz(mask);
        goto special;
      }
      q += 16;
    }
#endif
    /* Then a machine word at a time. */
    while (ps->end - q >= (ptrdiff_t)sizeof(size_t)) {
      size_t x;
      memcpy(&x, q, sizeof x);
      if (special_word(x)) break;
      q += sizeof x;
    }
    /* Bytes that may stand unescaped and need no check: printable ASCII but
     * '"' and '\\' (a comparison, not a 256-byte table: flash on a watch). */
    while (*q >= 0x20 && *q < 0x80 && *q != '"' && *q != '\\') q++;
#if BRF_JSON_SSE2
  special:
#endif
    if (*q == '"') break;
    if (*q == '\\') {
      escaped = 1;
      q = check_escape(ps, q);
      if (q == NULL) return NULL;
    } else if (*q >= 0x80) {
      size_t n = utf8_seq(q);
      if (n == 0) return fail(ps, q, "invalid UTF-8 sequence");
      q += n;
    } else if (q == ps->end) {
      return fail(ps, q, "unexpected end of input in a string");
    } else {
      return fail(ps, q, "unescaped control character in a string");
    }
  }
  v->kind = BRF__JSON_STRING;
  v->offset = (uint32_t)(p - ps->text);
  v->is_int = (uint8_t)escaped; /* brf__json_node_escaped: only these may hold a NUL */
  if (!escaped) {
    *q = '\0';
    v->ptr = s;
    v->len = (size_t)(q - s);
  } else {
    unsigned char *d = arena_alloc(ps, (size_t)(q - s) + 1);
    if (d == NULL) return NULL;
    v->len = unescape(s, q, d);
    d[v->len] = '\0';
    v->ptr = d;
  }
  return q + 1;
}

static unsigned char *literal(parser *ps, unsigned char *p, brf__json *v) {
  static const char *const words[] = {"null", "false", "true"};
  static const uint8_t kinds[] = {BRF__JSON_NULL, BRF__JSON_FALSE, BRF__JSON_TRUE};
  for (size_t i = 0; i < 3; i++) {
    /* No bound check: the NUL after the text differs from every letter. */
    size_t n = 0;
    while (words[i][n] != '\0' && p[n] == (unsigned char)words[i][n]) n++;
    if (words[i][n] == '\0') {
      v->kind = kinds[i];
      v->offset = (uint32_t)(p - ps->text);
      v->ptr = NULL;
      v->len = 0;
      v->is_int = 0;
      return p + n;
    }
  }
  return expected(ps, p, "a value");
}

/* ---- the grammar, as a loop over an explicit stack ---- */

static brf_status run(parser *ps) {
  unsigned char *p = ps->text;
  brf__json *v;
  if (ps->end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
    fail(ps, p, "a byte order mark is not allowed before JSON text");
    return ps->status;
  }
value:
  p = skip_ws(ps, p);
  switch (*p) {
  case '{':
  case '[': {
    uint8_t kind = *p == '{' ? BRF__JSON_OBJECT : BRF__JSON_ARRAY;
    if (!open_container(ps, p, kind)) return ps->status;
    p = skip_ws(ps, p + 1);
    if (*p == (kind == BRF__JSON_OBJECT ? '}' : ']')) {
      if (!close_container(ps)) return ps->status;
      p++;
      goto after;
    }
    if (kind == BRF__JSON_OBJECT) goto key;
    goto value;
  }
  case '"':
    if ((v = push(ps)) == NULL || (p = string(ps, p, v)) == NULL) return ps->status;
    goto after;
  case '-': case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9':
    if ((v = push(ps)) == NULL || (p = number(ps, p, v)) == NULL) return ps->status;
    goto after;
  default:
    if ((v = push(ps)) == NULL || (p = literal(ps, p, v)) == NULL) return ps->status;
    goto after;
  }
key:
  if (*p != '"') {
    expected(ps, p, "a string key");
    return ps->status;
  }
  if ((v = push(ps)) == NULL || (p = string(ps, p, v)) == NULL) return ps->status;
  p = skip_ws(ps, p);
  if (*p != ':') {
    expected(ps, p, "':' after an object key");
    return ps->status;
  }
  p++;
  goto value;
after:
  p = skip_ws(ps, p);
  if (ps->nframes == 0) {
    if (p != ps->end) expected(ps, p, "the end of input after the top-level value");
    return ps->status;
  }
  if (ps->frames[ps->nframes - 1].streamed && !hand_over(ps))
    return ps->status;
  if (*p == ',') {
    p = skip_ws(ps, p + 1);
    if (ps->frames[ps->nframes - 1].kind == BRF__JSON_OBJECT) goto key;
    goto value;
  }
  if (ps->frames[ps->nframes - 1].kind == BRF__JSON_ARRAY) {
    if (*p != ']') {
      expected(ps, p, "',' or ']' after an array element");
      return ps->status;
    }
  } else if (*p != '}') {
    expected(ps, p, "',' or '}' after an object member");
    return ps->status;
  }
  if (!close_container(ps)) return ps->status;
  p++;
  goto after;
}

static void doc_destroy(brf__json_doc *doc) {
  brf_context *ctx = doc->ctx;
  for (brf__json_block *b = doc->blocks, *next; b != NULL; b = next) {
    next = b->next;
    brf__free(ctx, b);
  }
  brf__free(ctx, doc);
}

/* The document for a parse of len bytes: a new one, or re's, emptied (its
 * blocks merged into one that is kept), grown when the text is longer. */
static brf__json_doc *doc_for(brf_context *ctx, brf__json_reuse *re, size_t len,
                              size_t *next_block) {
  brf__json_doc *doc = re != NULL ? re->doc : NULL;
  size_t merged = 0;
  if (doc != NULL && (re->text_cap < len || (doc->blocks != NULL && doc->blocks->next != NULL))) {
    for (brf__json_block *b = doc->blocks; b != NULL; b = b->next) merged += b->cap;
    if (re->text_cap < len) {
      doc_destroy(doc);
      re->doc = doc = NULL;
    } else {
      for (brf__json_block *b = doc->blocks, *next; b != NULL; b = next) {
        next = b->next;
        brf__free(ctx, b);
      }
      doc->blocks = NULL;
    }
  }
  if (doc == NULL) {
    size_t cap = len;
    if (re != NULL && cap < 1024) cap = 1024;
    doc = brf__alloc(ctx, sizeof *doc + cap + 1);
    if (doc == NULL) return NULL;
    memset(doc, 0, sizeof *doc);
    doc->ctx = ctx;
    if (re != NULL) {
      re->doc = doc;
      re->text_cap = cap;
    }
  } else if (doc->blocks != NULL) {
    doc->blocks->used = 0;
    merged = doc->blocks->cap * 2 > BLOCK_MAX ? BLOCK_MAX : doc->blocks->cap * 2;
  }
  memset(&doc->root, 0, sizeof doc->root);
  if (merged > *next_block) *next_block = merged > BLOCK_MAX ? BLOCK_MAX : merged;
  return doc;
}

/* A new document for one parse of len bytes (doc_for without reuse). Passed
 * to parse() as a function so that a program that never reuses a document
 * (a watch reading one routine) links neither doc_for nor its block merging. */
static brf__json_doc *new_doc(brf_context *ctx, brf__json_reuse *re, size_t len,
                              size_t *next_block) {
  (void)re;
  (void)next_block;
  brf__json_doc *doc = brf__alloc(ctx, sizeof *doc + len + 1);
  if (doc != NULL) {
    memset(doc, 0, sizeof *doc);
    doc->ctx = ctx;
  }
  return doc;
}

typedef brf__json_doc *doc_maker(brf_context *ctx, brf__json_reuse *re, size_t len,
                                 size_t *next_block);

static brf_status parse(brf_context *ctx, doc_maker *make, brf__json_reuse *re, const char *text,
                        size_t len, uint32_t flags, const char *key, brf__json_each_fn each,
                        void *user, brf__json_doc **out) {
  if (out != NULL) *out = NULL;
  if (out == NULL || (text == NULL && len > 0))
    return brf__error(ctx, BRF_E_INVALID, "brf__json_parse: NULL argument");
  size_t depth = BRF__JSON_DEPTH(flags);
  if (depth == 0) depth = BRF__JSON_DEPTH_DEFAULT;
  if (depth > BRF__JSON_DEPTH_MAX)
    return brf__error(ctx, BRF_E_RANGE, "JSON nesting limit %zu is above the maximum %u", depth,
                      BRF__JSON_DEPTH_MAX);
  if (brf__over_limit(ctx, BRF_LIMIT_INPUT_BYTES, len)) {
    char what[64];
    brf__format(what, sizeof what, "JSON text of %zu bytes", len);
    return brf__limit_error(ctx, BRF_LIMIT_INPUT_BYTES, what);
  }
  if (len > BRF__JSON_MAX_INPUT)
    return brf__error(ctx, BRF_E_RANGE, "JSON text of %zu bytes is too large", len);
  /* About one node per 8 bytes of typical JSON; the blocks double from there.
   * A streamed array needs room for one element at a time. */
  size_t next_block = len < 4096 || each != NULL ? 1024 : len > BLOCK_MAX ? BLOCK_MAX : len;
  brf__json_doc *doc = make(ctx, re, len, &next_block);
  if (doc == NULL) return BRF_E_NOMEM;
  doc->len = len;
  doc->text = (char *)(doc + 1);
  if (len > 0) memcpy(doc->text, text, len);
  doc->text[len] = '\0';

  parser ps;
  memset(&ps, 0, sizeof ps);
  ps.ctx = ctx;
  ps.doc = doc;
  ps.text = (unsigned char *)doc->text;
  ps.end = ps.text + len;
  ps.max_depth = depth;
  ps.next_block = next_block;
  ps.each = each;
  ps.each_user = user;
  if (re != NULL) {
    ps.vals = re->vals;
    ps.cap_vals = re->cap_vals;
    ps.frames = re->frames;
    ps.cap_frames = re->cap_frames;
  }
  ps.each_key = key;
  ps.each_key_len = key != NULL ? strlen(key) : 0;
  brf_status s = run(&ps);
  if (s == BRF_OK) doc->root = ps.vals[0];
  if (re != NULL) { /* kept for the next parse, whatever happened */
    re->vals = ps.vals;
    re->cap_vals = ps.cap_vals;
    re->frames = ps.frames;
    re->cap_frames = ps.cap_frames;
    if (s == BRF_OK) *out = doc;
    return s;
  }
  brf__free(ctx, ps.frames);
  brf__free(ctx, ps.vals);
  if (s != BRF_OK) {
    doc_destroy(doc);
    return s;
  }
  brf__ctx_retain(ctx);
  *out = doc;
  return BRF_OK;
}

brf_status brf__json_parse(brf_context *ctx, const char *text, size_t len, uint32_t flags,
                           brf__json_doc **out) {
  return parse(ctx, new_doc, NULL, text, len, flags, NULL, NULL, NULL, out);
}

brf_status brf__json_parse_each_member(brf_context *ctx, const char *text, size_t len,
                                       uint32_t flags, const char *key, brf__json_each_fn fn,
                                       void *user, brf__json_doc **out) {
  if (fn == NULL) {
    if (out != NULL) *out = NULL;
    return brf__error(ctx, BRF_E_INVALID, "brf__json_parse_each: NULL argument");
  }
  return parse(ctx, new_doc, NULL, text, len, flags, key, fn, user, out);
}

void brf__json_doc_free(brf__json_doc *doc) {
  if (doc == NULL) return;
  brf_context *ctx = doc->ctx;
  doc_destroy(doc);
  brf__ctx_release(ctx);
}

brf_status brf__json_parse_reuse(brf_context *ctx, brf__json_reuse *re, const char *text,
                                 size_t len, uint32_t flags, const brf__json_doc **out) {
  brf__json_doc *doc = NULL;
  if (out != NULL) *out = NULL;
  if (re == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf__json_parse_reuse: NULL argument");
  brf_status s = parse(ctx, doc_for, re, text, len, flags, NULL, NULL, NULL, &doc);
  *out = doc;
  return s;
}

void brf__json_reuse_free(brf_context *ctx, brf__json_reuse *re) {
  if (re == NULL) return;
  if (re->doc != NULL) doc_destroy(re->doc);
  brf__free(ctx, re->vals);
  brf__free(ctx, re->frames);
  memset(re, 0, sizeof *re);
}
