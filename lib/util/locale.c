/* The context's locale: BCP 47 tags checked for well-formedness (RFC 5646
 * syntax), put in canonical case, and resolved to a language the library has
 * texts for by RFC 4647 lookup (drop the last subtag until one matches).
 * The languages are generated data (lib/util/locale_langs_data.c); the
 * statuses are those of brf_context_set_locale in backrelief/core.h and
 * docs/localisation.md. No global state: the locale lives in the context. */
#include <string.h>

#include "util/core.h"

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }

static int all_of(const char *s, size_t n, int (*pred)(int)) {
  for (size_t i = 0; i < n; i++)
    if (!pred((unsigned char)s[i])) return 0;
  return 1;
}

static int ascii_upper(int c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }

/* Subtag kinds in the order RFC 5646 allows them after the language. */
enum { AFTER_LANG, AFTER_EXTLANG, AFTER_SCRIPT, AFTER_REGION, AFTER_VARIANT, IN_EXTENSION,
       IN_PRIVATE };

int brf__locale_well_formed(const char *tag, size_t len, char *canon) {
  char out[BRF_LOCALE_MAX + 1];
  size_t pos = 0, index = 0;
  int state = AFTER_LANG, extlangs = 0, ext_subtags = 0;
  if (tag == NULL || len == 0 || len > BRF_LOCALE_MAX) return 0;
  while (pos <= len) {
    size_t start = pos, n;
    while (pos < len && tag[pos] != '-') pos++;
    n = pos - start;
    if (n == 0 || n > 8 || !all_of(tag + start, n, is_alnum)) return 0;
    const char *t = tag + start;
    int title = 0, upper = 0;
    if (index == 0) {
      /* language: 2-3 or 5-8 letters; or "x" opening a private-use tag */
      if (n == 1 && (t[0] == 'x' || t[0] == 'X')) state = IN_PRIVATE, ext_subtags = 0;
      else if (!all_of(t, n, is_alpha) || n == 1 || n == 4) return 0;
    } else if (state == IN_PRIVATE) {
      ext_subtags++;
    } else if (n == 1) { /* a singleton opens an extension or the private use */
      if (state == IN_EXTENSION && ext_subtags == 0) return 0;
      state = (t[0] == 'x' || t[0] == 'X') ? IN_PRIVATE : IN_EXTENSION;
      ext_subtags = 0;
    } else if (state == IN_EXTENSION) {
      if (n < 2) return 0;
      ext_subtags++;
    } else if (n == 3 && all_of(t, n, is_alpha) && state <= AFTER_EXTLANG && extlangs < 3) {
      state = AFTER_EXTLANG, extlangs++;
    } else if (n == 4 && all_of(t, n, is_alpha) && state <= AFTER_EXTLANG) {
      state = AFTER_SCRIPT, title = 1;
    } else if (((n == 2 && all_of(t, n, is_alpha)) || (n == 3 && all_of(t, n, is_digit))) &&
               state <= AFTER_SCRIPT) {
      state = AFTER_REGION, upper = 1;
    } else if ((n >= 5 || (n == 4 && is_digit((unsigned char)t[0]))) && state <= AFTER_VARIANT) {
      state = AFTER_VARIANT;
    } else {
      return 0;
    }
    for (size_t i = 0; i < n; i++) {
      int c = brf__ascii_lower((unsigned char)t[i]);
      if (upper || (title && i == 0)) c = ascii_upper(c);
      out[start + i] = (char)c;
    }
    if (pos < len) out[pos] = '-';
    pos++;
    index++;
  }
  if ((state == IN_EXTENSION || state == IN_PRIVATE) && ext_subtags == 0) return 0;
  out[len] = '\0';
  if (canon != NULL) memcpy(canon, out, len + 1);
  return 1;
}

static int tag_equal_ci(const char *a, size_t alen, const char *b) {
  size_t blen = strlen(b);
  if (alen != blen) return 0;
  for (size_t i = 0; i < alen; i++)
    if (brf__ascii_lower((unsigned char)a[i]) != brf__ascii_lower((unsigned char)b[i])) return 0;
  return 1;
}

/* RFC 4647 lookup over a list of tags: the tag, then shorter and shorter
 * forms; a singleton left at the end is dropped with the subtag after it. */
