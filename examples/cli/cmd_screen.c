/* screen: the red-flag questions. */
#include "cli.h"
#include "cli_i18n.h"
#include "screen_store.h"
#include "session_log.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static int list_flags(cli *c) {
  size_t n = brf_redflag_count();
  if (c->json) {
    printf("[");
    for (size_t i = 0; i < n; i++) {
      printf("%s\n  {\"id\": ", i ? "," : "");
      cli_json_string(stdout, brf_redflag_id(i));
      printf(", \"question\": ");
      cli_json_string(stdout, brf_redflag_question(i));
      printf(", \"urgency\": ");
      cli_json_string(stdout, brf_urgency_name(brf_redflag_urgency(i)));
      printf("}");
    }
    printf("\n]\n");
    return CLI_EXIT_OK;
  }
  size_t width = (size_t)cli_terminal_width();
  size_t idw = 2;
  for (size_t i = 0; i < n; i++) {
    size_t w = strlen(brf_redflag_id(i));
    if (w > idw) idw = w;
  }
  printf("%s", cli_bold(c));
  cli_print_padded(stdout, "URGENCY", 11);
  cli_print_padded(stdout, "ID", idw + 2);
  printf("QUESTION%s\n", cli_reset(c));
  for (size_t i = 0; i < n; i++) {
    cli_print_padded(stdout, brf_urgency_name(brf_redflag_urgency(i)), 11);
    cli_print_padded(stdout, brf_redflag_id(i), idw + 2);
    cli_print_wrapped(stdout, brf_redflag_question(i), 13 + idw, 13 + idw, width);
  }
  return CLI_EXIT_OK;
}

/* Read one answer. Returns 1 yes, 0 no, -1 end of input, -2 not y or n. */
static int read_answer(FILE *in) {
  char line[256];
  if (!fgets(line, sizeof line, in)) return -1;
  char *p = line;
  while (isspace((unsigned char)*p)) p++;
  size_t len = strlen(p);
  while (len > 0 && isspace((unsigned char)p[len - 1])) p[--len] = '\0';
  if (strcasecmp(p, "y") == 0 || strcasecmp(p, "yes") == 0) return 1;
  if (strcasecmp(p, "n") == 0 || strcasecmp(p, "no") == 0) return 0;
  if (len == 1 && cli_answer_is_yes(p)) return 1; /* the language's letter: j, s, o */
  return -2;
}

/* Ask one question until it is answered: 1 yes, 0 no, -1 end of input
 * before any answer to it (not an error for the caller to report), or an
 * exit status (> 1) after an error. */
static int ask_one(cli *c, const char *question, size_t number, size_t *line, int interactive) {
  (void)c;
  for (;;) {
    if (interactive) { /* wrapped to the terminal, the answer below */
      printf("%2zu. ", number);
      cli_print_wrapped(stdout, question, 4, 4, (size_t)cli_terminal_width());
      printf("    %s ", cli_msg(CLI_MSG_SCREEN_YES_NO));
    } else {
      printf("%2zu. %s %s ", number, question, cli_msg(CLI_MSG_SCREEN_YES_NO));
    }
    fflush(stdout);
    int a = read_answer(stdin);
    (*line)++;
    if (a >= 0) {
      if (!interactive) printf("%s\n", a ? "y" : "n");
      return a;
    }
    if (a == -1) {
      printf("\n");
      return -1;
    }
    if (!interactive) {
      printf("\n");
      cli_error("standard input:%zu:1: expected y or n [%s]", *line, brf_status_name(BRF_E_PARSE));
      return CLI_EXIT_DATA;
    }
    printf("%s\n", cli_msg(CLI_MSG_SCREEN_PLEASE_ANSWER));
  }
}

