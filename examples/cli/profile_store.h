/* The profile a routine was planned for (profile_store.c), kept beside the
 * routine so that `next` adapts it within the same level, conditions, age
 * and equipment. */
#ifndef BACKRELIEF_CLI_PROFILE_STORE_H
#define BACKRELIEF_CLI_PROFILE_STORE_H

#include "cli.h"

/* DATA/routines/.adapt/STEM.profile <- @p p: one "key value" a line (level,
 * age, condition and equipment ids). 0 or an exit status. */
int cli_profile_save(cli *c, const char *stem, const brf_profile *p);
/* The profile saved for STEM into *out (brf_profile_free), or NULL when
 * there is none. A file that does not read is exit 65, naming its line. */
int cli_profile_load(cli *c, const char *stem, brf_profile **out);

#endif