static int32_t lookup(const char *canon, const char *const *tags, size_t count) {
  size_t len = strlen(canon);
  while (len > 0) {
    for (size_t i = 0; i < count; i++)
      if (tag_equal_ci(canon, len, tags[i])) return (int32_t)i;
    while (len > 0 && canon[len - 1] != '-') len--;
    if (len > 0) len--; /* the '-' */
    if (len >= 2 && canon[len - 2] == '-') len -= 2; /* a singleton before it */
  }
  return -1;
}

int32_t brf__locale_resolve(const char *canon) {
  return lookup(canon, brf__lang_tags, brf__lang_count);
}

brf_status brf_context_set_locale(brf_context *ctx, const char *tag) {
  char canon[BRF_LOCALE_MAX + 1];
  size_t len;
  int32_t lang;
  brf__enter(ctx);
  if (ctx == NULL) return brf__error(NULL, BRF_E_INVALID, "brf_context_set_locale: NULL context");
  brf__ctx_set_locale(ctx, "en", 0); /* every failure leaves English */
  if (tag == NULL)
    return brf__error(ctx, BRF_E_INVALID, "brf_context_set_locale: NULL tag: English is used");
  len = strlen(tag);
  if (!brf__locale_well_formed(tag, len, canon))
    return brf__error(ctx, BRF_E_INVALID,
                      "locale '%.*s' is not a well-formed BCP 47 tag (such as de or de-AT): "
                      "English is used",
                      (int)(len > BRF_LOCALE_MAX ? BRF_LOCALE_MAX : len), tag);
  lang = brf__locale_resolve(canon);
  if (lang < 0) {
    if (lookup(canon, brf__lang_all, brf__lang_all_count) >= 0)
      return brf__error(ctx, BRF_E_UNSUPPORTED,
                        "locale '%s': the translations were left out of this build "
                        "(BRF_WITH_TRANSLATIONS=OFF): English is used",
                        canon);
    return brf__error(ctx, BRF_E_NOT_FOUND, "locale '%s': no texts in this language: English is used",
                      canon);
  }
  brf__ctx_set_locale(ctx, canon, lang);
  return BRF_OK;
}

const char *brf_context_locale(const brf_context *ctx) {
  return ctx == NULL ? NULL : brf__ctx_locale(ctx);
}

const char *brf_context_text_locale(const brf_context *ctx) {
  return ctx == NULL ? NULL : brf__lang_tags[brf__ctx_lang(ctx)];
}

size_t brf_locale_count(void) { return brf__lang_count; }

const char *brf_locale_at(size_t index) {
  return index < brf__lang_count ? brf__lang_tags[index] : NULL;
}

/* ---- message domains (tools/gen_i18n.py; docs/localisation.md) ---- */

const char *brf__lang_tag(int32_t lang) {
  return lang >= 0 && (size_t)lang < brf__lang_count ? brf__lang_tags[lang] : "en";
}

const char *brf__msg(const brf__msgs *m, int32_t lang, size_t id) {
  const char *t = NULL;
  if (m == NULL || id >= m->count) return "";
  if (lang > 0 && (size_t)lang < m->lang_count) t = m->langs[lang][id];
  return t != NULL ? t : m->langs[0][id];
}

const char *brf__msg_plural(const brf__msgs *m, int32_t lang, size_t id, int64_t n) {
  static const size_t offset[] = {[BRF__PLURAL_OTHER] = 0, [BRF__PLURAL_ONE] = 1,
                                  [BRF__PLURAL_MANY] = 2};
  const char *t = NULL;
  int32_t cat;
  if (m == NULL || id + 2 >= m->count) return "";
  if (lang <= 0 || (size_t)lang >= m->lang_count) lang = 0;
  cat = brf__plural(brf__lang_tag(lang), n);
  t = m->langs[lang][id + offset[cat]];
  if (t == NULL && lang > 0) { /* a missing form: the language's "other", then English */
    t = m->langs[lang][id];
    if (t == NULL) {
      cat = brf__plural("en", n);
      t = m->langs[0][id + offset[cat]];
    }
  }
  return t != NULL ? t : m->langs[0][id];
}
