/* The CLI's own messages in the person's language (cli_i18n.h). */
#include "cli_i18n.h"
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static size_t lang; /* index of cli_msg_tags; 0 is English */

void cli_locale_to_bcp47(const char *posix, char *buf, size_t cap) {
  size_t n = strcspn(posix, ".@");
  if (cap == 0) return;
  if (n >= cap) n = cap - 1;
  memcpy(buf, posix, n);
  buf[n] = '\0';
  for (size_t i = 0; i < n; i++)
    if (buf[i] == '_') buf[i] = '-';
  /* The C locale is untranslated program text: English. */
  if (strcmp(buf, "C") == 0 || strcmp(buf, "POSIX") == 0) snprintf(buf, cap, "en");
}

int cli_locale_from_env(char *buf, size_t cap) {
  static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
    const char *v = getenv(vars[i]);
    if (v && v[0]) {
      cli_locale_to_bcp47(v, buf, cap);
      return 0;
    }
  }
  return -1;
}

static void follow_library(const brf_context *ctx) {
  const char *tag = brf_context_text_locale(ctx);
  lang = 0;
  for (size_t i = 0; tag && i < cli_msg_tag_count; i++)
    if (strcmp(cli_msg_tags[i], tag) == 0) lang = i;
}

void cli_i18n_setup(brf_context *ctx, const char *lang_opt) {
  char env[128];
  if (lang_opt) {
    brf_status s = brf_context_set_locale(ctx, lang_opt);
    /* An English tag the library knows (en-GB) is not a problem. */
    if (s != BRF_OK) {
      fprintf(stderr, "backrelief: warning: --lang '%s': %s; English is used\n", lang_opt,
              s == BRF_E_INVALID ? "not a language tag" : "no texts in this language");
      brf_context_clear_error(ctx);
    }
  } else if (cli_locale_from_env(env, sizeof env) == 0) {
    if (brf_context_set_locale(ctx, env) != BRF_OK) brf_context_clear_error(ctx);
  }
  follow_library(ctx);
}

const char *cli_msg(int id) {
  const char *t = cli_msg_tables[lang][id];
  return t ? t : cli_msg_tables[0][id];
}

/* CLDR cardinal categories of the four languages, for whole numbers:
 * 0 other, 1 one, 2 many (the slots of a plural message). */
static int plural_slot(long long n) {
  const char *tag = cli_msg_tags[lang];
  long long a = n < 0 ? -n : n;
  if (strcmp(tag, "fr") == 0) {
    if (a == 0 || a == 1) return 1;
    return a % 1000000 == 0 ? 2 : 0;
  }
  if (strcmp(tag, "es") == 0 && a != 0 && a % 1000000 == 0) return 2;
  return a == 1 ? 1 : 0;
}

const char *cli_msg_n(int id, long long n) {
  int slot = plural_slot(n);
  const char *const *t = cli_msg_tables[lang];
  if (t[id] == NULL) t = cli_msg_tables[0]; /* a language without the plural: English's */
  const char *form = slot ? t[id + slot] : NULL;
  return form ? form : t[id];
}

size_t cli_expand(char *buf, size_t cap, const char *tmpl, ...) {
  size_t len = 0;
  for (const char *p = tmpl; *p;) {
    const char *text = NULL;
    size_t skip = 1;
    if (*p == '{') {
      const char *end = strchr(p, '}');
      va_list ap;
      va_start(ap, tmpl);
      for (const char *name; end && (name = va_arg(ap, const char *)) != NULL;) {
        const char *value = va_arg(ap, const char *);
        if (strlen(name) == (size_t)(end - p - 1) && strncmp(name, p + 1, (size_t)(end - p - 1)) == 0) {
          text = value;
          skip = (size_t)(end - p) + 1;
          break;
        }
      }
      va_end(ap);
    }
    size_t n = text ? strlen(text) : 1;
    if (!text) text = p;
    if (cap && len < cap - 1) {
      size_t room = cap - 1 - len;
      memcpy(buf + len, text, n < room ? n : room);
    }
    len += n;
    p += skip;
  }
  if (cap) buf[len < cap ? len : cap - 1] = '\0';
  return len;
}

int cli_answer_is_yes(const char *line) {
  char c = line[0];
  if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
  return c == 'y' || c == cli_msg(CLI_MSG_ANSWER_YES_LETTER)[0];
}
