/* Reading the dose notation (grammar in docs/notation.md). The text is
 * split into clauses at commas; each clause is read with a one-token
 * lookahead lexer that never allocates. The dose is built on the stack and
 * allocated only once the whole text is valid, so a failure leaves nothing. */
#include <stdarg.h>
#include <string.h>

#include "dosage/dosage_private.h"

enum { T_END, T_COMMA, T_NUM, T_WORD, T_X, T_DASH, T_SLASH, T_OTHER };

typedef struct tok {
  int kind;
  size_t start, end; /* byte offsets */
  int64_t num;       /* T_NUM */
  int overflow;      /* T_NUM past int64 */
} tok;

typedef struct parser {
  brf_context *ctx;
  const char *s;
  size_t len;
  size_t pos;
  size_t clause_start;
  brf__dose v;
} parser;

/* ---- lexer ---- */

static tok lex(const parser *p) {
  size_t i = p->pos;
  while (i < p->len && brf__is_space((unsigned char)p->s[i])) i++;
  tok t = {T_END, i, i, 0, 0};
  if (i >= p->len) return t;
  unsigned char c = (unsigned char)p->s[i];
  if (brf__is_digit(c)) {
    t.kind = T_NUM;
    t.end = i + brf__parse_u64(p->s + i, p->len - i, &t.num, &t.overflow);
  } else if (brf__is_alpha(c)) {
    size_t j = i;
    while (j < p->len && brf__is_alpha((unsigned char)p->s[j])) j++;
    t.kind = (j - i == 1 && (c == 'x' || c == 'X')) ? T_X : T_WORD;
    t.end = j;
  } else if (c == ',' || c == '-' || c == '/') {
    t.kind = c == ',' ? T_COMMA : c == '-' ? T_DASH : T_SLASH;
    t.end = i + 1;
  } else {
    size_t j = i;
    uint32_t cp = brf__utf8_next(p->s, p->len, &j);
    /* The multiplication sign and the en dash that word processors insert. */
    t.kind = cp == 0xD7 ? T_X : cp == 0x2013 ? T_DASH : T_OTHER;
    t.end = j;
  }
  return t;
}

static tok peek(const parser *p) {
  return lex(p);
}

static tok next(parser *p) {
  tok t = lex(p);
  p->pos = t.end;
  return t;
}

static int is_word(const parser *p, const tok *t, const char *w) {
  return t->kind == T_WORD && brf__ieq(p->s + t->start, t->end - t->start, w);
}

static int is_any(const parser *p, const tok *t, const char *const *words) {
  for (; *words != NULL; words++)
    if (is_word(p, t, *words)) return 1;
  return 0;
}

/* Milliseconds of a unit word, or 0 when t is not one. */
static int64_t unit_ms(const parser *p, const tok *t) {
  static const struct {
    const char *word;
    int32_t ms; /* a week fits: 8 bytes a row on a 32-bit target, not 16 */
  } units[] = {
      {"ms", 1}, {"msec", 1}, {"millisecond", 1}, {"milliseconds", 1},
      {"s", BRF__MS_S}, {"sec", BRF__MS_S}, {"secs", BRF__MS_S}, {"second", BRF__MS_S},
      {"seconds", BRF__MS_S}, {"min", BRF__MS_MIN}, {"mins", BRF__MS_MIN},
      {"minute", BRF__MS_MIN}, {"minutes", BRF__MS_MIN}, {"h", BRF__MS_H}, {"hr", BRF__MS_H},
      {"hrs", BRF__MS_H}, {"hour", BRF__MS_H}, {"hours", BRF__MS_H}, {"d", BRF__MS_D},
      {"day", BRF__MS_D}, {"days", BRF__MS_D}, {"wk", BRF__MS_WK}, {"wks", BRF__MS_WK},
      {"week", BRF__MS_WK}, {"weeks", BRF__MS_WK},
  };
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if (is_word(p, t, units[i].word)) return units[i].ms;
  return 0;
}

/* ---- errors ---- */

/* A token as messages show it: quoted, or "the end of the text". */
static const char *describe(const parser *p, const tok *t, char *buf, size_t cap) {
  if (t->kind == T_END) return "the end of the text";
  size_t n = t->end - t->start;
  if (n > 40) n = 40;
  brf__format(buf, cap, "'%.*s'", (int)n, p->s + t->start);
  return buf;
}

static brf_status fail(parser *p, brf_status code, const tok *t, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  brf_status s = brf__verror_at(p->ctx, code, 1, t->start + 1, t->start, fmt, ap);
  va_end(ap);
  return s;
}

