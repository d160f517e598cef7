/* The screen of one person: answers to the red-flag checklist, the age, and
 * the advice they lead to. The advice is rebuilt on every change (and the
 * change undone if that fails), so the message, the outcome and the positive
 * flags always agree and evaluation never allocates. */
#include <string.h>

#include "backrelief/vocab.h"
#include "util/core.h"
#include "screen/screen_private.h"
#include "screen/screen_msgs.h"

#define AGE_UNKNOWN (-1)
#define AGE_MAX 150
#define YOUNGER_DEFAULT 18
#define OLDER_DEFAULT 50
#define ADULT_AGE 16 /* NICE NG59 covers people aged 16 and over */
#define FRACTURE_AGE 65 /* the age-and-strain fracture question (strain-from-65) */

struct brf_screen {
  brf_context *ctx;
  unsigned char yes[BRF__REDFLAG_MAX]; /* answered yes explicitly */
  unsigned char yellow[BRF__YELLOWFLAG_MAX]; /* yellow flags: 0 unasked, 1 no, 2 yes */
  int32_t age;                         /* AGE_UNKNOWN or years */
  int32_t younger_than;
  int32_t older_than;
  char *message; /* owned; NULL means "" */
  int32_t lang;  /* the language of the message: the context's when made */
};

/* The part of a screen a failed change must restore. */
typedef struct answers {
  unsigned char yes[BRF__REDFLAG_MAX];
  unsigned char yellow[BRF__YELLOWFLAG_MAX];
  int32_t age, younger_than, older_than;
} answers;

static void save(const brf_screen *s, answers *a) {
  memcpy(a->yes, s->yes, sizeof a->yes);
  memcpy(a->yellow, s->yellow, sizeof a->yellow);
  a->age = s->age;
  a->younger_than = s->younger_than;
  a->older_than = s->older_than;
}

static void restore(brf_screen *s, const answers *a) {
  memcpy(s->yes, a->yes, sizeof s->yes);
  memcpy(s->yellow, a->yellow, sizeof s->yellow);
  s->age = a->age;
  s->younger_than = a->younger_than;
  s->older_than = a->older_than;
}

/* Whether flag i is answered yes, directly or through the age. The age alone
 * answers `age-under-16` and `younger-age`; `older-age` is *new* back pain
 * starting after the older limit and `strain-from-65` needs a strain, so the
 * age can only rule those out (age_decides), never in. */
static int positive(const brf_screen *s, size_t i) {
  if (s->yes[i]) return 1;
  if (s->age == AGE_UNKNOWN) return 0;
  const char *id = brf_redflag_id(i);
  if (strcmp(id, BRF__FLAG_AGE_UNDER_16) == 0) return s->age < ADULT_AGE;
  if (strcmp(id, BRF__FLAG_YOUNGER_AGE) == 0) return s->age < s->younger_than;
  return 0;
}

/* Whether the known age answers flag i, so that its question is not asked. */
static int age_decides(const brf_screen *s, size_t i) {
  if (s->age == AGE_UNKNOWN) return 0;
  const char *id = brf_redflag_id(i);
  if (strcmp(id, BRF__FLAG_AGE_UNDER_16) == 0 || strcmp(id, BRF__FLAG_YOUNGER_AGE) == 0)
    return 1;
  if (strcmp(id, BRF__FLAG_OLDER_AGE) == 0) return s->age <= s->older_than;
  if (strcmp(id, BRF__FLAG_STRAIN_FROM_65) == 0) return s->age < FRACTURE_AGE;
  return 0;
}

/* Append the flags of `urgency` answered yes: "label [id]; label [id]". */
static void put_flags(const brf_screen *s, brf__buf *b, int32_t urgency) {
  size_t n = 0, count = 0;
  const brf__redflag *t = brf__redflag_table(&count);
  for (size_t i = 0; i < count; i++) {
    if (t[i].urgency != urgency || !positive(s, i)) continue;
    if (n++ > 0) brf__buf_puts(b, "; ");
    brf__buf_puts(b, brf__screen_msg(s->lang, t[i].label));
    brf__buf_puts(b, " [");
    brf__buf_puts(b, t[i].id);
    brf__buf_puts(b, "]");
  }
}

/* Append template tmpl (a "screen" message) for `urgency`, its placeholders
 * {urgency} (the heading), {advice} and {flags} filled in. */
