/* The library's own JSON reader and writer (internal; the public API is the
 * typed codecs built on it). Design notes: docs/json-internals.md.
 *
 * Three layers:
 *   1. brf__json_parse: strict RFC 8259 text -> an immutable DOM in an arena.
 *   2. brf__jr_*: a schema-reading layer for codecs. It keeps the JSON path
 *      of what is being read and turns every mismatch into BRF_E_SCHEMA with
 *      the path ("exercises[3].dose: expected a string, found a number") and
 *      the line/column of the offending node (an integer outside its bounds
 *      is BRF_E_RANGE). Errors latch: after the first
 *      one every call returns it and writes neutral outputs, so a codec can
 *      read a whole object declaratively and check the status once.
 *   3. brf__jw_*: a writer on brf__buf that places commas and indentation
 *      itself, never emits invalid JSON, and latches its first error. */
#ifndef BRF_UTIL_JSON_H
#define BRF_UTIL_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "util/core.h"

/* ======================================================================
 * 1. Reader and DOM
 * ====================================================================== */

/* Node kinds. */
#define BRF__JSON_NULL 0
#define BRF__JSON_FALSE 1
#define BRF__JSON_TRUE 2
#define BRF__JSON_NUMBER 3
#define BRF__JSON_STRING 4
#define BRF__JSON_ARRAY 5
#define BRF__JSON_OBJECT 6

/* Nesting depth: the low 16 bits of the parse flags give the deepest
 * nesting of arrays/objects accepted (0 = BRF__JSON_DEPTH_DEFAULT). The
 * writer accepts at most BRF__JSON_DEPTH_MAX levels. */
#define BRF__JSON_DEPTH_DEFAULT 512u
#define BRF__JSON_DEPTH_MAX 1024u
#define BRF__JSON_DEPTH(n) ((uint32_t)(n) & 0xFFFFu)

/* Input larger than this is refused with BRF_E_RANGE (offsets are 32-bit). */
#define BRF__JSON_MAX_INPUT ((size_t)UINT32_MAX - 1u)

typedef struct brf__json brf__json;         /* a node, owned by its doc */
typedef struct brf__json_doc brf__json_doc; /* the arena and the root */

/* Parse text[0..len) (which need not be NUL-terminated). The doc copies the
 * text, so the caller's buffer may be freed at once; every pointer handed out
 * by the accessors lives until brf__json_doc_free. Returns BRF_OK, BRF_E_PARSE
 * (message, line, column and offset in ctx), BRF_E_RANGE (depth flag above
 * BRF__JSON_DEPTH_MAX or input above BRF__JSON_MAX_INPUT), BRF_E_INVALID
 * (NULL argument) or BRF_E_NOMEM. *out is NULL on failure. */
brf_status brf__json_parse(brf_context *ctx, const char *text, size_t len, uint32_t flags,
                           brf__json_doc **out);
/* As brf__json_parse, for a top-level array too large to keep whole: each
 * element goes to fn(user, doc, index, element) as soon as it is complete,
 * while its bytes are still in cache, and its nodes are released when fn
 * returns (so fn copies what it keeps; the document keeps its text, for
 * positions). fn returns BRF_OK to go on, or a status that stops the parse
 * and is returned (with fn's message in ctx). The elements before a syntax
 * error have been handed over by then. On BRF_OK *out holds the document: its
 * root is the array, now empty, or the whole top-level value when it is not
 * an array (fn never called). */
typedef brf_status (*brf__json_each_fn)(void *user, const brf__json_doc *doc, size_t index,
                                        const brf__json *element);
brf_status brf__json_parse_each(brf_context *ctx, const char *text, size_t len, uint32_t flags,
                                brf__json_each_fn fn, void *user, brf__json_doc **out);
void brf__json_doc_free(brf__json_doc *doc); /* accepts NULL */
/* A parser for many small texts in turn (a journal's lines): the document,
 * its arena and the parser's stacks are kept from one text to the next, so
 * that a parse allocates only while they still grow. Zero-initialise it;
 * each parse's document (returned in *out) is valid until the next parse
 * with it or brf__json_reuse_free, and is never given to brf__json_doc_free.
 * Statuses and errors as brf__json_parse. */
typedef struct brf__json_reuse {
  brf__json_doc *doc;
  size_t text_cap;
  brf__json *vals;
  size_t cap_vals;
  void *frames;
  size_t cap_frames;
} brf__json_reuse;
brf_status brf__json_parse_reuse(brf_context *ctx, brf__json_reuse *re, const char *text,
                                 size_t len, uint32_t flags, const brf__json_doc **out);
void brf__json_reuse_free(brf_context *ctx, brf__json_reuse *re);
const brf__json *brf__json_root(const brf__json_doc *doc);
/* 1-based line and 1-based byte column of a byte offset (lines end at LF). */
void brf__json_doc_position(const brf__json_doc *doc, size_t offset, size_t *line,
                            size_t *column);

