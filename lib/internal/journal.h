/* The journal's representation, shared by the journal module's files and
 * read by the adaptation rules. Not public API.
 * Provided by: journal. Used by: adapt. */
#ifndef BRF_INTERNAL_JOURNAL_H
#define BRF_INTERNAL_JOURNAL_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/journal.h"
#include "util/arena.h"

#define BRF__JOURNAL_MAX_COUNT 10000 /* bound of each step count */

typedef struct brf__jstep {
  char *exercise;
  int32_t status;
} brf__jstep;

/* A per-exercise rating of a session (journal_ratings.c). */
typedef struct brf__jrating {
  char *exercise;
  int32_t difficulty; /* 1-5, -1 unset */
  int32_t pain;       /* 0-10, -1 unset */
} brf__jrating;

typedef struct brf__jentry {
  int32_t day;
  int32_t minutes;  /* -1 unset */
  char *routine;    /* never NULL */
  char *routine_id; /* the routine's stable id, "" when not recorded; never NULL */
  char *session;    /* never NULL */
  int32_t counts[BRF_JOURNAL_STEP_STATUS_COUNT];
  brf__jstep *steps;
  size_t step_count;
  size_t step_cap;
  int32_t pain[3];      /* indexed by BRF_JOURNAL_BEFORE.. ; -1 unset */
  int32_t tightness[3];
  int32_t effort;
  char *note;       /* never NULL */
  int32_t pain_during;   /* the worst pain during the session, 0-10; -1 unset */
  brf__jrating *ratings; /* per-exercise ratings, one per exercise */
  size_t rating_count;
  size_t rating_cap;
  int32_t packed; /* 1: its strings and arrays are one take of the journal's
                     arena (a loaded entry), moved to the heap before a
                     change (brf__jentry_own); 0: heap blocks of its own */
} brf__jentry;

struct brf_journal {
  brf_context *ctx;
  brf__jentry *entries;
  size_t count;
  size_t cap;
  int32_t torn;          /* load found a torn last line */
  size_t torn_offset;
  int32_t unterminated;  /* load found a valid last line without "\n" */
  brf__arena arena;      /* the loaded entries' strings and arrays */
};

/* Entry i or NULL. */
const brf__jentry *brf__journal_entry(const brf_journal *j, size_t i);
/* Initialise e as an empty entry (strings "") and free one. */
brf_status brf__jentry_init(brf_context *ctx, brf__jentry *e, int32_t day, int32_t minutes,
                            const char *routine, size_t routine_len);
void brf__jentry_clear(brf_context *ctx, brf__jentry *e);
/* Give e heap blocks of its own before a change to its strings or arrays (a
 * loaded entry lives in the journal's arena, whose bytes it then leaves
 * unused). BRF_E_NOMEM leaves e as it was. */
brf_status brf__jentry_own(brf_context *ctx, brf__jentry *e);
/* After a failed change that followed brf__jentry_own: when saved (e as it
 * was before) was packed, free e's heap blocks and put saved back, so that
 * the failure leaves no trace. */
void brf__jentry_unown(brf_context *ctx, brf__jentry *e, const brf__jentry *saved);
/* Append a fully built entry (moved in: the journal owns its strings).
 * On BRF_E_NOMEM the entry is still the caller's. */
brf_status brf__journal_push(brf_journal *j, brf__jentry *e);
/* Append a per-step status to an entry (copies the id; no count change). */
brf_status brf__jentry_push_step(brf_context *ctx, brf__jentry *e, const char *id,
                                 size_t id_len, int32_t status);
/* Names of the step statuses, index = BRF_JOURNAL_STEP_*, NULL-terminated. */
extern const char *const brf__journal_status_names[];
/* Whether an entry is a session of routine r: the ids when both have one,
 * else the names (journal_routine.c). */
int brf__jentry_is_for(const brf__jentry *e, const brf_routine *r);
/* Whether an entry counts as a session done (docs/formats.md, "Journal"). */
int brf__jentry_counts_as_done(const brf__jentry *e);

#endif /* BRF_INTERNAL_JOURNAL_H */
