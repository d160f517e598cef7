/* Writing the canonical notation: the clause order of docs/notation.md,
 * lowercase, ranges without spaces, each time range in the largest unit
 * that divides both ends. */
#include <string.h>

#include "dosage/dosage_private.h"

/* The canonical text of any dose is far shorter than this (eleven clauses
 * of at most about 50 bytes each); it bounds the stack copy in
 * brf__dosage_append (a longer one would append nothing). */
#define TEXT_MAX 1024

static void put(brf__dose_writer *w, const char *s, size_t n) {
  if (w->len < w->cap) {
    size_t room = w->cap - w->len;
    memcpy(w->buf + w->len, s, n < room ? n : room);
  }
  w->len += n;
}

static void puts_(brf__dose_writer *w, const char *s) {
  put(w, s, strlen(s));
}

static void put_i64(brf__dose_writer *w, int64_t v) {
  char tmp[21];
  put(w, tmp, brf__i64_to_str(v, tmp));
}

static void put_range(brf__dose_writer *w, int64_t lo, int64_t hi) {
  put_i64(w, lo);
  if (hi != lo) {
    put(w, "-", 1);
    put_i64(w, hi);
  }
}

static const struct {
  int32_t ms; /* a week fits: 8 bytes a row on a 32-bit target, not 16 */
  const char *word;
} units[] = {
    {BRF__MS_WK, "wk"}, {BRF__MS_D, "d"}, {BRF__MS_H, "h"},
    {BRF__MS_MIN, "min"}, {BRF__MS_S, "s"}, {1, "ms"},
};

void brf__dose_write_time(brf__dose_writer *w, int64_t lo, int64_t hi) {
  /* Zero divides by every unit; "0s" reads better than "0wk". */
  size_t u = 0;
  if (lo == 0 && hi == 0) u = 4;
  while (u + 1 < sizeof units / sizeof units[0] &&
         (lo % units[u].ms != 0 || hi % units[u].ms != 0))
    u++;
  put_range(w, lo / units[u].ms, hi / units[u].ms);
  puts_(w, units[u].word);
}

static void clause(brf__dose_writer *w, int *first) {
  if (!*first) put(w, ", ", 2);
  *first = 0;
}

static void write_volume(brf__dose_writer *w, const brf__dose *v, int *first, int *duration_done) {
  int sets = brf__dose_has(v, BRF_DOSE_SETS), reps = brf__dose_has(v, BRF_DOSE_REPS);
  int dur = brf__dose_has(v, BRF_DOSE_DURATION_MS);
  if (!sets && !reps) return;
  clause(w, first);
  if (sets) {
    put_range(w, v->lo[BRF_DOSE_SETS], v->hi[BRF_DOSE_SETS]);
    if (reps) {
      put(w, "x", 1);
      put_range(w, v->lo[BRF_DOSE_REPS], v->hi[BRF_DOSE_REPS]);
    } else if (dur) {
      put(w, "x", 1);
      brf__dose_write_time(w, v->lo[BRF_DOSE_DURATION_MS], v->hi[BRF_DOSE_DURATION_MS]);
      *duration_done = 1;
    } else {
      puts_(w, v->hi[BRF_DOSE_SETS] == 1 ? " set" : " sets");
    }
    return;
  }
  put_range(w, v->lo[BRF_DOSE_REPS], v->hi[BRF_DOSE_REPS]);
  puts_(w, v->hi[BRF_DOSE_REPS] == 1 ? " rep" : " reps");
}

static void write_timed(brf__dose_writer *w, const brf__dose *v, int field, const char *word,
                        int *first) {
  if (!brf__dose_has(v, field)) return;
  clause(w, first);
  puts_(w, word);
  brf__dose_write_time(w, v->lo[field], v->hi[field]);
}

static void write_frequency(brf__dose_writer *w, const brf__dose *v, int *first) {
  if (brf__dose_has(v, BRF_DOSE_PER_DAY)) {
    clause(w, first);
    if (v->lo[BRF_DOSE_PER_DAY] == 1 && v->hi[BRF_DOSE_PER_DAY] == 1) {
      puts_(w, "daily");
    } else {
      put_range(w, v->lo[BRF_DOSE_PER_DAY], v->hi[BRF_DOSE_PER_DAY]);
      puts_(w, "x/day");
    }
  }
  if (brf__dose_has(v, BRF_DOSE_PER_WEEK)) {
    clause(w, first);
    put_range(w, v->lo[BRF_DOSE_PER_WEEK], v->hi[BRF_DOSE_PER_WEEK]);
    puts_(w, "x/week");
  }
}