static void put_template(const brf_screen *s, brf__buf *b, const char *tmpl, int32_t urgency) {
  const brf__urgency_text *u = &brf__urgency_table()[urgency];
  while (*tmpl != '\0') {
    const char *open = strchr(tmpl, '{');
    if (open == NULL) {
      brf__buf_puts(b, tmpl);
      return;
    }
    brf__buf_append(b, tmpl, (size_t)(open - tmpl));
    if (strncmp(open, "{urgency}", 9) == 0) {
      brf__buf_puts(b, brf__screen_msg(s->lang, u->heading));
      tmpl = open + 9;
    } else if (strncmp(open, "{advice}", 8) == 0) {
      brf__buf_puts(b, brf__screen_msg(s->lang, u->advice));
      tmpl = open + 8;
    } else if (strncmp(open, "{flags}", 7) == 0) {
      put_flags(s, b, urgency);
      tmpl = open + 7;
    } else {
      brf__buf_putc(b, '{');
      tmpl = open + 1;
    }
  }
}

/* Append one paragraph for the flags of `urgency`; the first paragraph (the
 * most urgent present) carries the advice, later ones ask the person to
 * mention their flags too. Returns whether anything was written. */
static int put_tier(const brf_screen *s, brf__buf *b, int32_t urgency, int first) {
  size_t count = 0;
  int any = 0;
  const brf__redflag *t = brf__redflag_table(&count);
  for (size_t i = 0; i < count && !any; i++) any = t[i].urgency == urgency && positive(s, i);
  if (!any) return 0;
  if (!first) brf__buf_putc(b, '\n');
  put_template(s, b,
               brf__screen_msg(s->lang, first ? BRF__MSG_SCREEN_MESSAGE_FIRST
                                              : BRF__MSG_SCREEN_MESSAGE_ALSO),
               urgency);
  return 1;
}

/* Rebuild the message from the answers; on failure the old one stays. */
static brf_status rebuild(brf_screen *s) {
  brf__buf b;
  brf__buf_init(&b, s->ctx);
  int any = 0;
  for (int32_t u = 0; u < BRF_URGENCY_COUNT; u++) {
    if (put_tier(s, &b, u, !any)) any = 1;
  }
  if (!any) {
    brf__buf_free(&b);
    brf__free(s->ctx, s->message);
    s->message = NULL;
    return BRF_OK;
  }
  brf__buf_putc(&b, '\n');
  brf__buf_puts(&b, brf__screen_msg(s->lang, BRF__MSG_SCREEN_MESSAGE_NOT_DIAGNOSIS));
  char *text = NULL;
  brf_status st = brf__buf_take(&b, &text, NULL);
  if (st != BRF_OK) return st;
  brf__free(s->ctx, s->message);
  s->message = text;
  return BRF_OK;
}

int32_t brf__screen_lang(const brf_screen *s) { return s != NULL ? s->lang : 0; }

/* Rebuild after a change, undoing the change when that fails. */
static brf_status commit(brf_screen *s, const answers *before) {
  brf_status st = rebuild(s);
  if (st != BRF_OK) restore(s, before);
  return st;
}

brf_status brf_screen_new(brf_context *ctx, brf_screen **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || out == NULL) return brf__error(ctx, BRF_E_INVALID, "brf_screen_new: NULL argument");
  brf_screen *s = brf__calloc(ctx, 1, sizeof *s);
  if (s == NULL) return BRF_E_NOMEM;
  s->ctx = ctx;
  s->lang = brf__ctx_lang(ctx);
  s->age = AGE_UNKNOWN;
  s->younger_than = YOUNGER_DEFAULT;
  s->older_than = OLDER_DEFAULT;
  brf__ctx_retain(ctx);
  *out = s;
  return BRF_OK;
}

/* Copy s into a new screen of ctx. */
static brf_status screen_copy(brf_context *ctx, const brf_screen *s, brf_screen **out) {
  brf_screen *c = brf__alloc(ctx, sizeof *c);
  if (c == NULL) return BRF_E_NOMEM;
  *c = *s;
  c->ctx = ctx;
  if (s->message != NULL) {
    c->message = brf__strdup(ctx, s->message);
    if (c->message == NULL) {
      brf__free(ctx, c);
      return BRF_E_NOMEM;
    }
  }
  brf__ctx_retain(ctx);
  *out = c;
  return BRF_OK;
}

