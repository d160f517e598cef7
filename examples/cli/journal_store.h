/* The journal file in the library's format (journal_store.c). */
#ifndef BACKRELIEF_CLI_JOURNAL_STORE_H
#define BACKRELIEF_CLI_JOURNAL_STORE_H

#include "cli.h"

/* DATA/journal.jsonl (the data folder created when @p create). 0 or 74. */
int cli_journal_path(cli *c, char *path, size_t cap, int create);
/* Load the journal at @p path (a missing file is an empty journal). A line
 * that is not an entry (damaged, or written by a newer version) is reported
 * on stderr with its line number, kept in the file byte for byte and
 * skipped. A torn last line (the cut-off beginning of an entry) is reported;
 * with @p repair, the data folder's exclusive lock is taken (and held until
 * exit) and the torn line is cut off so that an append can follow. Without
 * @p repair the file is read under the shared lock.
 * 0 with *out (brf_journal_free), or an exit status after the error. */
int cli_journal_open(cli *c, const char *path, int repair, brf_journal **out);

/* What is wrong with a journal's lines (cli_journal_load). */
#define CLI_DAMAGE_BAD 0   /* a complete line that is not a valid entry */
#define CLI_DAMAGE_NEWER 1 /* an entry of a newer format_version */
#define CLI_DAMAGE_TORN 2  /* a last line cut off in the middle of an entry */
typedef struct cli_journal_damage {
  size_t line;   /* 1-based */
  size_t offset; /* of the line in the file */
  size_t len;    /* without its newline */
  int kind;
  char reason[240];
} cli_journal_damage;
typedef struct cli_journal_check {
  size_t lines;
  size_t count; /* damaged lines */
  cli_journal_damage *items;
} cli_journal_check;
/* cli_journal_open that fills @p check (cli_journal_check_free) and, with
 * @p quiet, prints nothing about the damage. */
int cli_journal_load(cli *c, const char *path, int repair, int quiet, brf_journal **out,
                     cli_journal_check *check);
void cli_journal_check_free(cli_journal_check *check);
/* Rewrite the journal loaded last from @p path with the entries of @p j (an
 * entry changed in memory, or new ones at the end), keeping every damaged
 * line byte for byte where it was: atomically, under the exclusive lock. */
int cli_journal_save(cli *c, const char *path, const brf_journal *j);
/* cli_journal_save without the damaged lines (doctor --reject has copied
 * them to the .rejected file); lines from a newer version stay. */
int cli_journal_save_without_damage(cli *c, const char *path, const brf_journal *j);
/* Append entry @p index of @p j as one line, synced. 0 or an exit status. */
int cli_journal_append_entry(cli *c, const char *path, const brf_journal *j, size_t index);

/* "all", "partial", "skipped" (or "-") from an entry's step counts. */
const char *cli_journal_completed_word(const brf_journal *j, size_t i);
/* A routine file (the routine format) with the catalog's exercises. */
int cli_load_routine_file(cli *c, const char *file, brf_routine **out);
/* Append the completion of a played session (brf_journal_entry_set_from_player)
 * dated now; with @p ask, only when the person answers y. 0 or an exit status. */
int cli_journal_log_player(cli *c, const brf_player *p, const char *routine, int ask);

/* The latest entry with a routine name: by date, then time of day, then
 * journal order (a back-dated entry is not the latest); the count when none. */
size_t cli_journal_latest_entry(const brf_journal *j);

#endif /* BACKRELIEF_CLI_JOURNAL_STORE_H */
