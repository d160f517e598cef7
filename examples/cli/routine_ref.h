/* Routines named on the command line: a file or a saved name
 * (DATA/routines/NAME.json), resolved the same way by every command that
 * takes a routine (routine_ref.c). */
#ifndef BACKRELIEF_CLI_ROUTINE_REF_H
#define BACKRELIEF_CLI_ROUTINE_REF_H

#include "cli.h"

/* DATA/routines into @p buf (created, with the data folder, when
 * @p create). 0 or an exit status after the error. */
int cli_routines_dir(cli *c, char *buf, size_t cap, int create);

/* A saved name from --save or an argument: "legs" or "legs.json" give
 * "legs". -1 when @p text is not a plain name (empty, a '/', a leading '.'). */
int cli_saved_name(const char *text, char *out, size_t cap);

/* Resolve @p arg: an existing file (or one whose path has a '/'), else a
 * saved name (NAME or NAME.json in DATA/routines), else a saved routine whose
 * "name" is @p arg. Anything else is an error naming the saved routines
 * ("did you mean 'legs'?"), exit 65. The path goes to @p path. */
int cli_routine_resolve(cli *c, const char *arg, char *path, size_t cap);

/* Resolve and load @p arg with the catalog's exercises. A routine without a
 * name gets one (its saved name, or the file's name without ".json"), so
 * the journal, `next` and the calendar all name it alike. @p path (may be
 * NULL) receives the file. 0 or an exit status after the error. */
int cli_routine_load(cli *c, const char *arg, brf_routine **out, char *path, size_t cap);

/* The saved routine whose file stem or "name" is @p name (the routine
 * name a journal entry carries): 0 with its path, 1 when there is none. */
int cli_routine_find_saved(cli *c, const char *name, char *path, size_t cap);

/* The saved routine whose "id" is @p id (the routine id a journal entry
 * carries, found after a rename too): 0 with its path, 1 when there is none. */
int cli_routine_find_saved_id(cli *c, const char *id, char *path, size_t cap);

/* Give @p r a stable id (brf_routine_make_id, seeded with the clock to the
 * nanosecond, the process id and @p hint) when it has none; an id it has
 * is kept. 0 or an exit status after the error. */
int cli_routine_give_id(cli *c, brf_routine *r, const char *hint);

#endif /* BACKRELIEF_CLI_ROUTINE_REF_H */
