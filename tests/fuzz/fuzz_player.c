/* Fuzz target (composing, issue 27): routine -> timeline -> player with
 * random operations. The input builds a routine of 1..6 built-in exercises
 * (each with its default dose or a fuzzed dose text), then drives a player
 * with start, advance, pause, resume, skip, back, stop and cues-clear.
 * Checked, from player.h:
 * - the timeline's total equals the routine's estimate (its min for
 *   BRF_TIMELINE_MIN, its max for BRF_TIMELINE_MAX), and is the sum of
 *   contiguous segments ending in a zero-length done segment;
 * - every operation answers BRF_OK or the documented BRF_E_STATE for the
 *   player's state, and never anything else;
 * - position + session remaining = total; segment elapsed + remaining = the
 *   segment's length; the session time never goes back; cue times are in
 *   order and not in the future; one record per step;
 * - a twin player that receives every advance as two halves ends each
 *   operation in exactly the same state, cues and record ("one call with a
 *   big jump ends exactly where many small calls summing to it would"). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backrelief.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken promise: say which, then abort (libFuzzer keeps the input). */
#define CHECK(c)                                                                \
  do {                                                                          \
    if (!(c)) {                                                                 \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);    \
      abort();                                                                  \
    }                                                                           \
  } while (0)

static uint8_t take(const uint8_t **p, size_t *n) {
  if (*n == 0) return 0;
  (*n)--;
  return *(*p)++;
}

static void check_timeline(const brf_timeline *tl, const brf_routine *r, int32_t which) {
  int64_t lo = 0, hi = 0, at = 0;
  size_t segs = brf_timeline_segment_count(tl), steps = brf_timeline_step_count(tl);
  CHECK(brf_routine_estimate_ms(r, &lo, &hi) == BRF_OK);
  CHECK(brf_timeline_total_ms(tl) == (which == BRF_TIMELINE_MIN ? lo : hi));
  CHECK(steps == brf_routine_step_count(r) && segs >= 1);
  size_t last_ex = 0;
  for (size_t i = 0; i < segs; i++) {
    int32_t kind = -1, set = -1, rep = -1, side = -1;
    size_t ex = 0;
    int64_t start = -1, dur = -1;
    CHECK(brf_timeline_segment_at(tl, i, &kind, &ex, &set, &rep, &side, &start, &dur) == BRF_OK);
    CHECK(kind >= 0 && kind < BRF_SEGMENT_KIND_COUNT);
    CHECK(start == at && ex >= last_ex && ex <= steps && set >= 0 && rep >= 0);
    CHECK(kind == BRF_SEGMENT_DONE ? (dur == 0 && i == segs - 1 && ex == steps) : dur > 0);
    last_ex = ex;
    at += dur;
  }
  CHECK(at == brf_timeline_total_ms(tl));
  CHECK(brf_timeline_segment_at(tl, segs, NULL, NULL, NULL, NULL, NULL, NULL, NULL) ==
        BRF_E_RANGE);
  for (size_t k = 0; k < steps; k++) {
    int64_t start = -1, planned = -1;
    CHECK(brf_timeline_step_span(tl, k, &start, &planned) == BRF_OK);
    CHECK(start >= 0 && planned > 0 && start + planned <= at);
    CHECK(brf_timeline_step_id(tl, k) != NULL && brf_timeline_step_name(tl, k) != NULL);
  }
}

