/* The journal's fast line reader: one pass over a line's members, each key
 * found once by its length and first byte, instead of one lookup by name per
 * field (docs/performance.md, "Issue 25, items 3 and 4"). It accepts only
 * lines the checked reader (journal_load.c) accepts, and reads them into the
 * same entry; anything else, or anything unusual (a repeated or unknown key,
 * a null, a value out of range), makes it answer 0 and the checked reader
 * reads the line again and reports it with its message and position, so
 * every error stays as it was. That the two agree on valid lines is checked
 * against the checked reader alone (brf__journal_load_checked) by
 * tests/fuzz/fuzz_journal_diff.c and tests/unit/journal/test_journal_readers.c.
 * Nodes are read with the unchecked inline accessors of util/json_node.h
 * (each kind checked here first): about 25 calls across files a line fewer. */
#include <string.h>

#include "backrelief/calendar.h"
#include "journal/journal_private.h"
#include "util/core.h"
#include "util/json_node.h"

enum { F_FORMAT, F_VERSION, F_DATE, F_TIME, F_ROUTINE, F_ROUTINE_ID, F_SESSION, F_STEPS,
       F_STEP_STATUS, F_PAIN, F_TIGHTNESS, F_EFFORT, F_NOTE, F_PAIN_DURING, F_RATINGS };

/* Index of key k (n bytes, which may hold NULs) in names (NULL-terminated),
 * or -1: the first byte first, then the rest in line. */
static int key_index(const char *const *names, const char *k, size_t n) {
  if (n == 0) return -1;
  for (int i = 0; names[i] != NULL; i++) {
    const char *a = names[i];
    size_t j = 0;
    if (a[0] != k[0]) continue;
    while (j < n && a[j] != '\0' && a[j] == k[j]) j++;
    if (j == n && a[j] == '\0') return i;
  }
  return -1;
}

/* An entry's key (entry_keys of journal_load.c, in the order of the F_*
 * values) by its length and then its bytes: the twelve or so keys of each
 * of a journal's lines, without a walk over the fifteen names. */
static int entry_key(const char *const *names, const char *k, size_t n) {
#define IS(f, lit) (memcmp(k, lit, sizeof lit - 1) == 0 ? (f) : -1)
  (void)names;
  switch (n) {
  case 4:
    return k[0] == 'd' ? IS(F_DATE, "date")
           : k[0] == 't' ? IS(F_TIME, "time")
           : k[0] == 'p' ? IS(F_PAIN, "pain")
                         : IS(F_NOTE, "note");
  case 5: return IS(F_STEPS, "steps");
  case 6: return k[0] == 'f' ? IS(F_FORMAT, "format") : IS(F_EFFORT, "effort");
  case 7: return k[0] == 'r' ? IS(F_ROUTINE, "routine") : IS(F_SESSION, "session");
  case 9: return IS(F_TIGHTNESS, "tightness");
  case 10: return IS(F_ROUTINE_ID, "routine_id");
  case 11: return k[0] == 's' ? IS(F_STEP_STATUS, "step_status") : IS(F_PAIN_DURING, "pain_during");
  case 14: return IS(F_VERSION, "format_version");
  case 16: return IS(F_RATINGS, "exercise_ratings");
  default: return -1;
  }
#undef IS
}

/* An integer in [min, max]: the journal's are small, so a lexeme of up to
 * 9 digits is read here (the same value brf__json_int64 gives: an integer
 * lexeme is [-]digits), a longer one by brf__json_int64. */
static int int_in(const brf__json *n, int64_t min, int64_t max, int32_t *out) {
  int64_t v = 0;
  if (brf__json_node_kind(n) != BRF__JSON_NUMBER || !n->is_int) return 0;
  if (n->len <= 9) {
    const char *s = (const char *)n->ptr;
    size_t i = s[0] == '-';
    for (; i < n->len; i++) v = v * 10 + (s[i] - '0');
    if (s[0] == '-') v = -v;
  } else if (brf__json_int64(n, &v) != BRF_OK) {
    return 0;
  }
  if (v < min || v > max) return 0;
  *out = (int32_t)v;
  return 1;
}

/* A string without NUL bytes (non-empty when nonempty is set); only a
 * string written with escapes can hold one. */
static int text(const brf__json *n, int nonempty, brf__jtext *out) {
  size_t len = 0;
  const char *s;
  if (brf__json_node_kind(n) != BRF__JSON_STRING) return 0;
  s = brf__json_node_str(n, &len);
  if ((nonempty && len == 0) || (brf__json_node_escaped(n) && memchr(s, '\0', len))) return 0;
  out->s = s;
  out->len = len;
  return 1;
}

/* An object whose members are all in names, each once (found by find):
 * their values into vals (indexed as names, NULL when absent). */
static int members(const brf__json *obj, int (*find)(const char *const *, const char *, size_t),
                   const char *const *names, const brf__json **vals, int count) {
  const brf__json *m;
  if (brf__json_node_kind(obj) != BRF__JSON_OBJECT) return 0;
  for (int i = 0; i < count; i++) vals[i] = NULL;
  m = brf__json_node_items(obj);
  for (size_t i = 0, n = brf__json_node_count(obj); i < n; i++, m += 2) {
    size_t klen = 0;
    const char *k = brf__json_node_str(&m[0], &klen);
    int f = find(names, k, klen);
    if (f < 0 || vals[f] != NULL) return 0;
    vals[f] = &m[1];
  }
  return 1;
}

