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

#endif /* BRF_JOURNAL_PRIVATE_H */
