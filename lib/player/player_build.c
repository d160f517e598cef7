/* Building a timeline: the one time formula of docs/notation.md laid out as
 * segments, with the cues of a linear play computed once, here, so that the
 * player never formats or allocates while it plays (docs/player.md). The
 * cue texts are the templates of data/messages/cues.json in the language of
 * the building context (docs/localisation.md), resolved here too. */
#include <string.h>

#include "internal/dosage.h"
#include "internal/timing.h"
#include "player/player_cues_msgs.h"
#include "player/player_private.h"

typedef struct builder {
  brf_context *ctx;
  brf__segment *segs;
  size_t seg_count, seg_cap;
  brf__cue *cues;
  size_t cue_count, cue_cap;
  brf__buf text;
  int32_t lang; /* the building context's language (brf__ctx_lang) */
  int64_t pos;
  brf_status status; /* the first failure; later calls do nothing */
  int32_t limit;     /* with status BRF_E_LIMIT: the BRF_LIMIT_* reached */
} builder;

/* The values of one step's dose at one end of its ranges. */
typedef struct step_plan {
  int each, alt;     /* each side in turn; alternating (alt = 2) */
  int64_t sets, reps; /* reps 0: a timed bout or a hold alone */
  int has_hold, timed;
  int64_t work_ms, rest_ms;
} step_plan;

static int64_t field(const brf_dosage *d, int f, int32_t which, int64_t dflt) {
  int64_t lo, hi;
  if (!brf__dosage_field(d, f, &lo, &hi)) return dflt;
  return which ? hi : lo;
}

static void plan_step(const brf_dosage *d, int32_t modality, int32_t which, step_plan *p) {
  int64_t sides = field(d, BRF_DOSE_SIDES, which, -1);
  int64_t rep_ms = modality < 0 ? BRF__REP_MS_DEFAULT : brf__rep_ms_by_modality[modality];
  p->each = sides == BRF_SIDES_EACH;
  p->alt = sides == BRF_SIDES_ALTERNATING ? 2 : 1;
  p->sets = field(d, BRF_DOSE_SETS, which, 1);
  p->has_hold = brf__dosage_field(d, BRF_DOSE_HOLD_MS, NULL, NULL);
  p->reps = field(d, BRF_DOSE_REPS, which, 0);
  p->timed = p->reps == 0 && brf__dosage_field(d, BRF_DOSE_DURATION_MS, NULL, NULL);
  if (p->reps > 0)
    p->work_ms = field(d, BRF_DOSE_HOLD_MS, which, field(d, BRF_DOSE_TEMPO_MS, which, rep_ms));
  else if (p->timed)
    p->work_ms = field(d, BRF_DOSE_DURATION_MS, which, 0);
  else
    p->work_ms = field(d, BRF_DOSE_HOLD_MS, which, 0);
  p->rest_ms = field(d, BRF_DOSE_REST_MS, which, p->sets > 1 ? BRF__REST_MS_DEFAULT : 0);
}

/* ---- text pool: strings separated by NUL ---- */

static size_t text_begin(builder *b) {
  return b->text.len;
}
static void text_end(builder *b) {
  brf__buf_putc(&b->text, '\0');
}
static void put(builder *b, const char *s) {
  brf__buf_puts(&b->text, s);
}

/* The text of cue message id in the builder's language. */
static const char *msg(const builder *b, size_t id) {
  return brf__msg(&brf__msgs_cues, b->lang, id);
}

/* A whole number as digits, without grouping (counts in cues are short). */
typedef struct digits {
  char s[24];
} digits;
static digits num(int64_t v) {
  digits d;
  brf__format(d.s, sizeof d.s, "%lld", (long long)v);
  return d;
}

/* Where an expanded template goes: the text pool, or a fixed buffer (cut to
 * cap - 1 bytes; the duration templates are far shorter). */
typedef struct sink {
  brf__buf *pool;
  char *s;
  size_t cap, len;
} sink;
static void sink_put(sink *k, const char *p, size_t n) {
  if (k->pool != NULL) {
    brf__buf_append(k->pool, p, n);
    return;
  }
  if (n > k->cap - 1 - k->len) n = k->cap - 1 - k->len;
  memcpy(k->s + k->len, p, n);
  k->len += n;
  k->s[k->len] = '\0';
}

