/* Reading a journal from JSON Lines. Every complete line must be a valid
 * entry (an error names its line: nothing is dropped silently); the last
 * line, when it lacks its "\n", is either a valid entry or a torn write
 * that is reported and not loaded (docs/formats.md, section "Journal").
 * Each line is read by the fast reader (journal_load_fast.c) or, when it
 * refuses the line, by the checked reader here (read_entry), which reports
 * what is wrong. brf__journal_load_checked reads with the checked reader
 * alone; tests/fuzz/fuzz_journal_diff.c and
 * tests/unit/journal/test_journal_readers.c check that both ways agree on
 * status, message and torn tail, and that what they load writes back
 * (brf_journal_to_jsonl) to the same bytes (docs/testing.md). */
#include <string.h>

#include "backrelief/calendar.h"
#include "util/core.h"
#include "internal/journal.h"
#include "journal/journal_private.h"
#include "util/json.h"

static const char *const entry_keys[] = {"format", "format_version", "date", "time",
                                         "routine", "routine_id", "session", "steps", "step_status",
                                         "pain", "tightness", "effort", "note",
                                         "pain_during", "exercise_ratings", NULL};
static const char *const steps_keys[] = {"done", "cut_short", "skipped", NULL};
static const char *const step_keys[] = {"exercise", "status", NULL};
static const char *const rating_keys[] = {"before", "after", "next_morning", NULL};

typedef brf__jtext text_view;
typedef brf__jview entry_view;

/* Read a string member into *dst (left "" when absent); NUL bytes are
 * refused. */
static void read_text(brf__jr *r, const brf__json *obj, const char *key, int required,
                      text_view *dst) {
  const char *s = NULL;
  size_t len = 0;
  if (required)
    brf__jr_req_string(r, obj, key, &s, &len);
  else
    brf__jr_opt_string(r, obj, key, &s, &len);
  if (r->status != BRF_OK || !s)
    return;
  if (memchr(s, '\0', len)) {
    brf__jr_fail(r, brf__json_get(obj, key), key, "text must not contain U+0000");
    return;
  }
  dst->s = s;
  dst->len = len;
}

static void read_ratings(brf__jr *r, const brf__json *obj, const char *key, int32_t *out) {
  const brf__json *o = NULL;
  brf__jr_opt_object(r, obj, key, rating_keys, &o);
  if (!o)
    return;
  brf__jr_push_key(r, key);
  for (int k = 0; k < 3; k++) {
    int64_t v = BRF_JOURNAL_UNSET;
    brf__jr_opt_int(r, o, rating_keys[k], 0, BRF_JOURNAL_SCALE_MAX, BRF_JOURNAL_UNSET, &v);
    out[k] = (int32_t)v;
  }
  brf__jr_pop(r);
}

static void read_steps(brf__jr *r, const brf__json *obj, brf__jentry *e, entry_view *v) {
  const brf__json *o = NULL;
  brf__jr_opt_object(r, obj, "steps", steps_keys, &o);
  if (o) {
    brf__jr_push_key(r, "steps");
    for (int k = 0; k < BRF_JOURNAL_STEP_STATUS_COUNT; k++) {
      int64_t c = 0;
      brf__jr_opt_int(r, o, steps_keys[k], 0, BRF__JOURNAL_MAX_COUNT, 0, &c);
      e->counts[k] = (int32_t)c;
    }
    brf__jr_pop(r);
  }
  const brf__json *arr = NULL;
  size_t n = 0;
  brf__jr_opt_array(r, obj, "step_status", &arr, &n);
  brf__jr_push_key(r, "step_status");
  for (size_t k = 0; k < n && r->status == BRF_OK; k++) {
    const brf__json *item = brf__json_at(arr, k);
    const char *id = NULL;
    size_t id_len = 0;
    int32_t status = 0;
    brf__jr_push_index(r, k);
    brf__jr_object(r, item, step_keys);
    brf__jr_req_string(r, item, "exercise", &id, &id_len);
    brf__jr_req_enum(r, item, "status", brf__journal_status_names, &status);
    if (r->status == BRF_OK && (id_len == 0 || memchr(id, '\0', id_len)))
      brf__jr_fail(r, brf__json_get(item, "exercise"), "exercise", "expected an exercise id");
    v->text_bytes += id_len + 1;
    brf__jr_pop(r);
  }
  brf__jr_pop(r);
  if (r->status == BRF_OK && n > 0) {
    v->steps = arr;
    e->step_count = e->step_cap = n;
  }
}

