/* The custom catalog's image (DATA/catalog.image): DATA/catalog.json
 * pre-parsed by the library (brf_catalog_to_image), behind a stamp of the
 * catalog.json it was made from (its size, modification and change times
 * and inode). A start-up whose stamp matches maps the image and reads it
 * instead of parsing the JSON (docs/performance.md, "CLI start-up"); any
 * other image (absent, stale, damaged, of another library version) is
 * ignored and made again from the JSON. catalog.json stays the record: the
 * image is a cache that can be deleted at any time. */
#ifndef BACKRELIEF_CLI_CATALOG_IMAGE_H
#define BACKRELIEF_CLI_CATALOG_IMAGE_H

#include <sys/stat.h>

#include "cli.h"

/* Merge the image of the catalog.json described by @p json into @p cat
 * (the image stays mapped until cli_catalog_images_release). 1 when it was
 * merged; 0 when it cannot serve (the caller reads catalog.json; the
 * context's error is cleared); a negative status (BRF_E_NOMEM) on a failure
 * the JSON would meet too. */
int cli_catalog_image_merge(cli *c, brf_catalog *cat, const char *dir, const struct stat *json);

/* Write the image of @p custom, the catalog read from the catalog.json
 * described by @p json, into @p dir (atomically: a temporary file renamed).
 * Quiet: a cache that cannot be written (a read-only folder, a library
 * without images) is simply not written. */
void cli_catalog_image_write(cli *c, const char *dir, const brf_catalog *custom,
                             const struct stat *json);

/* 1 when the library reads and writes catalog images (not left out of its
 * build: BRF_WITH_CATALOG_IMAGE). */
int cli_catalog_images_supported(cli *c);

/* Unmap the images the catalogs borrowed from; after every catalog is freed. */
void cli_catalog_images_release(cli *c);

#endif
