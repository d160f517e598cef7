/* The live session: a full-screen timer in the terminal, driven by the
 * monotonic clock, with keys for pause, next, back and quit. The library's
 * player does all the timing; this file only reads the clock and keys and
 * draws. */
#include "cli_i18n.h"
#include "store.h"
#include "session.h"

#include "journal_store.h"
#include "screen_render.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define FRAME_MS 100

/* Signals (the session's end and Ctrl-Z; cmd_run.c decides about logging):
 * SIGINT interrupts (Ctrl-C arrives as a key in raw mode, a kill -INT as
 * this signal), SIGTERM and SIGHUP end the session without a question,
 * SIGTSTP suspends with the terminal restored, SIGCONT redraws. */
static volatile sig_atomic_t quit_signal = 0, stop_signal = 0, cont_signal = 0;
static struct termios saved_tty, raw_tty;

static void on_signal(int sig) {
  if (sig == SIGTSTP) stop_signal = 1;
  else if (sig == SIGCONT) cont_signal = 1;
  else quit_signal = sig;
}

/* The session's view, for the signal-driven suspend and resume. */
static view *live_view;

/* The terminal as the session found it, or as the session wants it (the
 * screen itself: screen_render.c, which knows plain terminals). */
static void screen_leave(void) {
  cli_screen_end(live_view);
  tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
}
static void screen_enter(void) {
  tcsetattr(STDIN_FILENO, TCSANOW, &raw_tty);
  cli_screen_begin(live_view);
}

/* Ctrl-Z: give the terminal back, stop until `fg`, then take it again. */
static void suspend(void) {
  struct sigaction dfl, old;
  memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  screen_leave();
  sigaction(SIGTSTP, &dfl, &old);
  raise(SIGTSTP); /* returns after SIGCONT */
  sigaction(SIGTSTP, &old, NULL);
  stop_signal = 0;
  cont_signal = 0;
  screen_enter();
}

int cli_session_can_be_live(void) { return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO); }

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int handle_key(view *v, char key) {
  int32_t state = brf_player_state(v->p);
  switch (key) {
  case ' ':
    if (state == BRF_PLAYER_PAUSED)
      brf_player_resume(v->p);
    else
      brf_player_pause(v->p);
    break;
  case 'n': brf_player_skip(v->p); break;
  case 'b': brf_player_back(v->p); break;
  case 'm':
  case 'M': cli_screen_key(v, key); break;
  case 'q':
  case 'Q': return 1;
  case 3: return 2;  /* ^C in raw mode: interrupted */
  case 26: return 3; /* ^Z in raw mode: suspend */
  default: break;
  }
  return 0;
}

void cli_session_record_json(FILE *f, brf_player *p) {
  const brf_timeline *tl = brf_player_timeline(p);
  int32_t state = brf_player_state(p);
  fprintf(f, "{\"format\": \"backrelief-session-record\", \"format_version\": 1, \"state\": ");
  cli_json_string(f, state == BRF_PLAYER_FINISHED ? "finished" : "stopped");
  fprintf(f, ", \"steps\": [");
  for (size_t i = 0; i < brf_player_record_count(p); i++) {
    int32_t status = 0;
    int64_t planned = 0, done = 0;
    brf_player_record_at(p, i, &status, &planned, &done);
    fprintf(f, "%s\n  {\"exercise\": ", i ? "," : "");
    cli_json_string(f, brf_timeline_step_id(tl, i));
    fprintf(f, ", \"status\": ");
    cli_json_string(f, brf_player_record_status_name(status));
    fprintf(f, ", \"planned_ms\": %lld, \"done_ms\": %lld}", (long long)planned,
            (long long)done);
  }
  fprintf(f, "\n]}\n");
}

static void print_record(const view *v) {
  const cli *c = v->c;
  printf("%s%s%s\n", cli_bold(c),
         cli_msg(brf_player_state(v->p) == BRF_PLAYER_FINISHED ? CLI_MSG_RUN_DONE : CLI_MSG_RUN_STOPPED),
         cli_reset(c));
  for (size_t i = 0; i < brf_player_record_count(v->p); i++) {
    int32_t status = 0;
    int64_t planned = 0, done = 0;
    char a[32], b[32];
    brf_player_record_at(v->p, i, &status, &planned, &done);
    cli_format_duration(done, a, sizeof a);
    cli_format_duration(planned, b, sizeof b);
    printf("  ");
    cli_print_padded(stdout, brf_timeline_step_name(v->tl, i), 44);
    cli_print_padded(stdout, brf_player_record_status_name(status), 12);
    char line[128];
    cli_expand(line, sizeof line, cli_msg(CLI_MSG_RUN_OF), "done", a, "planned", b, (char *)NULL);
    printf("%s\n", line);
  }
}