static void read_when(brf__jr *r, const brf__json *root, brf__jentry *e) {
  const char *s = NULL;
  size_t len = 0;
  brf_status st;
  /* A date or time of the right shape whose fields are out of bounds
   * (2025-02-30, 24:00) is BRF_E_RANGE, as the parsers say; any other text
   * is BRF_E_SCHEMA (docs/conventions.md, "Readers: one status per situation"). */
  brf__jr_req_string(r, root, "date", &s, &len);
  if (r->status == BRF_OK && (st = brf_date_parse(NULL, s, len, &e->day)) != BRF_OK)
    brf__jr_fail_code(r, st == BRF_E_RANGE ? BRF_E_RANGE : BRF_E_SCHEMA,
                      brf__json_get(root, "date"), "date",
                      st == BRF_E_RANGE ? "no such date" : "expected a date YYYY-MM-DD");
  s = NULL;
  brf__jr_opt_string(r, root, "time", &s, &len);
  if (r->status == BRF_OK && s && (st = brf_time_parse(NULL, s, len, &e->minutes)) != BRF_OK)
    brf__jr_fail_code(r, st == BRF_E_RANGE ? BRF_E_RANGE : BRF_E_SCHEMA,
                      brf__json_get(root, "time"), "time",
                      st == BRF_E_RANGE ? "no such time of day" : "expected a time HH:MM");
}

/* The routine's stable id (journal_routine.c); absent in older lines. */
static void read_routine_id(brf__jr *r, const brf__json *root, entry_view *v) {
  read_text(r, root, "routine_id", 0, &v->routine_id);
  if (r->status == BRF_OK && v->routine_id.len > 0 &&
      !brf__id_valid(v->routine_id.s, v->routine_id.len))
    brf__jr_fail(r, brf__json_get(root, "routine_id"), "routine_id",
                 "expected a routine id: 1 to %d letters, digits, '-', '_' or '.'", BRF__ID_MAX);
}

static void read_header(brf__jr *r, const brf__json *root) {
  int64_t version = 0;
  brf__jr_object(r, root, entry_keys);
  brf__jr_header(r, root, "backrelief-journal", 1, &version);
}

/* Check one parsed line: its numbers into e, the rest into v. */
static brf_status read_entry(brf_context *ctx, const brf__json_doc *doc, brf__jentry *e,
                             entry_view *v) {
  brf__jr r;
  brf__jr_init(&r, ctx, doc);
  const brf__json *root = brf__json_root(doc);
  read_header(&r, root);
  read_when(&r, root, e);
  read_text(&r, root, "routine", 1, &v->routine);
  read_routine_id(&r, root, v);
  read_text(&r, root, "session", 0, &v->session);
  read_steps(&r, root, e, v);
  read_ratings(&r, root, "pain", e->pain);
  read_ratings(&r, root, "tightness", e->tightness);
  int64_t effort = BRF_JOURNAL_UNSET;
  brf__jr_opt_int(&r, root, "effort", 0, BRF_JOURNAL_SCALE_MAX, BRF_JOURNAL_UNSET, &effort);
  e->effort = (int32_t)effort;
  brf__journal_read_ratings(&r, root, e, &v->ratings, &e->rating_count, &v->text_bytes);
  e->rating_cap = e->rating_count;
  read_text(&r, root, "note", 0, &v->note);
  return r.status;
}

/* Copy a string to *text (advanced past its NUL); returns the copy. */
static char *put_text(char **text, const char *s, size_t len) {
  char *copy = *text;
  if (len > 0)
    memcpy(copy, s, len);
  copy[len] = '\0';
  *text += len + 1;
  return copy;
}

/* The status of a checked step: its first byte tells (done, cut-short,
 * skipped; brf__journal_status_names). */
static int32_t status_of(const brf__json *item) {
  size_t len = 0;
  const char *s = brf__json_str(brf__json_getn(item, "status", 6), &len);
  return s[0] == 'd' ? BRF_JOURNAL_STEP_DONE
         : s[0] == 'c' ? BRF_JOURNAL_STEP_CUT_SHORT
                       : BRF_JOURNAL_STEP_SKIPPED;
}

/* Pack the checked entry's strings and arrays into one take of the
 * journal's arena (*mark undoes it); BRF_E_NOMEM leaves the arena as it was. */
static brf_status pack(brf_journal *j, brf__jentry *e, const entry_view *v,
                       brf__arena_mark *mark) {
  size_t arrays = e->step_count * sizeof *e->steps + e->rating_count * sizeof *e->ratings;
  size_t size = arrays + v->text_bytes + v->routine.len + v->routine_id.len + v->session.len +
                v->note.len + 4;
  char *block = brf__arena_take(j->ctx, &j->arena, size, mark);
  if (!block)
    return BRF_E_NOMEM;
  e->steps = e->step_count ? (brf__jstep *)(void *)block : NULL;
  e->ratings = e->rating_count
                   ? (brf__jrating *)(void *)(block + e->step_count * sizeof *e->steps)
                   : NULL;
  char *text = block + arrays;
  e->routine = put_text(&text, v->routine.s, v->routine.len);
  e->routine_id = put_text(&text, v->routine_id.s, v->routine_id.len);
  e->session = put_text(&text, v->session.s, v->session.len);
  e->note = put_text(&text, v->note.s, v->note.len);
  for (size_t k = 0; k < e->step_count; k++) {
    const brf__json *item = brf__json_at(v->steps, k);
    size_t len = 0;
    const char *id = brf__json_str(brf__json_getn(item, "exercise", 8), &len);
    e->steps[k].exercise = put_text(&text, id, len);
    e->steps[k].status = status_of(item);
  }
  (void)brf__journal_pack_ratings(v->ratings, e, text);
  e->packed = 1;
  return BRF_OK;
}

