/* The user's data folder, reading files, and writing them safely. */
#include "cli.h"
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
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

static size_t max_input_bytes = (size_t)CLI_MAX_INPUT_MB_DEFAULT * 1000 * 1000;

size_t cli_max_input_bytes(void) { return max_input_bytes; }

int cli_set_max_input_mb(cli *c, const char *value) {
  char *end = NULL;
  unsigned long mb = value && value[0] >= '0' && value[0] <= '9' ? strtoul(value, &end, 10) : 0;
  if (!end || *end || mb < 1 || mb > CLI_MAX_INPUT_MB_MAX)
    return cli_usage_error(c, "option '--max-input-mb' needs a whole number of MB, 1 to %d",
                           CLI_MAX_INPUT_MB_MAX);
  max_input_bytes = (size_t)mb * 1000 * 1000;
  /* The library parses what the program read: one cap for both. */
  if (c->ctx) (void)brf_context_set_limit(c->ctx, BRF_LIMIT_INPUT_BYTES, (int64_t)max_input_bytes);
  return 0;
}

/* Open a named file for reading only when it is a regular file: opened
 * without blocking (a FIFO with no writer would wait forever) and checked
 * with fstat on the descriptor itself. Returns NULL after printing the error,
 * *rc set. */
static FILE *open_regular(const char *path, int *rc) {
  int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  struct stat sb;
  *rc = CLI_EXIT_IO;
  if (fd < 0) {
    /* A file that cannot be opened, missing or not, is an I/O error (74). */
    cli_error("%s: %s [%s]", path, strerror(errno), brf_status_name(BRF_E_IO));
    return NULL;
  }
  if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
    const char *what = S_ISFIFO(sb.st_mode)                        ? "a FIFO"
                       : S_ISCHR(sb.st_mode) || S_ISBLK(sb.st_mode) ? "a device"
                       : S_ISDIR(sb.st_mode)                        ? "a folder"
                                                                    : "not a regular file";
    cli_error("%s: %s, not a regular file; give a file (or - for standard input) [%s]", path,
              what, brf_status_name(BRF_E_IO));
    close(fd);
    return NULL;
  }
  if ((uint64_t)sb.st_size > (uint64_t)max_input_bytes) {
    cli_error("%s: %lld bytes, more than the %zu MB this program reads from a file; "
              "raise it with --max-input-mb N [%s]",
              path, (long long)sb.st_size, max_input_bytes / 1000000, brf_status_name(BRF_E_LIMIT));
    close(fd);
    *rc = CLI_EXIT_DATA;
    return NULL;
  }
  int fl = fcntl(fd, F_GETFL);
  if (fl >= 0) (void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
  FILE *f = fdopen(fd, "rb");
  if (!f) {
    cli_error("%s: %s [%s]", path, strerror(errno), brf_status_name(BRF_E_IO));
    close(fd);
  }
  return f;
}

