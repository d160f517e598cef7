/* A routine for people: each step with its dose, time and reason, and the
 * total time. */
#include "routine_print.h"
#include "cli_i18n.h"

#include <string.h>

/* A dose as the person reads it in the CLI's language (for English, the
 * notation exactly: brf_dosage_describe writes the same text); the notation
 * in a library built without it (BRF_WITH_DOSAGE_DESCRIBE=OFF). */
static void cli_dose_text(cli *c, const brf_dosage *d, char *out, size_t cap) {
  if (brf_dosage_describe(d, brf_context_text_locale(c->ctx), out, cap, NULL) != BRF_OK &&
      brf_dosage_format(d, out, cap, NULL) != BRF_OK)
    out[0] = '\0';
}

static void step_time(const brf_routine *r, size_t i, char *out, size_t cap) {
  int64_t lo = 0, hi = 0;
  const brf_dosage *d = brf_routine_step_dose(r, i);
  out[0] = '\0';
  if (!d || brf_dosage_estimate_for_modality_ms(d, brf_routine_step_modality(r, i), &lo, &hi) !=
                BRF_OK)
    return;
  cli_format_duration_range(lo, hi, "-", out, cap);
}

int cli_print_routine(cli *c, const brf_routine *r, const char *title, FILE *f) {
  size_t width = (size_t)cli_terminal_width();
  size_t n = brf_routine_step_count(r);
  const char *name = brf_routine_name(r);
  fprintf(f, "%s%s%s\n\n", cli_bold(c), name && name[0] ? name : title ? title : cli_msg(CLI_MSG_ROUTINE_UNTITLED),
          cli_reset(c));
  for (size_t i = 0; i < n; i++) {
    char head[512], time[64], dose[512] = "";
    const brf_dosage *d = brf_routine_step_dose(r, i);
    if (d) cli_dose_text(c, d, dose, sizeof dose);
    step_time(r, i, time, sizeof time);
    snprintf(head, sizeof head, "%2zu. %s", i + 1, brf_routine_step_name(r, i));
    fprintf(f, "%s", cli_bold(c));
    size_t hw = cli_display_width(head);
    size_t tw = cli_display_width(time);
    fputs(head, f);
    fprintf(f, "%s", cli_reset(c));
    for (size_t k = hw; k + tw + 1 < width && k < 70; k++) fputc(' ', f);
    fprintf(f, " %s\n", time);
    int32_t phase = brf_routine_step_phase(r, i);
    fprintf(f, "    %s", dose);
    /* the phase's name in the person's language (its id in English) */
    static const int phase_msg[BRF_PHASE_COUNT] = {
        -1, CLI_MSG_PHASE_WARM_UP, CLI_MSG_PHASE_RELEASE, CLI_MSG_PHASE_STRETCH,
        CLI_MSG_PHASE_STRENGTHEN, CLI_MSG_PHASE_COOL_DOWN};
    if (phase > 0 && phase < BRF_PHASE_COUNT)
      fprintf(f, "  %s[%s]%s", cli_dim(c), cli_msg(phase_msg[phase]), cli_reset(c));
    else if (phase > 0 && brf_routine_phase_id(phase))
      fprintf(f, "  %s[%s]%s", cli_dim(c), brf_routine_phase_id(phase), cli_reset(c));
    fprintf(f, "  %s(%s)%s\n", cli_dim(c), brf_routine_step_exercise_id(r, i), cli_reset(c));
    const char *reason = brf_routine_step_reason(r, i);
    if (reason && reason[0]) {
      const char *why = cli_msg(CLI_MSG_ROUTINE_WHY);
      fprintf(f, "    %s ", why);
      size_t at = 5 + cli_display_width(why);
      cli_print_wrapped(f, reason, at, at, width);
    }
    const char *note = brf_routine_step_note(r, i);
    if (note && note[0]) {
      const char *label = cli_msg(CLI_MSG_ROUTINE_NOTE);
      fprintf(f, "    %s ", label);
      size_t at = 5 + cli_display_width(label);
      cli_print_wrapped(f, note, at, at, width);
    }
  }
  int64_t lo = 0, hi = 0;
  brf_status s = brf_routine_estimate_ms(r, &lo, &hi);
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  char range[80], bold[128], line[512];
  cli_format_duration_range(lo, hi, NULL, range, sizeof range);
  snprintf(bold, sizeof bold, "%s%s%s", cli_bold(c), range, cli_reset(c));
  cli_expand(line, sizeof line, cli_msg(CLI_MSG_ROUTINE_TOTAL), "time", bold, (char *)NULL);
  fprintf(f, "\n%s\n", line);
  return 0;
}

