/* The journal module's own helpers shared by its files: the JSON of the pain
 * during a session and of the per-exercise ratings (journal_ratings.c). */
#ifndef BRF_JOURNAL_PRIVATE_H
#define BRF_JOURNAL_PRIVATE_H

#include "internal/journal.h"
#include "util/json.h"

/* Write `pain_during` and `exercise_ratings` of e (each only when set). */
void brf__journal_write_ratings(brf__jw *w, const brf__jentry *e);
/* Read them from root into e (absent in older lines); errors latch in r. */
void brf__journal_read_ratings(brf__jr *r, const brf__json *root, brf__jentry *e);

#endif /* BRF_JOURNAL_PRIVATE_H */
