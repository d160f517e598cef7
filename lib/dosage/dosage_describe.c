/* A dose as a person reads it, in a chosen language (brf_dosage_describe):
 * the clauses of the canonical notation (dosage_format.c), each a whole
 * phrase of the "dose" messages (data/messages/dose.json, translations in
 * data/i18n/<tag>/dose.json, generated into dosage_dose_msgs.c). English is
 * the canonical notation byte for byte: its numbers are written as bare
 * digits; other languages write them the local way, and a time that is not
 * whole seconds (a tempo of 1500 ms) in seconds with a decimal sign. */
#include <string.h>

#include "util/core.h"
#include "dosage/dosage_private.h"
#include "dosage/dosage_dose_msgs.h"

/* A number, a range or a phrase is far shorter than this. */
#define PART_MAX 160

typedef struct describer {
  brf__dose_writer w;
  int32_t lang;    /* index of brf__lang_tags; 0 is English */
  const char *tag; /* its tag, for the number format and the plurals */
  int first;
} describer;

static void put(brf__dose_writer *w, const char *s, size_t n) {
  if (w->len < w->cap) {
    size_t room = w->cap - w->len;
    memcpy(w->buf + w->len, s, n < room ? n : room);
  }
  w->len += n;
}

static const char *msg(const describer *d, size_t id) {
  return brf__msg(&brf__msgs_dose, d->lang, id);
}

static const char *msg_n(const describer *d, size_t id, int64_t n) {
  return brf__msg_plural(&brf__msgs_dose, d->lang, id, n);
}

/* Expand a template whose placeholders are all texts into out. */
static void expand(const describer *d, const char *tmpl, const char *name1, const char *text1,
                   const char *name2, const char *text2, char *out, size_t cap) {
  brf__i18n_arg args[2];
  size_t n = 0;
  if (name1 != NULL) {
    args[n].name = name1;
    args[n].text = text1;
    args[n].number = 0;
    args[n].decimals = 0;
    n++;
  }
  if (name2 != NULL) {
    args[n].name = name2;
    args[n].text = text2;
    args[n].number = 0;
    args[n].decimals = 0;
    n++;
  }
  if (brf__i18n_expand(d->tag, tmpl, args, n, out, cap) >= cap) out[0] = '\0';
}

/* value / 10^decimals: bare digits in English (the notation), else the
 * language's way, trailing zeros of the decimals dropped. */
static void number(const describer *d, int64_t value, int32_t decimals, char *out, size_t cap) {
  if (d->lang == 0) {
    char tmp[21];
    size_t n = brf__i64_to_str(value, tmp);
    if (n >= cap) n = cap - 1;
    memcpy(out, tmp, n);
    out[n] = '\0';
    return;
  }
  while (decimals > 0 && value % 10 == 0) {
    value /= 10;
    decimals--;
  }
  if (brf__format_number(d->tag, value, decimals, out, cap) >= cap) out[0] = '\0';
}

static void range(const describer *d, int64_t lo, int64_t hi, int32_t decimals, char *out,
                  size_t cap) {
  char a[32], b[32];
  number(d, lo, decimals, a, sizeof a);
  if (hi == lo) {
    size_t n = strlen(a);
    memcpy(out, a, n < cap ? n + 1 : 0);
    if (n >= cap) out[0] = '\0';
    return;
  }
  number(d, hi, decimals, b, sizeof b);
  expand(d, msg(d, BRF__MSG_DOSE_RANGE), "min", a, "max", b, out, cap);
}

/* The units of the notation, largest first, with the messages that write a
 * time and an interval in each (plurals for hours, days and weeks, whose
 * units translations write as words). */
static const struct {
  int32_t ms;
  uint8_t time_id, interval_id, plural;
} units[] = {
    {BRF__MS_WK, BRF__MSG_DOSE_TIME_WK, BRF__MSG_DOSE_INTERVAL_WK, 1},
    {BRF__MS_D, BRF__MSG_DOSE_TIME_D, BRF__MSG_DOSE_INTERVAL_D, 1},
    {BRF__MS_H, BRF__MSG_DOSE_TIME_H, BRF__MSG_DOSE_INTERVAL_H, 1},
    {BRF__MS_MIN, BRF__MSG_DOSE_TIME_MIN, BRF__MSG_DOSE_INTERVAL_MIN, 0},
    {BRF__MS_S, BRF__MSG_DOSE_TIME_S, BRF__MSG_DOSE_INTERVAL_S, 0},
    {1, BRF__MSG_DOSE_TIME_MS, BRF__MSG_DOSE_INTERVAL_MS, 0},
};
#define UNIT_S 4
#define UNIT_MS 5

