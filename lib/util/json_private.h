/* Layout of the JSON DOM, shared by the files of lib/json only. Codecs use
 * the accessors of internal/json.h. */
#ifndef BRF_UTIL_JSON_PRIVATE_H
#define BRF_UTIL_JSON_PRIVATE_H

#include "util/json.h"

/* 24 bytes on 64-bit targets. Arrays point to `len` element nodes; objects
 * to 2 * `len` nodes, key (a string node) then value, in document order. */
struct brf__json {
  const void *ptr; /* string bytes, number lexeme, or child nodes */
  size_t len;      /* string bytes, lexeme bytes, elements or members */
  uint32_t offset; /* byte offset of the node's first byte in the text */
  uint8_t kind;
  uint8_t is_int; /* numbers: written without fraction or exponent */
};

/* Nodes, and unescaped strings, live in large blocks freed all at once. */
typedef struct brf__json_block {
  struct brf__json_block *next;
  size_t used;
  size_t cap;
} brf__json_block;

struct brf__json_doc {
  brf_context *ctx;
  brf__json_block *blocks;
  brf__json root;
  size_t len;
  char *text; /* the copy of the input, NUL-terminated; string values point
                 into it (closing quotes became NULs; no LF was touched, so
                 positions are computed from it) */
};

#endif
