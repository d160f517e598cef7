# The catalog: exercises and drafts, queries, the built-in catalog, the
# catalog JSON codec, doses in the catalog, and the free-exercise-db import.
# Queries against a reference, over random custom catalogs.
brf_add_unit_test(query_index NO_VALGRIND)
if(BRF_WITH_BUILTIN_CATALOG)
  # Two tests compare the built-in catalog before and after a change.
  target_compile_definitions(test_query_index PRIVATE BRF_WITH_BUILTIN_CATALOG=1)
endif()
brf_add_unit_test(catalog_internal INTERNAL NO_VALGRIND)
# These use the built-in catalog as their fixture; without it,
# catalog_internal checks that brf_catalog_new_builtin is unsupported.
if(BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(catalog NO_VALGRIND)
  # A frozen catalog is read from several threads at once.
  target_link_libraries(test_catalog PRIVATE Threads::Threads)
  brf_add_unit_test(catalog_builtin NO_VALGRIND)
  brf_add_unit_test(catalog_custom NO_VALGRIND)
  brf_add_unit_test(catalog_query NO_VALGRIND)
endif()

# The JSON codec (issue 4) reads data/catalog/builtin.json.
# Off valgrind to keep CI under 10 minutes: the fewest new lib/ lines per
# valgrind-second of the measured suites (111 lines, 22 s; docs/testing.md);
# the JSON engine it drives runs under valgrind in schedule_codec and json_suite.
brf_add_unit_test(catalog_json INTERNAL NO_VALGRIND)
target_compile_definitions(test_catalog_json PRIVATE BRF_PROJECT_DIR="${PROJECT_SOURCE_DIR}")
brf_add_unit_test(catalog_doses INTERNAL NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
brf_add_unit_test(import_fedb)
if(BRF_WITH_BUILTIN_CATALOG)
  # The merge test needs the built-in catalog.
  target_compile_definitions(test_import_fedb PRIVATE BRF_WITH_BUILTIN_CATALOG=1)
endif()

# The committed generated files (lib/catalog/catalog_builtin_data.c, docs/catalog.md, the
# contraindication table of docs/screening.md)
# must equal what tools/gen_catalog.py makes from data/catalog/builtin.json.
if(BRF_PYTHON3)
  add_test(NAME catalog.generated
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_catalog.py
            --root ${PROJECT_SOURCE_DIR}
            --c-out ${CMAKE_CURRENT_BINARY_DIR}/catalog-generated/catalog_builtin_data.c
            --md-out ${CMAKE_CURRENT_BINARY_DIR}/catalog-generated/catalog.md
            --compare-c ${PROJECT_SOURCE_DIR}/lib/catalog/catalog_builtin_data.c
            --compare-md ${PROJECT_SOURCE_DIR}/docs/catalog.md
            --screening-out ${CMAKE_CURRENT_BINARY_DIR}/catalog-generated/screening.md
            --compare-screening ${PROJECT_SOURCE_DIR}/docs/screening.md)
  add_test(NAME catalog.generator_self_test
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_catalog.py --self-test)
  file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/catalog-generated)
endif()

# Borrowed pointers against every catalog mutator (issue 20): the kept-query
# use-after-free, and the lifetime rule of docs/conventions.md.
brf_add_unit_test(lifetimes_catalog NO_VALGRIND) # written for ASan (use after free)

# The import's id renaming is linear: catalog lookups counted through an
# internal entry point (issue 27).
if(BRF_WITH_IMPORT)
  # Counts catalog lookups of the renaming (pure logic over the import that
  # import_fedb runs under valgrind); 9 s under valgrind for no new lines.
  brf_add_unit_test(import_renames INTERNAL NO_VALGRIND)
  if(BRF_WITH_BUILTIN_CATALOG)
    target_compile_definitions(test_import_renames PRIVATE BRF_WITH_BUILTIN_CATALOG=1)
  endif()
endif()

# Localisation (issue 26, docs/localisation.md): the built-in catalog in each
# language, brf_exercise_text, fallbacks; the translations' generated C and
# the completeness table are current (i18n.generated), the generator refuses
# bad files naming the key (i18n.self_test), and every key of every language
# is translated (i18n.complete, tools/i18n_report.py).
if(BRF_WITH_BUILTIN_CATALOG)
  brf_add_unit_test(catalog_i18n NO_VALGRIND) # walks 3 x 787 texts; ASan covers it
  if(BRF_WITH_TRANSLATIONS)
    target_compile_definitions(test_catalog_i18n PRIVATE BRF_WITH_TRANSLATIONS=1)
  endif()
endif()
if(BRF_PYTHON3)
  add_test(NAME i18n.generated
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_i18n.py --root ${PROJECT_SOURCE_DIR}
            --out-dir ${CMAKE_CURRENT_BINARY_DIR}/i18n-generated --compare)
  add_test(NAME i18n.self_test COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/gen_i18n.py --self-test)
  add_test(NAME i18n.complete
    COMMAND ${BRF_PYTHON3} ${PROJECT_SOURCE_DIR}/tools/i18n_report.py --root ${PROJECT_SOURCE_DIR}
            --require-complete)
endif()

# Allocations per exercise of the catalog format's reader, counted (issue 25:
# under 2), its failure paths and the merge into the arena.
brf_add_unit_test(catalog_json_allocs NO_VALGRIND) # loads 6,000 exercises; ASan covers it

# The catalog image (issue 25, item 5: start-up with a custom catalog):
# round trips of every field, copied and borrowed texts, the merge's rule,
# and every kind of damaged image refused with nothing left behind. Natively
# and under ASan and UBSan (gcc-asan; the fuzz target's corpus replays under
# ASan too), not under valgrind: 24 s of the valgrind stage, most of it
# valgrind starting each of its 14 test processes, put CI over 10 minutes;
# the reader reads only bytes it has bounds-checked and sets every field it
# hands out (docs/testing.md).
brf_add_unit_test(catalog_image INTERNAL NO_VALGRIND)
# Exercises read from an image are built on first use: in any order, once,
# by whatever reads them first, all of them at a freeze; queries and the
# planner build only what they keep and answer as on the JSON catalog.
# Under valgrind: the blocks they are built into are uninitialised memory
# taken at the read, so memcheck sees a field the builder forgets.
brf_add_unit_test(catalog_lazy INTERNAL)
if(BRF_WITH_BUILTIN_CATALOG)
  target_compile_definitions(test_catalog_lazy PRIVATE BRF_WITH_BUILTIN_CATALOG=1)
endif()
if(BRF_WITH_BUILTIN_CATALOG)
  target_compile_definitions(test_catalog_image PRIVATE BRF_WITH_BUILTIN_CATALOG=1)
endif()

# The catalog format's fast and checked readers agree on status, error and
# catalog over every valid fixture (docs/testing.md, "Differential fuzzing";
# the comparison of tests/fuzz/fuzz_catalog_diff.c). ASan covers it.
brf_add_unit_test(catalog_readers INTERNAL NO_VALGRIND)
target_compile_definitions(test_catalog_readers PRIVATE BRF_PROJECT_DIR="${PROJECT_SOURCE_DIR}")
