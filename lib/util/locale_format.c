/* Numbers, plurals and templates written the way each language writes them,
 * for texts that hold a count ("3 Wiederholungen", "1 répétition"). Rules
 * are CLDR's (cardinal plural rules, decimal and grouping symbols, the
 * minimum grouping digits) for integers, the only numbers cues count.
 * Locale-free: no <locale.h>, no global state, no allocation. */
#include <string.h>

#include "util/core.h"

/* The language subtag of a tag, lowercase, into out (4 bytes). */
static void language_of(const char *lang, char out[4]) {
  size_t n = 0;
  if (lang != NULL)
    while (n < 3 && lang[n] != '\0' && lang[n] != '-' && lang[n] != '_') {
      out[n] = (char)brf__ascii_lower((unsigned char)lang[n]);
      n++;
    }
  out[n] = '\0';
}

int32_t brf__plural(const char *lang, int64_t n) {
  char l[4];
  uint64_t i = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
  language_of(lang, l);
  if (strcmp(l, "fr") == 0) {
    /* one: i = 0,1; many: i != 0 and i % 1000000 = 0 ("1 million de ...") */
    if (i <= 1) return BRF__PLURAL_ONE;
    if (i % 1000000u == 0) return BRF__PLURAL_MANY;
    return BRF__PLURAL_OTHER;
  }
  if (strcmp(l, "es") == 0) {
    /* one: n = 1; many: i != 0 and i % 1000000 = 0 */
    if (i == 1) return BRF__PLURAL_ONE;
    if (i != 0 && i % 1000000u == 0) return BRF__PLURAL_MANY;
    return BRF__PLURAL_OTHER;
  }
  /* en, de and every language without rules here: one for 1 alone */
  return i == 1 ? BRF__PLURAL_ONE : BRF__PLURAL_OTHER;
}

const char *brf__plural_pick(const char *lang, int64_t n, const char *one, const char *many,
                             const char *other) {
  int32_t c = brf__plural(lang, n);
  if (c == BRF__PLURAL_ONE && one != NULL) return one;
  if (c == BRF__PLURAL_MANY && many != NULL) return many;
  return other;
}

typedef struct number_style {
  const char *group;   /* between groups of three digits */
  const char *decimal; /* before the fraction */
  int min_grouping;    /* digits the integer part needs before grouping starts, less 3 */
} number_style;

static number_style style_of(const char *lang) {
  char l[4];
  number_style st = {",", ".", 1};
  language_of(lang, l);
  if (strcmp(l, "de") == 0) st.group = ".", st.decimal = ",";
  else if (strcmp(l, "es") == 0) st.group = ".", st.decimal = ",", st.min_grouping = 2;
  else if (strcmp(l, "fr") == 0) st.group = "\xe2\x80\xaf", st.decimal = ","; /* U+202F */
  return st;
}

/* Append text to buf while it fits; *len counts every byte asked for. */
static void put(char *buf, size_t cap, size_t *len, const char *text, size_t n) {
  if (buf != NULL && *len < cap) {
    size_t room = cap - *len;
    memcpy(buf + *len, text, n < room ? n : room);
  }
  *len += n;
}

static void finish(char *buf, size_t cap, size_t len) {
  if (buf == NULL || cap == 0) return;
  if (len < cap) buf[len] = '\0';
  else buf[0] = '\0'; /* cut: hand out nothing */
}

static size_t number_into(const char *lang, int64_t value, int32_t decimals, char *buf,
                          size_t cap, size_t len) {
  number_style st = style_of(lang);
  char digits[24];
  size_t nd = 0, int_digits;
  uint64_t v = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  do {
    digits[nd++] = (char)('0' + (int)(v % 10));
    v /= 10;
  } while (v > 0);
  while (nd < (size_t)decimals + 1) digits[nd++] = '0';
  int_digits = nd - (size_t)decimals;
  if (value < 0) put(buf, cap, &len, "-", 1);
  for (size_t k = 0; k < int_digits; k++) {
    size_t left = int_digits - k; /* digits still to write, this one included */
    if (k > 0 && left % 3 == 0 && int_digits >= 3 + (size_t)st.min_grouping)
      put(buf, cap, &len, st.group, strlen(st.group));
    put(buf, cap, &len, &digits[nd - 1 - k], 1);
  }
  if (decimals > 0) {
    put(buf, cap, &len, st.decimal, strlen(st.decimal));
    for (size_t k = int_digits; k < nd; k++) put(buf, cap, &len, &digits[nd - 1 - k], 1);
  }
  return len;
}

size_t brf__format_number(const char *lang, int64_t value, int32_t decimals, char *buf,
                          size_t cap) {
  size_t len = number_into(lang, value, decimals, buf, cap, 0);
  finish(buf, cap, len);
  return len;
}

size_t brf__i18n_expand(const char *lang, const char *tmpl, const brf__i18n_arg *args,
                        size_t nargs, char *buf, size_t cap) {
  size_t len = 0;
  const char *p = tmpl == NULL ? "" : tmpl;
  while (*p != '\0') {
    const char *open = strchr(p, '{');
    const char *close = open != NULL ? strchr(open, '}') : NULL;
    const brf__i18n_arg *arg = NULL;
    if (open == NULL || close == NULL) {
      put(buf, cap, &len, p, strlen(p));
      break;
    }
    for (size_t i = 0; i < nargs && arg == NULL; i++) {
      size_t n = strlen(args[i].name);
      if ((size_t)(close - open - 1) == n && memcmp(open + 1, args[i].name, n) == 0) arg = &args[i];
    }
    put(buf, cap, &len, p, (size_t)(open - p));
    if (arg == NULL) put(buf, cap, &len, open, (size_t)(close - open + 1));
    else if (arg->text != NULL) put(buf, cap, &len, arg->text, strlen(arg->text));
    else len = number_into(lang, arg->number, arg->decimals, buf, cap, len);
    p = close + 1;
  }
  finish(buf, cap, len);
  return len;
}

size_t brf__msg_expand(const brf__msgs *m, int32_t lang, size_t id, const brf__i18n_arg *args,
                       size_t nargs, char *buf, size_t cap) {
  return brf__i18n_expand(brf__lang_tag(lang), brf__msg(m, lang, id), args, nargs, buf, cap);
}
