/* A routine for people: each step with its dose, time and reason, and the
 * total time. */
#include "routine_print.h"
#include "cli_i18n.h"

#include <string.h>

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
    char head[512], time[64], dose[256] = "";
    const brf_dosage *d = brf_routine_step_dose(r, i);
    if (d) brf_dosage_format(d, dose, sizeof dose, NULL);
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
    if (phase > 0 && brf_routine_phase_id(phase))
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

/* The frequency part of a dose's text: from its first frequency part on
 * ("daily", "3x/week", "every 2h, for 2-3d"). */
static void rhythm_label(const brf_dosage *d, char *out, size_t cap) {
  char text[256];
  out[0] = '\0';
  if (!d || brf_dosage_format(d, text, sizeof text, NULL) != BRF_OK) return;
  for (const char *part = text; part; part = strstr(part, ", ") ? strstr(part, ", ") + 2 : NULL) {
    size_t len = strcspn(part, ",");
    if (strncmp(part, "daily", 5) == 0 || strncmp(part, "every ", 6) == 0 ||
        (len > 6 && strncmp(part + len - 6, "x/week", 6) == 0) ||
        (len > 5 && strncmp(part + len - 5, "x/day", 5) == 0)) {
      snprintf(out, cap, "%.*s", (int)(cap - 1), part);
      return;
    }
  }
}

void cli_print_rhythm(cli *c, const brf_routine *r, FILE *f) {
  size_t n = brf_routine_step_count(r);
  char labels[64][96];
  double best = 0;
  size_t lead = SIZE_MAX;
  if (n == 0 || n > 64) return;
  for (size_t i = 0; i < n; i++) {
    const brf_dosage *d = brf_routine_step_dose(r, i);
    rhythm_label(d, labels[i], sizeof labels[i]);
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
    char label[160];
    cli_expand(label, sizeof label, cli_msg(CLI_MSG_RHYTHM_LABEL), "frequency", labels[i],
               (char *)NULL);
    fprintf(f, "  %s", label);
    for (size_t j = i; j < n; j++)
      if (strcmp(labels[j], labels[i]) == 0)
        fprintf(f, "%s %s", j == i ? "" : ",", brf_routine_step_name(r, j));
    fprintf(f, "\n");
  }
}
