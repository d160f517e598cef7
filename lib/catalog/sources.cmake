# The catalog module. catalog_builtin_data.c is generated from
# data/catalog/builtin.json by tools/gen_catalog.py and committed, so builds
# need no Python; the catalog.generated test checks it is current.
brf_module(catalog REQUIRES advice dosage vocab
  SOURCES catalog.c catalog_codec_dose.c catalog_draft.c catalog_exercise.c
          catalog_i18n.c catalog_query.c
  HEADERS catalog.h json.h)
if(BRF_WITH_BUILTIN_CATALOG)
  list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/catalog_builtin_data.c)
  # The catalog's texts in German, Spanish and French (tools/gen_i18n.py;
  # docs/localisation.md): left out with BRF_WITH_TRANSLATIONS=OFF.
  if(BRF_WITH_TRANSLATIONS)
    list(APPEND BRF_SOURCES ${BRF_MODULE_DIR}/catalog_i18n_data.c)
  endif()
endif()

# Two parts a watch can leave out (docs/performance.md, "Leaving modules out"):
# the catalog format's reader and writer (brf_catalog_from_json and _to_json),
# and the free-exercise-db import.
brf_optional_module(catalog_json "the catalog's JSON reader and writer"
  SOURCES catalog_codec_read.c catalog_codec_write.c)
brf_optional_module(import "the free-exercise-db import"
  SOURCES catalog_import_fedb.c)
# The catalog image (brf_catalog_to_image, _from_image, _merge_image): a
# catalog as pre-parsed bytes, for an app's start-up (docs/formats.md).
brf_optional_module(catalog_image "the catalog image's reader and writer"
  SOURCES catalog_image_read.c catalog_image_write.c)
