/* The user's data folder, reading files, and writing them safely. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int cli_data_dir(cli *c, char *buf, size_t cap) {
  const char *xdg = getenv("XDG_DATA_HOME");
  const char *home = getenv("HOME");
  int n;
  if (c->data_dir_opt && c->data_dir_opt[0])
    n = snprintf(buf, cap, "%s", c->data_dir_opt);
  else if (xdg && xdg[0] == '/') /* the XDG spec ignores relative paths */
    n = snprintf(buf, cap, "%s/backrelief", xdg);
  else if (home && home[0])
    n = snprintf(buf, cap, "%s/.local/share/backrelief", home);
  else {
    cli_error("no data folder: set HOME or XDG_DATA_HOME, or pass --data-dir DIR");
    return CLI_EXIT_IO;
  }
  if (n < 0 || (size_t)n >= cap) {
    cli_error("the data folder's path is too long");
    return CLI_EXIT_IO;
  }
  return 0;
}

int cli_ensure_dir(char *path) {
  /* mkdir -p: create each missing parent in turn. */
  for (char *p = path + 1;; p++) {
    char saved = *p;
    if (saved != '/' && saved != '\0') continue;
    *p = '\0';
    if (mkdir(path, 0700) != 0 && errno != EEXIST) {
      cli_error("%s: cannot create the folder: %s", path, strerror(errno));
      *p = saved;
      return CLI_EXIT_IO;
    }
    *p = saved;
    if (saved == '\0') break;
  }
  return 0;
}

int cli_ensure_data_dir(cli *c, char *buf, size_t cap) {
  int rc = cli_data_dir(c, buf, cap);
  return rc ? rc : cli_ensure_dir(buf);
}

int cli_read_file(const char *path, char **out, size_t *out_len) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  char *data = NULL;
  size_t len = 0, cap = 0;
  if (!f) {
    /* A file that cannot be opened, missing or not, is an I/O error (74). */
    cli_error("%s: %s [%s]", path, strerror(errno), brf_status_name(BRF_E_IO));
    return CLI_EXIT_IO;
  }
  for (;;) {
    if (cap - len < 4096) {
      size_t ncap = cap ? cap * 2 : 8192;
      char *p = realloc(data, ncap);
      if (!p) {
        free(data);
        if (f != stdin) fclose(f);
        cli_error("%s: out of memory", path);
        return CLI_EXIT_SOFTWARE;
      }
      data = p;
      cap = ncap;
    }
    size_t got = fread(data + len, 1, cap - len - 1, f);
    len += got;
    if (got == 0) break;
  }
  int bad = ferror(f);
  if (f != stdin) fclose(f);
  if (bad) {
    free(data);
    cli_error("%s: read error", path);
    return CLI_EXIT_IO;
  }
  data[len] = '\0';
  *out = data;
  if (out_len) *out_len = len;
  return 0;
}

/* fsync the folder holding @p path, so that a rename survives a crash. */
static void sync_parent(const char *path) {
  char dir[4096];
  const char *slash = strrchr(path, '/');
  if (!slash) {
    strcpy(dir, ".");
  } else {
    size_t n = (size_t)(slash - path);
    if (n == 0) n = 1;
    if (n >= sizeof dir) return;
    memcpy(dir, path, n);
    dir[n] = '\0';
  }
  int fd = open(dir, O_RDONLY);
  if (fd >= 0) {
    (void)fsync(fd);
    close(fd);
  }
}

int cli_write_file_atomic(const char *path, const char *data, size_t len) {
  char tmp[4096];
  int n = snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
  if (n < 0 || (size_t)n >= sizeof tmp) {
    cli_error("%s: path too long", path);
    return CLI_EXIT_IO;
  }
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) {
    cli_error("%s: %s", tmp, strerror(errno));
    return CLI_EXIT_IO;
  }
  size_t done = 0;
  while (done < len) {
    ssize_t w = write(fd, data + done, len - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      break;
    }
    done += (size_t)w;
  }
  int ok = done == len && fsync(fd) == 0;
  int e = errno;
  if (close(fd) != 0 && ok) {
    ok = 0;
    e = errno;
  }
  if (!ok) {
    unlink(tmp);
    cli_error("%s: %s", path, strerror(e));
    return CLI_EXIT_IO;
  }
  if (rename(tmp, path) != 0) {
    e = errno;
    unlink(tmp);
    cli_error("%s: %s", path, strerror(e));
    return CLI_EXIT_IO;
  }
  sync_parent(path);
  return 0;
}
