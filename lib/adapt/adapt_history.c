/* The rated sessions of a routine, in date order, with their traffic light
 * (docs/adaptation.md, "Reading the journal"). */
#include <stdlib.h>
#include <string.h>

#include "adapt/adapt_private.h"
#include "adapt/adapt_history.h"
#include "util/core.h"

static int32_t max_set(const int32_t *v, size_t n) {
  int32_t m = BRF_JOURNAL_UNSET;
  for (size_t k = 0; k < n; k++)
    if (v[k] > m)
      m = v[k];
  return m;
}

static int32_t light_of(const brf__jentry *e) {
  int32_t before = e->pain[BRF_JOURNAL_BEFORE];
  int32_t after = e->pain[BRF_JOURNAL_AFTER];
  int32_t morning = e->pain[BRF_JOURNAL_NEXT_MORNING];
  int rose = morning >= 0 && before >= 0 && morning > before;
  if (after > BRF__ADAPT_AMBER_MAX || rose)
    return BRF__LIGHT_RED; /* above 5, or lasting past the next morning */
  if (after > BRF__ADAPT_GREEN_MAX)
    return BRF__LIGHT_AMBER;
  if (morning < 0 || before < 0)
    return BRF__LIGHT_UNCONFIRMED;
  return BRF__LIGHT_GREEN;
}

static int by_date(const void *pa, const void *pb) {
  const brf__session *a = pa, *b = pb;
  if (a->e->day != b->e->day)
    return a->e->day < b->e->day ? -1 : 1;
  if (a->e->minutes != b->e->minutes)
    return a->e->minutes < b->e->minutes ? -1 : 1;
  return a->index < b->index ? -1 : (a->index > b->index);
}

brf_status brf__adapt_history(brf_context *ctx, const brf_journal *j, const char *routine,
                              brf__session **out, size_t *out_count) {
  *out = NULL;
  *out_count = 0;
  size_t n = 0;
  for (size_t i = 0; i < j->count; i++) {
    const brf__jentry *e = &j->entries[i];
    if ((!routine[0] || strcmp(e->routine, routine) == 0) && e->pain[BRF_JOURNAL_AFTER] >= 0)
      n++;
  }
  if (n == 0)
    return BRF_OK;
  brf__session *s = brf__calloc(ctx, n, sizeof *s);
  if (!s)
    return BRF_E_NOMEM;
  size_t k = 0;
  for (size_t i = 0; i < j->count; i++) {
    const brf__jentry *e = &j->entries[i];
    if ((routine[0] && strcmp(e->routine, routine) != 0) || e->pain[BRF_JOURNAL_AFTER] < 0)
      continue;
    s[k].e = e;
    s[k].index = i;
    s[k].peak = max_set(&e->pain[BRF_JOURNAL_AFTER], 2);
    s[k].light = light_of(e);
    s[k].tightness = max_set(e->tightness, 3);
    k++;
  }
  qsort(s, n, sizeof *s, by_date);
  *out = s;
  *out_count = n;
  return BRF_OK;
}
