/* The pain during a session and the per-exercise ratings of a session
 * (difficulty 1-5, pain 0-10), which the adaptation rules read
 * (docs/adaptation.md, "Pain during and per-exercise ratings"), and their
 * JSON (docs/formats.md, "Journal"). */
#include <string.h>

#include "util/core.h"
#include "journal/journal_private.h"

static const char *const rating_keys[] = {"exercise", "difficulty", "pain", NULL};

static brf__jentry *entry_for(brf_journal *j, size_t index, const char *fn, brf_status *st) {
  if (!j) {
    *st = brf__error(NULL, BRF_E_INVALID, "%s: NULL journal", fn);
    return NULL;
  }
  if (index >= j->count) {
    *st = brf__error(j->ctx, BRF_E_RANGE, "%s: entry %zu out of range (%zu entries)", fn, index,
                     j->count);
    return NULL;
  }
  *st = BRF_OK;
  return &j->entries[index];
}

brf_status brf_journal_entry_set_pain_during(brf_journal *j, size_t index, int32_t value) {
  BRF__ENTER_OBJ(j);
  brf_status st;
  brf__jentry *e = entry_for(j, index, "brf_journal_entry_set_pain_during", &st);
  if (!e)
    return st;
  if (value < BRF_JOURNAL_UNSET || value > BRF_JOURNAL_SCALE_MAX)
    return brf__error(j->ctx, BRF_E_RANGE,
                      "brf_journal_entry_set_pain_during: pain %d is not 0 to 10 or -1",
                      (int)value);
  e->pain_during = value;
  return BRF_OK;
}

brf_status brf_journal_entry_pain_during_get(const brf_journal *j, size_t index, int32_t *out) {
  const brf__jentry *e = brf__journal_entry(j, index);
  if (!j || !out)
    return BRF_E_INVALID;
  if (!e)
    return BRF_E_RANGE;
  *out = e->pain_during;
  return BRF_OK;
}

/* The rating of exercise id in e, or NULL. */
static brf__jrating *find(const brf__jentry *e, const char *id, size_t len) {
  for (size_t k = 0; k < e->rating_count; k++)
    if (strlen(e->ratings[k].exercise) == len && memcmp(e->ratings[k].exercise, id, len) == 0)
      return &e->ratings[k];
  return NULL;
}

/* Set (or add) the rating of exercise id; BRF_E_NOMEM leaves e unchanged. */
static brf_status put(brf_context *ctx, brf__jentry *e, const char *id, size_t len,
                      int32_t difficulty, int32_t pain) {
  brf__jrating *r = find(e, id, len);
  if (!r) {
    char *copy = brf__strndup(ctx, id, len);
    if (!copy)
      return BRF_E_NOMEM;
    brf_status st = brf__grow(ctx, (void **)&e->ratings, &e->rating_cap, e->rating_count + 1,
                              sizeof *e->ratings);
    if (st != BRF_OK) {
      brf__free(ctx, copy);
      return st;
    }
    r = &e->ratings[e->rating_count++];
    r->exercise = copy;
  }
  r->difficulty = difficulty;
  r->pain = pain;
  return BRF_OK;
}

static int difficulty_ok(int32_t v) {
  return v == BRF_JOURNAL_UNSET || (v >= 1 && v <= BRF_JOURNAL_DIFFICULTY_MAX);
}
static int pain_ok(int32_t v) { return v >= BRF_JOURNAL_UNSET && v <= BRF_JOURNAL_SCALE_MAX; }

brf_status brf_journal_entry_rate_exercise(brf_journal *j, size_t index, const char *exercise_id,
                                           int32_t difficulty, int32_t pain) {
  BRF__ENTER_OBJ(j);
  brf_status st;
  brf__jentry *e = entry_for(j, index, "brf_journal_entry_rate_exercise", &st);
  if (!e)
    return st;
  size_t bad = 0;
  if (!exercise_id || !*exercise_id || !brf__utf8_valid(exercise_id, strlen(exercise_id), &bad))
    return brf__error(j->ctx, BRF_E_INVALID,
                      "brf_journal_entry_rate_exercise: NULL, empty or invalid exercise id");
  if (!difficulty_ok(difficulty) || !pain_ok(pain))
    return brf__error(j->ctx, BRF_E_RANGE,
                      "journal entry %zu, %s: difficulty must be 1 to %d and pain 0 to 10 "
                      "(or -1, not rated)",
                      index, exercise_id, BRF_JOURNAL_DIFFICULTY_MAX);
  brf__jentry saved = *e;
  if ((st = brf__jentry_own(j->ctx, e)) != BRF_OK)
    return st;
  st = put(j->ctx, e, exercise_id, strlen(exercise_id), difficulty, pain);
  if (st != BRF_OK)
    brf__jentry_unown(j->ctx, e, &saved);
  return st;
}

size_t brf_journal_entry_rating_count(const brf_journal *j, size_t index) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e ? e->rating_count : 0;
}