static int ratings3(const brf__json *obj, int32_t *out) {
  static const char *const names[] = {"before", "after", "next_morning", NULL};
  const brf__json *v[3];
  if (!members(obj, key_index, names, v, 3)) return 0;
  for (int k = 0; k < 3; k++)
    if (v[k] && !int_in(v[k], 0, BRF_JOURNAL_SCALE_MAX, &out[k])) return 0;
  return 1;
}

static int steps(const brf__json *obj, brf__jentry *e) {
  static const char *const names[] = {"done", "cut_short", "skipped", NULL};
  const brf__json *v[3];
  if (!members(obj, key_index, names, v, 3)) return 0;
  for (int k = 0; k < 3; k++)
    if (v[k] && !int_in(v[k], 0, BRF__JOURNAL_MAX_COUNT, &e->counts[k])) return 0;
  return 1;
}

static int step_status(const brf__json *arr, brf__jentry *e, brf__jview *v) {
  static const char *const names[] = {"exercise", "status", NULL};
  size_t n;
  if (brf__json_node_kind(arr) != BRF__JSON_ARRAY) return 0;
  n = brf__json_node_count(arr);
  for (size_t k = 0; k < n; k++) {
    const brf__json *m[2];
    brf__jtext id, status;
    if (!members(&brf__json_node_items(arr)[k], key_index, names, m, 2) || !m[0] || !m[1] ||
        !text(m[0], 1, &id) ||
        !text(m[1], 0, &status) ||
        key_index(brf__journal_status_names, status.s, status.len) < 0)
      return 0;
    v->text_bytes += id.len + 1;
  }
  if (n > 0) {
    v->steps = arr;
    e->step_count = e->step_cap = n;
  }
  return 1;
}

static int exercise_ratings(const brf__json *arr, brf__jentry *e, brf__jview *v) {
  static const char *const names[] = {"exercise", "difficulty", "pain", NULL};
  size_t n;
  if (brf__json_node_kind(arr) != BRF__JSON_ARRAY) return 0;
  n = brf__json_node_count(arr);
  for (size_t k = 0; k < n; k++) {
    const brf__json *m[3];
    brf__jtext id;
    int32_t x;
    if (!members(&brf__json_node_items(arr)[k], key_index, names, m, 3) || !m[0] ||
        !text(m[0], 1, &id) ||
        (m[1] && !int_in(m[1], 1, BRF_JOURNAL_DIFFICULTY_MAX, &x)) ||
        (m[2] && !int_in(m[2], 0, BRF_JOURNAL_SCALE_MAX, &x)))
      return 0;
    for (size_t i = 0; i < k; i++) { /* rated twice: the checked reader says so */
      size_t len = 0;
      const char *other =
          brf__json_str(brf__json_getn(brf__json_at(arr, i), "exercise", 8), &len);
      if (len == id.len && memcmp(other, id.s, len) == 0) return 0;
    }
    v->text_bytes += id.len + 1;
  }
  if (n > 0) {
    v->ratings = arr;
    e->rating_count = e->rating_cap = n;
  }
  return 1;
}

int brf__journal_read_fast(const brf__json *root, const char *const *entry_keys,
                           brf__jentry *e, brf__jview *v) {
  const brf__json *m[F_RATINGS + 1];
  int32_t version = 0;
  brf__jtext t;
  if (!members(root, entry_key, entry_keys, m, F_RATINGS + 1) || !m[F_FORMAT] || !m[F_VERSION] ||
      !m[F_DATE] || !m[F_ROUTINE])
    return 0;
  if (!text(m[F_FORMAT], 0, &t) || t.len != 18 || memcmp(t.s, "backrelief-journal", 18) != 0 ||
      !int_in(m[F_VERSION], 1, 1, &version))
    return 0;
  if (!text(m[F_DATE], 0, &t) || brf_date_parse(NULL, t.s, t.len, &e->day) != BRF_OK) return 0;
  if (m[F_TIME] &&
      (!text(m[F_TIME], 0, &t) || brf_time_parse(NULL, t.s, t.len, &e->minutes) != BRF_OK))
    return 0;
  if (!text(m[F_ROUTINE], 0, &v->routine)) return 0;
  if (m[F_ROUTINE_ID] && (!text(m[F_ROUTINE_ID], 0, &v->routine_id) ||
                          (v->routine_id.len > 0 &&
                           !brf__id_valid(v->routine_id.s, v->routine_id.len))))
    return 0;
  if (m[F_SESSION] && !text(m[F_SESSION], 0, &v->session)) return 0;
  if (m[F_NOTE] && !text(m[F_NOTE], 0, &v->note)) return 0;
  if (m[F_STEPS] && !steps(m[F_STEPS], e)) return 0;
  if (m[F_STEP_STATUS] && !step_status(m[F_STEP_STATUS], e, v)) return 0;
  if (m[F_PAIN] && !ratings3(m[F_PAIN], e->pain)) return 0;
  if (m[F_TIGHTNESS] && !ratings3(m[F_TIGHTNESS], e->tightness)) return 0;
  if (m[F_EFFORT] && !int_in(m[F_EFFORT], 0, BRF_JOURNAL_SCALE_MAX, &e->effort)) return 0;
  if (m[F_PAIN_DURING] &&
      !int_in(m[F_PAIN_DURING], 0, BRF_JOURNAL_SCALE_MAX, &e->pain_during))
    return 0;
  if (m[F_RATINGS] && !exercise_ratings(m[F_RATINGS], e, v)) return 0;
  return 1;
}
