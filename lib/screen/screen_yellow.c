/* Psychosocial (yellow) flags: the accessors of the questions and of the
 * levels. The questions, the advice and the scoring rule are data
 * (data/yellowflags.json, generated into screen_yellow_data.c); the level of
 * a screen is computed in screen.c. */
#include <string.h>

#include "util/core.h"
#include "screen/screen_private.h"

static const brf__yellowflag *question_at(size_t index) {
  size_t n = 0;
  const brf__yellowflag *q = brf__yellowflag_table(&n);
  return index < n ? &q[index] : NULL;
}

ptrdiff_t brf__yellowflag_lookup(const char *s, size_t len) {
  size_t n = 0;
  const brf__yellowflag *q = brf__yellowflag_table(&n);
  for (size_t i = 0; i < n; i++) {
    if (strlen(q[i].id) == len && memcmp(q[i].id, s, len) == 0) return (ptrdiff_t)i;
  }
  return -1;
}

size_t brf_yellowflag_count(void) {
  size_t n = 0;
  brf__yellowflag_table(&n);
  return n;
}

const char *brf_yellowflag_id(size_t index) {
  const brf__yellowflag *q = question_at(index);
  return q != NULL ? q->id : NULL;
}

const char *brf_yellowflag_question(size_t index) {
  const brf__yellowflag *q = question_at(index);
  return q != NULL ? brf__screen_msg(0, q->question) : NULL;
}

const char *brf_yellowflag_source(size_t index) {
  const brf__yellowflag *q = question_at(index);
  return q != NULL ? q->source : NULL;
}

brf_status brf_yellowflag_find(const char *id, size_t *index) {
  if (id == NULL || index == NULL) return BRF_E_INVALID;
  ptrdiff_t i = brf__yellowflag_lookup(id, strlen(id));
  if (i < 0) return BRF_E_NOT_FOUND;
  *index = (size_t)i;
  return BRF_OK;
}

static const char *const psychosocial_ids[BRF_PSYCHOSOCIAL_COUNT] = {"low", "medium", "high"};

BRF__ID_FUNCTIONS(psychosocial, psychosocial_ids, BRF_PSYCHOSOCIAL_COUNT)

const char *brf__psychosocial_advice_in(int32_t level, int32_t lang) {
  if (level < 0 || level >= BRF_PSYCHOSOCIAL_COUNT) return NULL;
  return brf__screen_msg(lang, brf__psychosocial_table()[level].advice);
}

const char *brf_psychosocial_advice(int32_t level) { return brf__psychosocial_advice_in(level, 0); }
