/*
 * What a watch firmware does with libbackrelief: it receives a routine from
 * the phone as JSON, resolves it against the built-in catalog (or, in a build
 * without it, a small catalog made on the watch), builds the session's
 * timeline and a player, and plays the session to the end with 1-second ticks,
 * clearing the cues as a watch face would show them. scripts/cortex-m.sh links
 * it for the Cortex-M4 target with --gc-sections and reports its size: what a
 * firmware really pays for the library. It is also run on the host against the
 * watch configuration (modules a watch does not need left out).
 *
 * The exit status says which step failed (0 = the whole session played and
 * every step was done), since the target program has no console.
 *
 *   BRF_EXPECT_CATALOG=0|1  whether the built-in catalog was compiled in
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "backrelief.h"

#ifndef BRF_EXPECT_CATALOG
#define BRF_EXPECT_CATALOG 1
#endif

/* The routine as the phone sends it (docs/formats.md, "Routine"). */
static const char routine_json[] =
    "{\"format\": \"backrelief-routine\", \"format_version\": 1, \"name\": \"evening\","
    " \"steps\": ["
    "{\"exercise\": \"glute-ball-release\", \"dose\": \"45s, each side\"},"
    "{\"exercise\": \"glute-stretch\", \"dose\": \"2 reps, hold 20s, each side\"}]}";

#if !BRF_EXPECT_CATALOG
/* The two exercises the routine names, made on the watch. */
static brf_status add_exercise(brf_catalog *cat, brf_context *ctx, const char *id,
                               const char *name, int32_t modality)
{
  brf_exercise_draft *d = NULL;
  brf_status st = brf_exercise_draft_new(ctx, &d);
  if (st == BRF_OK)
    st = brf_exercise_draft_set_id(d, id);
  if (st == BRF_OK)
    st = brf_exercise_draft_set_name(d, name);
  if (st == BRF_OK)
    st = brf_exercise_draft_set_modality(d, modality);
  if (st == BRF_OK)
    st = brf_exercise_draft_set_laterality(d, BRF_LATERALITY_EACH_SIDE);
  if (st == BRF_OK)
    st = brf_catalog_add(cat, d);
  brf_exercise_draft_free(d);
  return st;
}
#endif

static brf_status open_catalog(brf_context *ctx, brf_catalog **out)
{
#if BRF_EXPECT_CATALOG
  return brf_catalog_new_builtin(ctx, out);
#else
  brf_status st = brf_catalog_new_empty(ctx, out);
  if (st == BRF_OK)
    st = add_exercise(*out, ctx, "glute-ball-release", "Glute ball release",
                      BRF_MODALITY_SELF_MASSAGE);
  if (st == BRF_OK)
    st = add_exercise(*out, ctx, "glute-stretch", "Supine glute stretch",
                      BRF_MODALITY_STATIC_STRETCH);
  return st;
#endif
}

/* Play to the end with 1 s ticks; 0 when every step was done. */
static int play(brf_player *pl, int64_t total_ms)
{
  int64_t ticks = 0, max_ticks = total_ms / 1000 + 2;
  size_t cues = 0, i;
  if (brf_player_start(pl) != BRF_OK)
    return 20;
  while (brf_player_state(pl) == BRF_PLAYER_RUNNING) {
    if (++ticks > max_ticks)
      return 21; /* the session outlasts its own timeline */
    if (brf_player_advance(pl, 1000) != BRF_OK)
      return 22;
    for (i = 0; i < brf_player_cue_count(pl); i++)
      if (brf_player_cue_text(pl, i) == NULL)
        return 23;
    cues += brf_player_cue_count(pl);
    brf_player_cues_clear(pl);
  }
  if (brf_player_state(pl) != BRF_PLAYER_FINISHED || cues == 0)
    return 24;
  if (brf_player_record_count(pl) != 2)
    return 25;
  for (i = 0; i < brf_player_record_count(pl); i++) {
    int32_t status = -1;
    if (brf_player_record_at(pl, i, &status, NULL, NULL) != BRF_OK || status != BRF_RECORD_DONE)
      return 26;
  }
  return 0;
}

int main(void)
{
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_routine *r = NULL;
  brf_timeline *tl = NULL;
  brf_player *pl = NULL;
  int rc = 0;
  if (brf_context_new(&ctx) != BRF_OK)
    return 1;
  if (open_catalog(ctx, &cat) != BRF_OK)
    rc = 10;
  else if (brf_routine_from_json(ctx, routine_json, strlen(routine_json), cat, 0, &r) != BRF_OK ||
           brf_routine_step_count(r) != 2)
    rc = 11;
  else if (brf_timeline_new(ctx, r, BRF_TIMELINE_MIN, &tl) != BRF_OK)
    rc = 12;
  else if (brf_player_new(ctx, tl, &pl) != BRF_OK)
    rc = 13;
  else
    rc = play(pl, brf_timeline_total_ms(tl));
  brf_player_free(pl);
  brf_timeline_free(tl);
  brf_routine_free(r);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return rc;
}