int cli_read_file(const char *path, char **out, size_t *out_len) {
  int rc = 0;
  FILE *f = strcmp(path, "-") == 0 ? stdin : open_regular(path, &rc);
  char *data = NULL;
  size_t len = 0, cap = 0;
  if (!f) return rc;
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
    size_t want = cap - len - 1;
    /* One byte past the cap tells "at the cap" from "over it" (the file may
     * grow after fstat; standard input has no size). */
    if (want > max_input_bytes + 1 - len) want = max_input_bytes + 1 - len;
    size_t got = fread(data + len, 1, want, f);
    len += got;
    if (len > max_input_bytes) {
      free(data);
      if (f != stdin) fclose(f);
      cli_error("%s: more than the %zu MB this program reads from a file; "
                "raise it with --max-input-mb N [%s]",
                path, max_input_bytes / 1000000, brf_status_name(BRF_E_LIMIT));
      return CLI_EXIT_DATA;
    }
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

const char *cli_write_error(int err) {
  if (err == ENOSPC || err == EDQUOT) return "the disk is full; nothing was changed";
  return strerror(err);
}

int cli_fsync(int fd) {
#ifdef BRF_CLI_TEST_HOOKS
  const char *skip = getenv("BRF_CLI_TEST_NO_FSYNC");
  if (skip && skip[0] == '1') return 0;
#endif
  return fsync(fd);
}

int cli_write_all(int fd, const char *p, size_t len) {
#ifdef BRF_CLI_TEST_HOOKS
  /* BRF_CLI_TEST_ENOSPC_AFTER=N: the disk fills up after N more bytes. */
  static long budget = -2;
  if (budget == -2) {
    const char *v = getenv("BRF_CLI_TEST_ENOSPC_AFTER");
    budget = v && v[0] ? atol(v) : -1;
  }
#endif
  size_t done = 0;
  while (done < len) {
    size_t chunk = len - done;
#ifdef BRF_CLI_TEST_HOOKS
    if (budget >= 0 && (long)chunk > budget) chunk = (size_t)budget;
    if (budget == 0) {
      errno = ENOSPC;
      return -1;
    }
#endif
    ssize_t w = write(fd, p + done, chunk);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
#ifdef BRF_CLI_TEST_HOOKS
    if (budget > 0) budget -= w;
#endif
    done += (size_t)w;
  }
  return 0;
}

int cli_open_data_file(const char *path, int flags, mode_t mode) {
  int fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0) {
    int e = errno;
    struct stat st;
    if (e == ELOOP || (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)))
      cli_error("%s is a symbolic link: backrelief does not follow links in its data folder "
                "(replace the link with the file it points to)", path);
    else if (e != ENOENT || (flags & O_CREAT))
      cli_error("%s: %s", path, strerror(e));
    errno = e;
  }
  return fd;
}

int cli_read_data_file(const char *path, char **out, size_t *out_len) {
  int fd = cli_open_data_file(path, O_RDONLY, 0);
  if (fd < 0) {
    if (errno == ENOENT) cli_error("%s: %s", path, strerror(errno));
    return errno == ENOENT ? CLI_EXIT_DATA : CLI_EXIT_IO;
  }
  char *data = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    if (cap - len < 4096) {
      size_t ncap = cap ? cap * 2 : 8192;
      char *p = realloc(data, ncap);
      if (!p) {
        free(data);
        close(fd);
        cli_error("%s: out of memory", path);
        return CLI_EXIT_SOFTWARE;
      }
      data = p;
      cap = ncap;
    }
    ssize_t got = read(fd, data + len, cap - len - 1);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      cli_error("%s: %s", path, strerror(errno));
      free(data);
      close(fd);
      return CLI_EXIT_IO;
    }
    if (got == 0) break;
    len += (size_t)got;
  }
  close(fd);
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
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    (void)cli_fsync(fd);
    close(fd);
  }
}

/* The replacement: a temporary file .NAME.tmp-XXXXXX beside @p path
 * (mkstemp: O_EXCL, an unpredictable name, never a link), fsync, the mode,
 * rename, fsync of the folder. Signals that end the program are held back
 * while the temporary file exists, so that every way out removes it (only
 * SIGKILL leaves it, for the next writer to clean). */
static int replace_file(const char *path, const char *data, size_t len, mode_t mode) {
  char tmp[4200];
  const char *slash = strrchr(path, '/');
  int n = slash ? snprintf(tmp, sizeof tmp, "%.*s/.%s.tmp-XXXXXX", (int)(slash - path), path,
                           slash + 1)
                : snprintf(tmp, sizeof tmp, ".%s.tmp-XXXXXX", path);
  if (n < 0 || (size_t)n >= sizeof tmp) {
    cli_error("%s: path too long", path);
    return CLI_EXIT_IO;
  }
  sigset_t hold, old;
  sigemptyset(&hold);
  sigaddset(&hold, SIGINT);
  sigaddset(&hold, SIGTERM);
  sigaddset(&hold, SIGHUP);
  sigaddset(&hold, SIGQUIT);
  sigaddset(&hold, SIGPIPE);
  sigprocmask(SIG_BLOCK, &hold, &old);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    int e = errno;
    sigprocmask(SIG_SETMASK, &old, NULL);
    /* name the user's file, not the temporary one */
    cli_error("%s: cannot write beside it: %s", path, cli_write_error(e));
    return CLI_EXIT_IO;
  }
  int ok = cli_write_all(fd, data, len) == 0 && fchmod(fd, mode) == 0 && cli_fsync(fd) == 0;
  int e = errno;
  if (close(fd) != 0 && ok) {
    ok = 0;
    e = errno;
  }
  if (ok && rename(tmp, path) != 0) {
    ok = 0;
    e = errno;
  }
  if (!ok) unlink(tmp);
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (!ok) {
    cli_error("%s: %s", path, cli_write_error(e));
    return CLI_EXIT_IO;
  }
  sync_parent(path);
  return 0;
}

