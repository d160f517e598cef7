/* The live player's screen (screen_render.c): what session_live.c draws
 * each frame, and the bell. Three layouts: the full screen (a large
 * countdown, two bars), a compact one for terminals under 60x20, and plain
 * lines for TERM=dumb (no escape sequences at all). */
#ifndef BACKRELIEF_CLI_SCREEN_RENDER_H
#define BACKRELIEF_CLI_SCREEN_RENDER_H

#include "cli.h"

/* --sound: a bell at each change of segment and at the last 3 seconds
 * (CLI_SOUND_BELL, the default), or never. */
enum { CLI_SOUND_BELL = 0, CLI_SOUND_NONE = 1 };

typedef struct view {
  cli *c;
  brf_timeline *tl;
  brf_player *p;
  brf_catalog *cat;
  int utf8;
  int color;
  int plain;   /* TERM=dumb: one line per cue, no escape sequences */
  int animate; /* the large countdown; off with --no-color and NO_COLOR */
  int muted;   /* --sound none, or the m key */
  double speed;
  char last_cue[256];
  char next_up[256]; /* the second sentence of the last rest cue: what comes next */
  size_t tips_step;  /* the step the tips below are for (SIZE_MAX: none yet) */
  size_t tips[16];   /* indices of the step's cues that name no exercise outside the routine */
  size_t tips_n;
  int64_t last_second; /* plain and still layouts: the last whole second drawn */
  int last_state;
} view;

/* Set --sound before the session (CLI_SOUND_*). */
void cli_screen_set_sound(int sound);
/* Fill the screen fields of @p v from the terminal and the options. */
void cli_screen_init(view *v);
/* Enter and leave the screen (the alternate screen, the cursor), nothing in
 * plain mode. */
void cli_screen_begin(const view *v);
void cli_screen_end(const view *v);
/* Take the player's queued cues (the bell, the cue line); in plain mode
 * print them. */
void cli_screen_take_cues(view *v);
/* Draw one frame (nothing in plain mode unless the pause state changed). */
void cli_screen_render(view *v);
/* A key the screen handles (m: mute); 1 when it took it. */
int cli_screen_key(view *v, char key);

#endif /* BACKRELIEF_CLI_SCREEN_RENDER_H */
