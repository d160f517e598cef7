/* Internal view of the red-flag checklist, shared by the table
 * (lib/screen/screen_flags.c) and the screen object (lib/screen/screen.c).
 * Other modules use the public API. Nothing here is public API. */
#ifndef BRF_SCREEN_PRIVATE_H
#define BRF_SCREEN_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/screen.h"

/* Upper bound on the number of flags, so a screen can hold its answers in a
 * fixed array; a static assertion in screen_flags.c keeps the table within it. */
#define BRF__REDFLAG_MAX 48

typedef struct brf__redflag {
  const char *id;       /* stable slug: a contract */
  uint16_t label;       /* message id (screen_msgs.h): short phrase used in messages */
  uint16_t question;    /* message id: plain yes/no question */
  int32_t urgency;      /* BRF_URGENCY_* */
  const char *source;   /* guideline names, "; "-separated */
  uint32_t conditions;  /* BRF_CONDITION_* bits a yes implies (1 << condition) */
} brf__redflag;

/* The checklist, ordered by urgency (emergency first); *count gets its length.
 * Generated from data/redflags.json into screen_flags_data.c. */
const brf__redflag *brf__redflag_table(size_t *count);

/* The name, heading and advice of each urgency, BRF_URGENCY_COUNT of them in
 * BRF_URGENCY_* order (screen_flags_data.c); heading and advice are message
 * ids of the "screen" domain (screen_msgs.h). */
typedef struct brf__urgency_text {
  const char *name;
  uint16_t heading;
  uint16_t advice;
} brf__urgency_text;
const brf__urgency_text *brf__urgency_table(void);

/* The in-session stop rules (data/stoprules.json, screen_stoprules_data.c). */
typedef struct brf__stoprule {
  const char *id;
  uint16_t text; /* message id (screen_msgs.h) */
  const char *source;
} brf__stoprule;
const brf__stoprule *brf__stoprule_table(size_t *count);

/* The psychosocial (yellow) flags (data/yellowflags.json,
 * screen_yellow_data.c): questions of our own wording over the STarT Back
 * constructs, the advice of each level and the scoring rule. */
#define BRF__YELLOWFLAG_MAX 16
typedef struct brf__yellowflag {
  const char *id;       /* stable slug, distinct from every red flag's id */
  uint16_t question;    /* message id (screen_msgs.h): plain yes/no question */
  const char *source;   /* "; "-separated citations */
  int psychosocial;     /* 1: an item of the psychosocial subscale */
} brf__yellowflag;
const brf__yellowflag *brf__yellowflag_table(size_t *count);
typedef struct brf__psychosocial_text {
  const char *id;
  uint16_t advice; /* message id (screen_msgs.h) */
} brf__psychosocial_text;
const brf__psychosocial_text *brf__psychosocial_table(void); /* BRF_PSYCHOSOCIAL_COUNT */
typedef struct brf__yellow_rule {
  int low_max_total;         /* an overall score up to this is low */
  int high_min_psychosocial; /* a psychosocial subscale from this is high */
} brf__yellow_rule;
extern const brf__yellow_rule brf__psychosocial_rule;
/* Index of the yellow flag whose id equals s[0..len), or -1. */
ptrdiff_t brf__yellowflag_lookup(const char *s, size_t len);
/* Whether yellow flag i was answered (yes or no), and answered yes. */
int brf__screen_yellow_answered(const brf_screen *s, size_t i);
int brf__screen_yellow_yes(const brf_screen *s, size_t i);

/* The texts a person reads are messages of the "screen" domain
 * (data/i18n/<tag>/screen.json, screen_msgs.[ch]): brf__screen_msg gives
 * message id in language lang (an index of brf__lang_tags; English where
 * there is no translation). A screen speaks the language of its context when
 * it was made (brf__screen_lang). brf__screen_lang_of_tag resolves a locale
 * tag as brf_context_set_locale does (English for a bad or unknown tag). */
const char *brf__screen_msg(int32_t lang, size_t id);
int32_t brf__screen_lang_of_tag(const char *locale);
int32_t brf__screen_lang(const brf_screen *s);
const char *brf__urgency_advice_in(int32_t urgency, int32_t lang);
const char *brf__psychosocial_advice_in(int32_t level, int32_t lang);

/* Index of the flag whose id equals s[0..len), or -1. */
ptrdiff_t brf__redflag_lookup(const char *s, size_t len);

/* The ids of the age flags that brf_screen_set_age answers. */
#define BRF__FLAG_AGE_UNDER_16 "age-under-16"
#define BRF__FLAG_YOUNGER_AGE "younger-age"
#define BRF__FLAG_OLDER_AGE "older-age"
#define BRF__FLAG_STRAIN_FROM_65 "strain-from-65"

/* What a screen holds, for the screen result's JSON codec (screen_result.c):
 * whether flag i was answered yes directly (not through the age), the age
 * (-1 unknown) and the age limits. */
int brf__screen_answered_yes(const brf_screen *s, size_t i);
int32_t brf__screen_age(const brf_screen *s);
void brf__screen_age_limits(const brf_screen *s, int32_t *younger_than, int32_t *older_than);

#endif /* BRF_SCREEN_PRIVATE_H */
