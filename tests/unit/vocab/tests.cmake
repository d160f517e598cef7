# The vocabulary: slugs, labels and their lookups; the ids of every family
# of pinned constants (docs/conventions.md, "Names").
brf_add_unit_test(vocab NO_VALGRIND)
brf_add_unit_test(ids NO_VALGRIND) # id tables through one macro
# The display labels in every language (issue 26, docs/localisation.md).
brf_add_unit_test(vocab_labels NO_VALGRIND) # table lookups in four languages; ASan covers it
if(BRF_WITH_TRANSLATIONS)
  target_compile_definitions(test_vocab_labels PRIVATE BRF_WITH_TRANSLATIONS=1)
endif()
