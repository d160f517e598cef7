/* The journal file: JSON Lines, one entry a line, appended.
 *
 * Safety: an entry is written under the data folder's exclusive lock with
 * one write() of the whole line to a file opened with O_APPEND (never
 * through a link), then fsync()ed before the program says it was recorded.
 * If the write fails (a full disk), the file is cut back to its size before.
 * If the program is killed in the middle, at most the line being written is
 * torn; the next writer, under the same lock, cuts off a torn tail that is
 * the beginning of an entry (journal_store.c), so every entry before it and
 * after it is whole. */
#include "journal_file.h"

#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_line(int fd, const char *p, size_t len) {
#ifdef BRF_CLI_TEST_HOOKS
  /* BRF_CLI_TEST_SLOW_APPEND=SECONDS (test builds only): pause between the
   * two halves of the line, so that tests can kill the program mid-line
   * or start a second writer while the first one is in the middle. */
  const char *slow = getenv("BRF_CLI_TEST_SLOW_APPEND");
  int pause = slow ? atoi(slow) : 0;
  if (pause > 0 && len > 1) {
    size_t half = len / 2;
    if (cli_write_all(fd, p, half) != 0) return -1;
    (void)fsync(fd);
    sleep((unsigned)pause);
    return cli_write_all(fd, p + half, len - half);
  }
#endif
  return cli_write_all(fd, p, len);
}

int cli_journal_append(const char *path, const char *line, size_t len) {
  int fd = cli_open_data_file(path, O_RDWR | O_APPEND | O_CREAT, 0600);
  if (fd < 0) return CLI_EXIT_IO;
  struct stat st;
  int rc = 0, e = 0;
  char *buf = NULL;
  if (fstat(fd, &st) != 0) {
    rc = -1;
    e = errno;
  }
  int only_newline = len == 1 && line[0] == '\n';
  if (rc == 0 && only_newline) {
    char last = '\n';
    if (st.st_size == 0 || (pread(fd, &last, 1, st.st_size - 1) == 1 && last == '\n')) {
      close(fd);
      return 0; /* the file already ends a line */
    }
  } else if (rc == 0 && st.st_size > 0) {
    char last = '\n';
    if (pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n') {
      buf = malloc(len + 1);
      if (!buf) {
        close(fd);
        cli_error("%s: out of memory", path);
        return CLI_EXIT_SOFTWARE;
      }
      buf[0] = '\n';
      memcpy(buf + 1, line, len);
      line = buf;
      len++;
    }
  }
  if (rc == 0 && write_line(fd, line, len) != 0) {
    rc = -1;
    e = errno;
    /* roll back: no partial line stays behind */
    if (ftruncate(fd, st.st_size) != 0) e = errno;
  }
  if (rc == 0 && cli_fsync(fd) != 0) {
    rc = -1;
    e = errno;
  }
  free(buf);
  if (close(fd) != 0 && rc == 0) {
    rc = -1;
    e = errno;
  }
  if (rc != 0) {
    cli_error("%s: %s", path, cli_write_error(e));
    return CLI_EXIT_IO;
  }
  return 0;
}

int cli_journal_truncate(const char *path, size_t size) {
  int fd = cli_open_data_file(path, O_RDWR, 0);
  if (fd < 0) return CLI_EXIT_IO;
  int ok = ftruncate(fd, (off_t)size) == 0 && cli_fsync(fd) == 0;
  int e = errno;
  close(fd);
  if (!ok) {
    cli_error("%s: %s", path, strerror(e));
    return CLI_EXIT_IO;
  }
  return 0;
}
