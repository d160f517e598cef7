/* The arena: objects that are freed together (a catalog's exercises, a
 * journal's entries) live in a few large blocks instead of one heap block
 * each (lib/util/arena.c; docs/performance.md). Blocks grow from 4 KB to
 * 64 KB; nothing is freed before the arena, but the last take can be undone,
 * so a failing add leaves its owner as it was. */
#ifndef BRF_UTIL_ARENA_H
#define BRF_UTIL_ARENA_H

#include <stddef.h>

#include "util/core.h"

typedef struct brf__arena_block brf__arena_block;
typedef struct brf__arena {
  brf__arena_block *head;
  size_t next;   /* size of the next block */
  size_t blocks; /* allocated */
} brf__arena;
typedef struct brf__arena_mark {
  brf__arena_block *head;
  size_t used;
} brf__arena_mark;

/* size bytes aligned for any type, or NULL with BRF_E_NOMEM in ctx. *mark
 * records the arena before the take, for brf__arena_undo. */
void *brf__arena_take(brf_context *ctx, brf__arena *a, size_t size, brf__arena_mark *mark);
/* Give back everything taken since mark (only the last take may be undone). */
void brf__arena_undo(brf_context *ctx, brf__arena *a, const brf__arena_mark *mark);
/* Free every block (the arena is then empty and may be used again). */
void brf__arena_free(brf_context *ctx, brf__arena *a);

#endif /* BRF_UTIL_ARENA_H */
