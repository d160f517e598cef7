# Pain-gated adaptation from the journal (docs/adaptation.md). It reads the
# journal's entries through the journal's representation (internal/journal.h).
brf_optional_module(adapt "pain-gated adaptation"
  REQUIRES journal advice catalog routine dosage calendar
  SOURCES adapt_adaptation_msgs.c adapt_edit.c adapt_history.c adapt_msgs.c adapt_next.c
          adapt_rules.c adapt_suggest.c
  HEADERS adapt.h)
