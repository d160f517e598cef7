#include "util/core.h"

typedef struct status_info {
  brf_status code;
  const char *name;
  const char *text;
} status_info;

static const status_info STATUSES[] = {
    {BRF_OK, "BRF_OK", "success"},
    {BRF_DONE, "BRF_DONE", "no more items"},
    {BRF_E_INVALID, "BRF_E_INVALID", "invalid argument"},
    {BRF_E_NOMEM, "BRF_E_NOMEM", "out of memory"},
    {BRF_E_PARSE, "BRF_E_PARSE", "text is not well formed"},
    {BRF_E_SCHEMA, "BRF_E_SCHEMA", "document is not valid for its format"},
    {BRF_E_NOT_FOUND, "BRF_E_NOT_FOUND", "not found"},
    {BRF_E_RANGE, "BRF_E_RANGE", "value out of range"},
    {BRF_E_IO, "BRF_E_IO", "input or output failed"},
    {BRF_E_STATE, "BRF_E_STATE", "not allowed in the current state"},
    {BRF_E_BUFFER_TOO_SMALL, "BRF_E_BUFFER_TOO_SMALL", "buffer too small"},
    {BRF_E_REFER, "BRF_E_REFER",
     "warning signs present: see a clinician instead of self-treating"},
    {BRF_E_UNSUPPORTED, "BRF_E_UNSUPPORTED", "not supported by this build"},
    {BRF_E_INTERNAL, "BRF_E_INTERNAL", "internal error in libbackrelief"},
    {BRF_E_LIMIT, "BRF_E_LIMIT", "a limit of the context was reached"},
};

static const status_info *find(brf_status s) {
  for (size_t i = 0; i < sizeof STATUSES / sizeof STATUSES[0]; i++)
    if (STATUSES[i].code == s) return &STATUSES[i];
  return NULL;
}

const char *brf_status_str(brf_status s) {
  const status_info *i = find(s);
  return i != NULL ? i->text : "unknown status";
}

const char *brf_status_name(brf_status s) {
  const status_info *i = find(s);
  return i != NULL ? i->name : "BRF_E_UNKNOWN";
}
