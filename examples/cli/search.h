/* Searching the catalog as a person types (search.c). */
#ifndef BACKRELIEF_CLI_SEARCH_H
#define BACKRELIEF_CLI_SEARCH_H

#include <backrelief.h>
#include <stddef.h>
#include <stdio.h>

/* Levenshtein distance, capped at 99 (for names up to 64 bytes). */
size_t cli_edit_distance(const char *a, const char *b);

/* The exercises whose id, name, aliases, regions, modality or instructions
 * hold every word of @p text (in any order, ASCII case ignored, hyphens and
 * spaces alike), those matching in the id, name or aliases first, then in
 * the regions, then in the instructions; catalog order within each. *rows
 * is malloc'd (free it); -1 when out of memory. */
int cli_search(const brf_catalog *cat, const char *text, const brf_exercise ***rows, size_t *n);

/* A correction of @p text (each word replaced by the nearest word of the
 * catalog) that finds something: 1 and the text in @p out, else 0. */
int cli_did_you_mean(const brf_catalog *cat, const char *text, char *out, size_t cap);

/* Up to three ids near @p id ("'a', 'b'") in @p out; their number (0: none). */
int cli_nearest_ids(const brf_catalog *cat, const char *id, char *out, size_t cap);

#endif /* BACKRELIEF_CLI_SEARCH_H */
