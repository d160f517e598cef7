/* Internal core services shared by every module: allocation through the
 * context, error reporting, reference counting of the context by its
 * objects, a growable string buffer, and locale-free text helpers.
 * Nothing here is public API; symbols use the brf__ prefix and stay hidden. */
#ifndef BRF_UTIL_CORE_H
#define BRF_UTIL_CORE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "backrelief/core.h"

#if defined(__GNUC__) || defined(__clang__)
#define BRF__UNUSED __attribute__((unused))
#else
#define BRF__UNUSED
#endif

/* ---- allocation (every byte goes through the context's allocator) ---- */
void *brf__alloc(brf_context *ctx, size_t size);            /* sets BRF_E_NOMEM on failure */
void *brf__calloc(brf_context *ctx, size_t n, size_t size); /* zeroed; checks n*size overflow */
void *brf__realloc(brf_context *ctx, void *p, size_t size);  /* p unchanged on failure */
void brf__free(brf_context *ctx, void *p);
char *brf__strndup(brf_context *ctx, const char *s, size_t len);
char *brf__strdup(brf_context *ctx, const char *s);

/* Grow *items (of elem_size bytes each) so that it holds at least need
 * elements; *cap is updated. Returns BRF_OK or BRF_E_NOMEM (array unchanged). */
brf_status brf__grow(brf_context *ctx, void **items, size_t *cap, size_t need,
                     size_t elem_size);

/* ---- object lifetime: every object retains its context ---- */
void brf__ctx_retain(brf_context *ctx);
void brf__ctx_release(brf_context *ctx);
/* The opening of a constructor whose object keeps its context: *out is
 * cleared; a NULL ctx or out, or a false args_ok, returns BRF_E_INVALID
 * "<what>: NULL argument"; then obj becomes a zeroed object whose ctx member
 * holds ctx (retained), or BRF_E_NOMEM is returned. */
#define BRF__NEW_OBJECT(obj, ctx, out, args_ok, what)                               \
  do {                                                                             \
    if ((out) != NULL) *(out) = NULL;                                              \
    if ((ctx) == NULL || (out) == NULL || !(args_ok))                              \
      return brf__error((ctx), BRF_E_INVALID, "%s: NULL argument", (what));        \
    (obj) = brf__calloc((ctx), 1, sizeof *(obj));                                  \
    if ((obj) == NULL) return BRF_E_NOMEM;                                         \
    (obj)->ctx = (ctx);                                                            \
    brf__ctx_retain(ctx);                                                          \
  } while (0)

/* ---- error state (docs/conventions.md, "Error state and warnings") ----
 * Every exported function that returns a brf_status and reaches a context
 * (its brf_context * parameter, else the context of its first object) calls
 * brf__enter on it as its first statement: the error and the warnings of the
 * previous call are cleared, so a call that returns BRF_OK or BRF_DONE leaves
 * no error behind and a failing one leaves its own. BRF__ENTER_OBJ(x) does it
 * for an object x (NULL allowed) with a `ctx` member. Exceptions: the
 * caller-buffer writers (brf__fits_out clears on success, so that a size
 * query leaves the last error alone), brf_context_errcode, the constructors
 * of a context, and functions that reach no context. An exported function
 * that calls another exported function as a probe, expecting it may fail,
 * forgets that handled failure with brf__clear_error (or calls a quiet
 * internal form) so that its own success does not leave it behind. */
void brf__enter(brf_context *ctx);
#define BRF__ENTER_OBJ(obj) brf__enter((obj) != NULL ? (obj)->ctx : NULL)
/* Between brf__keep_begin and brf__keep_end (they nest), brf__enter clears
 * nothing: a size query that renders its text through other exported
 * functions keeps the last error (failures are still recorded). */
void brf__keep_begin(brf_context *ctx);
void brf__keep_end(brf_context *ctx);
/* Forget a failure the caller has handled (the warnings stay). */
void brf__clear_error(brf_context *ctx);
/* Add a warning to the current call (same directives as brf__error): for a
 * call that succeeds but repaired or dropped something. At most 8 warnings
 * (512 bytes) are kept per call; later ones are dropped. */
