/*
 * The screen module left out (BRF_WITH_SCREEN=OFF, for a device that screens
 * on a companion phone). Every exported function of include/backrelief/screen.h
 * still exists, so the exported symbol list never depends on build options:
 * functions returning a status answer BRF_E_UNSUPPORTED (never BRF_OK, so no
 * caller can read "no red flag" from a build that cannot screen) and leave
 * their outputs as the real functions do on failure; getters answer what the
 * real ones answer for a NULL screen or an index out of range.
 * docs/performance.md, "Leaving modules out", describes the mechanism.
 */
#include "backrelief/screen.h"
#include "internal/core.h"

#define LEFT_OUT "red-flag screening was not compiled in (BRF_WITH_SCREEN=OFF)"

const char *brf_urgency_name(int32_t urgency) {
  (void)urgency;
  return NULL;
}

brf_status brf_urgency_from_name(const char *name, int32_t *out) {
  (void)name;
  (void)out;
  return BRF_E_UNSUPPORTED;
}

const char *brf_urgency_advice(int32_t urgency) {
  (void)urgency;
  return NULL;
}

size_t brf_redflag_count(void) { return 0; }

const char *brf_redflag_id(size_t index) {
  (void)index;
  return NULL;
}

const char *brf_redflag_label(size_t index) {
  (void)index;
  return NULL;
}

const char *brf_redflag_question(size_t index) {
  (void)index;
  return NULL;
}

int32_t brf_redflag_urgency(size_t index) {
  (void)index;
  return BRF_URGENCY_NONE;
}

const char *brf_redflag_source(size_t index) {
  (void)index;
  return NULL;
}

brf_status brf_redflag_find(const char *id, size_t *index) {
  (void)id;
  (void)index;
  return BRF_E_UNSUPPORTED;
}

size_t brf_stoprule_count(void) { return 0; }

const char *brf_stoprule_id(size_t index) {
  (void)index;
  return NULL;
}

const char *brf_stoprule_text(size_t index) {
  (void)index;
  return NULL;
}

const char *brf_stoprule_source(size_t index) {
  (void)index;
  return NULL;
}

brf_status brf_screen_new(brf_context *ctx, brf_screen **out) {
  if (out != NULL) *out = NULL;
  return brf__error(ctx, BRF_E_UNSUPPORTED, "brf_screen_new: " LEFT_OUT);
}

/* No screen can exist in this build, so there is no context to hold a message. */
brf_status brf_screen_clone(const brf_screen *s, brf_screen **out) {
  (void)s;
  if (out != NULL) *out = NULL;
  return BRF_E_UNSUPPORTED;
}

void brf_screen_free(brf_screen *s) { (void)s; }

brf_status brf_screen_answer(brf_screen *s, const char *id, int32_t yes) {
  (void)s;
  (void)id;
  (void)yes;
  return BRF_E_UNSUPPORTED;
}

brf_status brf_screen_answer_list(brf_screen *s, const char *ids) {
  (void)s;
  (void)ids;
  return BRF_E_UNSUPPORTED;
}

brf_status brf_screen_set_age(brf_screen *s, int32_t years) {
  (void)s;
  (void)years;
  return BRF_E_UNSUPPORTED;
}

brf_status brf_screen_set_age_limits(brf_screen *s, int32_t younger_than, int32_t older_than) {
  (void)s;
  (void)younger_than;
  (void)older_than;
  return BRF_E_UNSUPPORTED;
}

void brf_screen_clear(brf_screen *s) { (void)s; }

brf_status brf_screen_evaluate(const brf_screen *s) {
  (void)s;
  return BRF_E_UNSUPPORTED;
}

int32_t brf_screen_outcome(const brf_screen *s) {
  (void)s;
  return BRF_URGENCY_NONE;
}

size_t brf_screen_positive_count(const brf_screen *s) {
  (void)s;
  return 0;
}

const char *brf_screen_positive_at(const brf_screen *s, size_t i) {
  (void)s;
  (void)i;
  return NULL;
}

const char *brf_screen_message(const brf_screen *s) {
  (void)s;
  return "";
}
