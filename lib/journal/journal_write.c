/* Writing journal entries as JSON Lines: one compact object a line, keys in
 * a fixed order and unset values left out, so the same entry always gives
 * the same bytes (docs/formats.md, section "Journal"). */
#include "backrelief/calendar.h"
#include "util/core.h"
#include "internal/journal.h"
#include "journal/journal_private.h"
#include "util/json.h"

static const char *const when_keys[3] = {"before", "after", "next_morning"};

static void write_ratings(brf__jw *w, const char *key, const int32_t *r) {
  if (r[0] < 0 && r[1] < 0 && r[2] < 0)
    return;
  brf__jw_key(w, key);
  brf__jw_begin_object(w);
  for (int k = 0; k < 3; k++)
    if (r[k] >= 0)
      brf__jw_member_int(w, when_keys[k], r[k]);
  brf__jw_end_object(w);
}

static void write_steps(brf__jw *w, const brf__jentry *e) {
  brf__jw_key(w, "steps");
  brf__jw_begin_object(w);
  brf__jw_member_int(w, "done", e->counts[BRF_JOURNAL_STEP_DONE]);
  brf__jw_member_int(w, "cut_short", e->counts[BRF_JOURNAL_STEP_CUT_SHORT]);
  brf__jw_member_int(w, "skipped", e->counts[BRF_JOURNAL_STEP_SKIPPED]);
  brf__jw_end_object(w);
  if (e->step_count == 0)
    return;
  brf__jw_key(w, "step_status");
  brf__jw_begin_array(w);
  for (size_t k = 0; k < e->step_count; k++) {
    brf__jw_begin_object(w);
    brf__jw_member_string(w, "exercise", e->steps[k].exercise);
    brf__jw_member_string(w, "status", brf__journal_status_names[e->steps[k].status]);
    brf__jw_end_object(w);
  }
  brf__jw_end_array(w);
}

/* Write entry e as one object (no newline) into w. */
static void write_entry(brf__jw *w, const brf__jentry *e) {
  char date[16], time[8];
  brf__jw_begin_object(w);
  brf__jw_member_string(w, "format", "backrelief-journal");
  brf__jw_member_int(w, "format_version", 1);
  if (brf_date_format(e->day, date, sizeof date, NULL) != BRF_OK)
    date[0] = '\0'; /* unreachable: dates are checked on the way in */
  brf__jw_member_string(w, "date", date);
  if (e->minutes >= 0 && brf_time_format(e->minutes, time, sizeof time, NULL) == BRF_OK)
    brf__jw_member_string(w, "time", time);
  brf__jw_member_string(w, "routine", e->routine);
  if (e->routine_id[0])
    brf__jw_member_string(w, "routine_id", e->routine_id);
  if (e->session[0])
    brf__jw_member_string(w, "session", e->session);
  write_steps(w, e);
  write_ratings(w, "pain", e->pain);
  write_ratings(w, "tightness", e->tightness);
  if (e->effort >= 0)
    brf__jw_member_int(w, "effort", e->effort);
  brf__journal_write_ratings(w, e);
  if (e->note[0])
    brf__jw_member_string(w, "note", e->note);
  brf__jw_end_object(w);
}

/* Append entry e's line (with its "\n") to b. */
static brf_status append_line(brf_context *ctx, brf__buf *b, const brf__jentry *e) {
  brf__jw w;
  char *text = NULL;
  size_t len = 0;
  brf__jw_init(&w, ctx, BRF__JW_COMPACT);
  write_entry(&w, e);
  brf_status st = brf__jw_finish(&w, &text, &len);
  if (st != BRF_OK)
    return st;
  brf__buf_append(b, text, len);
  brf__buf_putc(b, '\n');
  brf__free(ctx, text);
  return b->status;
}

brf_status brf_journal_entry_to_line(brf_context *ctx, const brf_journal *j, size_t index,
                                     char **out, size_t *out_len) {
  brf__enter(ctx);
  if (out)
    *out = NULL;
  if (!ctx || !j || !out)
    return brf__error(ctx, BRF_E_INVALID, "brf_journal_entry_to_line: NULL argument");
  if (index >= j->count)
    return brf__error(ctx, BRF_E_RANGE, "brf_journal_entry_to_line: entry %zu out of range",
                      index);
  brf__buf b;
  brf__buf_init(&b, ctx);
  brf_status st = append_line(ctx, &b, &j->entries[index]);
  if (st != BRF_OK) {
    brf__buf_free(&b);
    return st;
  }
  return brf__buf_take(&b, out, out_len);
}

brf_status brf_journal_to_jsonl(brf_context *ctx, const brf_journal *j, char **out,
                                size_t *out_len) {
  brf__enter(ctx);
  if (out)
    *out = NULL;
  if (!ctx || !j || !out)
    return brf__error(ctx, BRF_E_INVALID, "brf_journal_to_jsonl: NULL argument");
  brf__buf b;
  brf__buf_init(&b, ctx);
  for (size_t i = 0; i < j->count; i++) {
    brf_status st = append_line(ctx, &b, &j->entries[i]);
    if (st != BRF_OK) {
      brf__buf_free(&b);
      return st;
    }
  }
  return brf__buf_take(&b, out, out_len);
}