static int ask_all(cli *c, brf_screen *scr) {
  int interactive = isatty(STDIN_FILENO);
  size_t n = brf_redflag_count(), ny = brf_yellowflag_count();
  size_t line = 0;
  size_t asked = 0;
  const char *lang = brf_context_text_locale(c->ctx);
  if (interactive) {
    char red[24], yellow[24], intro[512];
    snprintf(red, sizeof red, "%zu", n);
    snprintf(yellow, sizeof yellow, "%zu", ny);
    cli_expand(intro, sizeof intro, cli_msg(CLI_MSG_SCREEN_INTRO), "red", red, "yellow", yellow,
               (const char *)NULL);
    printf("%s%s%s\n%s\n\n", cli_bold(c), intro, cli_reset(c),
           cli_msg(CLI_MSG_SCREEN_ANSWER_HINT));
  }
  for (size_t i = 0; i < n; i++) {
    int32_t ask = 0;
    /* The age answers the age questions; after an emergency answer the only
     * advice is to call for help, so the screen stops asking. */
    if (brf_screen_asks(scr, i, &ask) != BRF_OK || !ask) continue;
    asked++;
    int a = ask_one(c, brf_screening_text(BRF_SCREEN_TEXT_REDFLAG_QUESTION, i, lang), asked,
                    &line, interactive);
    if (a == -1) {
      cli_error("standard input: ended after %zu answers [%s]", asked - 1,
                brf_status_name(BRF_E_PARSE));
      return CLI_EXIT_DATA;
    }
    if (a > 1) return a;
    brf_status s = brf_screen_answer(scr, brf_redflag_id(i), a);
    if (s != BRF_OK) return cli_fail(c, s, NULL);
  }
  /* The psychosocial (yellow) questions, unless the answers already refer:
   * then seeing a clinician is the advice. From input that is not a
   * terminal they count only when all of them are answered: input that ends
   * before (scripts written for the red flags) leaves them unasked. */
  int32_t urgency = BRF_URGENCY_NONE;
  (void)brf_screen_outcome_get(scr, &urgency);
  if (urgency == BRF_URGENCY_EMERGENCY || urgency == BRF_URGENCY_URGENT) return 0;
  if (interactive)
    printf("\n%s%s%s\n", cli_bold(c), cli_msg(CLI_MSG_SCREEN_AFFECTS_HEADING), cli_reset(c));
  int yes[64];
  if (ny > sizeof yes / sizeof yes[0]) ny = sizeof yes / sizeof yes[0];
  for (size_t i = 0; i < ny; i++) {
    asked++;
    int a = ask_one(c, brf_screening_text(BRF_SCREEN_TEXT_YELLOWFLAG_QUESTION, i, lang), asked,
                    &line, interactive);
    if (a == -1 && !interactive) return 0;
    if (a == -1) {
      cli_error("standard input: ended after %zu answers [%s]", asked - 1,
                brf_status_name(BRF_E_PARSE));
      return CLI_EXIT_DATA;
    }
    if (a > 1) return a;
    yes[i] = a;
  }
  for (size_t i = 0; i < ny; i++) {
    brf_status s = brf_screen_answer(scr, brf_yellowflag_id(i), yes[i]);
    if (s != BRF_OK) return cli_fail(c, s, NULL);
  }
  return 0;
}

/* --answers id=yes,id=no,...: answers without questions (ids not named are
 * "no"). An unknown id or a value other than yes or no is a usage error. */
static int answer_list(cli *c, brf_screen *scr, const char *list) {
  char item[128];
  const char *p = list;
  while (*p != '\0') {
    size_t len = strcspn(p, ",");
    if (len == 0 || len >= sizeof item)
      return cli_usage_error(c, "--answers: expected id=yes or id=no items, got '%.*s'",
                             (int)(len < 100 ? len : 100), p);
    memcpy(item, p, len);
    item[len] = '\0';
    p += len;
    if (*p == ',') p++;
    char *eq = strchr(item, '=');
    if (eq == NULL)
      return cli_usage_error(c, "--answers: '%s' is not id=yes or id=no", item);
    *eq = '\0';
    const char *value = eq + 1;
    int yes;
    if (strcmp(value, "yes") == 0 || strcmp(value, "y") == 0) yes = 1;
    else if (strcmp(value, "no") == 0 || strcmp(value, "n") == 0) yes = 0;
    else
      return cli_usage_error(c, "--answers: the answer to '%s' is '%s', not yes or no", item,
                             value);
    size_t index = 0;
    if (brf_redflag_find(item, &index) != BRF_OK && brf_yellowflag_find(item, &index) != BRF_OK)
      return cli_usage_error(c, "--answers: unknown question id '%s' (see screen --list)", item);
    brf_status s = brf_screen_answer(scr, item, yes);
    if (s != BRF_OK) return cli_fail(c, s, NULL);
  }
  return 0;
}

void cli_print_psychosocial(cli *c, const brf_screen *scr, FILE *f) {
  int32_t level = BRF_PSYCHOSOCIAL_NONE;
  if (brf_screen_psychosocial_get(scr, &level) != BRF_OK || level == BRF_PSYCHOSOCIAL_NONE) return;
  static const int heading[BRF_PSYCHOSOCIAL_COUNT] = {CLI_MSG_SCREEN_PSYCHOSOCIAL_LOW,
                                                      CLI_MSG_SCREEN_PSYCHOSOCIAL_MEDIUM,
                                                      CLI_MSG_SCREEN_PSYCHOSOCIAL_HIGH};
  if (level < 0 || level >= BRF_PSYCHOSOCIAL_COUNT) return;
  fprintf(f, "\n%s%s%s\n", level == BRF_PSYCHOSOCIAL_LOW ? cli_green(c) : cli_yellow(c),
          cli_msg(heading[level]), cli_reset(c));
  cli_print_wrapped(f,
                    brf_screening_text(BRF_SCREEN_TEXT_PSYCHOSOCIAL_ADVICE, (size_t)level,
                                       brf_context_text_locale(c->ctx)),
                    0, 0, (size_t)cli_terminal_width());
}