/* Accessors. All accept NULL and a node of the wrong kind, returning 0/NULL. */
int brf__json_kind(const brf__json *n);          /* -1 for NULL */
const char *brf__json_kind_name(int kind);       /* "a string", "an object", ... */
size_t brf__json_offset(const brf__json *n);     /* byte offset of the node's first byte */
/* A string's bytes (unescaped UTF-8, NUL-terminated, may contain NUL from
 * \u0000: use *len). NULL when n is not a string. */
const char *brf__json_str(const brf__json *n, size_t *len);
/* A number's lexeme exactly as written (not NUL-terminated). */
const char *brf__json_number(const brf__json *n, size_t *len);
/* A number written as an integer (no fraction, no exponent) that fits in
 * int64_t. BRF_E_RANGE otherwise ("1.0" and "1e2" are not integers);
 * BRF_E_INVALID when n is not a number. Sets no context error. */
brf_status brf__json_int64(const brf__json *n, int64_t *v);
size_t brf__json_count(const brf__json *n); /* elements of an array, members of an object */
const brf__json *brf__json_at(const brf__json *array, size_t i);
/* Member i of an object in document order: its value, and its key through
 * key/key_len when non-NULL. brf__json_member_key gives the key node (for
 * the key's offset). */
const brf__json *brf__json_member(const brf__json *obj, size_t i, const char **key,
                                  size_t *key_len);
const brf__json *brf__json_member_key(const brf__json *obj, size_t i);
/* The value of the first member named key (NUL-terminated), or NULL. */
const brf__json *brf__json_get(const brf__json *obj, const char *key);
const brf__json *brf__json_getn(const brf__json *obj, const char *key, size_t key_len);
/* Index of the first member whose key repeats an earlier one, or SIZE_MAX
 * when all keys are distinct (O(n log n), allocation-free up to a size;
 * larger objects need a scratch array: BRF_E_NOMEM is possible). */
brf_status brf__json_find_duplicate(brf_context *ctx, const brf__json *obj, size_t *index);

/* ======================================================================
 * 2. Schema-reading layer for codecs
 * ====================================================================== */

#define BRF__JPATH_MAX 16

typedef struct brf__jpath_seg {
  const char *key; /* NULL for an index */
  size_t key_len;
  size_t index;
} brf__jpath_seg;

typedef struct brf__jr {
  brf_context *ctx;
  const brf__json_doc *doc;
  brf_status status; /* first error, latched */
  size_t depth;      /* segments pushed (may exceed BRF__JPATH_MAX; extra ones print as "...") */
  brf__jpath_seg seg[BRF__JPATH_MAX];
} brf__jr;

void brf__jr_init(brf__jr *r, brf_context *ctx, const brf__json_doc *doc);
/* The path: push a key (NUL-terminated, or with length) or an index before
 * reading inside a value, pop after. Keys must outlive their segment. */
void brf__jr_push_key(brf__jr *r, const char *key);
void brf__jr_push_keyn(brf__jr *r, const char *key, size_t len);
void brf__jr_push_index(brf__jr *r, size_t index);
void brf__jr_pop(brf__jr *r);
/* Format the current path (plus an optional last key) into buf; "" at top level. */
size_t brf__jr_path(const brf__jr *r, const char *key, char *buf, size_t cap);

/* Raise BRF_E_SCHEMA at node n (its line/column) with "<path>[.key]: <message>".
 * key may be NULL. Returns the latched status. */
brf_status brf__jr_fail(brf__jr *r, const brf__json *n, const char *key, const char *fmt, ...);

/* As brf__jr_fail, with another status: BRF_E_RANGE for a value outside its
 * bounds, BRF_E_NOT_FOUND for an unknown id (docs/conventions.md, "Readers:
 * one status per situation"). */
brf_status brf__jr_fail_code(brf__jr *r, brf_status code, const brf__json *n, const char *key,
                             const char *fmt, ...);

/* The header every document of the library starts with: `format` must be
 * the string format and `format_version` an integer from 1 to max_version.
 * Every mismatch is BRF_E_SCHEMA at its path: a wrong type, a missing
 * member, an unknown format, a version below 1 and a newer version
 * ("format_version: version 2 is newer than this library reads (1)"). On
 * BRF_OK *version is the version; 0 otherwise. */
brf_status brf__jr_header(brf__jr *r, const brf__json *root, const char *format,
                          int64_t max_version, int64_t *version);

/* Check that n is an object with distinct keys, all listed in allowed (a
 * NULL-terminated list; NULL allows any key). */
brf_status brf__jr_object(brf__jr *r, const brf__json *n, const char *const *allowed);

/* Members of obj by key. "req" fails when the key is absent ("missing
 * required key"); "opt" leaves the default when absent. A JSON null counts
 * as present (and is a type error). Outputs are always written: the value,
 * or NULL/0/the default on absence or error. An integer outside [min, max]
 * (or beyond int64_t) is BRF_E_RANGE; a fraction or exponent (1.0, 1e2) is
 * the wrong type, BRF_E_SCHEMA. */