/* Parse line [text+start, +len) with the journal's reused parser and check
 * it into e and v (by the checked reader alone when checked_only). Errors
 * keep the position relative to the line (the caller makes it absolute). */
static brf_status parse_line(brf_context *ctx, brf__json_reuse *re, const char *line,
                             size_t len, int checked_only, brf__jentry *e, entry_view *v) {
  const brf__json_doc *doc = NULL;
  brf_status st = brf__json_parse_reuse(ctx, re, line, len, 0, &doc);
  if (st != BRF_OK)
    return st;
  for (int pass = 0; pass < 2; pass++) {
    memset(e, 0, sizeof *e);
    memset(v, 0, sizeof *v);
    e->minutes = BRF_JOURNAL_UNSET;
    for (int k = 0; k < 3; k++) {
      e->pain[k] = BRF_JOURNAL_UNSET;
      e->tightness[k] = BRF_JOURNAL_UNSET;
    }
    e->effort = BRF_JOURNAL_UNSET;
    e->pain_during = BRF_JOURNAL_UNSET;
    /* The fast reader first (journal_load_fast.c); the checked one for
     * whatever it does not take, which says what is wrong. */
    if (pass == 0 && !checked_only && brf__journal_read_fast(brf__json_root(doc), entry_keys, e, v))
      return BRF_OK;
    if (pass == 1)
      return read_entry(ctx, doc, e, v);
  }
  return BRF_OK; /* not reached */
}

/* Restate the context's error (relative to a line) with the line number and
 * the offset in the whole text. */
static brf_status restate(brf_context *ctx, brf_status st, size_t lineno, size_t line_start) {
  char msg[256];
  size_t col = brf_context_error_column(ctx);
  size_t off = brf_context_error_line(ctx) ? brf_context_error_offset(ctx) : 0;
  brf__format(msg, sizeof msg, "%s", brf_context_errmsg(ctx));
  return brf__error_at(ctx, st, lineno, col ? col : 1, line_start + off, "journal line %zu: %s",
                       lineno, msg);
}

static int blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\t')
      return 0;
  return 1;
}

/* Load every line of text into j; see the file comment. Each line is
 * parsed by one reused parser and packed into one take of the journal's
 * arena: a few allocations per journal, not per entry (docs/performance.md). */
static brf_status load_lines(brf_journal *j, brf__json_reuse *re, const char *text, size_t len,
                             int checked_only) {
  size_t pos = 0, lineno = 0;
  while (pos < len) {
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - text) : len;
    size_t n = end - pos;
    lineno++;
    if (n > 0 && text[pos + n - 1] == '\r')
      n--;
    if (!blank(text + pos, n)) {
      brf__jentry e;
      entry_view v;
      brf__arena_mark mark;
      brf_status st = parse_line(j->ctx, re, text + pos, n, checked_only, &e, &v);
      if (st == BRF_E_NOMEM)
        return st;
      if (st != BRF_OK && nl)
        return restate(j->ctx, st, lineno, pos);
      if (st != BRF_OK) {
        /* The crash case: a last line cut short by a torn write. The call
         * succeeds: a warning keeps the reason, with the line, for a log. */
        (void)restate(j->ctx, st, lineno, pos);
        brf__warn(j->ctx, "%s (a last line cut short: ignored)", brf_context_errmsg(j->ctx));
        brf__clear_error(j->ctx);
        j->torn = 1;
        j->torn_offset = pos;
        return BRF_OK;
      }
      if ((st = pack(j, &e, &v, &mark)) != BRF_OK)
        return st;
      if ((st = brf__journal_push(j, &e)) != BRF_OK) {
        brf__arena_undo(j->ctx, &j->arena, &mark);
        return st;
      }
      if (!nl)
        j->unterminated = 1;
    }
    pos = end + 1;
  }
  return BRF_OK;
}

static brf_status load(brf_context *ctx, const char *text, size_t len, int checked_only,
                       brf_journal **out) {
  if (out)
    *out = NULL;
  if (!ctx || !out || (!text && len > 0))
    return brf__error(ctx, BRF_E_INVALID, "brf_journal_load: NULL argument");
  brf_journal *j = NULL;
  brf_status st = brf_journal_new(ctx, &j);
  if (st != BRF_OK)
    return st;
  brf__json_reuse re = {0};
  st = load_lines(j, &re, text, len, checked_only);
  brf__json_reuse_free(ctx, &re);
  if (st != BRF_OK) {
    brf_journal_free(j);
    return st;
  }
  *out = j;
  return BRF_OK;
}

brf_status brf_journal_load(brf_context *ctx, const char *text, size_t len, brf_journal **out) {
  brf__enter(ctx);
  return load(ctx, text, len, 0, out);
}

brf_status brf__journal_load_checked(brf_context *ctx, const char *text, size_t len,
                                     brf_journal **out) {
  brf__enter(ctx);
  return load(ctx, text, len, 1, out);
}