void brf__warn(brf_context *ctx, const char *fmt, ...);

/* ---- errors ----
 * Format directives: %s (const char *, NULL prints "(null)"), %.*s (int,
 * const char *), %d (int), %u (unsigned), %lld (long long), %zu (size_t),
 * %c (int), %%. Text from %s, %.*s and %c is written safely: valid UTF-8
 * passes unchanged, while control bytes (below 0x20 and 0x7F), a NUL inside
 * a %.*s text and every byte of invalid UTF-8 become \xNN (lowercase hex);
 * the rest of the text after such a byte is kept. Output is cut only between
 * whole characters and escapes. Both return the status they were given, so
 * callers can write `return brf__error(ctx, BRF_E_INVALID, "...")`. A NULL
 * ctx is allowed. */
brf_status brf__error(brf_context *ctx, brf_status code, const char *fmt, ...);
brf_status brf__error_at(brf_context *ctx, brf_status code, size_t line, size_t column,
                         size_t offset, const char *fmt, ...);
brf_status brf__verror_at(brf_context *ctx, brf_status code, size_t line, size_t column,
                          size_t offset, const char *fmt, va_list ap);
/* The allocator failed: message "out of memory". */
brf_status brf__nomem(brf_context *ctx);

/* Format into buf (always NUL-terminated when cap > 0); returns the length
 * the full text would have. Same directives and escaping as brf__error. */
size_t brf__format(char *buf, size_t cap, const char *fmt, ...);
size_t brf__vformat(char *buf, size_t cap, const char *fmt, va_list ap);

/* ---- growable byte buffer ----
 * Appends latch the first failure in `status`, so a writer can append freely
 * and check once. The data is always NUL-terminated when len > 0 or after
 * brf__buf_take. */
typedef struct brf__buf {
  brf_context *ctx;
  char *data;
  size_t len;
  size_t cap;
  brf_status status;
} brf__buf;

void brf__buf_init(brf__buf *b, brf_context *ctx);
void brf__buf_free(brf__buf *b);
void brf__buf_append(brf__buf *b, const char *s, size_t len);
void brf__buf_puts(brf__buf *b, const char *s);
void brf__buf_putc(brf__buf *b, char c);
void brf__buf_put_i64(brf__buf *b, int64_t v);
/* Hand the data to the caller (freed with brf_free). On an earlier failure,
 * frees everything and returns that status. An empty buffer gives "". */
brf_status brf__buf_take(brf__buf *b, char **out, size_t *out_len);

/* ---- limits (brf_context_set_limit) ---- */
/* The limit `id` of ctx (INT64_MAX without a context). */
int64_t brf__limit(const brf_context *ctx, int32_t id);
/* 1 when n is above the limit `id`. */
int brf__over_limit(const brf_context *ctx, int32_t id, uint64_t n);
/* Set BRF_E_LIMIT with a message naming `what`, the limit and its value. */
brf_status brf__limit_error(brf_context *ctx, int32_t id, const char *what);

/* ---- text helpers (locale-independent) ---- */
/* Validate UTF-8 strictly (no overlongs, no surrogates, max U+10FFFF).
 * Returns 1 when valid; otherwise 0 and *bad_offset (if non-NULL) is the
 * offset of the first bad byte. */
int brf__utf8_valid(const char *s, size_t len, size_t *bad_offset);
/* A stable id (a routine's, docs/formats.md "Routine"): 1 to BRF__ID_MAX
 * bytes of ASCII letters, digits, '-', '_' and '.'. Returns 1 when s[0..len) is one. */
#define BRF__ID_MAX 64
int brf__id_valid(const char *s, size_t len);
/* Decode one code point at s[*i] (assumed valid); advances *i. */
uint32_t brf__utf8_next(const char *s, size_t len, size_t *i);
/* Write v in decimal; returns the number of characters (at most 20). buf needs 21 bytes. */
size_t brf__i64_to_str(int64_t v, char *buf);
/* Parse an unsigned decimal run at s[0..len): returns digits consumed (0 if
 * none); *overflow set when the value does not fit in int64_t. */
