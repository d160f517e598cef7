/* Storage of the user's data folder (store_lock.c, files.c, json_scan.c).
 *
 * Every change to a data file happens under an exclusive flock() of
 * DATA/.lock, held from the read to the write (read-modify-write) and until
 * the program exits or cli_data_unlock(); readers take it shared. Data files
 * are never followed through a symbolic link (O_NOFOLLOW): a link is an error
 * naming it. Replacements go through a temporary file created with O_EXCL
 * under an unpredictable name (.NAME.tmp-XXXXXX), fsynced and renamed, then
 * the folder is fsynced; temporary files left by a killed run are removed
 * by the next writer, under the lock (when no other writer can own one). */
#ifndef BACKRELIEF_CLI_STORE_H
#define BACKRELIEF_CLI_STORE_H

#include "cli.h"

#include <sys/types.h>

/* File modes: health data (the journal, the last session's record) is
 * readable by its owner only; everything else is 0644 (less the umask). */
#define CLI_MODE_PRIVATE 0600
#define CLI_MODE_SHARED 0644

/* Take the data folder's lock: exclusive for a write, shared for a read.
 * A shared lock of a missing or read-only folder is skipped. Held until
 * cli_data_unlock() or exit; taking it again is a no-op. Returns the mode
 * held before (for cli_data_relock), or -1 after an error (exit 74). */
int cli_data_lock(cli *c, int exclusive);
/* Go back to the mode cli_data_lock() returned (0 releases the lock). */
void cli_data_relock(int previous);
/* Release the lock. */
void cli_data_unlock(void);

/* open() of a data file with O_NOFOLLOW (and O_CLOEXEC); a symbolic link is
 * reported as such. -1 after printing the error (errno kept). */
int cli_open_data_file(const char *path, int flags, mode_t mode);
/* Read a whole data file (never through a link). ENOENT is 65, as
 * cli_read_file. */
int cli_read_data_file(const char *path, char **out, size_t *out_len);
/* The saved schedule of the data folder (DATA/schedule.json), its exercise
 * ids resolved in @p cat; *out is NULL when there is none. A schedule saved
 * by an older version whose rules have changed since reads with its sessions
 * made again (BRF_SCHEDULE_READ_REGENERATE) and one warning line on stderr;
 * the file is left as it is. 0 or an exit status (the error printed). */
int cli_saved_schedule(cli *c, const brf_catalog *cat, brf_schedule **out);
/* Replace a data file atomically under the exclusive lock with @p mode
 * (CLI_MODE_PRIVATE or CLI_MODE_SHARED); a link at @p path is refused. */
int cli_write_data_file(cli *c, const char *path, const char *data, size_t len, int mode);

/* The message for a failed write: "the disk is full" for ENOSPC/EDQUOT. */
const char *cli_write_error(int err);
/* fsync, a no-op in test builds run with BRF_CLI_TEST_NO_FSYNC=1. */
int cli_fsync(int fd);
/* write() of all @p len bytes; -1 with errno on failure (in test builds
 * BRF_CLI_TEST_ENOSPC_AFTER=N fails with ENOSPC once N bytes are written). */
int cli_write_all(int fd, const char *p, size_t len);

/* Remove temporary files of killed runs from @p dir (caller holds the
 * exclusive lock). Returns how many were removed. */
int cli_remove_stale_temps(const char *dir);
/* Whether @p name is a temporary file name of ours (or of older versions). */
int cli_is_temp_name(const char *name);

/* cli_json_scan: one complete JSON document, a cut-off prefix of one, or
 * neither. */
#define CLI_JSON_COMPLETE 0
#define CLI_JSON_PREFIX 1
#define CLI_JSON_INVALID 2
int cli_json_scan(const char *text, size_t len);

#endif /* BACKRELIEF_CLI_STORE_H */
