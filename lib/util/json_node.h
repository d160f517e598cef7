/* The layout of a parsed JSON node, and unchecked inline accessors for a
 * codec's hot loop (internal; docs/json-internals.md, "The DOM").
 *
 * Codecs read the DOM through the checked accessors of util/json.h, which
 * take NULL and nodes of any kind. A loop that reads many thousands of
 * nodes (the free-exercise-db import: about 40 per entry) pays a call per
 * accessor across files; it may include this header instead and read nodes
 * with the functions below, which check nothing: the node must be non-NULL
 * and of the kind each one names. Nodes stay immutable: never write a
 * field. */
#ifndef BRF_UTIL_JSON_NODE_H
#define BRF_UTIL_JSON_NODE_H

#include "util/json.h"

/* 24 bytes on 64-bit targets. Arrays point to `len` element nodes; objects
 * to 2 * `len` nodes, key (a string node) then value, in document order. */
struct brf__json {
  const void *ptr; /* string bytes, number lexeme, or child nodes */
  size_t len;      /* string bytes, lexeme bytes, elements or members */
  uint32_t offset; /* byte offset of the node's first byte in the text */
  uint8_t kind;
  /* Numbers: written without fraction or exponent. Strings: written with an
   * escape, so decoded into the arena; only these can hold a NUL (from
   * \u0000): a string without one was checked to have none. */
  uint8_t is_int;
};

/* The node's kind (BRF__JSON_*). */
static inline int brf__json_node_kind(const brf__json *n) {
  return n->kind;
}

/* A string node's bytes (NUL-terminated) and their length. */
static inline const char *brf__json_node_str(const brf__json *n, size_t *len) {
  *len = n->len;
  return (const char *)n->ptr;
}

/* Nonzero when a string node may hold a NUL byte (it was written with
 * escapes); zero guarantees it holds none. */
static inline int brf__json_node_escaped(const brf__json *n) {
  return n->is_int;
}

/* Elements of an array, members of an object. */
static inline size_t brf__json_node_count(const brf__json *n) {
  return n->len;
}

/* An array's elements, contiguous; an object's members as key and value
 * nodes in turn (member i: key at [2 i], value at [2 i + 1]). */
static inline const brf__json *brf__json_node_items(const brf__json *n) {
  return (const brf__json *)n->ptr;
}

#endif /* BRF_UTIL_JSON_NODE_H */
