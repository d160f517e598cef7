/* Text output: widths, wrapping, colour, JSON strings, durations. */
#include "cli.h"
#include "cli_i18n.h"

#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

size_t cli_display_width(const char *s) {
  size_t w = 0;
  /* One column per code point: every byte that is not a continuation byte.
   * Good enough for the Latin text of the catalog. A control byte takes
   * the four columns cli_put_safe() prints it as (\xNN). */
  for (; s && *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if ((ch < 0x20 && ch != '\t') || ch == 0x7f) w += 4;
    else if ((ch & 0xC0) != 0x80) w++;
  }
  return w;
}

int cli_terminal_width(void) {
  struct winsize ws;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
    return ws.ws_col > 120 ? 120 : ws.ws_col;
  return 80;
}

void cli_put_safe(FILE *f, const char *s) {
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if ((*p < 0x20 && *p != '\t') || *p == 0x7f)
      fprintf(f, "\\x%02x", *p);
    else
      fputc(*p, f);
  }
}

static int write_output(const char *path, const char *data, size_t len, int new_mode) {
  if (strcmp(path, "-") != 0) return cli_write_file_new_mode(path, data, len, new_mode);
  if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
    cli_error("standard output: write error");
    return CLI_EXIT_IO;
  }
  return 0;
}

int cli_write_output(const char *path, const char *data, size_t len) {
  return write_output(path, data, len, 0644);
}

int cli_write_output_private(const char *path, const char *data, size_t len) {
  return write_output(path, data, len, 0600);
}

void cli_print_padded(FILE *f, const char *s, size_t width) {
  size_t w = cli_display_width(s);
  cli_put_safe(f, s);
  for (; w < width; w++) fputc(' ', f);
}

void cli_print_wrapped(FILE *f, const char *text, size_t used, size_t indent, size_t width) {
  const char *p = text;
  size_t col = used;
  int first_word = 1;
  while (*p) {
    while (*p == ' ') p++;
    if (!*p) break;
    if (*p == '\n') { /* a hard break: paragraphs stay paragraphs */
      fputc('\n', f);
      for (size_t i = 0; i < indent && p[1] != '\n'; i++) fputc(' ', f);
      col = indent;
      first_word = 1;
      p++;
      continue;
    }
    const char *end = p;
    while (*end && *end != ' ' && *end != '\n') end++;
    char word[512];
    size_t len = (size_t)(end - p);
    if (len >= sizeof word) len = sizeof word - 1;
    memcpy(word, p, len);
    word[len] = '\0';
    size_t ww = cli_display_width(word);
    if (!first_word && col + 1 + ww > width) {
      fputc('\n', f);
      for (size_t i = 0; i < indent; i++) fputc(' ', f);
      col = indent;
    } else if (!first_word) {
      fputc(' ', f);
      col++;
    }
    if (len == (size_t)(end - p)) /* the word, its control bytes shown */
      cli_put_safe(f, word);
    else
      fwrite(p, 1, (size_t)(end - p), f);
    col += ww;
    first_word = 0;
    p = end;
  }
  fputc('\n', f);
}

const char *cli_bold(const cli *c) { return c->color ? "\033[1m" : ""; }
const char *cli_dim(const cli *c) { return c->color ? "\033[2m" : ""; }
const char *cli_red(const cli *c) { return c->color ? "\033[1;31m" : ""; }
const char *cli_yellow(const cli *c) { return c->color ? "\033[33m" : ""; }
const char *cli_green(const cli *c) { return c->color ? "\033[32m" : ""; }
const char *cli_reset(const cli *c) { return c->color ? "\033[0m" : ""; }

void cli_json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    switch (*p) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\r': fputs("\\r", f); break;
    case '\t': fputs("\\t", f); break;
    default:
      if (*p < 0x20)
        fprintf(f, "\\u%04x", *p);
      else
        fputc(*p, f);
    }
  }
  fputc('"', f);
}

void cli_format_duration(int64_t ms, char *buf, size_t cap) {
  int64_t s = (ms + 500) / 1000;
  char mins[24], secs[24];
  snprintf(mins, sizeof mins, "%lld", (long long)(s / 60));
  snprintf(secs, sizeof secs, "%lld", (long long)(s < 60 ? s : s % 60));
  if (s < 60)
    cli_expand(buf, cap, cli_msg(CLI_MSG_DURATION_SECONDS), "s", secs, (char *)NULL);
  else if (s % 60 == 0)
    cli_expand(buf, cap, cli_msg(CLI_MSG_DURATION_MINUTES), "min", mins, (char *)NULL);
  else
    cli_expand(buf, cap, cli_msg(CLI_MSG_DURATION_MINUTES_SECONDS), "min", mins, "s", secs,
               (char *)NULL);
}

void cli_format_duration_range(int64_t lo, int64_t hi, const char *between, char *buf,
                               size_t cap) {
  char a[32], b[32];
  cli_format_duration(lo, a, sizeof a);
  cli_format_duration(hi, b, sizeof b);
  if (lo == hi)
    snprintf(buf, cap, "%s", a);
  else if (between)
    snprintf(buf, cap, "%s%s%s", a, between, b);
  else
    cli_expand(buf, cap, cli_msg(CLI_MSG_DURATION_RANGE), "from", a, "to", b, (char *)NULL);
}

void cli_safety_note(FILE *f) {
  fputs(cli_msg(CLI_MSG_SAFETY), f);
  fputc('\n', f);
}
