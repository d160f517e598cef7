/* The journal file in the library's format (journal_store.c). */
#ifndef BACKRELIEF_CLI_JOURNAL_STORE_H
#define BACKRELIEF_CLI_JOURNAL_STORE_H

#include "cli.h"

/* DATA/journal.jsonl (the data folder created when @p create). 0 or 74. */
int cli_journal_path(cli *c, char *path, size_t cap, int create);
/* Load the journal at @p path (a missing file is an empty journal). A torn
 * last line is reported on stderr; with @p repair it is cut off (and a last
 * entry without its newline gets one) so that an append can follow.
 * 0 with *out (brf_journal_free), or an exit status after the error. */
int cli_journal_open(cli *c, const char *path, int repair, brf_journal **out);
/* Append entry @p index of @p j as one line, synced. 0 or an exit status. */
int cli_journal_append_entry(cli *c, const char *path, const brf_journal *j, size_t index);

/* "all", "partial", "skipped" (or "-") from an entry's step counts. */
const char *cli_journal_completed_word(const brf_journal *j, size_t i);
/* A routine file (the routine format) with the catalog's exercises. */
int cli_load_routine_file(cli *c, const char *file, brf_routine **out);
/* Append the completion of a played session (brf_journal_entry_set_from_player)
 * dated now; with @p ask, only when the person answers y. 0 or an exit status. */
int cli_journal_log_player(cli *c, const brf_player *p, const char *routine, int ask);

#endif /* BACKRELIEF_CLI_JOURNAL_STORE_H */
