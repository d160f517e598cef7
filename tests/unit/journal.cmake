# The progress journal (entries, JSON Lines, torn tails, adherence) and the
# when it is not compiled in.
brf_add_unit_test(journal)
brf_add_unit_test(journal_jsonl)
brf_add_unit_test(adapt)
brf_add_unit_test(journal_player)