/* Message id with its {placeholders} filled from args (text only: counts
 * are passed as digits), into k. A placeholder without an argument is
 * copied as is. (brf__i18n_expand does the same into a buffer; this writes
 * into the pool directly and keeps the number formatter out of a player-only
 * program.) */
static void expand(const builder *b, size_t id, const brf__i18n_arg *args, size_t nargs, sink *k) {
  const char *p = msg(b, id);
  while (*p != '\0') {
    const char *open = strchr(p, '{');
    const char *close = open != NULL ? strchr(open, '}') : NULL;
    if (close == NULL) {
      sink_put(k, p, strlen(p));
      return;
    }
    sink_put(k, p, (size_t)(open - p));
    const brf__i18n_arg *arg = NULL;
    for (size_t i = 0; i < nargs && arg == NULL; i++) {
      size_t n = strlen(args[i].name);
      if ((size_t)(close - open - 1) == n && memcmp(open + 1, args[i].name, n) == 0) arg = &args[i];
    }
    if (arg != NULL) sink_put(k, arg->text, strlen(arg->text));
    else sink_put(k, open, (size_t)(close - open + 1));
    p = close + 1;
  }
}

/* Append message id, its placeholders filled, to the text pool. */
static void put_msg(builder *b, size_t id, const brf__i18n_arg *args, size_t nargs) {
  sink k = {&b->text, NULL, 0, 0};
  expand(b, id, args, nargs, &k);
}

/* A duration: "500 ms", "30 s", "2 min", "1 min 30 s" in English (seconds
 * rounded to nearest) in the builder's language. */
typedef struct duration {
  char s[96];
} duration;
static duration duration_text(const builder *b, int64_t ms) {
  duration d;
  sink k = {NULL, d.s, sizeof d.s, 0};
  d.s[0] = '\0';
  if (ms < 1000) {
    digits a = num(ms);
    brf__i18n_arg args[] = {{"ms", a.s, 0, 0}};
    expand(b, BRF__MSG_CUES_DURATION_MS, args, 1, &k);
    return d;
  }
  int64_t s = ms / 1000 + (ms % 1000 >= 500);
  digits a = num(s / 60), c = num(s % 60);
  brf__i18n_arg args[] = {{"minutes", a.s, 0, 0}, {"seconds", c.s, 0, 0}};
  size_t id = s < 60        ? BRF__MSG_CUES_DURATION_SECONDS
              : s % 60 == 0 ? BRF__MSG_CUES_DURATION_MINUTES
                            : BRF__MSG_CUES_DURATION_MINUTES_SECONDS;
  expand(b, id, args, 2, &k);
  return d;
}

/* The side words: "left side" after a start cue's comma (side.*), "left" in
 * a rep or hold cue of an alternating exercise (alternate.*). */
static const char *side_text(const builder *b, int32_t side) {
  return msg(b, side == BRF_SIDE_LEFT ? BRF__MSG_CUES_SIDE_LEFT : BRF__MSG_CUES_SIDE_RIGHT);
}
static const char *alternate_text(const builder *b, int32_t side) {
  return msg(b, side == BRF_SIDE_LEFT ? BRF__MSG_CUES_ALTERNATE_LEFT
                                      : BRF__MSG_CUES_ALTERNATE_RIGHT);
}

/* ---- segments and cues ---- */

/* Room for one more element of an array the builder grows, within the
 * context's limit (docs/conventions.md, "Limits"); 0 with b->status set
 * (BRF_E_LIMIT naming the limit, or BRF_E_NOMEM) otherwise. */
static int make_room(builder *b, int32_t limit, size_t count, void **items, size_t *cap,
                     size_t size) {
  if (brf__over_limit(b->ctx, limit, (uint64_t)count + 1)) {
    b->status = BRF_E_LIMIT;
    b->limit = limit;
    return 0;
  }
  if (brf__grow(b->ctx, items, cap, count + 1, size) != BRF_OK) {
    b->status = BRF_E_NOMEM;
    return 0;
  }
  return 1;
}

