/* Advice lists: a growable array of items, each holding its three strings
 * in one allocation so that adding an item fails or succeeds as a whole. */
#include <string.h>

#include "internal/advice.h"
#include "util/core.h"

typedef struct item {
  int32_t severity;
  char *rule; /* one block: rule\0message\0source\0; message and source point into it */
  const char *message;
  const char *source;
} item;

struct brf_advice {
  brf_context *ctx;
  item *items;
  size_t count;
  size_t cap;
};

brf_status brf__advice_new(brf_context *ctx, brf_advice **out) {
  brf_advice *a;
  BRF__NEW_OBJECT(a, ctx, out, 1, "advice");
  *out = a;
  return BRF_OK;
}

brf_status brf__advice_add(brf_advice *a, const char *rule, int32_t severity,
                           const char *message, const char *source) {
  if (a == NULL) return BRF_E_INVALID;
  if (rule == NULL || message == NULL || source == NULL)
    return brf__error(a->ctx, BRF_E_INVALID, "advice: NULL rule, message or source");
  if (severity < BRF_ADVICE_INFO || severity > BRF_ADVICE_WARNING)
    return brf__error(a->ctx, BRF_E_INVALID, "advice: severity %d is not INFO, CAUTION or WARNING",
                      (int)severity);
  size_t lr = strlen(rule), lm = strlen(message), ls = strlen(source);
  if (brf__grow(a->ctx, (void **)&a->items, &a->cap, a->count + 1, sizeof *a->items) != BRF_OK)
    return BRF_E_NOMEM;
  char *block = brf__alloc(a->ctx, lr + lm + ls + 3);
  if (block == NULL) return BRF_E_NOMEM;
  memcpy(block, rule, lr + 1);
  memcpy(block + lr + 1, message, lm + 1);
  memcpy(block + lr + lm + 2, source, ls + 1);
  item *it = &a->items[a->count++];
  it->severity = severity;
  it->rule = block;
  it->message = block + lr + 1;
  it->source = block + lr + lm + 2;
  return BRF_OK;
}

void brf_advice_free(brf_advice *a) {
  if (a == NULL) return;
  brf_context *ctx = a->ctx;
  for (size_t i = 0; i < a->count; i++) brf__free(ctx, a->items[i].rule);
  brf__free(ctx, a->items);
  brf__free(ctx, a);
  brf__ctx_release(ctx);
}

size_t brf_advice_count(const brf_advice *a) {
  return a == NULL ? 0 : a->count;
}

static const item *at(const brf_advice *a, size_t i) {
  return (a == NULL || i >= a->count) ? NULL : &a->items[i];
}

const char *brf_advice_rule(const brf_advice *a, size_t i) {
  const item *it = at(a, i);
  return it == NULL ? NULL : it->rule;
}

int32_t brf_advice_severity(const brf_advice *a, size_t i) {
  const item *it = at(a, i);
  return it == NULL ? -1 : it->severity;
}

const char *brf_advice_message(const brf_advice *a, size_t i) {
  const item *it = at(a, i);
  return it == NULL ? NULL : it->message;
}

const char *brf_advice_source(const brf_advice *a, size_t i) {
  const item *it = at(a, i);
  return it == NULL ? NULL : it->source;
}

static const char *const severity_ids[] = {"info", "caution", "warning"};

BRF__ID_FUNCTIONS(advice_severity, severity_ids, sizeof severity_ids / sizeof severity_ids[0])