/* The invariants of one player, and that the twin is in the same state. */
static void check_player(const brf_player *p, const brf_player *twin, int64_t *last_session) {
  const brf_timeline *tl = brf_player_timeline(p);
  int64_t total = brf_timeline_total_ms(tl), pos = brf_player_position_ms(p);
  int32_t state = brf_player_state(p);
  size_t seg = 0, step = 0, steps = brf_timeline_step_count(tl);
  int64_t start = 0, dur = 0;
  CHECK(state >= BRF_PLAYER_IDLE && state <= BRF_PLAYER_STOPPED);
  CHECK(pos >= 0 && pos <= total && brf_player_session_remaining_ms(p) == total - pos);
  CHECK(brf_player_segment_index_get(p, &seg) == BRF_OK);
  CHECK(brf_player_step_index_get(p, &step) == BRF_OK && step <= steps);
  CHECK(brf_timeline_segment_at(tl, seg, NULL, NULL, NULL, NULL, NULL, &start, &dur) == BRF_OK);
  CHECK(brf_player_segment_elapsed_ms(p) >= 0 && brf_player_segment_remaining_ms(p) >= 0);
  CHECK(brf_player_segment_elapsed_ms(p) + brf_player_segment_remaining_ms(p) == dur);
  int64_t session = brf_player_session_elapsed_ms(p);
  CHECK(session >= *last_session);
  *last_session = session;
  if (state == BRF_PLAYER_FINISHED) CHECK(pos == total && step == steps);
  int64_t prev_at = 0;
  for (size_t i = 0; i < brf_player_cue_count(p); i++) {
    int32_t kind = -1, kind2 = -1;
    int64_t at = -1, at2 = -1;
    size_t ex = 0, ex2 = 0;
    CHECK(brf_player_cue_at(p, i, &kind, &at, &ex) == BRF_OK);
    CHECK(kind >= 0 && kind < BRF_CUE_KIND_COUNT && ex <= steps);
    CHECK(at >= prev_at && at <= session);
    CHECK(brf_player_cue_text(p, i) != NULL);
    CHECK(brf_player_cue_at(twin, i, &kind2, &at2, &ex2) == BRF_OK);
    CHECK(kind == kind2 && at == at2 && ex == ex2);
    prev_at = at;
  }
  CHECK(brf_player_cue_at(p, brf_player_cue_count(p), NULL, NULL, NULL) == BRF_E_RANGE);
  CHECK(brf_player_record_count(p) == steps);
  for (size_t k = 0; k < steps; k++) {
    int32_t st = -1, st2 = -1;
    int64_t planned = -1, done = -1, planned2 = -1, done2 = -1, span = -1;
    CHECK(brf_player_record_at(p, k, &st, &planned, &done) == BRF_OK);
    CHECK(st >= 0 && st < BRF_RECORD_STATUS_COUNT && done >= 0);
    CHECK(brf_timeline_step_span(tl, k, NULL, &span) == BRF_OK && planned == span);
    if (state == BRF_PLAYER_FINISHED || state == BRF_PLAYER_STOPPED || state == BRF_PLAYER_IDLE)
      CHECK(st != BRF_RECORD_IN_PROGRESS);
    CHECK(brf_player_record_at(twin, k, &st2, &planned2, &done2) == BRF_OK);
    CHECK(st == st2 && planned == planned2 && done == done2);
  }
  CHECK(brf_player_state(twin) == state && brf_player_position_ms(twin) == pos);
  CHECK(brf_player_session_elapsed_ms(twin) == session);
  CHECK(brf_player_segment_index(twin) == seg && brf_player_step_index(twin) == step);
  CHECK(brf_player_cue_count(twin) == brf_player_cue_count(p));
  CHECK(brf_player_cues_dropped(twin) == brf_player_cues_dropped(p));
}

static brf_status expect_for(int32_t state, int op) {
  switch (op) {
  case 'a': return state == BRF_PLAYER_IDLE ? BRF_E_STATE : BRF_OK;
  case 'p': return state == BRF_PLAYER_RUNNING ? BRF_OK : BRF_E_STATE;
  case 'r': return state == BRF_PLAYER_PAUSED ? BRF_OK : BRF_E_STATE;
  case 's': return state == BRF_PLAYER_IDLE ? BRF_OK : BRF_E_STATE;
  default: /* skip, back, stop */
    return state == BRF_PLAYER_RUNNING || state == BRF_PLAYER_PAUSED ? BRF_OK : BRF_E_STATE;
  }
}

