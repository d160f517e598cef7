/* Building catalogs of selected exercises (catalog_copy.c). */
#ifndef BACKRELIEF_CLI_CATALOG_COPY_H
#define BACKRELIEF_CLI_CATALOG_COPY_H

#include <backrelief.h>

/* Add a copy of @p ex (every field) to @p dst. */
brf_status cli_copy_exercise(brf_context *ctx, brf_catalog *dst, const brf_exercise *ex);

/* A new catalog holding copies of @p rows, in order; *out is NULL on failure. */
brf_status cli_catalog_of(brf_context *ctx, const brf_exercise *const *rows, size_t n,
                          brf_catalog **out);

#endif /* BACKRELIEF_CLI_CATALOG_COPY_H */
