/* The saved screen: DATA/screen.json, a `backrelief-screen` document
 * (docs/formats.md) that `screen` writes and `plan`, `run --goal` and `next`
 * read before planning (screen_store.c, cmd_screen.c). */
#ifndef BACKRELIEF_CLI_SCREEN_STORE_H
#define BACKRELIEF_CLI_SCREEN_STORE_H

#include "cli.h"

/* A screen older than this many days asks for a new one (issue 18). */
#define CLI_SCREEN_MAX_AGE_DAYS 30

/* Read the saved screen: 0 with *out NULL when there is none, 0 with the
 * result, or an exit status after printing the error (65 for a document
 * that does not read, naming the file; 69 without screening). */
int cli_screen_load(cli *c, brf_screen_result **out);
/* Save a result as DATA/screen.json (health data: 0600). 0 or 74. */
int cli_screen_save(cli *c, const brf_screen_result *r);
/* Take the screen (cmd_screen.c): the questions (or @p answers, "id=yes,..."
 * when not NULL), the age (-1 unknown), then save it and print the outcome
 * (the saved document with --json). 0 or 3 (a referral) with *out the
 * result, or another exit status with *out NULL. */
int cli_screen_take(cli *c, long age, const char *answers, brf_screen_result **out);
/* Before planning on @p today: the saved screen must not refer the person.
 * 0 with *out the saved result (NULL when there is none); 3 after printing
 * the refusal (the answer, the date and the clinician message); another
 * exit status after an error. No screen, or one older than 30 days: on a
 * terminal (without --json) the questions are asked now (and saved);
 * otherwise a note on standard error, and planning goes on. */
int cli_screen_gate(cli *c, int32_t today, brf_screen_result **out);
/* The psychosocial (yellow-flag) level and its advice, when asked. */
void cli_print_psychosocial(cli *c, const brf_screen *scr, FILE *f);

#endif /* BACKRELIEF_CLI_SCREEN_STORE_H */
