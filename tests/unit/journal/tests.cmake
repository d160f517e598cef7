# The progress journal: entries, JSON Lines, torn tails, adherence, and
# entries recorded from a player session.
brf_add_unit_test(journal NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
# Off valgrind to keep CI under 10 minutes: 82 new lib/ lines for 13 s of
# valgrind (docs/testing.md); journal_player reaches the journal codec there.
brf_add_unit_test(journal_jsonl NO_VALGRIND)
brf_add_unit_test(journal_player)
# Borrowed pointers against every journal mutator (issue 20, docs/conventions.md).
brf_add_unit_test(lifetimes_journal NO_VALGRIND) # written for ASan (use after free)
# Entries and their routine: the stable id, matching, old journals (issue 19, item 4).
brf_add_unit_test(journal_routine NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
# Adherence per exercise over weeks of a programme (issue 17, item 6).
brf_add_unit_test(journal_exercise_adherence NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
# The pain during a session and the per-exercise ratings (issue 19, item 5).
brf_add_unit_test(journal_ratings NO_VALGRIND) # few new lib/ lines per valgrind-second (docs/testing.md)
# The journal's arena: allocations per loaded entry (counted, not timed),
# byte-for-byte round trips, edits after the load (issue 25, item 3).
brf_add_unit_test(journal_arena NO_VALGRIND) # 3,650 entries: seconds under valgrind for lines journal_jsonl reaches
# The journal's fast and checked line readers agree on status, error, torn
# tail and journal over every valid fixture and 3,650 entries (docs/testing.md,
# "Differential fuzzing"; the comparison of tests/fuzz/fuzz_journal_diff.c).
brf_add_unit_test(journal_readers INTERNAL NO_VALGRIND) # 3,650 entries read twice; ASan covers it
target_compile_definitions(test_journal_readers PRIVATE BRF_PROJECT_DIR="${PROJECT_SOURCE_DIR}")
