/* The journal file, JSON Lines appended safely (journal_file.c), and a
 * reader for its flat entries. */
#ifndef BACKRELIEF_CLI_JOURNAL_FILE_H
#define BACKRELIEF_CLI_JOURNAL_FILE_H

#include "cli.h"

/* Append one line (which must end with '\n') and fsync it. 0 or 74. */
int cli_journal_append(const char *path, const char *line, size_t len);

/* Called for every non-empty line: @p last is 1 for a final line without a
 * newline. Returns non-zero when the line is not a valid entry. */
typedef int (*cli_journal_line_fn)(void *user, const char *line, size_t len, size_t line_no,
                                   int last);
/* Read every line of the journal (a missing file has none); *torn counts the
 * lines @p fn rejected. 0 or an exit status. */
int cli_journal_read(const char *path, cli_journal_line_fn fn, void *user, size_t *torn);

/* A flat JSON object: string, number, true/false/null members only. */
typedef struct cli_flat_field {
  char key[32];
  char value[1024]; /* decoded string, or the number/literal as written */
  int is_string;
} cli_flat_field;

/* Parse one flat JSON object; 0 when it is well-formed (and flat), -1 not. */
int cli_flat_json_parse(const char *s, size_t len, cli_flat_field *fields, size_t cap,
                        size_t *count);
/* The value of @p key, or NULL. */
const cli_flat_field *cli_flat_find(const cli_flat_field *fields, size_t count,
                                    const char *key);

#endif /* BACKRELIEF_CLI_JOURNAL_FILE_H */
