/* In-session stop rules for the session player and the journal: the
 * accessors. The rules, their texts and sources are data
 * (data/stoprules.json, generated into screen_stoprules_data.c). Ids are
 * contracts. */
#include <stddef.h>

#include "util/core.h"
#include "screen/screen_private.h"

/* The string member at offset of the rule at index, or NULL. */
static const char *rule_string(size_t index, size_t offset) {
  size_t n = 0;
  const brf__stoprule *rules = brf__stoprule_table(&n);
  if (index >= n) return NULL;
  return *(const char *const *)(const void *)((const char *)&rules[index] + offset);
}

size_t brf_stoprule_count(void) {
  size_t n = 0;
  brf__stoprule_table(&n);
  return n;
}

const char *brf_stoprule_id(size_t index) {
  return rule_string(index, offsetof(brf__stoprule, id));
}

const char *brf_stoprule_text(size_t index) {
  size_t n = 0;
  const brf__stoprule *rules = brf__stoprule_table(&n);
  return index < n ? brf__screen_msg(0, rules[index].text) : NULL;
}

const char *brf_stoprule_source(size_t index) {
  return rule_string(index, offsetof(brf__stoprule, source));
}
