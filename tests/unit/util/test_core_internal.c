/* White-box tests of the core services every module builds on. */
#include <criterion/criterion.h>
#include <string.h>

#include "util/core.h"
#include "support.h"

BRF_TEST_CONTEXT_FIXTURE(core_internal);

Test(core_internal, error_keeps_code_message_and_position) {
  brf_status s = brf__error_at(ctx, BRF_E_PARSE, 3, 7, 42, "bad %s at %d (%zu, %lld) %.*s %c%%",
                               "token", -5, (size_t)9, (long long)-9000000000LL, 3, "abcdef",
                               'x');
  cr_expect_eq(s, BRF_E_PARSE);
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_PARSE);
  cr_expect_str_eq(brf_context_errmsg(ctx), "bad token at -5 (9, -9000000000) abc x%");
  cr_expect_eq(brf_context_error_line(ctx), 3);
  cr_expect_eq(brf_context_error_column(ctx), 7);
  cr_expect_eq(brf_context_error_offset(ctx), 42);
  brf__error(ctx, BRF_E_RANGE, "plain");
  cr_expect_eq(brf_context_error_line(ctx), 0, "a positionless error clears the position");
  brf_context_clear_error(ctx);
  cr_expect_eq(brf_context_errcode(ctx), BRF_OK);
  cr_expect_str_eq(brf_context_errmsg(ctx), "");
}

Test(core_internal, long_message_is_cut_on_a_utf8_boundary) {
  char big[2000];
  size_t n = 0;
  while (n + 2 < sizeof big - 1) {
    big[n++] = (char)0xC3; /* é */
    big[n++] = (char)0xA9;
  }
  big[n] = '\0';
  brf__error(ctx, BRF_E_INVALID, "x%s", big);
  const char *m = brf_context_errmsg(ctx);
  cr_expect(strlen(m) > 100);
  cr_expect(brf__utf8_valid(m, strlen(m), NULL));
}

Test(core_internal, formatter_reports_full_length) {
  char small[4];
  size_t n = brf__format(small, sizeof small, "%s-%d", "abcdef", 12);
  cr_expect_eq(n, 9);
  cr_expect_str_eq(small, "abc");
  cr_expect_eq(brf__format(NULL, 0, "%u", 123u), 3);
  char out[32];
  brf__format(out, sizeof out, "%s|%.*s", (const char *)NULL, 2, (const char *)NULL);
  cr_expect_str_eq(out, "(null)|(null)");
  brf__format(out, sizeof out, "%lld", (long long)INT64_MIN);
  cr_expect_str_eq(out, "-9223372036854775808");
}

/* Long ASCII runs are checked 64 and 16 bytes at a time (SSE2 or 64-bit
 * words) before the byte loop: a bad byte, a character and a truncated
 * character at every position of texts of every length up to 200 bytes
 * are found exactly where the byte loop alone finds them. */
Test(core_internal, utf8_validation_of_long_runs_finds_every_position) {
  char buf[210];
  for (size_t len = 1; len <= 200; len++) {
    memset(buf, 'a', len);
    size_t bad = 999;
    cr_assert(brf__utf8_valid(buf, len, &bad), "len %zu: all ASCII", len);
    for (size_t at = 0; at < len; at++) {
      buf[at] = (char)0xFF; /* never valid */
      cr_assert(!brf__utf8_valid(buf, len, &bad) && bad == at, "len %zu, 0xFF at %zu: %zu",
                len, at, bad);
      buf[at] = (char)0xC3; /* a lead byte: valid only with its continuation */
      int ok = brf__utf8_valid(buf, len, &bad);
      cr_assert(!ok && bad == at, "len %zu, lone C3 at %zu", len, at);
      if (at + 1 < len) {
        buf[at + 1] = (char)0xA9;
        cr_assert(brf__utf8_valid(buf, len, &bad), "len %zu, C3 A9 at %zu", len, at);
        buf[at + 1] = 'a';
      }
      buf[at] = 'a';
    }
  }
}

