/* The live player's screen: drawing one frame, the cues and the bell.
 *
 * Layouts:
 * - full (60x20 and larger): the exercise, the segment, a large countdown,
 *   the step and session bars with the time left, the cue, a tip, one
 *   "Next up" line, the keys;
 * - compact (under 60 columns or 20 rows): the same in seven short lines,
 *   every line cut to the width, so that nothing wraps or scrolls;
 * - plain (TERM=dumb): no escape sequences; each cue is printed as one line
 *   with the session time left when it happens.
 * Without colour (--no-color, NO_COLOR) there is no animation either: no
 * large digits, and the screen is redrawn only when something shown changes
 * (at most once a second). */
#include "screen_render.h"
#include "cli_i18n.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int sound_option = CLI_SOUND_BELL;
static char *last_frame = NULL; /* the last frame written, not to redraw it */

void cli_screen_set_sound(int sound) { sound_option = sound; }

static int utf8_terminal(void) {
  const char *vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
  for (size_t i = 0; i < 3; i++) {
    const char *v = getenv(vars[i]);
    if (v && v[0]) return strstr(v, "UTF-8") || strstr(v, "utf8") || strstr(v, "UTF8");
  }
  return 0;
}

void cli_screen_init(view *v) {
  const char *term = getenv("TERM");
  v->utf8 = utf8_terminal();
  v->color = v->c->color;
  v->plain = !term || !term[0] || strcmp(term, "dumb") == 0;
  /* Colour is on only on a terminal without --no-color and NO_COLOR: the
   * same promise covers the animation. */
  v->animate = v->c->color;
  v->muted = sound_option == CLI_SOUND_NONE;
  v->tips_step = SIZE_MAX;
  v->last_second = -1;
  v->last_state = -1;
}

void cli_screen_begin(const view *v) {
  /* The alternate screen keeps the user's scrollback; the cursor hides. */
  if (!v->plain) fputs("\033[?1049h\033[?25l", stdout);
  fflush(stdout);
}

void cli_screen_end(const view *v) {
  if (!v->plain) fputs("\033[?25h\033[?1049l", stdout);
  fflush(stdout);
  free(last_frame);
  last_frame = NULL;
}

static void terminal_size(int *cols, int *rows) {
  struct winsize ws;
  *cols = 80;
  *rows = 24;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) {
    *cols = ws.ws_col;
    *rows = ws.ws_row;
  }
}

/* "m:ss" of a time left, rounded up (a countdown shows 0:01 until the end). */
static void clock_text(int64_t ms, char *buf, size_t cap) {
  int64_t s = ms > 0 ? (ms + 999) / 1000 : 0;
  snprintf(buf, cap, "%lld:%02lld", (long long)(s / 60), (long long)(s % 60));
}

/* Write @p text cut to @p width columns (UTF-8 code points), then a newline. */
static void put_cut(FILE *f, const char *text, int width) {
  int col = 0;
  for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
    if ((*p & 0xC0) != 0x80) {
      if (col >= width) break;
      col++;
    }
    fputc(*p, f);
  }
  fputc('\n', f);
}

/* A 3x5 font for the countdown: digits and the colon. */
static const char *const font[11][5] = {
    {"###", "# #", "# #", "# #", "###"}, {"  #", "  #", "  #", "  #", "  #"},
    {"###", "  #", "###", "#  ", "###"}, {"###", "  #", "###", "  #", "###"},
    {"# #", "# #", "###", "  #", "  #"}, {"###", "#  ", "###", "  #", "###"},
    {"###", "#  ", "###", "# #", "###"}, {"###", "  #", "  #", "  #", "  #"},
    {"###", "# #", "###", "# #", "###"}, {"###", "# #", "###", "  #", "###"},
    {" ", "#", " ", "#", " "}};