static brf_status expected(parser *p, const tok *t, const char *what) {
  char b[64];
  return fail(p, BRF_E_PARSE, t, "expected %s, found %s", what, describe(p, t, b, sizeof b));
}

/* The current clause's text, trimmed, for messages. */
static int clause_text(const parser *p, const char **start) {
  size_t a = p->clause_start, b = a;
  while (b < p->len && p->s[b] != ',') b++;
  while (b > a && brf__is_space((unsigned char)p->s[b - 1])) b--;
  *start = p->s + a;
  return (int)(b - a > 200 ? 200 : b - a);
}

/* ---- storing fields ---- */

static void time_text(int64_t ms, char *buf, size_t cap) {
  brf__dose_writer w = {buf, cap - 1, 0};
  brf__dose_write_time(&w, ms, ms);
  buf[w.len < w.cap ? w.len : w.cap] = '\0';
}

static void bounds_text(int32_t field, char *buf, size_t cap) {
  int64_t lo = 0, hi = 0;
  brf_dosage_field_bounds(field, &lo, &hi);
  if (brf__dose_is_time(field)) {
    char a[32], b[32];
    time_text(lo, a, sizeof a);
    time_text(hi, b, sizeof b);
    brf__format(buf, cap, "%s to %s", a, b);
  } else {
    brf__format(buf, cap, "%lld to %lld", (long long)lo, (long long)hi);
  }
}

/* Store lo..hi in field. `at` is the token a range error points to; a
 * repeated field points to the clause's first token. */
static brf_status store(parser *p, int32_t field, int64_t lo, int64_t hi, const tok *at,
                        const tok *first) {
  const char *txt;
  int n = clause_text(p, &txt);
  if (brf__dose_has(&p->v, field))
    return fail(p, BRF_E_PARSE, first, "'%.*s' gives the %s a second time", n, txt,
                brf_dosage_field_name(field));
  if (brf__dose_check_range(field, lo, hi) != BRF_OK) {
    char b[64];
    bounds_text(field, b, sizeof b);
    return fail(p, BRF_E_RANGE, at, "'%.*s': the %s must be within %s", n, txt,
                brf_dosage_field_name(field), b);
  }
  p->v.set |= 1u << field;
  p->v.lo[field] = lo;
  p->v.hi[field] = hi;
  return BRF_OK;
}

static brf_status store_sides(parser *p, int64_t sides, const tok *at) {
  static const char *const names[] = {"both sides", "each side", "alternating"};
  if (brf__dose_has(&p->v, BRF_DOSE_SIDES) && p->v.lo[BRF_DOSE_SIDES] != sides) {
    char b[64];
    return fail(p, BRF_E_PARSE, at, "conflicting sides: %s after '%s'", describe(p, at, b, sizeof b),
                names[p->v.lo[BRF_DOSE_SIDES]]);
  }
  return store(p, BRF_DOSE_SIDES, sides, sides, at, at);
}

/* ---- numbers and ranges ---- */

/* number ("-" number)? ; `after` names what came before, for messages. */
static brf_status range(parser *p, int64_t *lo, int64_t *hi, tok *first, const char *after) {
  char b[64];
  tok t = next(p);
  *first = t;
  if (t.kind != T_NUM)
    return fail(p, BRF_E_PARSE, &t, "expected a number%s%s, found %s", after[0] ? " after " : "",
                after, describe(p, &t, b, sizeof b));
  if (t.overflow)
    return fail(p, BRF_E_RANGE, &t, "the number %s is too large", describe(p, &t, b, sizeof b));
  *lo = *hi = t.num;
  if (peek(p).kind != T_DASH) return BRF_OK;
  next(p);
  tok u = next(p);
  if (u.kind != T_NUM) return expected(p, &u, "a number after '-'");
  if (u.overflow)
    return fail(p, BRF_E_RANGE, &u, "the number %s is too large", describe(p, &u, b, sizeof b));
  *hi = u.num;
  if (*lo > *hi) {
    const char *txt;
    int n = clause_text(p, &txt);
    return fail(p, BRF_E_RANGE, first, "'%.*s': the range %lld-%lld runs backwards", n, txt,
                (long long)*lo, (long long)*hi);
  }
  return BRF_OK;
}

static brf_status scale(parser *p, int64_t *lo, int64_t *hi, int64_t unit, const tok *first) {
  if (!brf__mul_i64(*lo, unit, lo) || !brf__mul_i64(*hi, unit, hi)) {
    const char *txt;
    int n = clause_text(p, &txt);
    return fail(p, BRF_E_RANGE, first, "'%.*s' is too long a time", n, txt);
  }
  return BRF_OK;
}