static void add_cue(builder *b, int32_t kind, int64_t pos, size_t exercise, size_t text) {
  text_end(b);
  if (b->status != BRF_OK) return;
  if (b->text.status != BRF_OK) {
    b->status = b->text.status;
    return;
  }
  if (!make_room(b, BRF_LIMIT_TIMELINE_CUES, b->cue_count, (void **)&b->cues, &b->cue_cap,
                 sizeof *b->cues))
    return;
  brf__cue *c = &b->cues[b->cue_count++];
  c->pos_ms = pos;
  c->exercise = exercise;
  c->text = text;
  c->kind = kind;
}

/* A cue at pos whose text is message id with its placeholders filled. */
static void cue_at(builder *b, int32_t kind, int64_t pos, size_t exercise, size_t id,
                   const brf__i18n_arg *args, size_t nargs) {
  size_t t = text_begin(b);
  put_msg(b, id, args, nargs);
  add_cue(b, kind, pos, exercise, t);
}
static void cue(builder *b, int32_t kind, size_t exercise, size_t id, const brf__i18n_arg *args,
                size_t nargs) {
  cue_at(b, kind, b->pos, exercise, id, args, nargs);
}

static void open_seg(builder *b, int32_t kind, int64_t ms, size_t exercise, int32_t set,
                     int32_t rep, int32_t side) {
  if (b->status != BRF_OK) return;
  if (!make_room(b, BRF_LIMIT_TIMELINE_SEGMENTS, b->seg_count, (void **)&b->segs, &b->seg_cap,
                 sizeof *b->segs))
    return;
  brf__segment *g = &b->segs[b->seg_count++];
  g->start_ms = b->pos;
  g->duration_ms = ms;
  g->exercise = exercise;
  g->kind = kind;
  g->set = set;
  g->rep = rep;
  g->side = side;
}

/* Add the segment's halfway and countdown cues, then move past it. */
static void close_seg(builder *b) {
  if (b->status != BRF_OK) return;
  const brf__segment *g = &b->segs[b->seg_count - 1];
  int64_t end;
  if (!brf__add_i64(g->start_ms, g->duration_ms, &end)) {
    b->status = BRF_E_RANGE;
    return;
  }
  if (g->kind == BRF_SEGMENT_WORK && g->duration_ms >= BRF_PLAYER_HALFWAY_MIN_MS) {
    cue_at(b, BRF_CUE_HALFWAY, g->start_ms + g->duration_ms / 2, g->exercise,
           BRF__MSG_CUES_HALFWAY, NULL, 0);
  }
  if (g->duration_ms >= BRF_PLAYER_COUNTDOWN_MIN_MS) {
    for (int64_t n = 3; n >= 1; n--) {
      digits d = num(n);
      brf__i18n_arg args[] = {{"count", d.s, 0, 0}};
      cue_at(b, BRF_CUE_COUNTDOWN, end - n * 1000, b->segs[b->seg_count - 1].exercise,
             BRF__MSG_CUES_COUNTDOWN, args, 1);
    }
  }
  b->pos = end;
}

/* The start cue of a set: the exercise's name on its first set, the set
 * when there are several, the side when each side is done in turn. */
static void start_cue(builder *b, size_t ex, const char *name, const step_plan *p, int64_t set,
                      int32_t side, int first) {
  digits d1 = num(set), d2 = num(p->sets);
  brf__i18n_arg args[] = {{"name", name, 0, 0},
                          {"set", d1.s, 0, 0},
                          {"sets", d2.s, 0, 0},
                          {"side", p->each ? side_text(b, side) : "", 0, 0}};
  int sets = p->sets > 1;
  size_t id;
  if (first)
    id = sets ? (p->each ? BRF__MSG_CUES_START_NAME_SET_SIDE : BRF__MSG_CUES_START_NAME_SET)
              : (p->each ? BRF__MSG_CUES_START_NAME_SIDE : BRF__MSG_CUES_START_NAME);
  else /* a later set, or the second side of a single set */
    id = sets ? (p->each ? BRF__MSG_CUES_START_SET_SIDE : BRF__MSG_CUES_START_SET)
              : BRF__MSG_CUES_START_SIDE;
  cue(b, BRF_CUE_START, ex, id, args, 4);
}

