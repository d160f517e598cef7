/* The core public API: status codes, contexts, allocators, errors, version. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

Test(status, codes_are_pinned) {
  cr_expect_eq(BRF_OK, 0);
  cr_expect_eq(BRF_DONE, 1);
  cr_expect_eq(BRF_E_INVALID, -1);
  cr_expect_eq(BRF_E_NOMEM, -2);
  cr_expect_eq(BRF_E_PARSE, -3);
  cr_expect_eq(BRF_E_SCHEMA, -4);
  cr_expect_eq(BRF_E_NOT_FOUND, -5);
  cr_expect_eq(BRF_E_RANGE, -6);
  cr_expect_eq(BRF_E_IO, -7);
  cr_expect_eq(BRF_E_STATE, -8);
  cr_expect_eq(BRF_E_BUFFER_TOO_SMALL, -9);
  cr_expect_eq(BRF_E_REFER, -10);
  cr_expect_eq(BRF_E_UNSUPPORTED, -11);
  cr_expect_eq(BRF_E_INTERNAL, -12);
  cr_expect_eq(BRF_E_LIMIT, -13);
}

Test(status, every_code_has_a_name_and_text) {
  for (brf_status s = BRF_E_LIMIT; s <= BRF_DONE; s++) {
    cr_expect_neq(strcmp(brf_status_name(s), "BRF_E_UNKNOWN"), 0, "code %d", s);
    cr_expect_neq(strcmp(brf_status_str(s), "unknown status"), 0, "code %d", s);
  }
  cr_expect_str_eq(brf_status_name(BRF_E_PARSE), "BRF_E_PARSE");
  cr_expect_str_eq(brf_status_name(BRF_OK), "BRF_OK");
  cr_expect_str_eq(brf_status_name(-999), "BRF_E_UNKNOWN");
  cr_expect_str_eq(brf_status_str(-999), "unknown status");
  cr_expect_str_eq(brf_status_name(BRF_E_LIMIT - 1), "BRF_E_UNKNOWN");
}

Test(context, new_and_free) {
  brf_context *ctx = NULL;
  cr_assert_eq(brf_context_new(&ctx), BRF_OK);
  cr_assert_not_null(ctx);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  cr_expect_str_eq(brf_context_errmsg(ctx), "");
  cr_expect_eq(brf_context_error_line(ctx), 0);
  brf_context_free(ctx);
  brf_context_free(NULL);
}

Test(context, null_arguments_are_rejected) {
  cr_expect_eq(brf_context_new(NULL), BRF_E_INVALID);
  brf_context *ctx = (brf_context *)0x1;
  cr_expect_eq(brf_context_new_with_allocator(NULL, &ctx), BRF_E_INVALID);
  cr_expect_null(ctx);
  brf_allocator a = {0};
  ctx = (brf_context *)0x1;
  cr_expect_eq(brf_context_new_with_allocator(&a, &ctx), BRF_E_INVALID);
  cr_expect_null(ctx);
  cr_expect_eq(brf_context_errcode(NULL), BRF_E_INVALID);
  cr_expect_not_null(brf_context_errmsg(NULL));
  cr_expect_eq(brf_context_error_line(NULL), 0);
  cr_expect_eq(brf_context_error_column(NULL), 0);
  cr_expect_eq(brf_context_error_offset(NULL), 0);
  brf_context_clear_error(NULL);
  brf_free(NULL, NULL);
}

Test(context, custom_allocator_sees_every_byte) {
  brf_test_alloc st;
  brf_allocator a;
  brf_test_alloc_init(&a, &st);
  brf_context *ctx = NULL;
  cr_assert_eq(brf_context_new_with_allocator(&a, &ctx), BRF_OK);
  cr_expect_eq(st.live_blocks, 1);
  brf_context_free(ctx);
  cr_expect_eq(st.live_blocks, 0);
  cr_expect_eq(st.live_bytes, 0);
}

Test(context, allocation_failure_gives_nomem) {
  brf_test_alloc st;
  brf_allocator a;
  brf_test_alloc_init(&a, &st);
  st.fail_at = 1;
  brf_context *ctx = (brf_context *)0x1;
  cr_expect_eq(brf_context_new_with_allocator(&a, &ctx), BRF_E_NOMEM);
  cr_expect_null(ctx);
  cr_expect_eq(st.live_blocks, 0);
}

Test(version, runtime_matches_headers) {
  cr_expect_eq(brf_version(), (uint32_t)BRF_VERSION_NUMBER);
  cr_expect_str_eq(brf_version_string(), BRF_VERSION_STRING);
  cr_expect_eq(brf_abi_version(), (uint32_t)BRF_ABI_VERSION);
  cr_expect_eq(BRF_VERSION_NUMBER,
               (BRF_VERSION_MAJOR << 16) | (BRF_VERSION_MINOR << 8) | BRF_VERSION_PATCH);
  cr_expect(BRF_VERSION_AT_LEAST(BRF_VERSION_MAJOR, BRF_VERSION_MINOR, BRF_VERSION_PATCH));
  cr_expect(BRF_VERSION_AT_LEAST(0, 0, 0));
  cr_expect(!BRF_VERSION_AT_LEAST(BRF_VERSION_MAJOR + 1, 0, 0));
  char text[32];
  snprintf(text, sizeof text, "%d.%d.%d", BRF_VERSION_MAJOR, BRF_VERSION_MINOR,
           BRF_VERSION_PATCH);
  cr_expect_str_eq(brf_version_string(), text);
}
