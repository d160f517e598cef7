/* The custom catalog's image: see catalog_image.h. */
#include "catalog_image.h"
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifdef __APPLE__
#define ST_MTIM st_mtimespec
#define ST_CTIM st_ctimespec
#else
#define ST_MTIM st_mtim
#define ST_CTIM st_ctim
#endif

/* What the file starts with: the stamp of the catalog.json the library's
 * image after it was made from. 56 bytes, so the image starts 8-aligned
 * (the library needs no alignment; it is only tidy). */
typedef struct stamp {
  char magic[8]; /* "BRFCLIIM" */
  uint64_t size, inode;
  int64_t mtime_s, mtime_ns, ctime_s, ctime_ns;
} stamp;

static void stamp_of(const struct stat *sb, stamp *s) {
  memset(s, 0, sizeof *s);
  memcpy(s->magic, "BRFCLIIM", 8);
  s->size = (uint64_t)sb->st_size;
  s->inode = (uint64_t)sb->st_ino;
  s->mtime_s = (int64_t)sb->ST_MTIM.tv_sec;
  s->mtime_ns = (int64_t)sb->ST_MTIM.tv_nsec;
  s->ctime_s = (int64_t)sb->ST_CTIM.tv_sec;
  s->ctime_ns = (int64_t)sb->ST_CTIM.tv_nsec;
}

int cli_catalog_image_merge(cli *c, brf_catalog *cat, const char *dir, const struct stat *json) {
  char path[4200];
  struct stat sb;
  stamp want;
  snprintf(path, sizeof path, "%s/catalog.image", dir);
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return 0;
  void *map = MAP_FAILED;
  if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && (uint64_t)sb.st_size > sizeof(stamp))
    /* Not MAP_POPULATE: the library reads every text once, but the kernel's
     * fault-around maps 16 pages per fault, which took half the CPU time of
     * populating all 277 pages of a 873-exercise image (docs/performance.md). */
    map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return 0;
  size_t len = (size_t)sb.st_size;
  stamp_of(json, &want);
  if (memcmp(map, &want, sizeof want) != 0) { /* made from another catalog.json */
    munmap(map, len);
    return 0;
  }
  /* Borrowed while there is room to remember the mapping (a command opens
   * the catalog once or twice); copied after that. */
  int borrow = c->image_count < CLI_MAX_IMAGES;
  brf_status s = brf_catalog_merge_image(cat, (const char *)map + sizeof(stamp),
                                         len - sizeof(stamp),
                                         borrow ? BRF_CATALOG_IMAGE_BORROW : 0);
  if (s == BRF_OK && borrow) {
    c->image_maps[c->image_count] = map;
    c->image_lens[c->image_count++] = len;
    return 1;
  }
  munmap(map, len);
  if (s == BRF_OK) return 1;
  if (s == BRF_E_NOMEM) return s;
  /* Damaged, of another library version, or a library without images:
   * catalog.json serves, and the image is made again. */
  brf_context_clear_error(c->ctx);
  return 0;
}

void cli_catalog_image_write(cli *c, const char *dir, const brf_catalog *custom,
                             const struct stat *json) {
  char path[4200], tmp[4300];
  char *img = NULL;
  size_t len = 0;
  stamp st;
  if (brf_catalog_to_image(c->ctx, custom, 0, &img, &len) != BRF_OK) {
    brf_context_clear_error(c->ctx);
    return;
  }
  stamp_of(json, &st);
  snprintf(path, sizeof path, "%s/catalog.image", dir);
  snprintf(tmp, sizeof tmp, "%s/.catalog.image.%ld", dir, (long)getpid());
  /* A new file of our own (O_EXCL): a leftover of a crashed run with the
   * same process id is removed first, never written through. */
  int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0 && errno == EEXIST && unlink(tmp) == 0)
    fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd >= 0) {
    /* No fsync: a cache that a crash cuts short fails its own checks and is
     * made again. */
    int ok = cli_write_all(fd, (const char *)&st, sizeof st) == 0 &&
             cli_write_all(fd, img, len) == 0;
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) unlink(tmp);
  }
  brf_free(c->ctx, img);
}

int cli_catalog_images_supported(cli *c) {
  brf_catalog *none = NULL;
  /* A library without images answers so to empty bytes (with images: "not
   * a catalog image"). */
  brf_status s = brf_catalog_from_image(c->ctx, NULL, 0, 0, &none);
  brf_context_clear_error(c->ctx);
  return s != BRF_E_UNSUPPORTED;
}

void cli_catalog_images_release(cli *c) {
  for (int i = 0; i < c->image_count; i++) munmap(c->image_maps[i], c->image_lens[i]);
  c->image_count = 0;
}