/* The rep or hold cue at the start of a bout. */
static void bout_cue(builder *b, size_t ex, const step_plan *p, int64_t rep, int32_t side) {
  digits d1 = num(rep), d2 = num(p->reps);
  duration t = duration_text(b, p->work_ms);
  brf__i18n_arg args[] = {{"time", t.s, 0, 0},
                          {"rep", d1.s, 0, 0},
                          {"reps", d2.s, 0, 0},
                          {"side", p->alt == 2 ? alternate_text(b, side) : "", 0, 0}};
  int alt = p->alt == 2;
  size_t id;
  if (p->has_hold && p->reps > 0)
    id = alt ? BRF__MSG_CUES_HOLD_REP_SIDE : BRF__MSG_CUES_HOLD_REP;
  else if (p->has_hold)
    id = alt ? BRF__MSG_CUES_HOLD_SIDE : BRF__MSG_CUES_HOLD;
  else /* reps (a dose without reps, duration or hold is refused) */
    id = alt ? BRF__MSG_CUES_REP_SIDE : BRF__MSG_CUES_REP;
  cue(b, p->has_hold ? BRF_CUE_HOLD : BRF_CUE_REP, ex, id, args, 4);
}

/* One set on one side: reps (with relax between held reps), or one timed
 * bout or hold per side. */
static void add_set(builder *b, size_t ex, const char *name, const step_plan *p, int64_t set,
                    int32_t side, int first) {
  int64_t reps = p->reps > 0 ? p->reps : 1;
  for (int64_t r = 1; r <= reps; r++) {
    for (int a = 0; a < p->alt; a++) {
      int32_t bside = p->alt == 2 ? (int32_t)(BRF_SIDE_LEFT + a) : side;
      int32_t rep = p->reps > 0 ? (int32_t)r : 0;
      int opening = r == 1 && a == 0;
      if (!opening && p->has_hold && p->reps > 0) {
        int32_t prev = p->alt == 2 ? (int32_t)(a == 0 ? BRF_SIDE_RIGHT : BRF_SIDE_LEFT) : side;
        open_seg(b, BRF_SEGMENT_RELAX, BRF__RELAX_MS, ex, (int32_t)set,
                 a == 0 ? (int32_t)(r - 1) : rep, prev);
        duration t = duration_text(b, BRF__RELAX_MS);
        brf__i18n_arg args[] = {{"time", t.s, 0, 0}};
        cue(b, BRF_CUE_REST, ex, BRF__MSG_CUES_RELAX, args, 1);
        close_seg(b);
      }
      open_seg(b, BRF_SEGMENT_WORK, p->work_ms, ex, (int32_t)set, rep, bside);
      if (opening) start_cue(b, ex, name, p, set, side, first);
      if (p->timed && a == 1) cue(b, BRF_CUE_SWITCH_SIDE, ex, BRF__MSG_CUES_SWITCH_SIDES, NULL, 0);
      if (!p->timed) bout_cue(b, ex, p, r, bside);
      close_seg(b);
    }
  }
}

