/* The red-flag checklist and the urgency vocabulary: the accessors. The
 * flags, urgencies, texts and sources are data (data/redflags.json, generated
 * into screen_flags_data.c; the texts are messages, screen_msgs.c). These
 * getters answer in English; brf_screening_text (screen_text.c) in any
 * language. Ids are contracts: never rename one; retire a
 * flag only in a new ABI major. */
#include <string.h>

#include "util/core.h"
#include "screen/screen_private.h"

/* The flag at index, or NULL. */
static const brf__redflag *flag_at(size_t index) {
  size_t n = 0;
  const brf__redflag *flags = brf__redflag_table(&n);
  return index < n ? &flags[index] : NULL;
}

ptrdiff_t brf__redflag_lookup(const char *s, size_t len) {
  size_t n = 0;
  const brf__redflag *flags = brf__redflag_table(&n);
  for (size_t i = 0; i < n; i++) {
    if (strlen(flags[i].id) == len && memcmp(flags[i].id, s, len) == 0) return (ptrdiff_t)i;
  }
  return -1;
}

size_t brf_redflag_count(void) {
  size_t n = 0;
  brf__redflag_table(&n);
  return n;
}

const char *brf_redflag_id(size_t index) {
  const brf__redflag *f = flag_at(index);
  return f != NULL ? f->id : NULL;
}

const char *brf_redflag_label(size_t index) {
  const brf__redflag *f = flag_at(index);
  return f != NULL ? brf__screen_msg(0, f->label) : NULL;
}

const char *brf_redflag_question(size_t index) {
  const brf__redflag *f = flag_at(index);
  return f != NULL ? brf__screen_msg(0, f->question) : NULL;
}

int32_t brf_redflag_urgency(size_t index) {
  const brf__redflag *f = flag_at(index);
  return f != NULL ? f->urgency : BRF_URGENCY_NONE;
}

const char *brf_redflag_source(size_t index) {
  const brf__redflag *f = flag_at(index);
  return f != NULL ? f->source : NULL;
}

brf_status brf_redflag_find(const char *id, size_t *index) {
  if (id == NULL || index == NULL) return BRF_E_INVALID;
  ptrdiff_t i = brf__redflag_lookup(id, strlen(id));
  if (i < 0) return BRF_E_NOT_FOUND;
  *index = (size_t)i;
  return BRF_OK;
}

/* ---- urgency vocabulary ---- */

const char *brf_urgency_name(int32_t urgency) { return brf_urgency_id(urgency); }

const char *brf__urgency_advice_in(int32_t urgency, int32_t lang) {
  if (urgency < 0 || urgency >= BRF_URGENCY_COUNT) return NULL;
  return brf__screen_msg(lang, brf__urgency_table()[urgency].advice);
}

const char *brf_urgency_advice(int32_t urgency) { return brf__urgency_advice_in(urgency, 0); }

static const char *const urgency_ids[BRF_URGENCY_COUNT] = {"emergency", "urgent", "review"};

BRF__ID_FUNCTIONS(urgency, urgency_ids, BRF_URGENCY_COUNT)

brf_status brf_urgency_from_name(const char *name, int32_t *out) {
  return brf__name_index(urgency_ids, BRF_URGENCY_COUNT, name, out);
}