/* ---- the week's rhythm (issue 17): one line per frequency ---- */

/* Days a week of a dose's frequency, for choosing the main rhythm: 0 for an
 * interval under a day or a window (its own small sessions), -1 for none. */
static double rhythm_days(const brf_dosage *d) {
  int64_t lo = 0, hi = 0;
  if (!d) return -1;
  if (brf_dosage_get(d, BRF_DOSE_WINDOW_MS, &lo, &hi) == BRF_OK) return 0;
  if (brf_dosage_get(d, BRF_DOSE_INTERVAL_MS, &lo, &hi) == BRF_OK) {
    int64_t day = 24LL * 3600 * 1000;
    if (hi < day) return 0;
    return 7.0 / (double)((hi + day / 2) / day);
  }
  if (brf_dosage_get(d, BRF_DOSE_PER_WEEK, &lo, &hi) == BRF_OK) return (double)hi;
  if (brf_dosage_get(d, BRF_DOSE_PER_DAY, &lo, &hi) == BRF_OK) return 7;
  return -1;
}

/* The frequency part of a dose, in the CLI's language: its times a day,
 * days a week, interval and (with one of these) how long, as a dose of those
 * fields alone ("daily", "3x/week", "every 2h, for 2-3d"; "täglich",
 * "alle 2 Stunden, 2–3 Tage lang"); "" for a dose without a frequency. */
static void rhythm_label(cli *c, const brf_dosage *d, char *out, size_t cap) {
  static const int32_t freq[] = {BRF_DOSE_PER_DAY, BRF_DOSE_PER_WEEK, BRF_DOSE_INTERVAL_MS,
                                 BRF_DOSE_WINDOW_MS};
  brf_dosage *f = NULL;
  int any = 0;
  out[0] = '\0';
  if (!d || brf_dosage_new(c->ctx, &f) != BRF_OK) return;
  for (size_t i = 0; i < sizeof freq / sizeof freq[0]; i++) {
    int64_t lo = 0, hi = 0;
    if (brf_dosage_get(d, freq[i], &lo, &hi) != BRF_OK) continue;
    if (freq[i] != BRF_DOSE_WINDOW_MS) any = 1;
    brf_dosage_set(f, freq[i], lo, hi);
  }
  if (any) cli_dose_text(c, f, out, cap);
  brf_dosage_free(f);
}

void cli_print_rhythm(cli *c, const brf_routine *r, FILE *f) {
  size_t n = brf_routine_step_count(r);
  char labels[64][160];
  double best = 0;
  size_t lead = SIZE_MAX;
  if (n == 0 || n > 64) return;
  for (size_t i = 0; i < n; i++) {
    const brf_dosage *d = brf_routine_step_dose(r, i);
    rhythm_label(c, d, labels[i], sizeof labels[i]);
    double w = labels[i][0] ? rhythm_days(d) : -1;
    if (w > best) {
      best = w;
      lead = i;
    }
  }
  /* a step without a frequency goes with the most frequent step (docs/schedules.md, G2) */
  for (size_t i = 0; i < n; i++)
    if (!labels[i][0]) snprintf(labels[i], sizeof labels[i], "%s",
                                    lead == SIZE_MAX ? cli_msg(CLI_MSG_RHYTHM_DAILY) : labels[lead]);
  fprintf(f, "\n%s%s%s %s\n", cli_bold(c), cli_msg(CLI_MSG_RHYTHM_TITLE), cli_reset(c),
          cli_msg(CLI_MSG_RHYTHM_HINT));
  for (size_t i = 0; i < n; i++) {
    int first = 1;
    for (size_t j = 0; j < i && first; j++)
      if (strcmp(labels[j], labels[i]) == 0) first = 0;
    if (!first) continue;
    char label[256];
    cli_expand(label, sizeof label, cli_msg(CLI_MSG_RHYTHM_LABEL), "frequency", labels[i],
               (char *)NULL);
    fprintf(f, "  %s", label);
    for (size_t j = i; j < n; j++)
      if (strcmp(labels[j], labels[i]) == 0)
        fprintf(f, "%s %s", j == i ? "" : ",", brf_routine_step_name(r, j));
    fprintf(f, "\n");
  }
}