static void save_record(cli *c, brf_player *p) {
  char dir[4096], path[4200];
  char *buf = NULL;
  size_t len = 0;
  if (cli_ensure_data_dir(c, dir, sizeof dir) != 0) return;
  FILE *f = open_memstream(&buf, &len);
  if (!f) return;
  cli_session_record_json(f, p);
  fclose(f);
  snprintf(path, sizeof path, "%s/last-session.json", dir);
  if (cli_write_data_file(c, path, buf, len, CLI_MODE_PRIVATE) == 0) {
    char line[4400];
    cli_expand(line, sizeof line, cli_msg(CLI_MSG_RUN_RECORD), "path", path, (char *)NULL);
    printf("%s\n", line);
  }
  free(buf);
}

/* How the loop ended: CLI_SESSION_ENDED (finished, or q),
 * CLI_SESSION_INTERRUPTED or CLI_SESSION_TERMINATED. */
static int loop(view *v) {
  int64_t last = now_ms();
  double carry = 0.0;
  for (;;) {
    int32_t state = brf_player_state(v->p);
    if (state != BRF_PLAYER_RUNNING && state != BRF_PLAYER_PAUSED) return CLI_SESSION_ENDED;
    if (quit_signal == SIGINT) return CLI_SESSION_INTERRUPTED;
    if (quit_signal) return CLI_SESSION_TERMINATED;
    if (stop_signal || cont_signal) {
      if (stop_signal) suspend(); /* the clock does not run while stopped */
      else screen_enter();        /* continued after a SIGSTOP from elsewhere */
      cont_signal = 0;
      last = now_ms();
      cli_screen_render(v);
    }
    struct pollfd pfd = {STDIN_FILENO, POLLIN, 0};
    int r = poll(&pfd, 1, FRAME_MS);
    if (r > 0 && (pfd.revents & POLLIN)) {
      char keys[16];
      ssize_t n = read(STDIN_FILENO, keys, sizeof keys);
      if (n == 0) return CLI_SESSION_TERMINATED; /* the terminal went away */
      for (ssize_t i = 0; i < n; i++) {
        int k = handle_key(v, keys[i]);
        if (k == 1) return CLI_SESSION_ENDED;
        if (k == 2) return CLI_SESSION_INTERRUPTED;
        if (k == 3) {
          suspend();
          last = now_ms();
        }
      }
    } else if (r < 0 && errno != EINTR) {
      return CLI_SESSION_TERMINATED;
    }
    int64_t now = now_ms();
    carry += (double)(now - last) * v->speed;
    last = now;
    int64_t step = (int64_t)carry;
    carry -= (double)step;
    brf_player_advance(v->p, step);
    cli_screen_take_cues(v);
    cli_screen_render(v);
  }
}

int cli_session_live(cli *c, brf_timeline *tl, double speed, brf_player **out, int *ended) {
  view v;
  struct termios saved, raw;
  *out = NULL;
  *ended = CLI_SESSION_ENDED;
  memset(&v, 0, sizeof v);
  v.c = c;
  v.tl = tl;
  v.speed = speed;
  cli_screen_init(&v);
  int rc = cli_open_catalog(c, &v.cat);
  if (rc) return rc;
  brf_status s = brf_player_new(c->ctx, tl, &v.p);
  if (s == BRF_OK) s = brf_player_start(v.p);
  if (s != BRF_OK) {
    brf_player_free(v.p);
    brf_catalog_free(v.cat);
    return cli_fail(c, s, NULL);
  }
  if (tcgetattr(STDIN_FILENO, &saved) != 0) {
    brf_player_free(v.p);
    brf_catalog_free(v.cat);
    cli_error("standard input: not a terminal");
    return CLI_EXIT_IO;
  }
  raw = saved;
  raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG);
  raw.c_cc[VMIN] = 0;
  raw.c_cc[VTIME] = 0;
  saved_tty = saved;
  raw_tty = raw;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTSTP, &sa, NULL);
  sigaction(SIGCONT, &sa, NULL);
  live_view = &v;
  screen_enter();
  cli_screen_take_cues(&v);
  cli_screen_render(&v);
  *ended = loop(&v);
  int32_t state = brf_player_state(v.p);
  if (state == BRF_PLAYER_RUNNING || state == BRF_PLAYER_PAUSED) brf_player_stop(v.p);
  screen_leave();
  live_view = NULL;
  /* From here a signal acts as usual: a second Ctrl-C at the question
   * below ends the program without logging. */
  sa.sa_handler = SIG_DFL;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTSTP, &sa, NULL);
  sigaction(SIGCONT, &sa, NULL);
  cli_safety_note(stdout);
  print_record(&v);
  save_record(c, v.p);
  /* Whether to log is cmd_run.c's decision. */
  *out = v.p;
  brf_catalog_free(v.cat);
  return 0;
}