/* Print the outcome for people; 0, or 3 for a referral. */
static int print_outcome(cli *c, const brf_screen *scr) {
  brf_status s = brf_screen_evaluate(scr);
  const char *msg = brf_screen_message(scr);
  printf("\n");
  if (s == BRF_E_REFER) {
    printf("%s%s%s\n", cli_red(c), cli_msg(CLI_MSG_SCREEN_REFER), cli_reset(c));
    cli_print_wrapped(stdout, msg, 0, 0, (size_t)cli_terminal_width());
    brf_context_clear_error(c->ctx);
    return CLI_EXIT_REFER;
  }
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  if (msg[0]) {
    printf("%s%s%s\n", cli_yellow(c), cli_msg(CLI_MSG_SCREEN_ASSESS), cli_reset(c));
    cli_print_wrapped(stdout, msg, 0, 0, (size_t)cli_terminal_width());
  } else {
    printf("%s%s%s\n", cli_green(c), cli_msg(CLI_MSG_SCREEN_CLEAR), cli_reset(c));
  }
  cli_print_psychosocial(c, scr, stdout);
  return 0;
}

int cli_screen_take(cli *c, long age, const char *answers, brf_screen_result **out) {
  *out = NULL;
  brf_screen *scr = NULL;
  brf_status s = brf_screen_new(c->ctx, &scr);
  if (s == BRF_E_UNSUPPORTED) return cli_unsupported(c, "red-flag screening", "BRF_WITH_SCREEN");
  if (s == BRF_OK && age >= 0) s = brf_screen_set_age(scr, (int32_t)age);
  if (s != BRF_OK) {
    brf_screen_free(scr);
    return cli_fail(c, s, NULL);
  }
  int rc = answers != NULL ? answer_list(c, scr, answers) : ask_all(c, scr);
  int32_t today = 0, minutes = 0;
  if (rc == 0 && cli_now(c, &today, &minutes) != 0) {
    cli_error("cannot read today's date to date the screen");
    rc = CLI_EXIT_SOFTWARE;
  }
  brf_screen_result *r = NULL;
  if (rc == 0) {
    s = brf_screen_result_new(c->ctx, scr, today, &r);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  }
  /* Saved before it is shown: a referral is remembered too. */
  if (rc == 0) rc = cli_screen_save(c, r);
  if (rc == 0 && c->json) {
    char *text = NULL;
    size_t len = 0;
    s = brf_screen_result_to_json(c->ctx, r, BRF_JSON_PRETTY, &text, &len);
    if (s != BRF_OK) rc = cli_fail(c, s, NULL);
    else fwrite(text, 1, len, stdout);
    brf_free(c->ctx, text);
    int32_t u = BRF_URGENCY_NONE;
    (void)brf_screen_result_urgency_get(r, &u);
    if (rc == 0 && (u == BRF_URGENCY_EMERGENCY || u == BRF_URGENCY_URGENT)) rc = CLI_EXIT_REFER;
  } else if (rc == 0) {
    rc = print_outcome(c, scr);
  }
  brf_screen_free(scr);
  if (rc == 0 || rc == CLI_EXIT_REFER) *out = r;
  else brf_screen_result_free(r);
  return rc;
}

int cmd_screen(cli *c, int argc, char **argv) {
  enum { OPT_LIST = CLI_OPT_BASE + 1, OPT_AGE, OPT_ANSWERS };
  static const struct option opts[] = {{"list", no_argument, NULL, OPT_LIST},
                                       {"age", required_argument, NULL, OPT_AGE},
                                       {"answers", required_argument, NULL, OPT_ANSWERS},
                                       {NULL, 0, NULL, 0}};
  int list = 0, opt;
  const char *answers = NULL;
  long age = -1;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == OPT_LIST) list = 1;
    if (opt == OPT_ANSWERS) answers = optarg;
    if (opt == OPT_AGE) {
      char *end;
      age = strtol(optarg, &end, 10);
      if (*end || end == optarg || age < 0 || age > 150)
        return cli_usage_error(c, "--age: '%s' is not an age in years (0 to 150)", optarg);
    }
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);
  if (list) {
    /* The screen first: a library without screening says so (69), for
     * --list too (the questions' context-free accessors would list none). */
    brf_screen *scr = NULL;
    brf_status s = brf_screen_new(c->ctx, &scr);
    brf_screen_free(scr);
    if (s == BRF_E_UNSUPPORTED)
      return cli_unsupported(c, "red-flag screening", "BRF_WITH_SCREEN");
    return s == BRF_OK ? list_flags(c) : cli_fail(c, s, NULL);
  }
  brf_screen_result *r = NULL;
  int rc = cli_screen_take(c, age, answers, &r);
  brf_screen_result_free(r);
  return rc;
}
