/* Option parsing shared by every command, errors and exit statuses. */
#include "cli.h"
#include "cli_i18n.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define OPT_DATA_DIR (CLI_OPT_BASE - 1)
#define OPT_JSON (CLI_OPT_BASE - 2)
#define OPT_NO_COLOR (CLI_OPT_BASE - 3)
#define OPT_MAX_INPUT_MB (CLI_OPT_BASE - 4)
#define OPT_LANG (CLI_OPT_BASE - 5)

static const struct option common_options[] = {
    {"data-dir", required_argument, NULL, OPT_DATA_DIR},
    {"json", no_argument, NULL, OPT_JSON},
    {"no-color", no_argument, NULL, OPT_NO_COLOR},
    {"max-input-mb", required_argument, NULL, OPT_MAX_INPUT_MB},
    {"lang", required_argument, NULL, OPT_LANG},
    {"help", no_argument, NULL, 'h'},
};
#define COMMON_COUNT (sizeof common_options / sizeof common_options[0])
#define MAX_OPTIONS 40

static void print_command_help(const cli_command *cmd) {
  printf("usage: backrelief %s\n\n%s\n", cmd->usage, cmd->summary);
  if (cmd->help && cmd->help[0]) printf("\n%s", cmd->help);
  printf("\nCommon options (before or after the command):\n"
         "  --data-dir DIR   keep user data in DIR (default $XDG_DATA_HOME/backrelief)\n"
         "  --json           machine-readable output where the command has one\n"
         "  --no-color       no colour (also when NO_COLOR is set)\n"
         "  --max-input-mb N read at most N MB from a file (default 64)\n"
         "  --lang TAG       the language of the text (de, es-MX; default from LC_ALL,\n"
         "                   LC_MESSAGES, LANG); English where a text has no translation\n"
         "  -h, --help       this help\n");
}

/* The name of the option at argv[optind - 1], for messages. */
static const char *offending(int argc, char **argv) {
  if (optind - 1 >= 1 && optind - 1 < argc) return argv[optind - 1];
  return "?";
}

int cli_next_option(cli *c, int argc, char **argv, const char *shortopts,
                    const struct option *longopts) {
  struct option merged[MAX_OPTIONS + 1];
  char shorts[64];
  size_t n = 0;
  for (; longopts && longopts[n].name && n < MAX_OPTIONS - COMMON_COUNT; n++)
    merged[n] = longopts[n];
  for (size_t i = 0; i < COMMON_COUNT; i++) merged[n++] = common_options[i];
  memset(&merged[n], 0, sizeof merged[n]);
  /* ':' first: a missing value comes back as ':' so that we word the error. */
  snprintf(shorts, sizeof shorts, ":h%s", shortopts ? shortopts : "");

  opterr = 0;
  for (;;) {
    int opt = getopt_long(argc, argv, shorts, merged, NULL);
    switch (opt) {
    case OPT_DATA_DIR:
      if (!optarg[0]) {
        c->exit_code = cli_usage_error(c, "--data-dir: an empty folder name");
        return CLI_OPT_EXIT;
      }
      c->data_dir_opt = optarg;
      break;
    case OPT_JSON: c->json = 1; break;
    case OPT_NO_COLOR: c->no_color = 1; c->color = 0; break;
    case OPT_MAX_INPUT_MB:
      if ((c->exit_code = cli_set_max_input_mb(c, optarg)) != 0) return CLI_OPT_EXIT;
      break;
    case OPT_LANG:
      c->lang_opt = optarg;
      cli_i18n_setup(c->ctx, optarg);
      break;
    case 'h':
      print_command_help(c->cmd);
      c->exit_code = CLI_EXIT_OK;
      return CLI_OPT_EXIT;
    case ':':
      c->exit_code = cli_usage_error(c, "option '%s' needs a value", offending(argc, argv));
      return CLI_OPT_EXIT;
    case '?':
      if (optopt && optopt < 128)
        c->exit_code = cli_usage_error(c, "unknown option '-%c'", optopt);
      else
        c->exit_code = cli_usage_error(c, "unknown option '%s'", offending(argc, argv));
      return CLI_OPT_EXIT;
    default: return opt;
    }
  }
}

int cli_common_options_only(cli *c, int argc, char **argv) {
  int opt;
  while ((opt = cli_next_option(c, argc, argv, "", NULL)) != -1)
    if (opt == CLI_OPT_EXIT) return -1;
  return 0;
}

