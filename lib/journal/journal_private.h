/* The journal module's own helpers shared by its files: the JSON of the pain
 * during a session and of the per-exercise ratings (journal_ratings.c). */
#ifndef BRF_JOURNAL_PRIVATE_H
#define BRF_JOURNAL_PRIVATE_H

#include "internal/journal.h"
#include "util/json.h"

/* Write `pain_during` and `exercise_ratings` of e (each only when set). */
void brf__journal_write_ratings(brf__jw *w, const brf__jentry *e);
/* Read them from root (absent in older lines): the pain during into e, the
 * ratings checked, their array and count in *arr and *n (NULL, 0 on an
 * error, which latches in r), the bytes of their ids (with NULs) added to
 * *text_bytes. */
void brf__journal_read_ratings(brf__jr *r, const brf__json *root, brf__jentry *e,
                               const brf__json **arr, size_t *n, size_t *text_bytes);
/* Fill e->ratings[0..e->rating_count) from that array, the ids copied to
 * text; returns the byte after them. */
char *brf__journal_pack_ratings(const brf__json *arr, brf__jentry *e, char *text);

/* What a checked line holds besides numbers: views into the parsed line,
 * packed into the journal's arena once the whole line is valid
 * (journal_load.c). */
typedef struct brf__jtext {
  const char *s;
  size_t len;
} brf__jtext;
typedef struct brf__jview {
  brf__jtext routine, routine_id, session, note;
  const brf__json *steps, *ratings; /* checked arrays (NULL when absent) */
  size_t text_bytes;                /* of the steps' and ratings' ids, with their NULs */
} brf__jview;

/* The fast reader of a line (journal_load_fast.c): 1 with the line read
 * into e and v (as the checked reader reads it), or 0 when it is not a line
 * the fast reader takes (then e and v are to be reset and the line read by
 * the checked reader, which reports what is wrong). entry_keys: the keys of
 * an entry in the order of journal_load.c. */
int brf__journal_read_fast(const brf__json *root, const char *const *entry_keys,
                           brf__jentry *e, brf__jview *v);

/* brf_journal_load with the checked reader alone (journal_load.c): the
 * reference the fast reader is compared with on valid journals, by
 * tests/fuzz/fuzz_journal_diff.c and tests/unit/journal/test_journal_readers.c
 * (docs/testing.md). Same statuses, messages and torn tail as
 * brf_journal_load; not exported, and not in a build without the journal. */
brf_status brf__journal_load_checked(brf_context *ctx, const char *text, size_t len,
                                     brf_journal **out);

#endif /* BRF_JOURNAL_PRIVATE_H */
