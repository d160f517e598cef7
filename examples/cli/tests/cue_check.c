/* cue_check: the cue stream the CLI's `run --no-tty` and `run --json` must
 * print, built independently through the public API: the same timeline,
 * played with one-second ticks (the CLI jumps to the end in one advance),
 * with checks that the stream is whole: times never go back, nothing was
 * dropped, and the last cue is session-done at the timeline's total.
 *
 *   cue_check ID... [--min] [--json]   built-in exercises with their default doses
 *
 * One ID builds the timeline with brf_timeline_new_from_dose (the CLI always
 * goes through a routine and brf_timeline_new, so the two constructors are
 * compared too); several build a routine.
 */
#include <backrelief.h>
#include <stdio.h>
#include <string.h>

static void json_string(const char *s) {
  putchar('"');
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\')
      printf("\\%c", *p);
    else if (*p < 0x20)
      printf("\\u%04x", *p);
    else
      putchar(*p);
  }
  putchar('"');
}

static int drain(brf_player *p, int json, int64_t *last_t, int32_t *last_kind) {
  for (size_t i = 0; i < brf_player_cue_count(p); i++) {
    int32_t kind;
    int64_t at;
    size_t ex;
    if (brf_player_cue_at(p, i, &kind, &at, &ex) != BRF_OK) return 1;
    if (at < *last_t) {
      fprintf(stderr, "cue_check: cue %zu goes back in time\n", i);
      return 1;
    }
    *last_t = at;
    *last_kind = kind;
    const char *text = brf_player_cue_text(p, i);
    if (json) {
      printf("{\"t_ms\": %lld, \"kind\": ", (long long)at);
      json_string(brf_player_cue_kind_name(kind));
      printf(", \"exercise\": %zu, \"text\": ", ex);
      json_string(text);
      printf("}\n");
    } else {
      printf("%s\n", text);
    }
  }
  brf_player_cues_clear(p);
  return 0;
}

int main(int argc, char **argv) {
  int json = 0;
  int32_t which = BRF_TIMELINE_MAX;
  const char *ids[64];
  size_t n = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--json") == 0)
      json = 1;
    else if (strcmp(argv[i], "--min") == 0)
      which = BRF_TIMELINE_MIN;
    else if (n < 64)
      ids[n++] = argv[i];
  }
  if (n == 0) {
    fprintf(stderr, "usage: cue_check ID... [--min] [--json]\n");
    return 2;
  }
  const char *id = ids[0];
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_dosage *dose = NULL;
  brf_routine *r = NULL;
  brf_timeline *tl = NULL;
  brf_player *p = NULL;
  int rc = 1;
  if (brf_context_new(&ctx) != BRF_OK || brf_catalog_new_builtin(ctx, &cat) != BRF_OK) goto out;
  if (n == 1) {
    const brf_exercise *ex = brf_catalog_find(cat, id);
    if (!ex) goto out;
    const char *text = brf_exercise_default_dose(ex);
    if (brf_dosage_parse(ctx, text, strlen(text), &dose) != BRF_OK) goto out;
    if (brf_timeline_new_from_dose(ctx, id, brf_exercise_name(ex), brf_exercise_modality(ex),
                                   dose, which, &tl) != BRF_OK)
      goto out;
  } else {
    if (brf_routine_new(ctx, &r) != BRF_OK) goto out;
    for (size_t i = 0; i < n; i++) {
      id = ids[i];
      const brf_exercise *ex = brf_catalog_find(cat, id);
      if (!ex || brf_routine_append(r, ex, NULL) != BRF_OK) goto out;
    }
    if (brf_timeline_new(ctx, r, which, &tl) != BRF_OK) goto out;
  }
  if (brf_player_new(ctx, tl, &p) != BRF_OK || brf_player_start(p) != BRF_OK) goto out;
  int64_t last_t = 0;
  int32_t last_kind = -1;
  if (drain(p, json, &last_t, &last_kind)) goto out;
  while (brf_player_state(p) == BRF_PLAYER_RUNNING) {
    if (brf_player_advance(p, 1000) != BRF_OK || drain(p, json, &last_t, &last_kind)) goto out;
  }
  if (brf_player_cues_dropped(p) != 0 || last_kind != BRF_CUE_SESSION_DONE ||
      last_t != brf_timeline_total_ms(tl)) {
    fprintf(stderr, "cue_check: the stream does not end with session-done at the total\n");
    goto out;
  }
  rc = 0;
out:
  if (rc) fprintf(stderr, "cue_check: %s failed: %s\n", id ? id : "?", brf_context_errmsg(ctx));
  brf_player_free(p);
  brf_timeline_free(tl);
  brf_routine_free(r);
  brf_dosage_free(dose);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return rc;
}