/* A time: range unit. */
static brf_status time_range(parser *p, int32_t field, const char *after, const tok *first) {
  int64_t lo, hi;
  tok n1;
  brf_status s = range(p, &lo, &hi, &n1, after);
  if (s != BRF_OK) return s;
  tok u = next(p);
  int64_t ms = unit_ms(p, &u);
  if (ms == 0) return expected(p, &u, "a unit of time (s, min, h, d, wk)");
  s = scale(p, &lo, &hi, ms, &n1);
  return s != BRF_OK ? s : store(p, field, lo, hi, &n1, first);
}

/* ---- clauses ---- */

/* "Nx/day", "N times a week": after the x or "times". */
static brf_status frequency(parser *p, int64_t lo, int64_t hi, const tok *n1) {
  tok w = next(p);
  static const char *const day[] = {"day", "days", "d", NULL};
  static const char *const week[] = {"week", "weeks", "wk", NULL};
  if (is_any(p, &w, day)) return store(p, BRF_DOSE_PER_DAY, lo, hi, n1, n1);
  if (is_any(p, &w, week)) return store(p, BRF_DOSE_PER_WEEK, lo, hi, n1, n1);
  return expected(p, &w, "'day' or 'week'");
}

/* A clause that starts with a number: volume, a duration or a frequency. */
static brf_status number_clause(parser *p) {
  static const char *const per[] = {"per", "a", "each", NULL};
  static const char *const reps[] = {"reps", "rep", "repetitions", "repetition", NULL};
  static const char *const sets[] = {"sets", "set", NULL};
  int64_t lo, hi;
  tok n1;
  brf_status s = range(p, &lo, &hi, &n1, "");
  if (s != BRF_OK) return s;
  tok t = peek(p);
  int64_t ms = unit_ms(p, &t);
  if (t.kind == T_X || is_word(p, &t, "times")) {
    next(p);
    tok u = peek(p);
    if (u.kind == T_SLASH || is_any(p, &u, per)) {
      next(p);
      return frequency(p, lo, hi, &n1);
    }
    if (u.kind != T_NUM || t.kind != T_X) return expected(p, &u, "reps or a duration after 'x'");
    int64_t lo2, hi2;
    tok n2;
    if ((s = range(p, &lo2, &hi2, &n2, "'x'")) != BRF_OK) return s;
    tok w = peek(p);
    int64_t ms2 = unit_ms(p, &w);
    if ((s = store(p, BRF_DOSE_SETS, lo, hi, &n1, &n1)) != BRF_OK) return s;
    if (ms2 != 0) {
      next(p);
      if ((s = scale(p, &lo2, &hi2, ms2, &n2)) != BRF_OK) return s;
      return store(p, BRF_DOSE_DURATION_MS, lo2, hi2, &n2, &n1);
    }
    if (is_any(p, &w, reps)) next(p);
    return store(p, BRF_DOSE_REPS, lo2, hi2, &n2, &n1);
  }
  if (is_any(p, &t, reps)) {
    next(p);
    return store(p, BRF_DOSE_REPS, lo, hi, &n1, &n1);
  }
  if (is_any(p, &t, sets)) {
    next(p);
    return store(p, BRF_DOSE_SETS, lo, hi, &n1, &n1);
  }
  if (ms != 0) {
    next(p);
    if ((s = scale(p, &lo, &hi, ms, &n1)) != BRF_OK) return s;
    return store(p, BRF_DOSE_DURATION_MS, lo, hi, &n1, &n1);
  }
  char b[64];
  if (t.kind == T_WORD)
    return fail(p, BRF_E_PARSE, &t, "unknown unit %s", describe(p, &t, b, sizeof b));
  if (t.kind != T_END && t.kind != T_COMMA)
    return fail(p, BRF_E_PARSE, &t, "unexpected %s", describe(p, &t, b, sizeof b));
  return fail(p, BRF_E_PARSE, &n1, "%s needs a unit, 'reps', 'sets' or 'x' after it",
              describe(p, &n1, b, sizeof b));
}

static brf_status expect_word(parser *p, const char *word, const char *what) {
  tok t = next(p);
  return is_word(p, &t, word) ? BRF_OK : expected(p, &t, what);
}

