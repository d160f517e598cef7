/* The profile a routine was planned for: `plan --save NAME` keeps the
 * planner's profile as DATA/routines/.adapt/NAME.profile, and `next` passes
 * it to brf_adapt_next, so a progression stays within the person's level
 * (an unset level plans as a beginner: docs/planner.md), avoids their
 * conditions and needs only their equipment (docs/adaptation.md). */
#include "profile_store.h"

#include "routine_ref.h"
#include "store.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int profile_path(cli *c, const char *stem, char *path, size_t cap, int create) {
  char dir[4200];
  int rc = cli_routines_dir(c, dir, sizeof dir, create);
  if (rc) return rc;
  if (create) {
    char adapt[4300];
    snprintf(adapt, sizeof adapt, "%s/.adapt", dir);
    if ((rc = cli_ensure_dir(adapt)) != 0) return rc;
  }
  int n = snprintf(path, cap, "%s/.adapt/%s.profile", dir, stem);
  if (n < 0 || (size_t)n >= cap) {
    cli_error("the data folder's path is too long");
    return CLI_EXIT_IO;
  }
  return 0;
}

int cli_profile_save(cli *c, const char *stem, const brf_profile *p) {
  char path[4600], body[4096];
  size_t n = 0;
  int rc = profile_path(c, stem, path, sizeof path, 1);
  if (rc) return rc;
  int32_t level = brf_profile_level(p), age = brf_profile_age_years(p);
  if (level >= 0) n += (size_t)snprintf(body + n, sizeof body - n, "level %s\n", brf_level_id(level));
  if (age >= 0 && n < sizeof body) n += (size_t)snprintf(body + n, sizeof body - n, "age %d\n", (int)age);
  for (int32_t k = 0; k < BRF_CONDITION_COUNT && n < sizeof body; k++)
    if (brf_profile_has_condition(p, k) == 1)
      n += (size_t)snprintf(body + n, sizeof body - n, "condition %s\n", brf_condition_id(k));
  for (int32_t k = 0; k < BRF_EQUIPMENT_COUNT && n < sizeof body; k++)
    if (brf_profile_has_equipment(p, k) == 1)
      n += (size_t)snprintf(body + n, sizeof body - n, "equipment %s\n", brf_equipment_id(k));
  if (n >= sizeof body) n = sizeof body - 1;
  return cli_write_data_file(c, path, body, n, CLI_MODE_PRIVATE);
}

/* Apply one "key value" line to p. */
static brf_status apply_line(cli *c, brf_profile *p, const char *key, const char *value) {
  int32_t v = 0;
  brf_status s = BRF_E_NOT_FOUND;
  size_t len = strlen(value);
  if (strcmp(key, "level") == 0 && (s = brf_level_from_id(value, len, &v)) == BRF_OK)
    s = brf_profile_set_level(p, v);
  else if (strcmp(key, "condition") == 0 && (s = brf_condition_from_id(value, len, &v)) == BRF_OK)
    s = brf_profile_set_condition(p, v, 1);
  else if (strcmp(key, "equipment") == 0 && (s = brf_equipment_from_id(value, len, &v)) == BRF_OK)
    s = brf_profile_set_equipment(p, v, 1);
  else if (strcmp(key, "age") == 0) {
    char *end = NULL;
    long a = strtol(value, &end, 10);
    s = end && end != value && !*end && a >= 0 && a <= 130 ? brf_profile_set_age_years(p, (int32_t)a)
                                                          : BRF_E_RANGE;
  }
  (void)c;
  return s;
}

int cli_profile_load(cli *c, const char *stem, brf_profile **out) {
  char path[4600];
  struct stat sb;
  *out = NULL;
  if (profile_path(c, stem, path, sizeof path, 0) != 0 || stat(path, &sb) != 0) return 0;
  char *text = NULL;
  size_t len = 0;
  int rc = cli_read_data_file(path, &text, &len);
  if (rc) return rc;
  brf_profile *p = NULL;
  brf_status s = brf_profile_new(c->ctx, &p);
  if (s != BRF_OK) rc = cli_fail(c, s, NULL);
  size_t lineno = 0;
  for (char *line = text, *next; rc == 0 && line && *line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = '\0';
    lineno++;
    char key[32], value[128];
    if (!line[0]) continue;
    if (sscanf(line, "%31s %127s", key, value) != 2 || apply_line(c, p, key, value) != BRF_OK) {
      cli_error("%s:%zu: '%s' is not a profile line (level, age, condition or equipment and "
                "an id) [%s]", path, lineno, line, brf_status_name(BRF_E_SCHEMA));
      rc = CLI_EXIT_DATA;
    }
  }
  free(text);
  brf_context_clear_error(c->ctx);
  if (rc) {
    brf_profile_free(p);
    return rc;
  }
  *out = p;
  return 0;
}