static void add_step(builder *b, size_t ex, const char *name, const char *prev_name,
                     const step_plan *p, brf__tl_step *out) {
  out->lead_segment = b->seg_count;
  out->lead_start_ms = b->pos;
  if (ex == 0) {
    open_seg(b, BRF_SEGMENT_GET_READY, BRF__GET_READY_MS, ex, 0, 0, BRF_SIDE_NONE);
    brf__i18n_arg args[] = {{"name", name, 0, 0}};
    cue(b, BRF_CUE_GET_READY, ex, BRF__MSG_CUES_GET_READY, args, 1);
  } else {
    open_seg(b, BRF_SEGMENT_TRANSITION, BRF__TRANSITION_MS, ex, 0, 0, BRF_SIDE_NONE);
    brf__i18n_arg prev[] = {{"name", prev_name, 0, 0}};
    cue(b, BRF_CUE_EXERCISE_DONE, ex - 1, BRF__MSG_CUES_DONE, prev, 1);
    duration t = duration_text(b, BRF__TRANSITION_MS);
    brf__i18n_arg args[] = {{"time", t.s, 0, 0}, {"name", name, 0, 0}};
    cue(b, BRF_CUE_NEXT_UP, ex, BRF__MSG_CUES_REST_NEXT_EXERCISE, args, 2);
  }
  close_seg(b);
  out->work_start_ms = b->pos;
  for (int pass = 0; pass < (p->each ? 2 : 1); pass++) {
    int32_t side = p->each ? (int32_t)(BRF_SIDE_LEFT + pass) : BRF_SIDE_NONE;
    if (pass == 1) {
      open_seg(b, BRF_SEGMENT_SWITCH_SIDE, BRF__SWITCH_MS, ex, 0, 0, BRF_SIDE_RIGHT);
      cue(b, BRF_CUE_SWITCH_SIDE, ex, BRF__MSG_CUES_SWITCH_SIDES, NULL, 0);
      close_seg(b);
    }
    for (int64_t set = 1; set <= p->sets; set++) {
      if (set > 1 && p->rest_ms > 0) {
        open_seg(b, BRF_SEGMENT_REST, p->rest_ms, ex, (int32_t)(set - 1), 0, side);
        duration t = duration_text(b, p->rest_ms);
        digits d1 = num(set), d2 = num(p->sets);
        brf__i18n_arg args[] = {{"time", t.s, 0, 0}, {"set", d1.s, 0, 0}, {"sets", d2.s, 0, 0}};
        cue(b, BRF_CUE_REST, ex, BRF__MSG_CUES_REST_NEXT_SET, args, 3);
        close_seg(b);
      }
      add_set(b, ex, name, p, set, side, set == 1 && pass == 0);
    }
  }
  out->planned_ms = b->pos - out->work_start_ms;
}

/* Check one step before anything is allocated; the message names the step. */
static brf_status check_step(brf_context *ctx, const brf__timeline_step *s, size_t i) {
  const char *what = NULL;
  if (s->exercise_id == NULL || s->exercise_id[0] == '\0') what = "no exercise id";
  else if (!brf__utf8_valid(s->exercise_id, strlen(s->exercise_id), NULL))
    what = "an exercise id that is not valid UTF-8";
  else if (s->name == NULL || s->name[0] == '\0') what = "no name";
  else if (!brf__utf8_valid(s->name, strlen(s->name), NULL))
    what = "a name that is not valid UTF-8";
  else if (s->dose == NULL) what = "no dose";
  else if (s->modality < -1 || s->modality >= BRF_MODALITY_COUNT) what = "an unknown modality";
  if (what != NULL) return brf__error(ctx, BRF_E_INVALID, "timeline step %zu has %s", i, what);
  int64_t lo, hi;
  brf_status st = brf__dosage_estimate(s->dose, s->modality, &lo, &hi);
  if (st == BRF_E_INVALID)
    return brf__error(ctx, st, "timeline step %zu (%s): the dose has no reps, duration or hold", i,
                      s->exercise_id);
  if (st != BRF_OK)
    return brf__error(ctx, st, "timeline step %zu (%s): the session time overflows", i,
                      s->exercise_id);
  /* Reps x sets x sides at the dose's upper end: what the layout repeats. */
  int64_t reps = field(s->dose, BRF_DOSE_REPS, 1, 1), sets = field(s->dose, BRF_DOSE_SETS, 1, 1);
  int64_t sides = field(s->dose, BRF_DOSE_SIDES, 1, 0) == BRF_SIDES_EACH ? 2 : 1;
  if (brf__over_limit(ctx, BRF_LIMIT_DOSE_REPS, (uint64_t)(reps * sets * sides))) {
    char msg[96];
    brf__format(msg, sizeof msg, "timeline step %zu: %lld reps x sets x sides", i,
                (long long)(reps * sets * sides));
    return brf__limit_error(ctx, BRF_LIMIT_DOSE_REPS, msg);
  }
  return BRF_OK;
}

static void builder_free(builder *b) {
  brf__free(b->ctx, b->segs);
  brf__free(b->ctx, b->cues);
  brf__buf_free(&b->text);
}