static mode_t umasked(mode_t mode) {
  mode_t m = umask(0);
  umask(m);
  return mode & ~m;
}

/* Write over an existing file in place (its inode, mode, owner and other
 * names stay): the data, then the length cut, then fsync. Not atomic: a
 * crash or a full disk midway leaves a mix, reported by name. */
static int write_in_place(const char *path, const char *data, size_t len) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    cli_error("%s: %s", path, cli_write_error(errno));
    return CLI_EXIT_IO;
  }
  int ok = cli_write_all(fd, data, len) == 0 && ftruncate(fd, (off_t)len) == 0 &&
           cli_fsync(fd) == 0;
  int e = errno;
  if (close(fd) != 0 && ok) {
    ok = 0;
    e = errno;
  }
  if (!ok) {
    cli_error("%s: %s (written in place: the file may be incomplete)", path, cli_write_error(e));
    return CLI_EXIT_IO;
  }
  return 0;
}

int cli_write_file_new_mode(const char *path, const char *data, size_t len, int new_mode) {
  /* An output file the person names: a new one gets new_mode (less the
   * umask), one replaced keeps its mode. A file with other names (hard
   * links) or reached through a symbolic link is written in place, as `>`
   * in a shell would: replacing it would cut it from its other names or
   * replace the link with a file. */
  struct stat st, lst;
  mode_t mode = umasked((mode_t)new_mode);
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
    if (st.st_nlink > 1 || (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)))
      return write_in_place(path, data, len);
    mode = st.st_mode & 07777;
  }
  return replace_file(path, data, len, mode);
}

int cli_write_file_atomic(const char *path, const char *data, size_t len) {
  return cli_write_file_new_mode(path, data, len, CLI_MODE_SHARED);
}

int cli_write_data_file(cli *c, const char *path, const char *data, size_t len, int mode) {
  struct stat st;
  int previous = cli_data_lock(c, 1);
  if (previous < 0) return CLI_EXIT_IO;
  int rc = 0;
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
    cli_error("%s is a symbolic link: backrelief does not follow links in its data folder "
              "(replace the link with the file it points to)", path);
    rc = CLI_EXIT_IO;
  } else {
    rc = replace_file(path, data, len, mode == CLI_MODE_PRIVATE ? (mode_t)mode
                                                                 : umasked((mode_t)mode));
  }
  cli_data_relock(previous);
  return rc;
}

int cli_saved_schedule(cli *c, const brf_catalog *cat, brf_schedule **out) {
  char dir[4096], path[4200];
  char *text = NULL;
  size_t len = 0;
  *out = NULL;
  int rc = cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  snprintf(path, sizeof path, "%s/schedule.json", dir);
  if (access(path, F_OK) != 0) return 0;
  rc = cli_read_data_file(path, &text, &len);
  if (rc == 0) {
    brf_status st = brf_schedule_from_json_v2(c->ctx, text, len, cat,
                                              BRF_SCHEDULE_READ_REGENERATE, out);
    if (st != BRF_OK) rc = cli_fail(c, st, path);
    for (size_t i = 0; rc == 0 && i < brf_context_warning_count(c->ctx); i++)
      fprintf(stderr, "backrelief: warning: %s: %s (schedule it again to save them)\n", path,
              brf_context_warning(c->ctx, i));
  }
  free(text);
  return rc;
}
