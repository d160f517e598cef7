/* The arena (util/arena.h): what its owner packs itself lives in a few large
 * blocks instead of one heap block each, so that loading 873 exercises into
 * a catalog, or 3,650 entries into a journal, costs a few dozen allocations,
 * not one or more per item (docs/performance.md). Nothing in it is freed
 * before its owner: a catalog's exercises are never removed (docs/
 * conventions.md, "Borrowed pointers"), and a journal entry edited after its
 * load moves to the heap, leaving its bytes here. A take can be undone while
 * it is the last one, so a failing add leaves the owner as it was. */
#include <stdalign.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/core.h"

struct brf__arena_block {
  brf__arena_block *prev;
  size_t used, cap;
};

#define ALIGN alignof(max_align_t)
#define HEADER ((sizeof(brf__arena_block) + ALIGN - 1) / ALIGN * ALIGN)
/* Blocks grow from 4 KB (a catalog of two custom exercises on a watch pays
 * little) to 64 KB (a large catalog wastes at most that much). */
#define FIRST_BLOCK ((size_t)4 << 10)
#define LAST_BLOCK ((size_t)64 << 10)

void *brf__arena_take(brf_context *ctx, brf__arena *a, size_t size, brf__arena_mark *mark) {
  brf__arena_block *b = a->head;
  void *p;
  size = (size + ALIGN - 1) / ALIGN * ALIGN;
  if (size == 0 || size > SIZE_MAX - HEADER - ALIGN) {
    brf__nomem(ctx);
    return NULL;
  }
  mark->head = b;
  mark->used = b ? b->used : 0;
  if (b == NULL || b->cap - b->used < size) {
    size_t cap = a->next < FIRST_BLOCK ? FIRST_BLOCK : a->next;
    if (cap < size) cap = size;
    b = brf__alloc(ctx, HEADER + cap);
    if (b == NULL) return NULL;
    b->prev = a->head;
    b->used = 0;
    b->cap = cap;
    a->head = b;
    a->blocks++;
    a->next = cap >= LAST_BLOCK ? LAST_BLOCK : cap * 2;
  }
  p = (char *)b + HEADER + b->used;
  b->used += size;
  return p;
}

void brf__arena_undo(brf_context *ctx, brf__arena *a, const brf__arena_mark *mark) {
  while (a->head != mark->head) {
    brf__arena_block *b = a->head;
    a->head = b->prev;
    a->blocks--;
    brf__free(ctx, b);
  }
  if (a->head != NULL) a->head->used = mark->used;
}

void brf__arena_free(brf_context *ctx, brf__arena *a) {
  while (a->head != NULL) {
    brf__arena_block *b = a->head;
    a->head = b->prev;
    brf__free(ctx, b);
  }
  a->blocks = 0;
  a->next = 0;
}