void brf__dose_write(brf__dose_writer *w, const brf__dose *v) {
  static const char *const sides[] = {"both sides", "each side", "alternating"};
  int first = 1, duration_done = 0;
  write_volume(w, v, &first, &duration_done);
  write_timed(w, v, BRF_DOSE_HOLD_MS, "hold ", &first);
  if (!duration_done) write_timed(w, v, BRF_DOSE_DURATION_MS, "", &first);
  if (brf__dose_has(v, BRF_DOSE_SIDES)) {
    clause(w, &first);
    puts_(w, sides[v->lo[BRF_DOSE_SIDES]]);
  }
  write_timed(w, v, BRF_DOSE_TEMPO_MS, "tempo ", &first);
  write_timed(w, v, BRF_DOSE_REST_MS, "rest ", &first);
  write_frequency(w, v, &first);
  if (brf__dose_has(v, BRF_DOSE_INTERVAL_MS)) {
    if (v->lo[BRF_DOSE_INTERVAL_MS] == 2 * BRF__MS_D && v->hi[BRF_DOSE_INTERVAL_MS] == 2 * BRF__MS_D) {
      clause(w, &first);
      puts_(w, "every other day");
    } else {
      write_timed(w, v, BRF_DOSE_INTERVAL_MS, "every ", &first);
    }
  }
  write_timed(w, v, BRF_DOSE_WINDOW_MS, "for ", &first);
}

/* The text brf__dose_render names by lang, through w. */
static void emit(brf__dose_writer *w, const brf__dose *v, int32_t lang) {
#if BRF_WITH_DOSAGE_DESCRIBE
  if (lang >= 0) {
    brf__dose_describe(w, v, lang);
    return;
  }
#else
  (void)lang;
#endif
  brf__dose_write(w, v);
}

size_t brf__dose_render(const brf__dose *v, int32_t lang, char *buf, size_t cap) {
  brf__dose_writer w = {NULL, 0, 0};
  emit(&w, v, lang); /* measure */
  if (w.len >= cap) {
    if (cap > 0) buf[0] = '\0';
    return w.len;
  }
  w.buf = buf;
  w.cap = w.len;
  w.len = 0;
  emit(&w, v, lang);
  buf[w.len] = '\0';
  return w.len;
}

size_t brf__dosage_text(const brf_dosage *d, int32_t lang, char *buf, size_t cap) {
#if BRF_WITH_DOSAGE_DESCRIBE
  if (lang > 0) {
    size_t n = brf__dose_render(&d->v, lang, buf, cap);
    if (n < cap) return n;
    /* the words do not fit: the notation may */
    size_t m = brf__dose_render(&d->v, -1, buf, cap);
    return m < cap ? m : n;
  }
#endif
  (void)lang;
  return brf__dose_render(&d->v, -1, buf, cap);
}

brf_status brf_dosage_format(const brf_dosage *d, char *buf, size_t cap, size_t *needed) {
  if (d == NULL) return BRF_E_INVALID;
  if (buf == NULL && cap > 0)
    return brf__error(d->ctx, BRF_E_INVALID, "brf_dosage_format: NULL buffer");
  /* A buffer too small receives only "". */
  size_t n = brf__dose_render(&d->v, -1, buf, cap);
  return brf__fits_out(d->ctx, "brf_dosage_format", n, buf, cap, needed);
}

brf_status brf_dosage_to_string(brf_context *ctx, const brf_dosage *d, char **out,
                                size_t *out_len) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || d == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_dosage_to_string: NULL argument");
  size_t n = brf__dose_render(&d->v, -1, NULL, 0); /* measure */
  char *s = brf__alloc(ctx, n + 1);
  if (s == NULL) return BRF_E_NOMEM;
  brf__dose_render(&d->v, -1, s, n + 1);
  *out = s;
  if (out_len != NULL) *out_len = n;
  return BRF_OK;
}

void brf__dosage_append(brf__buf *b, const brf_dosage *d) {
  char tmp[TEXT_MAX];
  brf__dose_render(&d->v, -1, tmp, sizeof tmp);
  brf__buf_puts(b, tmp);
}

void brf__dosage_append_time(brf__buf *b, int64_t min_ms, int64_t max_ms) {
  char tmp[64];
  brf__dose_writer w = {tmp, sizeof tmp, 0};
  brf__dose_write_time(&w, min_ms, max_ms);
  brf__buf_append(b, tmp, w.len < sizeof tmp ? w.len : sizeof tmp);
}
