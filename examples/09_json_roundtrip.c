/* 09_json_roundtrip: save a routine as JSON and read it back. Writing is
 * deterministic, so save -> load -> save gives the same bytes (apps can diff
 * or hash saved routines). Reading is strict: a document with a mistake is
 * refused with a status and a message naming the JSON path (and line) of the
 * offending value; text that is not JSON at all gives its line and column.
 * Introduces: brf_routine_to_json, brf_routine_from_json, BRF_E_NOT_FOUND,
 * BRF_E_SCHEMA, BRF_E_PARSE, brf_context_error_line/column. */
#include <string.h>

#include "common.h"

/* Try to read a document that should fail; print the status and where. */
static void show_error(brf_context *ctx, const brf_catalog *cat, const char *doc) {
  brf_routine *r = NULL;
  brf_status st = brf_routine_from_json(ctx, doc, strlen(doc), cat, 0, &r);
  printf("%s at line %zu, column %zu:\n  %s\n", brf_status_name(st),
         brf_context_error_line(ctx), brf_context_error_column(ctx), brf_context_errmsg(ctx));
  if (st >= 0 || r != NULL) /* unreachable: the document is wrong on purpose */
    exit(1);
}

int main(void) {
  brf_context *ctx = NULL;
  brf_catalog *cat = NULL;
  brf_routine *r = NULL, *back = NULL;
  CHECK(ctx, brf_context_new(&ctx));
  CHECK(ctx, brf_catalog_new_builtin(ctx, &cat));
  CHECK(ctx, brf_routine_new(ctx, &r));
  CHECK(ctx, brf_routine_set_name(r, "Desk break"));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "seated-piriformis-stretch"), NULL));
  CHECK(ctx, brf_routine_append(r, brf_catalog_find(cat, "glute-bridge"), NULL));

  /* Save (pretty), load against the built-in catalog, save again. Texts are
   * owned by the caller and freed with brf_free. */
  char *first = NULL, *second = NULL;
  size_t first_len = 0, second_len = 0;
  CHECK(ctx, brf_routine_to_json(ctx, r, BRF_JSON_PRETTY, &first, &first_len));
  printf("%s", first);
  CHECK(ctx, brf_routine_from_json(ctx, first, first_len, cat, 0, &back));
  CHECK(ctx, brf_routine_to_json(ctx, back, BRF_JSON_PRETTY, &second, &second_len));
  int same = first_len == second_len && memcmp(first, second, first_len) == 0;
  printf("round trip: %zu bytes, then %zu bytes: %s\n\n", first_len, second_len,
         same ? "identical" : "DIFFERENT");
  brf_free(ctx, first);
  brf_free(ctx, second);
  if (!same)
    return 1;

  /* A misspelled exercise id: the catalog has no such exercise. */
  show_error(ctx, cat,
             "{\"format\": \"backrelief-routine\", \"format_version\": 1, \"name\": \"Oops\",\n"
             " \"steps\": [{\"exercise\": \"glute-bridge\"},\n"
             "           {\"exercise\": \"glute-brige\"}]}");
  /* A dose that is not valid notation. */
  show_error(ctx, cat,
             "{\"format\": \"backrelief-routine\", \"format_version\": 1, \"name\": \"Oops\",\n"
             " \"steps\": [{\"exercise\": \"glute-bridge\", \"dose\": \"3 sets of many\"}]}");
  /* Not JSON: a trailing comma. */
  show_error(ctx, cat, "{\"format\": \"backrelief-routine\",\n \"steps\": [],\n}");

  brf_routine_free(back);
  brf_routine_free(r);
  brf_catalog_free(cat);
  brf_context_free(ctx);
  return 0;
}