/* A time range in the largest unit that divides both ends (as the notation
 * writes it), through the time.* (interval 0) or interval.* messages. */
static void time_phrase(const describer *d, int64_t lo, int64_t hi, int interval, char *out,
                        size_t cap) {
  size_t u = 0;
  int32_t decimals = 0;
  char num[PART_MAX];
  if (lo == 0 && hi == 0) u = UNIT_S; /* "0s" reads better than "0wk" */
  while (u < UNIT_MS && (lo % units[u].ms != 0 || hi % units[u].ms != 0)) u++;
  /* Outside English, 1500 ms is 1,5 s: a decimal the reader knows. */
  if (u == UNIT_MS && d->lang != 0 && lo >= BRF__MS_S) {
    u = UNIT_S;
    decimals = 3;
    range(d, lo, hi, decimals, num, sizeof num);
  } else {
    range(d, lo / units[u].ms, hi / units[u].ms, 0, num, sizeof num);
  }
  size_t id = interval ? units[u].interval_id : units[u].time_id;
  const char *tmpl = (interval || units[u].plural) ? msg_n(d, id, hi / units[u].ms) : msg(d, id);
  expand(d, tmpl, "range", num, NULL, NULL, out, cap);
}

static void clause(describer *d, const char *text) {
  if (!d->first) put(&d->w, ", ", 2);
  d->first = 0;
  put(&d->w, text, strlen(text));
}

/* A clause of one template with a {time} of field f. */
static void timed(describer *d, const brf__dose *v, int f, size_t id) {
  char t[PART_MAX], out[PART_MAX];
  if (!brf__dose_has(v, f)) return;
  time_phrase(d, v->lo[f], v->hi[f], 0, t, sizeof t);
  expand(d, msg(d, id), "time", t, NULL, NULL, out, sizeof out);
  clause(d, out);
}

static void field_range(const describer *d, const brf__dose *v, int f, char *out, size_t cap) {
  range(d, v->lo[f], v->hi[f], 0, out, cap);
}

static void volume(describer *d, const brf__dose *v, int *duration_done) {
  int sets = brf__dose_has(v, BRF_DOSE_SETS), reps = brf__dose_has(v, BRF_DOSE_REPS);
  char s[PART_MAX], r[PART_MAX], out[PART_MAX];
  if (!sets && !reps) return;
  if (sets) field_range(d, v, BRF_DOSE_SETS, s, sizeof s);
  if (reps) field_range(d, v, BRF_DOSE_REPS, r, sizeof r);
  if (sets && reps) {
    expand(d, msg_n(d, BRF__MSG_DOSE_SETS_REPS, v->hi[BRF_DOSE_REPS]), "sets", s, "reps", r, out,
           sizeof out);
  } else if (sets && brf__dose_has(v, BRF_DOSE_DURATION_MS)) {
    time_phrase(d, v->lo[BRF_DOSE_DURATION_MS], v->hi[BRF_DOSE_DURATION_MS], 0, r, sizeof r);
    expand(d, msg(d, BRF__MSG_DOSE_SETS_TIME), "sets", s, "time", r, out, sizeof out);
    *duration_done = 1;
  } else if (sets) {
    expand(d, msg_n(d, BRF__MSG_DOSE_SETS, v->hi[BRF_DOSE_SETS]), "sets", s, NULL, NULL, out,
           sizeof out);
  } else {
    expand(d, msg_n(d, BRF__MSG_DOSE_REPS, v->hi[BRF_DOSE_REPS]), "reps", r, NULL, NULL, out,
           sizeof out);
  }
  clause(d, out);
}

static void counted(describer *d, const brf__dose *v, int f, size_t id) {
  char c[PART_MAX], out[PART_MAX];
  field_range(d, v, f, c, sizeof c);
  expand(d, msg_n(d, id, v->hi[f]), "count", c, NULL, NULL, out, sizeof out);
  clause(d, out);
}