brf_status brf__jr_req_string(brf__jr *r, const brf__json *obj, const char *key,
                              const char **s, size_t *len);
brf_status brf__jr_opt_string(brf__jr *r, const brf__json *obj, const char *key,
                              const char **s, size_t *len);
brf_status brf__jr_req_int(brf__jr *r, const brf__json *obj, const char *key, int64_t min,
                           int64_t max, int64_t *v);
brf_status brf__jr_opt_int(brf__jr *r, const brf__json *obj, const char *key, int64_t min,
                           int64_t max, int64_t def, int64_t *v);
brf_status brf__jr_req_bool(brf__jr *r, const brf__json *obj, const char *key, int *v);
brf_status brf__jr_opt_bool(brf__jr *r, const brf__json *obj, const char *key, int def,
                            int *v);
/* Arrays give the array node and its length (iterate with brf__json_at). */
brf_status brf__jr_req_array(brf__jr *r, const brf__json *obj, const char *key,
                             const brf__json **arr, size_t *count);
brf_status brf__jr_opt_array(brf__jr *r, const brf__json *obj, const char *key,
                             const brf__json **arr, size_t *count);
/* Objects are checked like brf__jr_object (allowed keys, no duplicates). */
brf_status brf__jr_req_object(brf__jr *r, const brf__json *obj, const char *key,
                              const char *const *allowed, const brf__json **out);
brf_status brf__jr_opt_object(brf__jr *r, const brf__json *obj, const char *key,
                              const char *const *allowed, const brf__json **out);

/* Vocabulary ids: a string that must be one of names (a NULL-terminated
 * list, index = value, as the pinned constants of vocab.h are), else
 * "unknown value \"...\"". */
brf_status brf__jr_req_enum(brf__jr *r, const brf__json *obj, const char *key,
                            const char *const *names, int32_t *v);
brf_status brf__jr_opt_enum(brf__jr *r, const brf__json *obj, const char *key,
                            const char *const *names, int32_t def, int32_t *v);

/* The same checks on a node itself (array elements), at the current path. */
brf_status brf__jr_string(brf__jr *r, const brf__json *n, const char **s, size_t *len);
brf_status brf__jr_int(brf__jr *r, const brf__json *n, int64_t min, int64_t max, int64_t *v);
brf_status brf__jr_enum(brf__jr *r, const brf__json *n, const char *const *names, int32_t *v);

/* ======================================================================
 * 3. Writer
 * ====================================================================== */

#define BRF__JW_COMPACT 0u
#define BRF__JW_PRETTY 1u /* 2-space indent, "key": value, newline at the end */

typedef struct brf__jw {
  brf__buf buf;
  uint32_t flags;
  brf_status status;  /* first error, latched (buf errors included) */
  size_t depth;
  int has_items;      /* the open container (or top level) already holds a value */
  int after_key;      /* a key was written; a value must follow */
  uint64_t is_object[BRF__JSON_DEPTH_MAX / 64]; /* bit per level */
} brf__jw;

void brf__jw_init(brf__jw *w, brf_context *ctx, uint32_t flags);
/* Drop the output (after an error or when abandoning). */
void brf__jw_free(brf__jw *w);
/* Check that exactly one complete value was written, hand the text to the
 * caller (owned, NUL-terminated, freed with brf_free) and reset w. On a
 * latched error, frees everything and returns it. Misuse (a value where a
 * key is due, unbalanced end, a second top-level value, a string that is
 * not valid UTF-8) latches BRF_E_INVALID with a message. */
brf_status brf__jw_finish(brf__jw *w, char **out, size_t *out_len);

void brf__jw_begin_object(brf__jw *w);
void brf__jw_end_object(brf__jw *w);
void brf__jw_begin_array(brf__jw *w);
void brf__jw_end_array(brf__jw *w);
void brf__jw_key(brf__jw *w, const char *key);
void brf__jw_keyn(brf__jw *w, const char *key, size_t len);
void brf__jw_string(brf__jw *w, const char *s); /* NULL writes null */
void brf__jw_stringn(brf__jw *w, const char *s, size_t len);
void brf__jw_int(brf__jw *w, int64_t v);
void brf__jw_bool(brf__jw *w, int v);
void brf__jw_null(brf__jw *w);
/* Key and value in one call, for short codecs. */
void brf__jw_member_string(brf__jw *w, const char *key, const char *s);
void brf__jw_member_int(brf__jw *w, const char *key, int64_t v);
void brf__jw_member_bool(brf__jw *w, const char *key, int v);
/* Write a parsed node (numbers as their original lexeme). Recurses once per
 * nesting level, which the parser and writer both bound. */
void brf__jw_node(brf__jw *w, const brf__json *n);

#endif /* BRF_UTIL_JSON_H */
