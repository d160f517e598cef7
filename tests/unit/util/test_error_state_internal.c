/* White-box tests of the error state (docs/conventions.md, "Error state and
 * warnings"): the formatter's escaping of quoted text, brf__enter, the
 * warnings and the caller-buffer size query. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"
#include "util/core.h"

BRF_TEST_CONTEXT_FIXTURE(error_state_internal);

/* No byte below 0x20, no 0x7F, and strictly valid UTF-8. */
static int clean(const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
    if (*p < 0x20 || *p == 0x7F) return 0;
  return brf__utf8_valid(s, strlen(s), NULL);
}

Test(error_state_internal, quoted_text_escapes_control_bytes) {
  char buf[128];
  brf__format(buf, sizeof buf, "[%s]", "a\x1b[31mb\tc\nd\x7f");
  cr_expect_str_eq(buf, "[a\\x1b[31mb\\x09c\\x0ad\\x7f]");
  brf__format(buf, sizeof buf, "<%c><%c>", 0x1b, 'q');
  cr_expect_str_eq(buf, "<\\x1b><q>");
}

Test(error_state_internal, a_nul_in_a_length_given_text_is_shown_and_the_rest_kept) {
  char buf[64];
  size_t n = brf__format(buf, sizeof buf, "'%.*s'", 7, "cat\0cow");
  cr_expect_str_eq(buf, "'cat\\x00cow'");
  cr_expect_eq(n, strlen("'cat\\x00cow'"), "the full length counts the escape");
}

Test(error_state_internal, invalid_utf8_is_shown_byte_by_byte_and_valid_utf8_passes) {
  char buf[128];
  /* caf\xC3\xA9 and the euro sign are valid; \xFF, a lone continuation, a
   * cut 3-byte sequence, an overlong and a surrogate are not. */
  brf__format(buf, sizeof buf, "%s|%s|%s|%s|%s|%s", "caf\xC3\xA9 \xE2\x82\xAC", "a\xFF" "b",
              "\x80", "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80");
  cr_expect_str_eq(buf, "caf\xC3\xA9 \xE2\x82\xAC|a\\xffb|\\x80|\\xe2\\x82|\\xc0\\xaf|\\xed\\xa0\\x80");
  cr_expect(clean(buf));
}

Test(error_state_internal, output_is_cut_between_whole_characters_and_escapes) {
  char buf[8];
  /* "ab" then an escape (4 bytes) fits in 7; the next escape does not. */
  size_t n = brf__format(buf, sizeof buf, "%s", "ab\x01\x02");
  cr_expect_str_eq(buf, "ab\\x01");
  cr_expect_eq(n, 10);
  brf__format(buf, sizeof buf, "%s", "abcde\xE2\x82\xAC");
  cr_expect_str_eq(buf, "abcde", "the 3-byte character does not fit whole");
  brf__format(buf, sizeof buf, "%s", "abcd\xE2\x82\xAC");
  cr_expect_str_eq(buf, "abcd\xE2\x82\xAC");
}

Test(error_state_internal, messages_are_clean_and_cut_on_a_boundary) {
  char big[1200];
  size_t n = 0;
  while (n + 3 < sizeof big) {
    big[n++] = '\x1b';
    big[n++] = '\xC3';
    big[n++] = '\xA9';
  }
  big[n] = '\0';
  brf__error(ctx, BRF_E_PARSE, "x %s", big);
  const char *m = brf_context_errmsg(ctx);
  cr_expect(clean(m));
  cr_expect_gt(strlen(m), 400);
  cr_expect_lt(strlen(m), 512);
}

Test(error_state_internal, enter_clears_the_error_and_the_warnings) {
  brf__warn(ctx, "w %s", "\x1b");
  brf__error_at(ctx, BRF_E_PARSE, 2, 3, 4, "bad");
  cr_expect_eq(brf_context_warning_count(ctx), 1);
  cr_expect_str_eq(brf_context_warning(ctx, 0), "w \\x1b");
  brf__enter(ctx);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  cr_expect_str_eq(brf_context_errmsg(ctx), "");
  cr_expect_eq(brf_context_error_line(ctx), 0);
  cr_expect_eq(brf_context_error_column(ctx), 0);
  cr_expect_eq(brf_context_error_offset(ctx), 0);
  cr_expect_eq(brf_context_warning_count(ctx), 0);
  cr_expect_null(brf_context_warning(ctx, 0));
  brf__enter(NULL); /* allowed */
}

Test(error_state_internal, clear_error_keeps_the_warnings) {
  brf__enter(ctx);
  brf__warn(ctx, "kept");
  brf__error(ctx, BRF_E_PARSE, "forgotten");
  brf__clear_error(ctx);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  cr_expect_eq(brf_context_warning_count(ctx), 1);
  brf_context_clear_error(ctx);
  cr_expect_eq(brf_context_warning_count(ctx), 1);
}

Test(error_state_internal, warnings_are_kept_in_order_up_to_the_limit) {
  brf__enter(ctx);
  for (int i = 0; i < 12; i++) brf__warn(ctx, "warning %d", i);
  cr_expect_eq(brf_context_warning_count(ctx), 8);
  for (size_t i = 0; i < 8; i++) {
    char want[16];
    brf__format(want, sizeof want, "warning %zu", i);
    cr_expect_str_eq(brf_context_warning(ctx, i), want);
  }
  cr_expect_null(brf_context_warning(ctx, 8));
  /* A long warning fills the pool, cut cleanly; then no more are kept. */
  brf__enter(ctx);
  char big[800];
  memset(big, 'w', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  brf__warn(ctx, "%s", big);
  brf__warn(ctx, "dropped");
  cr_expect_eq(brf_context_warning_count(ctx), 1);
  cr_expect_eq(strlen(brf_context_warning(ctx, 0)), 511);
}

Test(error_state_internal, keep_suspends_enter) {
  brf__error(ctx, BRF_E_RANGE, "the last error");
  brf__keep_begin(ctx);
  brf__keep_begin(ctx);
  brf__enter(ctx);
  brf__keep_end(ctx);
  brf__enter(ctx);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_RANGE, "still kept: the calls nest");
  brf__keep_end(ctx);
  brf__keep_end(ctx); /* unbalanced: no effect */
  brf__enter(ctx);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
}

Test(error_state_internal, a_size_query_leaves_the_last_error) {
  size_t needed = 0;
  brf__error(ctx, BRF_E_PARSE, "the last error");
  cr_expect_eq(brf__copy_out(ctx, "fn", "abc", 3, NULL, 0, &needed), BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(needed, 4);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_PARSE);
  cr_expect_str_eq(brf_context_errmsg(ctx), "the last error");
  /* A real buffer that is too small is a failure of its own. */
  char buf[2];
  cr_expect_eq(brf__copy_out(ctx, "fn", "abc", 3, buf, sizeof buf, &needed),
               BRF_E_BUFFER_TOO_SMALL);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_BUFFER_TOO_SMALL);
  /* A buffer that fits succeeds and clears. */
  char ok[4];
  cr_expect_eq(brf__copy_out(ctx, "fn", "abc", 3, ok, sizeof ok, NULL), BRF_OK);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
}
