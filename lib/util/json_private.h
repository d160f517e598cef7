/* The JSON document's arena and text, shared by the files of lib/util/json_*
 * only (the node's layout is in util/json_node.h). Codecs use the accessors
 * of util/json.h. */
#ifndef BRF_UTIL_JSON_PRIVATE_H
#define BRF_UTIL_JSON_PRIVATE_H

#include "util/json.h"
#include "util/json_node.h"

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
