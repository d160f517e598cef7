/* The CLI's own messages in the person's language (docs/localisation.md):
 * the language is the library's, chosen by --lang or the environment
 * (LC_ALL, LC_MESSAGES, LANG) before any catalog is made; the texts are the
 * tables tools/gen_i18n.py generates from data/messages/cli.json and
 * data/i18n/<tag>/cli.json (cli_msgs.[ch]). Public API only. */
#ifndef BACKRELIEF_CLI_I18N_H
#define BACKRELIEF_CLI_I18N_H

#include "cli_msgs.h"

#include <backrelief.h>
#include <stddef.h>

/* The library's locale from the environment, POSIX form converted to BCP 47
 * ("de_AT.UTF-8" -> "de-AT", "C" and "POSIX" -> "en"): the first non-empty
 * of LC_ALL, LC_MESSAGES and LANG, into buf; 0, or -1 when none is set. */
int cli_locale_from_env(char *buf, size_t cap);
/* A POSIX locale name as a BCP 47 tag (the codeset and @modifier dropped). */
void cli_locale_to_bcp47(const char *posix, char *buf, size_t cap);
/* Set the context's locale from --lang TAG (lang_opt, wins) or the
 * environment. An unusable --lang tag prints one warning and leaves
 * English; one from the environment falls back quietly (as gettext does).
 * Then the CLI's texts follow brf_context_text_locale(ctx). */
void cli_i18n_setup(brf_context *ctx, const char *lang_opt);
/* Message id in the chosen language (English where it has none). */
const char *cli_msg(int id);
/* The form of plural message id for the count n. */
const char *cli_msg_n(int id, long long n);
/* Expand {name} placeholders of tmpl: the variadic arguments are pairs of
 * const char * (name, value) ended by NULL. Like snprintf for the length. */
size_t cli_expand(char *buf, size_t cap, const char *tmpl, ...);
/* Whether a yes/no answer line means yes: the language's letter or y. */
int cli_answer_is_yes(const char *line);

#endif /* BACKRELIEF_CLI_I18N_H */