const char *brf_journal_entry_rating_exercise(const brf_journal *j, size_t index, size_t k) {
  const brf__jentry *e = brf__journal_entry(j, index);
  return e && k < e->rating_count ? e->ratings[k].exercise : NULL;
}

brf_status brf_journal_entry_rating_get(const brf_journal *j, size_t index, size_t k,
                                        int32_t *out_difficulty, int32_t *out_pain) {
  const brf__jentry *e = brf__journal_entry(j, index);
  if (!j || !out_difficulty || !out_pain)
    return BRF_E_INVALID;
  if (!e || k >= e->rating_count)
    return BRF_E_RANGE;
  *out_difficulty = e->ratings[k].difficulty;
  *out_pain = e->ratings[k].pain;
  return BRF_OK;
}

/* ---- JSON ---- */

void brf__journal_write_ratings(brf__jw *w, const brf__jentry *e) {
  if (e->pain_during >= 0)
    brf__jw_member_int(w, "pain_during", e->pain_during);
  if (e->rating_count == 0)
    return;
  brf__jw_key(w, "exercise_ratings");
  brf__jw_begin_array(w);
  for (size_t k = 0; k < e->rating_count; k++) {
    const brf__jrating *r = &e->ratings[k];
    brf__jw_begin_object(w);
    brf__jw_member_string(w, "exercise", r->exercise);
    if (r->difficulty >= 0)
      brf__jw_member_int(w, "difficulty", r->difficulty);
    if (r->pain >= 0)
      brf__jw_member_int(w, "pain", r->pain);
    brf__jw_end_object(w);
  }
  brf__jw_end_array(w);
}

/* The exercise id of rating item k (checked by brf__journal_read_ratings). */
static const char *item_id(const brf__json *arr, size_t k, size_t *len) {
  return brf__json_str(brf__json_get(brf__json_at(arr, k), "exercise"), len);
}

void brf__journal_read_ratings(brf__jr *r, const brf__json *root, brf__jentry *e,
                               const brf__json **out_arr, size_t *out_n, size_t *text_bytes) {
  int64_t v = BRF_JOURNAL_UNSET;
  brf__jr_opt_int(r, root, "pain_during", 0, BRF_JOURNAL_SCALE_MAX, BRF_JOURNAL_UNSET, &v);
  e->pain_during = (int32_t)v;
  const brf__json *arr = NULL;
  size_t n = 0;
  *out_arr = NULL;
  *out_n = 0;
  brf__jr_opt_array(r, root, "exercise_ratings", &arr, &n);
  brf__jr_push_key(r, "exercise_ratings");
  for (size_t k = 0; k < n && r->status == BRF_OK; k++) {
    const brf__json *item = brf__json_at(arr, k);
    const char *id = NULL;
    size_t id_len = 0;
    int64_t d = BRF_JOURNAL_UNSET, p = BRF_JOURNAL_UNSET;
    brf__jr_push_index(r, k);
    brf__jr_object(r, item, rating_keys);
    brf__jr_req_string(r, item, "exercise", &id, &id_len);
    brf__jr_opt_int(r, item, "difficulty", 1, BRF_JOURNAL_DIFFICULTY_MAX, BRF_JOURNAL_UNSET, &d);
    brf__jr_opt_int(r, item, "pain", 0, BRF_JOURNAL_SCALE_MAX, BRF_JOURNAL_UNSET, &p);
    if (r->status == BRF_OK && (id_len == 0 || memchr(id, '\0', id_len)))
      brf__jr_fail(r, brf__json_get(item, "exercise"), "exercise", "expected an exercise id");
    for (size_t i = 0; i < k && r->status == BRF_OK; i++) {
      size_t len = 0;
      const char *other = item_id(arr, i, &len);
      if (len == id_len && memcmp(other, id, len) == 0)
        brf__jr_fail(r, brf__json_get(item, "exercise"), "exercise", "rated twice");
    }
    *text_bytes += id_len + 1;
    brf__jr_pop(r);
  }
  brf__jr_pop(r);
  if (r->status == BRF_OK) {
    *out_arr = arr;
    *out_n = n;
  }
}

char *brf__journal_pack_ratings(const brf__json *arr, brf__jentry *e, char *text) {
  for (size_t k = 0; k < e->rating_count; k++) {
    const brf__json *item = brf__json_at(arr, k);
    brf__jrating *r = &e->ratings[k];
    size_t len = 0;
    const char *id = item_id(arr, k, &len);
    int64_t v;
    memcpy(text, id, len);
    text[len] = '\0';
    r->exercise = text;
    text += len + 1;
    r->difficulty = brf__json_int64(brf__json_get(item, "difficulty"), &v) == BRF_OK
                        ? (int32_t)v
                        : BRF_JOURNAL_UNSET;
    r->pain =
        brf__json_int64(brf__json_get(item, "pain"), &v) == BRF_OK ? (int32_t)v : BRF_JOURNAL_UNSET;
  }
  return text;
}
