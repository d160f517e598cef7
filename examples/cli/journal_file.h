/* The journal file: one JSON line appended and synced (journal_file.c). The
 * caller holds the data folder's exclusive lock (store.h). */
#ifndef BACKRELIEF_CLI_JOURNAL_FILE_H
#define BACKRELIEF_CLI_JOURNAL_FILE_H

#include "cli.h"

/* Append one line (which must end with '\n', or be "\n" alone) with one
 * write(), and fsync it; a file whose last line lacks its newline gets it in
 * the same write. On failure the file is cut back to its size before, so a
 * full disk leaves no partial line. 0 or 74. */
int cli_journal_append(const char *path, const char *line, size_t len);
/* Cut the file to @p size bytes (a torn last line). 0 or 74. */
int cli_journal_truncate(const char *path, size_t size);

#endif /* BACKRELIEF_CLI_JOURNAL_FILE_H */