void cli_error(const char *fmt, ...) {
  va_list ap;
  fputs("backrelief: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int cli_usage_error(cli *c, const char *fmt, ...) {
  va_list ap;
  fputs("backrelief: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  if (c && c->cmd)
    fprintf(stderr, "\nusage: backrelief %s\n(see 'backrelief %s --help')\n", c->cmd->usage,
            c->cmd->name);
  else
    fputs("\n(see 'backrelief --help')\n", stderr);
  return CLI_EXIT_USAGE;
}

int cli_exit_for(brf_status s) {
  switch (s) {
  case BRF_OK:
  case BRF_DONE: return CLI_EXIT_OK;
  case BRF_E_PARSE:
  case BRF_E_SCHEMA:
  case BRF_E_RANGE:
  case BRF_E_LIMIT: /* input past a library limit: bad data, not a bug */
  case BRF_E_NOT_FOUND:
  case BRF_E_INVALID: return CLI_EXIT_DATA;
  case BRF_E_IO: return CLI_EXIT_IO;
  case BRF_E_REFER: return CLI_EXIT_REFER;
  case BRF_E_UNSUPPORTED: return CLI_EXIT_UNAVAILABLE;
  default: return CLI_EXIT_SOFTWARE;
  }
}

int cli_fail(cli *c, brf_status s, const char *where) {
  const char *msg = NULL;
  size_t line = 0, col = 0;
  if (c->ctx && brf_context_errcode(c->ctx) == s) {
    msg = brf_context_errmsg(c->ctx);
    line = brf_context_error_line(c->ctx);
    col = brf_context_error_column(c->ctx);
  }
  if (!msg || !msg[0]) msg = brf_status_str(s);
  fputs("backrelief: ", stderr);
  if (where && line > 0)
    fprintf(stderr, "%s:%zu:%zu: ", where, line, col);
  else if (where)
    fprintf(stderr, "%s: ", where);
  fprintf(stderr, "%s [%s]\n", msg, brf_status_name(s));
  if (c->ctx) brf_context_clear_error(c->ctx);
  return cli_exit_for(s);
}

int cli_bad_value(cli *c, brf_status s, const char *option, const char *value) {
  if (s == BRF_E_UNSUPPORTED || s == BRF_E_NOMEM) return cli_fail(c, s, NULL);
  const char *msg = NULL;
  size_t col = 0;
  if (c->ctx && brf_context_errcode(c->ctx) == s) {
    msg = brf_context_errmsg(c->ctx);
    col = brf_context_error_column(c->ctx);
  }
  if (!msg || !msg[0]) msg = brf_status_str(s);
  char where[48] = "";
  if (col > 0 && !strstr(msg, "column")) snprintf(where, sizeof where, " at column %zu", col);
  /* A value on the command line is a usage error (exit 2), whatever the
   * command: the option and the value are named, never a file position. */
  char text[600];
  size_t n = 0;
  const char *parts[4] = {value, "': ", msg, NULL};
  for (int k = 0; parts[k]; k++)
    for (const unsigned char *p = (const unsigned char *)parts[k]; *p && n + 5 < sizeof text; p++) {
      if (k != 1 && ((*p < 0x20 && *p != '\t') || *p == 0x7f))
        n += (size_t)snprintf(text + n, sizeof text - n, "\\x%02x", *p);
      else
        text[n++] = (char)*p;
    }
  text[n] = '\0';
  int rc = cli_usage_error(c, "%s '%s%s [%s]", option, text, where, brf_status_name(s));
  if (c->ctx) brf_context_clear_error(c->ctx);
  return rc;
}

int cli_unsupported(cli *c, const char *module, const char *option) {
  if (c->ctx && brf_context_errcode(c->ctx) == BRF_E_UNSUPPORTED)
    return cli_fail(c, BRF_E_UNSUPPORTED, NULL); /* the library says which module */
  cli_error("%s needs %s, which was left out of this build of libbackrelief (%s=OFF) [%s]",
            c->cmd ? c->cmd->name : "this command", module, option,
            brf_status_name(BRF_E_UNSUPPORTED));
  return CLI_EXIT_UNAVAILABLE;
}

int cli_parse_vocab(cli *c, int32_t kind, const char *option, const char *text, int32_t *out) {
  if (brf_vocab_parse(kind, text, out) == BRF_OK) return 0;
  fprintf(stderr, "backrelief: %s: unknown %s '%s'; one of:", option, brf_vocab_kind_name(kind),
          text);
  for (size_t i = 0; i < brf_vocab_count(kind); i++)
    fprintf(stderr, "%s %s", i ? "," : "", brf_vocab_id(kind, (int32_t)i));
  fputc('\n', stderr);
  (void)c;
  return CLI_EXIT_USAGE;
}

int cli_parse_vocab_list(cli *c, int32_t kind, const char *option, const char *text,
                         int32_t *out, size_t cap, size_t *count) {
  char item[128];
  const char *p = text;
  *count = 0;
  for (;;) {
    const char *end = strchr(p, ',');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    while (len > 0 && *p == ' ') p++, len--;
    while (len > 0 && p[len - 1] == ' ') len--;
    if (len == 0 || len >= sizeof item)
      return cli_usage_error(c, "%s: empty or overlong item in '%s'", option, text);
    memcpy(item, p, len);
    item[len] = '\0';
    if (*count == cap) return cli_usage_error(c, "%s: too many items", option);
    int rc = cli_parse_vocab(c, kind, option, item, &out[*count]);
    if (rc) return rc;
    (*count)++;
    if (!end) return 0;
    p = end + 1;
  }
}