/* A clause that starts with a word. */
static brf_status word_clause(parser *p, const tok *w) {
  static const char *const alternating[] = {"alternating", "alternate", "alternately", NULL};
  brf_status s;
  next(p);
  if (is_word(p, w, "hold")) return time_range(p, BRF_DOSE_HOLD_MS, "'hold'", w);
  if (is_word(p, w, "tempo")) return time_range(p, BRF_DOSE_TEMPO_MS, "'tempo'", w);
  if (is_word(p, w, "rest")) return time_range(p, BRF_DOSE_REST_MS, "'rest'", w);
  if (is_word(p, w, "for")) return time_range(p, BRF_DOSE_WINDOW_MS, "'for'", w);
  if (is_word(p, w, "daily")) return store(p, BRF_DOSE_PER_DAY, 1, 1, w, w);
  if (is_word(p, w, "weekly")) return store(p, BRF_DOSE_PER_WEEK, 1, 1, w, w);
  if (is_word(p, w, "every")) {
    tok t = peek(p);
    if (!is_word(p, &t, "other")) return time_range(p, BRF_DOSE_INTERVAL_MS, "'every'", w);
    next(p);
    if ((s = expect_word(p, "day", "'day' after 'every other'")) != BRF_OK) return s;
    return store(p, BRF_DOSE_INTERVAL_MS, 2 * BRF__MS_D, 2 * BRF__MS_D, w, w);
  }
  if (is_word(p, w, "each") || is_word(p, w, "per")) {
    if ((s = expect_word(p, "side", "'side'")) != BRF_OK) return s;
    return store_sides(p, BRF_SIDES_EACH, w);
  }
  if (is_word(p, w, "both")) {
    if ((s = expect_word(p, "sides", "'sides' after 'both'")) != BRF_OK) return s;
    return store_sides(p, BRF_SIDES_BOTH, w);
  }
  if (is_any(p, w, alternating)) {
    tok t = peek(p);
    if (is_word(p, &t, "sides")) next(p);
    return store_sides(p, BRF_SIDES_ALTERNATING, w);
  }
  char b[64];
  return fail(p, BRF_E_PARSE, w, "unknown word %s", describe(p, w, b, sizeof b));
}

/* "/side", "per side", "each side" after a clause: each side in turn. */
static brf_status side_suffix(parser *p) {
  tok t = peek(p);
  if (t.kind != T_SLASH && !is_word(p, &t, "per") && !is_word(p, &t, "each")) return BRF_OK;
  next(p);
  brf_status s = expect_word(p, "side", "'side'");
  return s != BRF_OK ? s : store_sides(p, BRF_SIDES_EACH, &t);
}

static brf_status clause(parser *p) {
  char b[64];
  p->clause_start = peek(p).start;
  tok t = peek(p);
  brf_status s;
  if (t.kind == T_NUM)
    s = number_clause(p);
  else if (t.kind == T_WORD)
    s = word_clause(p, &t);
  else if (t.kind == T_X)
    return fail(p, BRF_E_PARSE, &t, "expected a number before 'x'");
  else if (t.kind == T_COMMA || t.kind == T_END)
    return fail(p, BRF_E_PARSE, &t, "empty clause before %s", describe(p, &t, b, sizeof b));
  else
    return fail(p, BRF_E_PARSE, &t, "unexpected %s", describe(p, &t, b, sizeof b));
  if (s == BRF_OK) s = side_suffix(p);
  if (s != BRF_OK) return s;
  t = peek(p);
  if (t.kind != T_COMMA && t.kind != T_END)
    return fail(p, BRF_E_PARSE, &t, "unexpected %s", describe(p, &t, b, sizeof b));
  return BRF_OK;
}

brf_status brf_dosage_parse(brf_context *ctx, const char *text, size_t len, brf_dosage **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || out == NULL || (text == NULL && len > 0))
    return brf__error(ctx, BRF_E_INVALID, "brf_dosage_parse: NULL argument");
  if (text == NULL) text = "";
  size_t bad = 0;
  if (!brf__utf8_valid(text, len, &bad))
    return brf__error_at(ctx, BRF_E_PARSE, 1, bad + 1, bad, "invalid UTF-8 at byte %zu", bad);
  parser p;
  memset(&p, 0, sizeof p);
  p.ctx = ctx;
  p.s = text;
  p.len = len;
  tok t = peek(&p);
  if (t.kind == T_END) return fail(&p, BRF_E_PARSE, &t, "empty dose text");
  for (;;) {
    brf_status s = clause(&p);
    if (s != BRF_OK) return s;
    t = next(&p);
    if (t.kind == T_END) break;
  }
  return brf__dose_make(ctx, &p.v, out);
}
