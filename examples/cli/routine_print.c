/* A routine for people: each step with its dose, time and reason, and the
 * total time. */
#include "routine_print.h"

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
  fprintf(f, "%s%s%s\n\n", cli_bold(c), name && name[0] ? name : title ? title : "Routine",
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
      fputs("    Why: ", f);
      cli_print_wrapped(f, reason, 9, 9, width);
    }
    const char *note = brf_routine_step_note(r, i);
    if (note && note[0]) {
      fputs("    Note: ", f);
      cli_print_wrapped(f, note, 10, 10, width);
    }
  }
  int64_t lo = 0, hi = 0;
  brf_status s = brf_routine_estimate_ms(r, &lo, &hi);
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  char range[80];
  cli_format_duration_range(lo, hi, " to ", range, sizeof range);
  fprintf(f, "\nTotal: %s%s%s, with the get-ready and the changes between exercises.\n",
          cli_bold(c), range, cli_reset(c));
  return 0;
}
