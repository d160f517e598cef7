/* Helpers shared by the schedule codec tests (see test_schedule_fixture.h). */
#include "test_schedule_fixture.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "test_routine_fixture.h"

void brf_test_schedule_edit_error(brf_context *ctx, const brf_catalog *cat,
                                  const brf_test_alloc *st, brf_test_schedule_build b,
                                  const char *from, const char *to, brf_status code,
                                  const char *path) {
  brf_schedule *s = NULL;
  char *a = NULL;
  cr_assert_eq(b(ctx, cat, &s), BRF_OK, "%s", brf_context_errmsg(ctx));
  cr_assert_eq(brf_schedule_to_json(ctx, s, &a, NULL), BRF_OK, "%s", brf_context_errmsg(ctx));
  brf_schedule_free(s);
  char *at = strstr(a, from);
  cr_assert_not_null(at, "%s not in\n%s", from, a);
  size_t head = (size_t)(at - a), fl = strlen(from), tl = strlen(to), total = strlen(a);
  char *edited = malloc(total - fl + tl + 1);
  memcpy(edited, a, head);
  memcpy(edited + head, to, tl);
  memcpy(edited + head + tl, at + fl, total - head - fl + 1);
  brf_free(ctx, a);
  size_t live = st->live_blocks;
  brf_schedule *t = (brf_schedule *)1;
  cr_expect_eq(brf_schedule_from_json(ctx, edited, strlen(edited), cat, &t), code,
               "%s -> %s: %s", from, to, brf_context_errmsg(ctx));
  cr_expect_null(t);
  cr_expect(strstr(brf_context_errmsg(ctx), path) != NULL, "message \"%s\" lacks \"%s\"",
            brf_context_errmsg(ctx), path);
  cr_expect_eq(st->live_blocks, live, "%s -> %s leaked", from, to);
  free(edited);
}

void brf_test_schedule_fail_each(brf_test_schedule_op op, brf_test_schedule_build b,
                                 const char *json) {
  brf_test_alloc st;
  brf_context *c = brf_test_context(&st);
  brf_catalog *k = brf_test_routine_catalog(c);
  brf_schedule *s = NULL;
  cr_assert_eq(b(c, k, &s), BRF_OK, "%s", brf_context_errmsg(c));
  char *before = NULL, *after = NULL;
  cr_assert_eq(brf_schedule_to_json(c, s, &before, NULL), BRF_OK);
  int ok = 0;
  for (size_t n = 1; n < 5000; n++) {
    size_t live = st.live_blocks;
    st.calls = 0;
    st.fail_at = n;
    brf_status r = op(c, k, s, json ? json : before);
    st.fail_at = 0;
    if (r == BRF_OK) {
      ok = n > 1; /* at least one allocation was failed */
      break;
    }
    cr_assert_eq(r, BRF_E_NOMEM, "fail_at %zu gave %d: %s", n, r, brf_context_errmsg(c));
    cr_assert_eq(st.live_blocks, live, "fail_at %zu leaked", n);
  }
  cr_expect(ok, "never succeeded, or needed no allocation");
  cr_assert_eq(brf_schedule_to_json(c, s, &after, NULL), BRF_OK);
  cr_expect_str_eq(after, before);
  brf_free(c, before);
  brf_free(c, after);
  brf_schedule_free(s);
  brf_catalog_free(k);
  brf_context_free(c);
  cr_expect_eq(st.live_blocks, 0);
}

brf_status brf_test_schedule_op_save(brf_context *c, const brf_catalog *k, const brf_schedule *s,
                                      const char *json) {
  (void)k;
  (void)json;
  char *out = NULL;
  brf_status st = brf_schedule_to_json(c, s, &out, NULL);
  brf_free(c, out);
  return st;
}

brf_status brf_test_schedule_op_load(brf_context *c, const brf_catalog *k, const brf_schedule *s,
                                     const char *json) {
  (void)s;
  brf_schedule *t = NULL;
  brf_status st = brf_schedule_from_json(c, json, strlen(json), k, &t);
  brf_schedule_free(t);
  return st;
}
