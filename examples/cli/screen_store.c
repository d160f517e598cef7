/* The saved screen (screen_store.h): DATA/screen.json, and the check that
 * `plan`, `run --goal` and `next` make before planning. */
#include "cli_i18n.h"
#include "screen_store.h"
#include "store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int screen_path(cli *c, char *path, size_t cap, int create) {
  char dir[4096];
  int rc = create ? cli_ensure_data_dir(c, dir, sizeof dir) : cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  snprintf(path, cap, "%s/screen.json", dir);
  return 0;
}

int cli_screen_load(cli *c, brf_screen_result **out) {
  char path[4200];
  struct stat st;
  *out = NULL;
  int rc = screen_path(c, path, sizeof path, 0);
  if (rc) return rc;
  if (lstat(path, &st) != 0 && errno == ENOENT) return 0;
  char *text = NULL;
  size_t len = 0;
  int previous = cli_data_lock(c, 0);
  if (previous < 0) return CLI_EXIT_IO;
  rc = cli_read_data_file(path, &text, &len);
  cli_data_relock(previous);
  if (rc) return rc;
  brf_status s = brf_screen_result_from_json(c->ctx, text, len, 0, out);
  free(text);
  if (s == BRF_E_UNSUPPORTED) return cli_unsupported(c, "red-flag screening", "BRF_WITH_SCREEN");
  if (s == BRF_E_NOMEM) return cli_fail(c, s, NULL);
  if (s != BRF_OK) {
    cli_fail(c, s, path);
    cli_error("%s is not a screen this version reads: take the screen again with `backrelief "
              "screen` (it replaces the file)", path);
    return CLI_EXIT_DATA;
  }
  return 0;
}

int cli_screen_save(cli *c, const brf_screen_result *r) {
  char path[4200];
  int rc = screen_path(c, path, sizeof path, 1);
  if (rc) return rc;
  char *text = NULL;
  size_t len = 0;
  brf_status s = brf_screen_result_to_json(c->ctx, r, BRF_JSON_PRETTY, &text, &len);
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  rc = cli_write_data_file(c, path, text, len, CLI_MODE_PRIVATE);
  brf_free(c->ctx, text);
  return rc;
}

/* The refusal: the date, the answers and what to do. */
static int refuse(cli *c, const brf_screen_result *r, int32_t urgency) {
  const brf_screen *scr = NULL;
  const char *msg = "";
  char date[16] = "";
  (void)brf_date_format(brf_screen_result_day(r), date, sizeof date, NULL);
  (void)brf_screen_result_screen(r, &scr);
  (void)brf_screen_message_get(scr, &msg);
  char answers[1024], line[1400];
  size_t used = (size_t)snprintf(answers, sizeof answers, "%s:", brf_urgency_id(urgency));
  size_t n = brf_screen_positive_count(scr);
  for (size_t i = 0; i < n && used < sizeof answers; i++)
    used += (size_t)snprintf(answers + used, sizeof answers - used, "%s %s", i ? "," : "",
                             brf_screen_positive_at(scr, i));
  if (n == 0 && used < sizeof answers)
    snprintf(answers + used, sizeof answers - used, " %s", cli_msg(CLI_MSG_GATE_AS_SAVED));
  cli_expand(line, sizeof line, cli_msg(CLI_MSG_GATE_REFUSED), "date", date, "answers", answers,
             "status", brf_status_name(BRF_E_REFER), (char *)NULL);
  fprintf(stderr, "%sbackrelief: %s%s\n", cli_red(c), line, cli_reset(c));
  if (msg[0]) cli_print_wrapped(stderr, msg, 0, 0, 80);
  else cli_print_wrapped(stderr, brf_urgency_advice(urgency), 0, 0, 80);
  fprintf(stderr, "%s\n", cli_msg(CLI_MSG_GATE_AFTER_CLINICIAN));
  return CLI_EXIT_REFER;
}

int cli_screen_gate(cli *c, int32_t today, brf_screen_result **out) {
  brf_screen_result *r = NULL;
  *out = NULL;
  int rc = cli_screen_load(c, &r);
  if (rc) return rc;
  int32_t urgency = BRF_URGENCY_NONE;
  if (r != NULL) (void)brf_screen_result_urgency_get(r, &urgency);
  if (r != NULL && (urgency == BRF_URGENCY_EMERGENCY || urgency == BRF_URGENCY_URGENT)) {
    rc = refuse(c, r, urgency);
    brf_screen_result_free(r);
    return rc;
  }
  long days = r != NULL ? (long)today - (long)brf_screen_result_day(r) : 0;
  if (r != NULL && days <= CLI_SCREEN_MAX_AGE_DAYS) {
    /* a medium or high psychosocial level: its advice, with each plan */
    int32_t level = BRF_PSYCHOSOCIAL_NONE;
    (void)brf_screen_result_psychosocial_get(r, &level);
    if (level == BRF_PSYCHOSOCIAL_MEDIUM || level == BRF_PSYCHOSOCIAL_HIGH) {
      char line[2048];
      cli_expand(line, sizeof line, cli_msg(CLI_MSG_GATE_PSYCHOSOCIAL), "advice",
                 brf_psychosocial_advice(level), (char *)NULL);
      fprintf(stderr, "backrelief: %s\n", line);
    }
    *out = r;
    return 0;
  }
  char date[16] = "", num[24], max[24], line[1024];
  snprintf(num, sizeof num, "%ld", days);
  snprintf(max, sizeof max, "%d", CLI_SCREEN_MAX_AGE_DAYS);
  if (r != NULL) (void)brf_date_format(brf_screen_result_day(r), date, sizeof date, NULL);
  /* On a terminal, ask now; not with --json, whose standard output is the
   * command's document alone. */
  if (isatty(STDIN_FILENO) && !c->json) {
    if (r != NULL) {
      cli_expand(line, sizeof line, cli_msg_n(CLI_MSG_GATE_STALE_ASK, days), "date", date, "days",
                 num, (char *)NULL);
      printf("%s\n\n", line);
    } else {
      printf("%s\n\n", cli_msg(CLI_MSG_GATE_FIRST_ASK));
    }
    brf_screen_result_free(r);
    brf_screen_result *fresh = NULL;
    rc = cli_screen_take(c, -1, NULL, &fresh);
    if (rc == CLI_EXIT_REFER) {
      brf_screen_result_free(fresh);
      return rc;
    }
    if (rc == 0) {
      printf("\n");
      *out = fresh;
    }
    return rc;
  }
  if (r != NULL) {
    cli_expand(line, sizeof line, cli_msg_n(CLI_MSG_GATE_STALE_NOTE, days), "date", date, "days",
               num, "max", max, (char *)NULL);
    fprintf(stderr, "backrelief: %s\n", line);
  } else {
    fprintf(stderr, "backrelief: %s\n", cli_msg(CLI_MSG_GATE_NONE_NOTE));
  }
  *out = r;
  return 0;
}