brf_status brf_screen_clone(const brf_screen *s, brf_screen **out) {
  BRF__ENTER_OBJ(s);
  if (out != NULL) *out = NULL;
  if (s == NULL || out == NULL)
    return brf__error(s ? s->ctx : NULL, BRF_E_INVALID, "brf_screen_clone: NULL argument");
  return screen_copy(s->ctx, s, out);
}

brf_status brf_screen_clone_v2(brf_context *ctx, const brf_screen *s, brf_screen **out) {
  brf__enter(ctx);
  if (out != NULL) *out = NULL;
  if (ctx == NULL || s == NULL || out == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_screen_clone_v2: NULL argument");
  return screen_copy(ctx, s, out);
}

void brf_screen_free(brf_screen *s) {
  if (s == NULL) return;
  brf_context *ctx = s->ctx;
  brf__free(ctx, s->message);
  brf__free(ctx, s);
  brf__ctx_release(ctx);
}

brf_status brf_screen_answer(brf_screen *s, const char *id, int32_t yes) {
  BRF__ENTER_OBJ(s);
  if (s == NULL) return BRF_E_INVALID;
  if (id == NULL) return brf__error(s->ctx, BRF_E_INVALID, "brf_screen_answer: NULL id");
  if (yes != 0 && yes != 1)
    return brf__error(s->ctx, BRF_E_INVALID, "answer for red flag '%s' must be 0 or 1, not %d",
                      id, (int)yes);
  size_t len = strlen(id);
  if (!brf__utf8_valid(id, len, NULL))
    return brf__error(s->ctx, BRF_E_INVALID, "red flag id is not valid UTF-8");
  ptrdiff_t i = brf__redflag_lookup(id, len);
  if (i < 0) {
    ptrdiff_t y = brf__yellowflag_lookup(id, len);
    if (y < 0) return brf__error(s->ctx, BRF_E_NOT_FOUND, "unknown red flag '%s'", id);
    s->yellow[y] = (unsigned char)(yes ? 2 : 1); /* the red-flag message is unchanged */
    return BRF_OK;
  }
  answers before;
  save(s, &before);
  s->yes[i] = (unsigned char)yes;
  return commit(s, &before);
}

/* Trim ASCII spaces from both ends of s[*start..*end). */
static void trim(const char *s, size_t *start, size_t *end) {
  while (*start < *end && brf__is_space((unsigned char)s[*start])) (*start)++;
  while (*end > *start && brf__is_space((unsigned char)s[*end - 1])) (*end)--;
}

brf_status brf_screen_answer_list(brf_screen *s, const char *ids) {
  BRF__ENTER_OBJ(s);
  if (s == NULL) return BRF_E_INVALID;
  if (ids == NULL) return brf__error(s->ctx, BRF_E_INVALID, "brf_screen_answer_list: NULL list");
  size_t len = strlen(ids), bad = 0;
  if (!brf__utf8_valid(ids, len, &bad))
    return brf__error(s->ctx, BRF_E_INVALID, "red flag list is not valid UTF-8 (byte %zu)", bad);
  size_t all = 0, all_end = len;
  trim(ids, &all, &all_end);
  if (all == all_end) return BRF_OK; /* an empty list answers nothing */
  answers before;
  save(s, &before);
  size_t pos = 0, item = 0;
  for (;;) {
    size_t start = pos, end = pos;
    while (end < len && ids[end] != ',') end++;
    size_t next = end;
    trim(ids, &start, &end);
    if (start == end) {
      restore(s, &before);
      return brf__error(s->ctx, BRF_E_INVALID, "red flag list: item %zu is empty", item + 1);
    }
    ptrdiff_t i = brf__redflag_lookup(ids + start, end - start);
    ptrdiff_t y = i < 0 ? brf__yellowflag_lookup(ids + start, end - start) : -1;
    if (i < 0 && y < 0) {
      restore(s, &before);
      return brf__error(s->ctx, BRF_E_NOT_FOUND, "unknown red flag '%.*s'", (int)(end - start),
                        ids + start);
    }
    if (i >= 0) s->yes[i] = 1;
    else s->yellow[y] = 2;
    item++;
    if (next == len) break;
    pos = next + 1;
  }
  return commit(s, &before);
}

brf_status brf_screen_set_age(brf_screen *s, int32_t years) {
  BRF__ENTER_OBJ(s);
  if (s == NULL) return BRF_E_INVALID;
  if (years != AGE_UNKNOWN && (years < 0 || years > AGE_MAX))
    return brf__error(s->ctx, BRF_E_RANGE, "age %d is outside 0 to %d (or -1 for unknown)",
                      (int)years, AGE_MAX);
  answers before;
  save(s, &before);
  s->age = years;
  return commit(s, &before);
}

brf_status brf_screen_set_age_limits(brf_screen *s, int32_t younger_than, int32_t older_than) {
  BRF__ENTER_OBJ(s);
  if (s == NULL) return BRF_E_INVALID;
  if (younger_than < 0 || younger_than > AGE_MAX || older_than < 0 || older_than > AGE_MAX ||
      younger_than > older_than)
    return brf__error(s->ctx, BRF_E_RANGE,
                      "age limits %d and %d: each must be 0 to %d and the first not above the "
                      "second",
                      (int)younger_than, (int)older_than, AGE_MAX);
  answers before;
  save(s, &before);
  s->younger_than = younger_than;
  s->older_than = older_than;
  return commit(s, &before);
}

void brf_screen_clear(brf_screen *s) {
  if (s == NULL) return;
  memset(s->yes, 0, sizeof s->yes);
  memset(s->yellow, 0, sizeof s->yellow);
  s->age = AGE_UNKNOWN;
  brf__free(s->ctx, s->message); /* no flag is positive now: the message is "" */
  s->message = NULL;
}

int32_t brf_screen_outcome(const brf_screen *s) {
  if (s == NULL) return BRF_URGENCY_NONE;
  int32_t best = BRF_URGENCY_NONE;
  size_t count = brf_redflag_count();
  for (size_t i = 0; i < count; i++) {
    int32_t u = brf_redflag_urgency(i);
    if (positive(s, i) && (best == BRF_URGENCY_NONE || u < best)) best = u;
  }
  return best;
}

size_t brf_screen_positive_count(const brf_screen *s) {
  if (s == NULL) return 0;
  size_t n = 0, count = brf_redflag_count();
  for (size_t i = 0; i < count; i++) n += (size_t)positive(s, i);
  return n;
}

const char *brf_screen_positive_at(const brf_screen *s, size_t index) {
  if (s == NULL) return NULL;
  size_t count = brf_redflag_count();
  for (size_t i = 0; i < count; i++) {
    if (positive(s, i) && index-- == 0) return brf_redflag_id(i);
  }
  return NULL;
}

const char *brf_screen_message(const brf_screen *s) {
  if (s == NULL || s->message == NULL) return "";
  return s->message;
}

/* BRF_URGENCY_NONE and "" are the answers for a screen with no flag answered
 * yes as well as the old getters' failure values: a NULL screen must not
 * read as "no red flag" (docs/conventions.md, "Sentinels"). */
brf_status brf_screen_outcome_get(const brf_screen *s, int32_t *out) {
  if (s == NULL || out == NULL) return BRF_E_INVALID;
  *out = brf_screen_outcome(s);
  return BRF_OK;
}

brf_status brf_screen_message_get(const brf_screen *s, const char **out) {
  if (s == NULL || out == NULL) return BRF_E_INVALID;
  *out = brf_screen_message(s);
  return BRF_OK;
}

/* Append text to buf[0..cap) at *used, cutting what does not fit (ids are ASCII). */
static void put(char *buf, size_t cap, size_t *used, const char *text) {
  size_t n = strlen(text), room = cap - 1 - *used;
  if (n > room) n = room;
  memcpy(buf + *used, text, n);
  *used += n;
  buf[*used] = '\0';
}

brf_status brf_screen_evaluate(const brf_screen *s) {
  BRF__ENTER_OBJ(s);
  if (s == NULL) return BRF_E_INVALID;
  int32_t top = brf_screen_outcome(s);
  if (top == BRF_URGENCY_NONE || top == BRF_URGENCY_REVIEW) return BRF_OK;
  /* The context keeps about 500 bytes of message: give the headline and the
   * ids there (brf_screen_message has the full advice), built in a fixed
   * buffer so that refusing never needs memory. */
  char ids[400];
  size_t used = 0, count = brf_redflag_count();
  ids[0] = '\0';
  for (int32_t u = 0; u < BRF_URGENCY_COUNT; u++) {
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
      if (brf_redflag_urgency(i) != u || !positive(s, i)) continue;
      if (n++ == 0) {
        put(ids, sizeof ids, &used, " (");
        put(ids, sizeof ids, &used, brf_urgency_name(u));
        put(ids, sizeof ids, &used, ": ");
      } else {
        put(ids, sizeof ids, &used, ", ");
      }
      put(ids, sizeof ids, &used, brf_redflag_id(i));
    }
    if (n > 0) put(ids, sizeof ids, &used, ")");
  }
  return brf__error(s->ctx, BRF_E_REFER, "see a clinician: %s; red flags%s",
                    top == BRF_URGENCY_EMERGENCY
                        ? "call emergency services or go to A&E now"
                        : "see a doctor today and do not start the programme",
                    ids);
}

