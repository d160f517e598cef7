/* The journal file: one JSON line appended and synced (journal_file.c). */
#ifndef BACKRELIEF_CLI_JOURNAL_FILE_H
#define BACKRELIEF_CLI_JOURNAL_FILE_H

#include "cli.h"

/* Append one line (which must end with '\n') and fsync it. 0 or 74. */
int cli_journal_append(const char *path, const char *line, size_t len);

#endif /* BACKRELIEF_CLI_JOURNAL_FILE_H */