static void big_countdown(FILE *f, const view *v, int64_t ms) {
  char text[48];
  clock_text(ms, text, sizeof text);
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

/* "LABEL [#####-----] 45%  0:35 left" in @p width columns at most. */
static void bar(FILE *f, const view *v, const char *label, int64_t done, int64_t total,
                int width) {
  char left[48], tail[160], words[112];
  clock_text(total - done, left, sizeof left);
  int pct = total > 0 ? (int)(done * 100 / total) : 100;
  cli_expand(words, sizeof words, cli_msg(CLI_MSG_LIVE_TIME_LEFT), "time", left, (char *)NULL);
  snprintf(tail, sizeof tail, "] %3d%%  %s", pct, words);
  int cells = width - (int)cli_display_width(label) - 2 - (int)cli_display_width(tail);
  if (cells > 40) cells = 40;
  if (cells < 4) cells = 4;
  int filled = total > 0 ? (int)(done * cells / total) : cells;
  if (filled > cells) filled = cells;
  if (filled < 0) filled = 0;
  fprintf(f, "%s [", label);
  for (int i = 0; i < cells; i++)
    fputs(i < filled ? (v->utf8 ? "\xe2\x96\x88" : "#") : (v->utf8 ? "\xc2\xb7" : "-"), f);
  fprintf(f, "%s\n", tail);
}

static const char *segment_label(int32_t kind) {
  switch (kind) {
  case BRF_SEGMENT_GET_READY: return cli_msg(CLI_MSG_LIVE_GET_READY);
  case BRF_SEGMENT_WORK: return cli_msg(CLI_MSG_LIVE_WORK);
  case BRF_SEGMENT_RELAX: return cli_msg(CLI_MSG_LIVE_RELAX);
  case BRF_SEGMENT_REST: return cli_msg(CLI_MSG_LIVE_REST);
  case BRF_SEGMENT_SWITCH_SIDE: return cli_msg(CLI_MSG_LIVE_SWITCH_SIDES);
  case BRF_SEGMENT_TRANSITION: return cli_msg(CLI_MSG_LIVE_NEXT_EXERCISE);
  default: return cli_msg(CLI_MSG_LIVE_DONE);
  }
}

/* Whether @p step's id is in the routine. */
static int in_routine(const view *v, const char *id) {
  for (size_t i = 0; i < brf_timeline_step_count(v->tl); i++)
    if (strcmp(brf_timeline_step_id(v->tl, i), id) == 0) return 1;
  return 0;
}

/* Case-insensitive substring (ASCII letters). */
static int contains(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  if (n == 0) return 0;
  for (; *hay; hay++)
    if (strncasecmp(hay, needle, n) == 0) return 1;
  return 0;
}

/* The tips of @p step: its cues that name no exercise outside the routine
 * (a cue such as "Follow with a seated piriformis stretch." is not a tip
 * when that stretch is not in this session). */
static void pick_tips(view *v, size_t step) {
  v->tips_step = step;
  v->tips_n = 0;
  const brf_exercise *ex = brf_catalog_find(v->cat, brf_timeline_step_id(v->tl, step));
  size_t n = brf_exercise_cue_count(ex);
  for (size_t i = 0; i < n && v->tips_n < sizeof v->tips / sizeof v->tips[0]; i++) {
    const char *cue = brf_exercise_cue_at(ex, i);
    int names_other = 0;
    for (size_t k = 0; k < brf_catalog_count(v->cat) && !names_other; k++) {
      const brf_exercise *o = brf_catalog_at(v->cat, k);
      if (o == ex || in_routine(v, brf_exercise_id(o))) continue;
      names_other = contains(cue, brf_exercise_name(o)) || contains(cue, brf_exercise_id(o));
    }
    if (!names_other) v->tips[v->tips_n++] = i;
  }
}

/* A tip for the current exercise, changing every 15 s of the session. */
static const char *tip(view *v, size_t step) {
  if (step != v->tips_step) pick_tips(v, step);
  if (v->tips_n == 0) return NULL;
  const brf_exercise *ex = brf_catalog_find(v->cat, brf_timeline_step_id(v->tl, step));
  int64_t t = brf_player_session_elapsed_ms(v->p) / 15000;
  return brf_exercise_cue_at(ex, v->tips[(size_t)t % v->tips_n]);
}

/* Whether a cue is worth the bell: a change (get ready, start, switch
 * sides, rest, next up, done) or one of the last 3 seconds; not each rep,
 * hold or halfway. */
static int rings(int32_t kind) {
  switch (kind) {
  case BRF_CUE_REP:
  case BRF_CUE_HOLD:
  case BRF_CUE_HALFWAY: return 0;
  default: return 1;
  }
}

static void plain_line(const view *v, const char *text) {
  char left[48], words[112];
  clock_text(brf_player_session_remaining_ms(v->p), left, sizeof left);
  cli_expand(words, sizeof words, cli_msg(CLI_MSG_LIVE_TIME_LEFT), "time", left, (char *)NULL);
  printf("%s  %s\n", words, text);
}

void cli_screen_take_cues(view *v) {
  size_t n = brf_player_cue_count(v->p);
  int bell = 0;
  for (size_t i = 0; i < n; i++) {
    int32_t kind = 0;
    if (brf_player_cue_at(v->p, i, &kind, NULL, NULL) != BRF_OK) continue;
    bell |= rings(kind);
    const char *t = brf_player_cue_text(v->p, i);
    if (!t) t = "";
    if (v->plain) {
      plain_line(v, t);
      continue;
    }
    /* The big digits already count down; keep the last spoken sentence. */
    if (kind == BRF_CUE_COUNTDOWN) continue;
    /* "Rest 30 s. Next up: set 2 of 3" (in any language: the library's
     * rest cues are "<the rest>. <what comes next>"): the screen has one
     * "Next up" line, so the cue line keeps the first sentence and the
     * "Next up" line the second, as the library wrote it. */
    const char *next = kind == BRF_CUE_REST || kind == BRF_CUE_NEXT_UP ? strstr(t, ". ") : NULL;
    if (next) {
      snprintf(v->next_up, sizeof v->next_up, "%s", next + 2);
      size_t len = (size_t)(next - t);
      if (len >= sizeof v->last_cue) len = sizeof v->last_cue - 1;
      memcpy(v->last_cue, t, len);
      v->last_cue[len] = '\0';
    } else {
      v->next_up[0] = '\0';
      snprintf(v->last_cue, sizeof v->last_cue, "%s", t);
    }
  }
  if (bell && !v->muted) fputc('\a', stdout);
  if (n && v->plain) fflush(stdout);
  brf_player_cues_clear(v->p);
}

int cli_screen_key(view *v, char key) {
  if (key != 'm' && key != 'M') return 0;
  v->muted = !v->muted;
  if (v->plain) printf("%s\n", cli_msg(v->muted ? CLI_MSG_LIVE_SOUND_OFF : CLI_MSG_LIVE_SOUND_ON));
  return 1;
}

/* The state shown in plain mode: paused and resumed, once each. */
static void render_plain(view *v) {
  int32_t state = brf_player_state(v->p);
  if (v->last_state == -1) {
    char total[32], count[24], line[512];
    size_t n = brf_timeline_step_count(v->tl);
    cli_format_duration(brf_timeline_total_ms(v->tl), total, sizeof total);
    snprintf(count, sizeof count, "%zu", n);
    cli_expand(line, sizeof line, cli_msg_n(CLI_MSG_LIVE_PLAIN_START, (long long)n), "count", count,
               "total", total, (char *)NULL);
    printf("%s\n", line);
  } else if (state != v->last_state && state == BRF_PLAYER_PAUSED) {
    plain_line(v, cli_msg(CLI_MSG_LIVE_PLAIN_PAUSED));
  } else if (state != v->last_state && v->last_state == BRF_PLAYER_PAUSED) {
    plain_line(v, cli_msg(CLI_MSG_LIVE_PLAIN_RESUMED));
  }
  v->last_state = state;
  fflush(stdout);
}

void cli_screen_render(view *v) {
  if (v->plain) {
    render_plain(v);
    return;
  }
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) return;
  const cli *c = v->c;
  int cols = 80, rows = 24;
  terminal_size(&cols, &rows);
  int compact = cols < 60 || rows < 20;
  int width = cols - 1; /* never the last column: some terminals wrap there */
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
  int64_t seg_left = brf_player_segment_remaining_ms(v->p);
  int64_t in_step = pos - step_start;
  if (in_step < 0) in_step = 0;
  if (in_step > step_len) in_step = step_len;
  if (!v->animate) { /* whole seconds: the frame changes once a second */
    in_step -= in_step % 1000;
    pos -= pos % 1000;
  }
  int paused = brf_player_state(v->p) == BRF_PLAYER_PAUSED;
  const char *dot = v->utf8 ? " \xc2\xb7 " : ", ";
  char line[1024], seg[160], clock[48];
  const char *name = step < steps ? brf_timeline_step_name(v->tl, step)
                                   : cli_msg(CLI_MSG_LIVE_SESSION_DONE);

  char part[64], num[24];
  int used = snprintf(seg, sizeof seg, "%s", segment_label(kind));
  if (set > 0) {
    snprintf(num, sizeof num, "%d", (int)set);
    cli_expand(part, sizeof part, cli_msg(CLI_MSG_LIVE_SET), "n", num, (char *)NULL);
    used += snprintf(seg + used, sizeof seg - (size_t)used, "%s%s", dot, part);
  }
  if (rep > 0 && used < (int)sizeof seg) {
    snprintf(num, sizeof num, "%d", (int)rep);
    cli_expand(part, sizeof part, cli_msg(CLI_MSG_LIVE_REP), "n", num, (char *)NULL);
    used += snprintf(seg + used, sizeof seg - (size_t)used, "%s%s", dot, part);
  }
  if (side == BRF_SIDE_LEFT && used < (int)sizeof seg)
    snprintf(seg + used, sizeof seg - (size_t)used, "%s%s", dot, cli_msg(CLI_MSG_LIVE_LEFT_SIDE));
  if (side == BRF_SIDE_RIGHT && used < (int)sizeof seg)
    snprintf(seg + used, sizeof seg - (size_t)used, "%s%s", dot, cli_msg(CLI_MSG_LIVE_RIGHT_SIDE));
  clock_text(seg_left, clock, sizeof clock);

  char next[300] = "";
  if (v->next_up[0])
    snprintf(next, sizeof next, "%s", v->next_up);
  else if (step + 1 < steps)
    cli_expand(next, sizeof next, cli_msg(CLI_MSG_LIVE_NEXT_UP), "name",
               brf_timeline_step_name(v->tl, step + 1), (char *)NULL);
  /* The bars' labels, padded to the longer one (and one more column on a
   * large screen): "Step"/"All " and "Step    "/"Session " in English. */
  char step_label[64], all_label[64], full_step[64], full_all[64];
  {
    const char *s1 = cli_msg(CLI_MSG_LIVE_BAR_STEP), *s2 = cli_msg(CLI_MSG_LIVE_BAR_COMPACT_ALL);
    const char *s3 = cli_msg(CLI_MSG_LIVE_BAR_SESSION);
    size_t w1 = cli_display_width(s1), w2 = cli_display_width(s2), w3 = cli_display_width(s3);
    size_t wc = w1 > w2 ? w1 : w2, wf = (w1 > w3 ? w1 : w3) + 1;
    snprintf(step_label, sizeof step_label, "%s%*s", s1, (int)(wc - w1), "");
    snprintf(all_label, sizeof all_label, "%s%*s", s2, (int)(wc - w2), "");
    snprintf(full_step, sizeof full_step, "%s%*s", s1, (int)(wf - w1), "");
    snprintf(full_all, sizeof full_all, "%s%*s", s3, (int)(wf - w3), "");
  }
  const char *t = step < steps ? tip(v, step) : NULL;

  fputs("\033[H\033[2J", f);
  if (compact) {
    snprintf(line, sizeof line, "%s %zu/%zu", name, step < steps ? step + 1 : steps, steps);
    fputs(cli_bold(c), f);
    put_cut(f, line, width);
    fputs(cli_reset(c), f);
    snprintf(line, sizeof line, "%s  %s%s%s", clock, seg, paused ? "  " : "",
             paused ? cli_msg(CLI_MSG_LIVE_PAUSED) : "");
    put_cut(f, line, width);
    bar(f, v, step_label, in_step, step_len, width);
    bar(f, v, all_label, pos, total, width);
    put_cut(f, v->last_cue, width);
    if (next[0]) put_cut(f, next, width);
    cli_expand(line, sizeof line, cli_msg(CLI_MSG_LIVE_KEYS_COMPACT), "sound",
               cli_msg(v->muted ? CLI_MSG_LIVE_KEYS_COMPACT_SOUND : CLI_MSG_LIVE_KEYS_COMPACT_MUTE),
               (char *)NULL);
    fputs(cli_dim(c), f);
    put_cut(f, line, width);
    fputs(cli_reset(c), f);
  } else {
    fprintf(f, "%sbackrelief%s  %s", cli_dim(c), cli_reset(c), cli_bold(c));
    snprintf(line, sizeof line, "%s", name);
    if (step < steps) {
      char n1[24], n2[24];
      snprintf(n1, sizeof n1, "%zu", step + 1);
      snprintf(n2, sizeof n2, "%zu", steps);
      cli_expand(line, sizeof line, cli_msg(CLI_MSG_LIVE_EXERCISE_OF), "name", name, "n", n1,
                 "count", n2, (char *)NULL);
    }
    put_cut(f, line, width - 12);
    fputs(cli_reset(c), f);
    fprintf(f, "\n  %s", v->color ? "\033[1;36m" : "");
    fputs(seg, f);
    fputs(cli_reset(c), f);
    if (!v->animate) fprintf(f, "   %s", clock);
    if (paused) fprintf(f, "   %s%s%s", cli_yellow(c), cli_msg(CLI_MSG_LIVE_PAUSED), cli_reset(c));
    fputs("\n\n", f);
    if (v->animate) {
      big_countdown(f, v, seg_left);
      fputc('\n', f);
    }
    fputs("  ", f);
    bar(f, v, full_step, in_step, step_len, width - 2);
    fputs("  ", f);
    bar(f, v, full_all, pos, total, width - 2);
    fprintf(f, "\n  %s", cli_bold(c));
    put_cut(f, v->last_cue, width - 2);
    fputs(cli_reset(c), f);
    if (t) {
      const char *label = cli_msg(CLI_MSG_LIVE_TIP);
      fprintf(f, "  %s%s%s ", cli_dim(c), label, cli_reset(c));
      put_cut(f, t, width - 3 - (int)cli_display_width(label));
    }
    if (next[0]) {
      fputs("  ", f);
      put_cut(f, next, width - 2);
    }
    cli_expand(line, sizeof line, cli_msg(CLI_MSG_LIVE_KEYS), "dot", dot, "sound",
               cli_msg(v->muted ? CLI_MSG_LIVE_KEYS_SOUND_ON : CLI_MSG_LIVE_KEYS_MUTE), (char *)NULL);
    if (v->muted)
      snprintf(line + strlen(line), sizeof line - strlen(line), "   %s", cli_msg(CLI_MSG_LIVE_MUTED));
    if (v->speed != 1.0) {
      char speed[32], words[96];
      snprintf(speed, sizeof speed, "%g", v->speed);
      cli_expand(words, sizeof words, cli_msg(CLI_MSG_LIVE_SPEED), "speed", speed, (char *)NULL);
      snprintf(line + strlen(line), sizeof line - strlen(line), "   %s", words);
    }
    fprintf(f, "\n  %s", cli_dim(c));
    put_cut(f, line, width - 2);
    fputs(cli_reset(c), f);
  }
  fclose(f);
  /* Nothing changed: no redraw (no flicker, and no animation without
   * colour). */
  if (!last_frame || strcmp(last_frame, buf) != 0) {
    fwrite(buf, 1, len, stdout);
    fflush(stdout);
    free(last_frame);
    last_frame = buf;
  } else {
    free(buf);
  }
}