brf_status brf_screen_asks(const brf_screen *s, size_t index, int32_t *out) {
  BRF__ENTER_OBJ(s);
  if (s == NULL) return BRF_E_INVALID;
  if (out == NULL) return brf__error(s->ctx, BRF_E_INVALID, "brf_screen_asks: NULL out");
  size_t count = 0;
  const brf__redflag *t = brf__redflag_table(&count);
  if (index >= count)
    return brf__error(s->ctx, BRF_E_RANGE, "red flag index %zu is out of range (0 to %zu)",
                      index, count - 1);
  int asks = !age_decides(s, index) && !s->yes[index];
  /* After an emergency answer, the only advice is to call for help now. */
  for (size_t i = 0; asks && i < count; i++)
    if (t[i].urgency == BRF_URGENCY_EMERGENCY && positive(s, i)) asks = 0;
  *out = asks;
  return BRF_OK;
}

brf_status brf_screen_implies_condition(const brf_screen *s, int32_t condition, int32_t *out) {
  BRF__ENTER_OBJ(s);
  if (s == NULL) return BRF_E_INVALID;
  if (out == NULL)
    return brf__error(s->ctx, BRF_E_INVALID, "brf_screen_implies_condition: NULL out");
  if (condition < 0 || condition >= BRF_CONDITION_COUNT)
    return brf__error(s->ctx, BRF_E_RANGE, "unknown condition %d", (int)condition);
  size_t count = 0;
  const brf__redflag *t = brf__redflag_table(&count);
  int yes = 0;
  for (size_t i = 0; i < count && !yes; i++)
    yes = positive(s, i) && (t[i].conditions & (UINT32_C(1) << condition)) != 0;
  *out = yes;
  return BRF_OK;
}

