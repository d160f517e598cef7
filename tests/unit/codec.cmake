# The catalog JSON codec, dose integration of the catalog, and the
# free-exercise-db import (issue 4).
brf_add_unit_test(catalog_json INTERNAL)
target_compile_definitions(test_catalog_json PRIVATE BRF_PROJECT_DIR="${PROJECT_SOURCE_DIR}")
brf_add_unit_test(catalog_doses INTERNAL)
brf_add_unit_test(import_fedb)
if(BRF_WITH_BUILTIN_CATALOG)
  # The merge test needs the built-in catalog.
  target_compile_definitions(test_import_fedb PRIVATE BRF_WITH_BUILTIN_CATALOG=1)
endif()
