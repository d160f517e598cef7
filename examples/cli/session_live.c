/* The live session: a full-screen timer in the terminal, driven by the
 * monotonic clock, with keys for pause, next, back and quit. The library's
 * player does all the timing; this file only reads the clock and keys and
 * draws. */
#include "store.h"
#include "session.h"

#include "journal_store.h"

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

/* The terminal as the session found it, or as the session wants it. */
static void screen_leave(void) {
  fputs("\033[?25h\033[?1049l", stdout);
  fflush(stdout);
  tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
}
static void screen_enter(void) {
  tcsetattr(STDIN_FILENO, TCSANOW, &raw_tty);
  fputs("\033[?1049h\033[?25l", stdout);
  fflush(stdout);
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

static int utf8_terminal(void) {
  const char *vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
  for (size_t i = 0; i < 3; i++) {
    const char *v = getenv(vars[i]);
    if (v && v[0]) return strstr(v, "UTF-8") || strstr(v, "utf8") || strstr(v, "UTF8");
  }
  return 0;
}

/* A 3x5 font for the countdown: digits and the colon. */
static const char *const font[11][5] = {
    {"###", "# #", "# #", "# #", "###"}, {"  #", "  #", "  #", "  #", "  #"},
    {"###", "  #", "###", "#  ", "###"}, {"###", "  #", "###", "  #", "###"},
    {"# #", "# #", "###", "  #", "  #"}, {"###", "#  ", "###", "  #", "###"},
    {"###", "#  ", "###", "# #", "###"}, {"###", "  #", "  #", "  #", "  #"},
    {"###", "# #", "###", "# #", "###"}, {"###", "# #", "###", "  #", "###"},
    {" ", "#", " ", "#", " "}};

typedef struct view {
  cli *c;
  brf_timeline *tl;
  brf_player *p;
  brf_catalog *cat;
  int utf8;
  int color;
  double speed;
  char last_cue[256];
} view;

static void big_countdown(FILE *f, const view *v, int64_t ms) {
  char text[48];
  int64_t s = (ms + 999) / 1000; /* a countdown shows 1 until the very end */
  snprintf(text, sizeof text, "%lld:%02lld", (long long)(s / 60), (long long)(s % 60));
  const char *on = v->utf8 ? "\xe2\x96\x88\xe2\x96\x88" : "##";
  for (int row = 0; row < 5; row++) {
    fputs("      ", f);
    for (const char *t = text; *t; t++) {
      const char *g = font[*t == ':' ? 10 : *t - '0'][row];
      for (; *g; g++) fputs(*g == '#' ? on : "  ", f);
      fputs("  ", f);
    }
    fputc('\n', f);
  }
}

static void bar(FILE *f, const view *v, const char *label, int64_t done, int64_t total) {
  const int width = 40;
  int filled = total > 0 ? (int)(done * width / total) : width;
  char a[16], b[16];
  if (filled > width) filled = width;
  if (filled < 0) filled = 0;
  fprintf(f, "  %-8s [", label);
  for (int i = 0; i < width; i++)
    fputs(i < filled ? (v->utf8 ? "\xe2\x96\x88" : "#") : (v->utf8 ? "\xc2\xb7" : "-"), f);
  cli_format_duration(done, a, sizeof a);
  cli_format_duration(total, b, sizeof b);
  fprintf(f, "] %3d%%  %s / %s\n", total > 0 ? (int)(done * 100 / total) : 100, a, b);
}

static const char *segment_label(int32_t kind) {
  switch (kind) {
  case BRF_SEGMENT_GET_READY: return "Get ready";
  case BRF_SEGMENT_WORK: return "Work";
  case BRF_SEGMENT_RELAX: return "Relax";
  case BRF_SEGMENT_REST: return "Rest";
  case BRF_SEGMENT_SWITCH_SIDE: return "Switch sides";
  case BRF_SEGMENT_TRANSITION: return "Next exercise";
  default: return "Done";
  }
}

/* A technique cue of the current exercise from the catalog, changing every
 * 15 s of the session. */
static const char *technique_cue(const view *v, size_t step) {
  const brf_exercise *ex = brf_catalog_find(v->cat, brf_timeline_step_id(v->tl, step));
  size_t n = brf_exercise_cue_count(ex);
  if (n == 0) return NULL;
  int64_t t = brf_player_session_elapsed_ms(v->p) / 15000;
  return brf_exercise_cue_at(ex, (size_t)t % n);
}

static void render(view *v) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) return;
  const cli *c = v->c;
  size_t steps = brf_timeline_step_count(v->tl);
  size_t step = brf_player_step_index(v->p);
  int32_t kind = BRF_SEGMENT_DONE, set = 0, rep = 0, side = 0;
  size_t ex = 0;
  int64_t seg_start = 0, seg_len = 0, step_start = 0, step_len = 0;
  brf_timeline_segment_at(v->tl, brf_player_segment_index(v->p), &kind, &ex, &set, &rep, &side,
                          &seg_start, &seg_len);
  brf_timeline_step_span(v->tl, step < steps ? step : steps - 1, &step_start, &step_len);
  int64_t pos = brf_player_position_ms(v->p);
  int64_t total = brf_timeline_total_ms(v->tl);

  fputs("\033[H\033[2J", f);
  fprintf(f, "%sbackrelief%s  %s%s%s", cli_dim(c), cli_reset(c), cli_bold(c),
          step < steps ? brf_timeline_step_name(v->tl, step) : "Session done", cli_reset(c));
  if (step < steps) fprintf(f, "   %sexercise %zu of %zu%s", cli_dim(c), step + 1, steps,
                            cli_reset(c));
  fprintf(f, "\n\n  %s%s%s", v->color ? "\033[1;36m" : "", segment_label(kind), cli_reset(c));
  if (set > 0) fprintf(f, " \xc2\xb7 set %d", set);
  if (rep > 0) fprintf(f, " \xc2\xb7 rep %d", rep);
  if (side == BRF_SIDE_LEFT) fputs(" \xc2\xb7 left side", f);
  if (side == BRF_SIDE_RIGHT) fputs(" \xc2\xb7 right side", f);
  if (brf_player_state(v->p) == BRF_PLAYER_PAUSED)
    fprintf(f, "   %sPAUSED%s", cli_yellow(c), cli_reset(c));
  fputs("\n\n", f);
  big_countdown(f, v, brf_player_segment_remaining_ms(v->p));
  fputc('\n', f);
  int64_t in_step = pos - step_start;
  if (in_step < 0) in_step = 0;
  if (in_step > step_len) in_step = step_len;
  bar(f, v, "Step", in_step, step_len);
  bar(f, v, "Session", pos, total);
  fprintf(f, "\n  %s%s%s\n", cli_bold(c), v->last_cue, cli_reset(c));
  const char *tip = step < steps ? technique_cue(v, step) : NULL;
  if (tip) fprintf(f, "  %sTip:%s %s\n", cli_dim(c), cli_reset(c), tip);
  if (step + 1 < steps)
    fprintf(f, "  Next up: %s\n", brf_timeline_step_name(v->tl, step + 1));
  fprintf(f, "\n  %sspace pause/resume \xc2\xb7 n next \xc2\xb7 b back \xc2\xb7 q quit%s",
          cli_dim(c), cli_reset(c));
  if (v->speed != 1.0) fprintf(f, "   %sspeed x%g%s", cli_dim(c), v->speed, cli_reset(c));
  fputc('\n', f);
  fclose(f);
  fwrite(buf, 1, len, stdout);
  fflush(stdout);
  free(buf);
}