Test(core_internal, utf8_validation_is_strict) {
  struct {
    const char *s;
    int ok;
    size_t bad;
  } cases[] = {
      {"plain", 1, 0},
      {"caf\xC3\xA9", 1, 0},
      {"\xE2\x82\xAC", 1, 0},         /* euro */
      {"\xF0\x9F\x98\x80", 1, 0},     /* emoji */
      {"\xF4\x8F\xBF\xBF", 1, 0},     /* U+10FFFF */
      {"a\xC0\xAF", 0, 1},            /* overlong slash */
      {"\xE0\x80\xAF", 0, 0},         /* overlong */
      {"\xED\xA0\x80", 0, 0},         /* surrogate */
      {"\xF4\x90\x80\x80", 0, 0},     /* above U+10FFFF */
      {"ab\x80", 0, 2},               /* lone continuation */
      {"\xC3", 0, 0},                 /* truncated */
      {"\xF8\x88\x80\x80\x80", 0, 0}, /* 5-byte form */
      {"\xFF", 0, 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t bad = 999;
    int ok = brf__utf8_valid(cases[i].s, strlen(cases[i].s), &bad);
    cr_expect_eq(ok, cases[i].ok, "case %zu", i);
    if (!cases[i].ok) cr_expect_eq(bad, cases[i].bad, "case %zu offset", i);
  }
  size_t i = 0;
  const char *s = "\xC3\xA9\xF0\x9F\x98\x80z";
  cr_expect_eq(brf__utf8_next(s, strlen(s), &i), 0xE9u);
  cr_expect_eq(brf__utf8_next(s, strlen(s), &i), 0x1F600u);
  cr_expect_eq(brf__utf8_next(s, strlen(s), &i), (uint32_t)'z');
  cr_expect_eq(i, strlen(s));
}

Test(core_internal, buffer_grows_and_hands_over) {
  brf__buf b;
  brf__buf_init(&b, ctx);
  for (int i = 0; i < 1000; i++) brf__buf_puts(&b, "ab");
  brf__buf_putc(&b, '|');
  brf__buf_put_i64(&b, -42);
  char *out = NULL;
  size_t len = 0;
  cr_assert_eq(brf__buf_take(&b, &out, &len), BRF_OK);
  cr_expect_eq(len, 2004);
  cr_expect_str_eq(out + 2000, "|-42");
  brf_free(ctx, out);

  brf__buf_init(&b, ctx);
  cr_assert_eq(brf__buf_take(&b, &out, &len), BRF_OK);
  cr_expect_eq(len, 0);
  cr_expect_str_eq(out, "");
  brf_free(ctx, out);
}

Test(core_internal, buffer_latches_allocation_failure) {
  brf__buf b;
  brf__buf_init(&b, ctx);
  st.fail_at = st.calls + 2; /* the second growth fails */
  for (int i = 0; i < 100; i++) brf__buf_puts(&b, "0123456789");
  char *out = (char *)0x1;
  cr_expect_eq(brf__buf_take(&b, &out, NULL), BRF_E_NOMEM);
  cr_expect_eq(out, (char *)0x1, "out is untouched on failure");
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_NOMEM);
}

Test(core_internal, context_outlives_its_objects) {
  brf_test_alloc st2;
  brf_allocator a;
  brf_test_alloc_init(&a, &st2);
  brf_context *c2;
  cr_assert_eq(brf_context_new_with_allocator(&a, &c2), BRF_OK);
  brf__ctx_retain(c2);
  brf__ctx_retain(c2);
  brf_context_free(c2); /* the host finalises the context first */
  cr_expect_eq(st2.live_blocks, 1, "still alive while objects refer to it");
  brf__error(c2, BRF_E_STATE, "still usable");
  brf__ctx_release(c2);
  cr_expect_eq(st2.live_blocks, 1);
  brf__ctx_release(c2);
  cr_expect_eq(st2.live_blocks, 0, "released with its last object");
}

Test(core_internal, numbers) {
  char buf[21];
  cr_expect_eq(brf__i64_to_str(0, buf), 1);
  cr_expect_str_eq(buf, "0");
  brf__i64_to_str(INT64_MAX, buf);
  cr_expect_str_eq(buf, "9223372036854775807");
  int64_t v;
  int over;
  cr_expect_eq(brf__parse_u64("123abc", 6, &v, &over), 3);
  cr_expect_eq(v, 123);
  cr_expect_eq(over, 0);
  cr_expect_eq(brf__parse_u64("99999999999999999999", 20, &v, &over), 20);
  cr_expect_eq(over, 1);
  cr_expect_eq(brf__parse_u64("9223372036854775807", 19, &v, &over), 19);
  cr_expect_eq(over, 0);
  cr_expect_eq(v, INT64_MAX);
  cr_expect_eq(brf__parse_u64("x", 1, &v, &over), 0);
  int64_t r;
  cr_expect(brf__add_i64(1, 2, &r) && r == 3);
  cr_expect(!brf__add_i64(INT64_MAX, 1, &r));
  cr_expect(!brf__add_i64(INT64_MIN, -1, &r));
  cr_expect(brf__mul_i64(-4, 5, &r) && r == -20);
  cr_expect(!brf__mul_i64(INT64_MAX / 2 + 1, 2, &r));
  cr_expect(!brf__mul_i64(INT64_MIN, -1, &r));
}

Test(core_internal, ascii_helpers) {
  cr_expect(brf__ieq("HoLd", 4, "hold"));
  cr_expect(!brf__ieq("hol", 3, "hold"));
  cr_expect(!brf__ieq("holds", 5, "hold"));
  cr_expect(brf__icontains("Glute Ball Release", 18, "ball", 4));
  cr_expect(!brf__icontains("Glute", 5, "glutes", 6));
  cr_expect(brf__icontains("x", 1, "", 0));
}

Test(core_internal, allocation_helpers) {
  char *s = brf__strndup(ctx, "hello world", 5);
  cr_assert_not_null(s);
  cr_expect_str_eq(s, "hello");
  brf__free(ctx, s);
  int *items = NULL;
  size_t cap = 0;
  cr_expect_eq(brf__grow(ctx, (void **)&items, &cap, 100, sizeof *items), BRF_OK);
  cr_expect_geq(cap, 100);
  items[99] = 1;
  cr_expect_eq(brf__grow(ctx, (void **)&items, &cap, SIZE_MAX, sizeof *items), BRF_E_NOMEM);
  cr_expect_geq(cap, 100, "unchanged on failure");
  brf__free(ctx, items);
  cr_expect_null(brf__calloc(ctx, SIZE_MAX, 2));
  cr_expect_eq(brf_context_errcode(ctx), BRF_E_NOMEM);
}