size_t brf__parse_u64(const char *s, size_t len, int64_t *value, int *overflow);
int brf__ascii_lower(int c);
int brf__is_space(int c);
int brf__is_digit(int c);
int brf__is_alpha(int c);
/* ASCII case-insensitive equality of a slice with a NUL-terminated word. */
int brf__ieq(const char *s, size_t len, const char *word);
/* ASCII case-insensitive substring search; returns 1 when needle occurs in hay.
 * Non-ASCII bytes compare exactly, so UTF-8 stays intact. */
int brf__icontains(const char *hay, size_t hay_len, const char *needle, size_t needle_len);
/* The index of an id in a table of count ids (exact, case-sensitive, byte for
 * byte), the one lookup behind every public "_from_id" (and the deprecated
 * "_parse"/"_from_name") function: BRF_OK and *out set; BRF_E_NOT_FOUND when
 * absent; BRF_E_INVALID when the text or out is NULL (*out untouched but for
 * OK). brf__name_index_n takes the text as len bytes (no NUL needed; an
 * embedded NUL never matches); brf__name_index a NUL-terminated name. NULL
 * entries of the table are skipped. */
brf_status brf__name_index_n(const char *const *names, size_t count, const char *text,
                             size_t len, int32_t *out);
brf_status brf__name_index(const char *const *names, size_t count, const char *name,
                           int32_t *out);
/* The other direction, for every public "_id"/"_name" function: names[index],
 * or NULL when index is outside 0..count-1 (a caller's code may be anything). */
const char *brf__name_at(const char *const *names, size_t count, int32_t index);

/* Define brf_<family>_id(value) and brf_<family>_from_id(text, len, &out)
 * over a table of count ids, the one id pattern of docs/conventions.md,
 * "Names" (their declarations and documentation are in the public header):
 * brf_<family>_id gives NULL for an unknown value; brf_<family>_from_id
 * answers BRF_E_INVALID for NULL text or out, BRF_E_NOT_FOUND for an unknown
 * id, and leaves *out untouched but for BRF_OK. */
#define BRF__ID_FUNCTIONS(family, table, count)                                      \
  const char *brf_##family##_id(int32_t value) {                                   \
    return brf__name_at(table, count, value);                                      \
  }                                                                                \
  brf_status brf_##family##_from_id(const char *text, size_t len, int32_t *out) {   \
    return brf__name_index_n(table, count, text, len, out);                        \
  }

/* ---- locale (lib/util/locale.c, lib/util/locale_format.c; docs/localisation.md) ----
 * The languages this build has texts for, generated from data/i18n/ by
 * tools/gen_i18n.py (lib/util/locale_langs_data.c): brf__lang_tags[0] is
 * "en", the source language; the others only with BRF_WITH_TRANSLATIONS.
 * brf__lang_all lists every language of data/i18n/ (compiled in or not). */
extern const char *const brf__lang_tags[];
extern const size_t brf__lang_count;
extern const char *const brf__lang_all[];
extern const size_t brf__lang_all_count;
/* The context's locale: the tag as set (canonical case) and the index in
 * brf__lang_tags of the language whose texts are used (0 for a NULL ctx). */
void brf__ctx_set_locale(brf_context *ctx, const char *tag, int32_t lang);
const char *brf__ctx_locale(const brf_context *ctx);
int32_t brf__ctx_lang(const brf_context *ctx);
/* 1 when tag (len bytes) is a well-formed BCP 47 tag (RFC 5646 syntax, at
 * most BRF_LOCALE_MAX bytes); its canonical case is then written to canon
 * (BRF_LOCALE_MAX + 1 bytes) when canon is not NULL. */
int brf__locale_well_formed(const char *tag, size_t len, char *canon);
/* The index in brf__lang_tags of the language a well-formed tag resolves to
 * by RFC 4647 lookup (de-Latn-AT, de-Latn, de), or -1 when none has texts
 * (the caller uses English, index 0). */
int32_t brf__locale_resolve(const char *canon);

/* A message domain's texts (generated by tools/gen_i18n.py from
 * data/messages/<domain>.json and data/i18n/<tag>/<domain>.json into
 * lib/<module>/<module>_<domain>_msgs.[ch]): langs[l][id] is message id in
 * the language brf__lang_tags[l], NULL where it has no translation;
 * langs[0] is English and complete. A plural takes three ids: "other", then
 * "one" and "many". */