/* The clauses in the order of docs/notation.md, "Canonical form". */
static void describe(describer *d, const brf__dose *v) {
  static const uint8_t sides[] = {BRF__MSG_DOSE_SIDES_BOTH, BRF__MSG_DOSE_SIDES_EACH,
                                  BRF__MSG_DOSE_SIDES_ALTERNATING};
  int duration_done = 0;
  d->first = 1;
  volume(d, v, &duration_done);
  timed(d, v, BRF_DOSE_HOLD_MS, BRF__MSG_DOSE_HOLD);
  if (!duration_done && brf__dose_has(v, BRF_DOSE_DURATION_MS)) {
    char t[PART_MAX];
    time_phrase(d, v->lo[BRF_DOSE_DURATION_MS], v->hi[BRF_DOSE_DURATION_MS], 0, t, sizeof t);
    clause(d, t);
  }
  if (brf__dose_has(v, BRF_DOSE_SIDES)) clause(d, msg(d, sides[v->lo[BRF_DOSE_SIDES]]));
  timed(d, v, BRF_DOSE_TEMPO_MS, BRF__MSG_DOSE_TEMPO);
  if (brf__dose_has(v, BRF_DOSE_REST_MS) && v->hi[BRF_DOSE_REST_MS] == 0)
    clause(d, msg(d, BRF__MSG_DOSE_REST_NONE));
  else
    timed(d, v, BRF_DOSE_REST_MS, BRF__MSG_DOSE_REST);
  if (brf__dose_has(v, BRF_DOSE_PER_DAY)) {
    if (v->lo[BRF_DOSE_PER_DAY] == 1 && v->hi[BRF_DOSE_PER_DAY] == 1)
      clause(d, msg(d, BRF__MSG_DOSE_DAILY));
    else
      counted(d, v, BRF_DOSE_PER_DAY, BRF__MSG_DOSE_PER_DAY);
  }
  if (brf__dose_has(v, BRF_DOSE_PER_WEEK)) counted(d, v, BRF_DOSE_PER_WEEK, BRF__MSG_DOSE_PER_WEEK);
  if (brf__dose_has(v, BRF_DOSE_INTERVAL_MS)) {
    int64_t lo = v->lo[BRF_DOSE_INTERVAL_MS], hi = v->hi[BRF_DOSE_INTERVAL_MS];
    if (lo == 2 * BRF__MS_D && hi == 2 * BRF__MS_D) {
      clause(d, msg(d, BRF__MSG_DOSE_EVERY_OTHER_DAY));
    } else {
      char t[PART_MAX];
      time_phrase(d, lo, hi, 1, t, sizeof t);
      clause(d, t);
    }
  }
  timed(d, v, BRF_DOSE_WINDOW_MS, BRF__MSG_DOSE_WINDOW);
}

/* The words of v in language lang (an index of brf__lang_tags), through w. */
void brf__dose_describe(brf__dose_writer *w, const brf__dose *v, int32_t lang) {
  describer d;
  d.w = *w;
  d.lang = lang;
  d.tag = brf__lang_tag(lang);
  describe(&d, v);
  *w = d.w;
}

brf_status brf_dosage_describe(const brf_dosage *d, const char *locale, char *buf, size_t cap,
                               size_t *needed) {
  char canon[BRF_LOCALE_MAX + 1];
  if (d == NULL) return BRF_E_INVALID;
  if (locale == NULL)
    return brf__error(d->ctx, BRF_E_INVALID, "brf_dosage_describe: NULL locale");
  if (buf == NULL && cap > 0)
    return brf__error(d->ctx, BRF_E_INVALID, "brf_dosage_describe: NULL buffer");
  /* A tag without texts, or a malformed one, reads English (like
   * brf_exercise_text and brf_screening_text). */
  int32_t lang =
      brf__locale_well_formed(locale, strlen(locale), canon) ? brf__locale_resolve(canon) : 0;
  if (lang < 0) lang = 0;
  /* A buffer too small receives only "". */
  size_t n = brf__dose_render(&d->v, lang, buf, cap);
  return brf__fits_out(d->ctx, "brf_dosage_describe", n, buf, cap, needed);
}