/* Lay out every step, then the done segment; texts of ids and names too. */
static void lay_out(builder *b, const brf__timeline_step *steps, size_t count, int32_t which,
                    brf__tl_step *out) {
  for (size_t i = 0; i < count && b->status == BRF_OK; i++) {
    step_plan p;
    plan_step(steps[i].dose, steps[i].modality, which, &p);
    out[i].id = text_begin(b);
    put(b, steps[i].exercise_id);
    text_end(b);
    out[i].name = text_begin(b);
    put(b, steps[i].name);
    text_end(b);
    add_step(b, i, steps[i].name, i > 0 ? steps[i - 1].name : NULL, &p, &out[i]);
  }
  open_seg(b, BRF_SEGMENT_DONE, 0, count, 0, 0, BRF_SIDE_NONE);
  if (count > 0) {
    brf__i18n_arg args[] = {{"name", steps[count - 1].name, 0, 0}};
    cue(b, BRF_CUE_EXERCISE_DONE, count - 1, BRF__MSG_CUES_DONE, args, 1);
  }
  cue(b, BRF_CUE_SESSION_DONE, count, BRF__MSG_CUES_SESSION_DONE, NULL, 0);
  if (b->status == BRF_OK && b->text.status != BRF_OK) b->status = b->text.status;
}

brf_status brf__timeline_build(brf_context *ctx, const brf__timeline_step *steps, size_t count,
                               int32_t which, brf_timeline **out) {
  if (out != NULL) *out = NULL;
  if (ctx == NULL) return BRF_E_INVALID;
  if (out == NULL || (steps == NULL && count > 0))
    return brf__error(ctx, BRF_E_INVALID, "brf__timeline_build: NULL argument");
  if (which != BRF_TIMELINE_MIN && which != BRF_TIMELINE_MAX)
    return brf__error(ctx, BRF_E_INVALID,
                      "timeline: `which` must be BRF_TIMELINE_MIN or _MAX, not %d", (int)which);
  for (size_t i = 0; i < count; i++) {
    brf_status s = check_step(ctx, &steps[i], i);
    if (s != BRF_OK) return s;
  }
  brf_timeline *tl = brf__calloc(ctx, 1, sizeof *tl);
  brf__tl_step *ts = count > 0 ? brf__calloc(ctx, count, sizeof *ts) : NULL;
  if (tl == NULL || (count > 0 && ts == NULL)) {
    brf__free(ctx, tl);
    brf__free(ctx, ts);
    return brf__nomem(ctx);
  }
  builder b = {ctx, NULL, 0, 0, NULL, 0, 0, {0}, brf__ctx_lang(ctx), 0, BRF_OK, 0};
  brf__buf_init(&b.text, ctx);
  lay_out(&b, steps, count, which, ts);
  for (size_t i = 0; i < count && b.status == BRF_OK; i++) {
    int64_t lo, hi;
    if (brf__dosage_estimate(steps[i].dose, steps[i].modality, &lo, &hi) != BRF_OK ||
        ts[i].planned_ms != (which ? hi : lo))
      b.status = BRF_E_INTERNAL;
  }
  char *text = NULL;
  if (b.status == BRF_OK) b.status = brf__buf_take(&b.text, &text, NULL);
  if (b.status != BRF_OK) {
    brf_status s = b.status;
    builder_free(&b);
    brf__free(ctx, ts);
    brf__free(ctx, tl);
    if (s == BRF_E_NOMEM) return brf__nomem(ctx);
    if (s == BRF_E_LIMIT && b.limit != 0) return brf__limit_error(ctx, b.limit, "timeline");
    if (s == BRF_E_LIMIT) return s; /* the text buffer said which */
    if (s == BRF_E_RANGE) return brf__error(ctx, s, "timeline: the session time overflows");
    return brf__error(ctx, s, "timeline: the segments disagree with the time estimate");
  }
  tl->ctx = ctx;
  tl->refs = 1;
  tl->segs = b.segs;
  tl->seg_count = b.seg_count;
  tl->cues = b.cues;
  tl->cue_count = b.cue_count;
  tl->steps = ts;
  tl->step_count = count;
  tl->text = text;
  tl->total_ms = b.pos;
  brf__ctx_retain(ctx);
  *out = tl;
  return BRF_OK;
}