static void play(brf_context *ctx, const brf_timeline *tl, const uint8_t *data, size_t size) {
  brf_player *p = NULL, *twin = NULL;
  int64_t last = 0, last_twin = 0;
  CHECK(brf_player_new_v2(ctx, tl, &p) == BRF_OK && brf_player_new_v2(ctx, tl, &twin) == BRF_OK);
  CHECK(brf_player_state(p) == BRF_PLAYER_IDLE);
  for (int ops = 0; ops < 256 && size > 0; ops++) {
    uint8_t op = take(&data, &size);
    int32_t state = brf_player_state(p);
    int64_t before = brf_player_position_ms(p);
    brf_status s = BRF_OK, s2 = BRF_OK;
    int code;
    switch (op & 7u) {
    case 0:
    case 1:
    case 2: {
      /* ms, seconds or minutes: small steps through cues and big jumps */
      int64_t v = take(&data, &size) << 8 | take(&data, &size);
      int64_t e = (op & 7u) == 0 ? v : (op & 7u) == 1 ? v * 37 : v * 60000;
      if (op & 0x80u) { /* a negative time is refused and changes nothing */
        CHECK(brf_player_advance(p, -1 - v) == BRF_E_INVALID);
        CHECK(brf_player_advance(twin, -1 - v) == BRF_E_INVALID);
        break;
      }
      code = 'a';
      s = brf_player_advance(p, e);
      s2 = brf_player_advance(twin, e / 2);
      if (s2 == BRF_OK) s2 = brf_player_advance(twin, e - e / 2);
      CHECK(s == expect_for(state, code) && s2 == s);
      if (state == BRF_PLAYER_RUNNING) {
        int64_t total = brf_timeline_total_ms(tl);
        CHECK(brf_player_position_ms(p) == (e > total - before ? total : before + e));
      } else {
        CHECK(brf_player_position_ms(p) == before);
      }
      break;
    }
    case 3: s = brf_player_pause(p), s2 = brf_player_pause(twin), code = 'p';
      CHECK(s == expect_for(state, code));
      break;
    case 4: s = brf_player_resume(p), s2 = brf_player_resume(twin), code = 'r';
      CHECK(s == expect_for(state, code));
      break;
    case 5: s = brf_player_skip(p), s2 = brf_player_skip(twin), code = 'k';
      CHECK(s == expect_for(state, code));
      break;
    case 6: s = brf_player_back(p), s2 = brf_player_back(twin), code = 'b';
      CHECK(s == expect_for(state, code));
      break;
    default:
      if (op & 0x80u) {
        s = brf_player_stop(p), s2 = brf_player_stop(twin), code = 't';
        CHECK(s == expect_for(state, code));
      } else if (op & 0x40u) {
        brf_player_cues_clear(p);
        brf_player_cues_clear(twin);
        CHECK(brf_player_cue_count(p) == 0);
      } else {
        s = brf_player_start(p), s2 = brf_player_start(twin), code = 's';
        CHECK(s == expect_for(state, code));
      }
      break;
    }
    CHECK(s == s2);
    check_player(p, twin, &last);
    check_player(twin, p, &last_twin);
  }
  brf_player_free(p);
  brf_player_free(twin);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static brf_context *ctx;
  static brf_catalog *cat;
  if (!ctx) {
    if (brf_context_new(&ctx) != BRF_OK) abort();
    /* Keep one input cheap: a few thousand segments and cues at most. */
    brf_context_set_limit(ctx, BRF_LIMIT_TIMELINE_SEGMENTS, 4000);
    brf_context_set_limit(ctx, BRF_LIMIT_TIMELINE_CUES, 4000);
    if (brf_catalog_new_builtin(ctx, &cat) != BRF_OK) return 0; /* no built-in catalog */
  }
  if (cat == NULL || brf_catalog_count(cat) == 0) return 0;
  brf_routine *r = NULL;
  CHECK(brf_routine_new(ctx, &r) == BRF_OK);
  size_t want = 1 + take(&data, &size) % 6u;
  for (size_t i = 0; i < want && size > 0; i++) {
    const brf_exercise *ex = brf_catalog_at(cat, take(&data, &size) % brf_catalog_count(cat));
    uint8_t how = take(&data, &size);
    brf_dosage *dose = NULL;
    if (how & 0x80u) { /* a dose text of up to 31 bytes */
      size_t len = how & 31u;
      if (len > size) len = size;
      if (brf_dosage_parse(ctx, (const char *)data, len, &dose) != BRF_OK) dose = NULL;
      data += len;
      size -= len;
    }
    brf_status s = brf_routine_append(r, ex, dose);
    CHECK(s == BRF_OK || s == BRF_E_INVALID || s == BRF_E_PARSE || s == BRF_E_RANGE ||
          s == BRF_E_LIMIT);
    brf_dosage_free(dose);
  }
  if (brf_routine_step_count(r) > 0) {
    int32_t which = size > 0 && (*data & 1u) ? BRF_TIMELINE_MAX : BRF_TIMELINE_MIN;
    brf_timeline *tl = NULL;
    brf_status s = brf_timeline_new(ctx, r, which, &tl);
    if (s == BRF_OK) {
      check_timeline(tl, r, which);
      play(ctx, tl, data, size);
      brf_timeline_free(tl);
    } else {
      CHECK(tl == NULL && (s == BRF_E_LIMIT || s == BRF_E_RANGE));
    }
  }
  brf_routine_free(r);
  return 0;
}