typedef struct brf__msgs {
  size_t count;
  const char *const *const *langs;
  size_t lang_count;
} brf__msgs;
/* Message id in language lang (an index of brf__lang_tags, as
 * brf__ctx_lang gives), else in English; "" for an id out of range. */
const char *brf__msg(const brf__msgs *m, int32_t lang, size_t id);
/* The form of plural message id for n in language lang: the language's
 * category of n (brf__plural), "other" where the form is missing. */
const char *brf__msg_plural(const brf__msgs *m, int32_t lang, size_t id, int64_t n);
/* The tag of language index lang ("en" out of range). */
const char *brf__lang_tag(int32_t lang);

/* Plural categories (CLDR, cardinal, integers): one, many and other, the
 * ones the four languages use. brf__plural gives the category of n in a
 * language (a tag or its language subtag; unknown languages follow English). */
#define BRF__PLURAL_OTHER 0
#define BRF__PLURAL_ONE 1
#define BRF__PLURAL_MANY 2
int32_t brf__plural(const char *lang, int64_t n);
/* The form for n among one/many/other texts (many and one may be NULL: other
 * stands in for a category a text lacks). */
const char *brf__plural_pick(const char *lang, int64_t n, const char *one, const char *many,
                             const char *other);
/* value / 10^decimals written the local way (digit grouping and decimal
 * sign of lang: en 12,345.5; de 12.345,5; es 1234 but 12.345,5; fr with a
 * narrow no-break space, 12 345,5). decimals 0..6. Like snprintf: returns the
 * length the full text needs (without the NUL) and writes at most cap bytes
 * including the NUL (cut text is never handed out: buf is "" then). */
size_t brf__format_number(const char *lang, int64_t value, int32_t decimals, char *buf,
                          size_t cap);
/* One argument of a template: {name} is replaced by text, or, when text is
 * NULL, by number (value / 10^decimals) written the local way. */
typedef struct brf__i18n_arg {
  const char *name;
  const char *text;
  int64_t number;
  int32_t decimals;
} brf__i18n_arg;
/* Expand the {name} placeholders of tmpl with args (an unknown name is
 * copied as is). Like brf__format_number for the length and the cut. */
size_t brf__i18n_expand(const char *lang, const char *tmpl, const brf__i18n_arg *args,
                        size_t nargs, char *buf, size_t cap);
/* Message id of m in language lang (an index of brf__lang_tags, as
 * brf__ctx_lang gives) with its placeholders filled: brf__msg, then
 * brf__i18n_expand in that language. Same length and cut rules. */
size_t brf__msg_expand(const brf__msgs *m, int32_t lang, size_t id, const brf__i18n_arg *args,
                       size_t nargs, char *buf, size_t cap);

/* ---- text into a caller's buffer (docs/conventions.md) ----
 * For a text of n bytes: *needed (when non-NULL) becomes n + 1; a buffer of
 * cap >= n + 1 is fit for it (BRF_OK, and ctx's error and warnings are
 * cleared: the writers call these instead of brf__enter); a smaller one
 * receives "" (when cap > 0) and BRF_E_BUFFER_TOO_SMALL, whose message names
 * fn when ctx is not NULL. A size query (cap == 0) answers
 * BRF_E_BUFFER_TOO_SMALL and leaves ctx untouched: the last error stays. A
 * NULL buf with cap > 0 is BRF_E_INVALID. brf__fits_out only decides
 * (for writers that write straight into buf once it fits); brf__copy_out also
 * copies the text and its terminator. */
brf_status brf__fits_out(brf_context *ctx, const char *fn, size_t n, char *buf, size_t cap,
                         size_t *needed);
brf_status brf__copy_out(brf_context *ctx, const char *fn, const char *text, size_t n,
                         char *buf, size_t cap, size_t *needed);

/* Checked int64 arithmetic: return 0 on overflow (result untouched). */
int brf__add_i64(int64_t a, int64_t b, int64_t *out);
int brf__mul_i64(int64_t a, int64_t b, int64_t *out);

#endif /* BRF_UTIL_CORE_H */
