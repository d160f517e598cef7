/* The data folder's lock (DATA/.lock, flock) and the removal of temporary
 * files left by killed runs. See store.h. */
#include "store.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static int lock_fd = -1;
static int lock_mode; /* 0 none, 1 shared, 2 exclusive */

int cli_is_temp_name(const char *name) {
  size_t n = strlen(name);
  /* ours: .NAME.tmp-XXXXXX */
  if (name[0] == '.' && n > 11 && strncmp(name + n - 11, ".tmp-", 5) == 0) return 1;
  /* older versions: NAME.tmp.PID */
  const char *t = strstr(name, ".tmp.");
  if (!t || t == name || !t[5]) return 0;
  for (const char *p = t + 5; *p; p++)
    if (*p < '0' || *p > '9') return 0;
  return 1;
}

int cli_remove_stale_temps(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  int removed = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    struct stat st;
    if (!cli_is_temp_name(e->d_name)) continue;
    if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) continue;
    if (unlinkat(dirfd(d), e->d_name, 0) == 0) removed++;
  }
  closedir(d);
  return removed;
}

int cli_data_lock(cli *c, int exclusive) {
  int want = exclusive ? 2 : 1, previous = lock_mode;
  if (lock_mode >= want) return previous;
  char dir[4096], path[4200];
  if (cli_data_dir(c, dir, sizeof dir) != 0) return -1;
  if (lock_fd < 0) {
    if (exclusive && cli_ensure_dir(dir) != 0) return -1;
    snprintf(path, sizeof path, "%s/.lock", dir);
    lock_fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (lock_fd < 0) {
      if (!exclusive) return previous; /* nothing to read, or read-only: go on */
      cli_error("%s: cannot take the data folder's lock: %s", path, strerror(errno));
      return -1;
    }
  }
  while (flock(lock_fd, exclusive ? LOCK_EX : LOCK_SH) != 0) {
    if (errno == EINTR) continue;
    cli_error("%s/.lock: cannot take the data folder's lock: %s", dir, strerror(errno));
    return -1;
  }
  lock_mode = want;
  if (exclusive && previous < 2) {
    /* No writer of ours holds a temporary file now: any left is stale. */
    snprintf(path, sizeof path, "%s/routines", dir);
    cli_remove_stale_temps(dir);
    cli_remove_stale_temps(path);
  }
  return previous;
}

void cli_data_relock(int previous) {
  if (previous < 0 || previous >= lock_mode || lock_fd < 0) return;
  if (previous == 0) {
    cli_data_unlock();
    return;
  }
  (void)flock(lock_fd, LOCK_SH);
  lock_mode = 1;
}

void cli_data_unlock(void) {
  if (lock_fd >= 0) {
    (void)flock(lock_fd, LOCK_UN);
    close(lock_fd);
  }
  lock_fd = -1;
  lock_mode = 0;
}
