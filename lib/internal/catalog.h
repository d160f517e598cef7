/* What another module may learn of a catalog's exercise without reading the
 * exercise itself: an exercise read from a catalog image is built on first
 * use (lib/catalog/catalog_private.h), so a scan that can decide from the
 * catalog's query key alone builds only the exercises it keeps.
 * Provided by: catalog. Used by: planner. */
#ifndef BRF_INTERNAL_CATALOG_H
#define BRF_INTERNAL_CATALOG_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/catalog.h"

/* The modality (BRF_MODALITY_*) of the exercise at index i (i below
 * brf_catalog_count(cat)); builds nothing. */
int32_t brf__catalog_modality_at(const brf_catalog *cat, size_t i);

#endif /* BRF_INTERNAL_CATALOG_H */