int brf__screen_answered_yes(const brf_screen *s, size_t i) {
  return i < BRF__REDFLAG_MAX && s->yes[i] != 0;
}

int32_t brf__screen_age(const brf_screen *s) { return s->age; }

void brf__screen_age_limits(const brf_screen *s, int32_t *younger_than, int32_t *older_than) {
  *younger_than = s->younger_than;
  *older_than = s->older_than;
}

int brf__screen_yellow_answered(const brf_screen *s, size_t i) {
  return i < BRF__YELLOWFLAG_MAX && s->yellow[i] != 0;
}

int brf__screen_yellow_yes(const brf_screen *s, size_t i) {
  return i < BRF__YELLOWFLAG_MAX && s->yellow[i] == 2;
}

/* The STarT Back rule on the yellow answers (questions not answered count as
 * no): the overall score and the psychosocial subscale. */
brf_status brf_screen_psychosocial_get(const brf_screen *s, int32_t *out) {
  if (s == NULL || out == NULL) return BRF_E_INVALID;
  size_t count = 0;
  const brf__yellowflag *q = brf__yellowflag_table(&count);
  int asked = 0, total = 0, psy = 0;
  for (size_t i = 0; i < count; i++) {
    asked |= s->yellow[i] != 0;
    if (s->yellow[i] == 2) {
      total++;
      psy += q[i].psychosocial;
    }
  }
  if (!asked) *out = BRF_PSYCHOSOCIAL_NONE;
  else if (psy >= brf__psychosocial_rule.high_min_psychosocial) *out = BRF_PSYCHOSOCIAL_HIGH;
  else if (total <= brf__psychosocial_rule.low_max_total) *out = BRF_PSYCHOSOCIAL_LOW;
  else *out = BRF_PSYCHOSOCIAL_MEDIUM;
  return BRF_OK;
}
