/* The journal file: JSON Lines, one entry a line, appended.
 *
 * Safety: an entry is written with one write() of the whole line to a file
 * opened with O_APPEND, then fsync()ed before the program says it was
 * recorded. If the program is killed in the middle, at most the line being
 * written is torn; before the next append journal_store.c cuts a torn tail
 * off (and, should a file still not end in a newline, this closes it), so
 * every entry before it and after it is whole. */
#include "journal_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const char *p, size_t len) {
  /* BRF_CLI_TEST_SLOW_APPEND: the journal safety test kills the program in
   * the middle of an append; this pause between the two halves of the line
   * makes that moment wide enough to hit. */
  const char *slow = getenv("BRF_CLI_TEST_SLOW_APPEND");
  size_t half = slow && slow[0] == '1' ? len / 2 : len;
  size_t done = 0;
  while (done < len) {
    size_t chunk = done < half ? half - done : len - done;
    ssize_t w = write(fd, p + done, chunk);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    done += (size_t)w;
    if (done == half && half < len) {
      (void)fsync(fd);
      sleep(5);
    }
  }
  return 0;
}

int cli_journal_append(const char *path, const char *line, size_t len) {
  int fd = open(path, O_RDWR | O_APPEND | O_CREAT, 0600);
  if (fd < 0) {
    cli_error("%s: %s", path, strerror(errno));
    return CLI_EXIT_IO;
  }
  struct stat st;
  int rc = 0;
  if (fstat(fd, &st) == 0 && st.st_size > 0) {
    char last = '\n';
    if (pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n') rc = write_all(fd, "\n", 1);
  }
  if (rc == 0) rc = write_all(fd, line, len);
  if (rc == 0) rc = fsync(fd);
  int e = errno;
  if (close(fd) != 0 && rc == 0) {
    rc = -1;
    e = errno;
  }
  if (rc != 0) {
    cli_error("%s: %s", path, strerror(e));
    return CLI_EXIT_IO;
  }
  return 0;
}