static void take_cues(view *v) {
  size_t n = brf_player_cue_count(v->p);
  for (size_t i = 0; i < n; i++) {
    int32_t kind = 0;
    if (brf_player_cue_at(v->p, i, &kind, NULL, NULL) != BRF_OK) continue;
    /* The big digits already count down; keep the last spoken sentence. */
    if (kind == BRF_CUE_COUNTDOWN) continue;
    const char *t = brf_player_cue_text(v->p, i);
    snprintf(v->last_cue, sizeof v->last_cue, "%s", t ? t : "");
  }
  if (n) fputc('\a', stdout); /* a cue is worth a beep on the floor */
  brf_player_cues_clear(v->p);
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
         brf_player_state(v->p) == BRF_PLAYER_FINISHED ? "Session done." : "Session stopped.",
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
    printf("%s of %s\n", a, b);
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
  if (cli_write_data_file(c, path, buf, len, CLI_MODE_PRIVATE) == 0) printf("The record is in %s\n", path);
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
      render(v);
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
    take_cues(v);
    render(v);
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
  v.utf8 = utf8_terminal();
  v.color = c->color;
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
  /* The alternate screen keeps the user's scrollback; the cursor hides. */
  screen_enter();
  take_cues(&v);
  render(&v);
  *ended = loop(&v);
  int32_t state = brf_player_state(v.p);
  if (state == BRF_PLAYER_RUNNING || state == BRF_PLAYER_PAUSED) brf_player_stop(v.p);
  screen_leave();
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
