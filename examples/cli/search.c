/* search: words in any order over ids, names, aliases, regions and
 * instructions, best matches first; "did you mean" when nothing matches
 * (for `search` and for an unknown id given to `show`). Built on the
 * public getters only: the library's own text filter looks for one text as
 * typed, which is what an app's search box wants, not a person's words. */
#include "search.h"

#include <stdlib.h>
#include <string.h>

size_t cli_edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 64 || lb > 64) return 99;
  size_t row[65];
  for (size_t j = 0; j <= lb; j++) row[j] = j;
  for (size_t i = 1; i <= la; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t up = row[j];
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      size_t best = diag + cost;
      if (row[j] + 1 < best) best = row[j] + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  return row[lb];
}

/* A growing text of normalised words: ASCII letters lowered, every run of
 * other ASCII characters one space, other bytes (UTF-8) kept. */
typedef struct hay {
  char *s;
  size_t len, cap;
} hay;

static int hay_add(hay *h, const char *t) {
  size_t need = h->len + strlen(t) + 3;
  if (need > h->cap) {
    size_t cap = h->cap ? h->cap * 2 : 256;
    while (cap < need) cap *= 2;
    char *p = realloc(h->s, cap);
    if (!p) return -1;
    h->s = p;
    h->cap = cap;
  }
  if (h->len == 0) h->s[h->len++] = ' ';
  for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
    unsigned char ch = *p;
    if (ch >= 'A' && ch <= 'Z') ch = (unsigned char)(ch - 'A' + 'a');
    int word = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80;
    if (word) h->s[h->len++] = (char)ch;
    else if (h->s[h->len - 1] != ' ') h->s[h->len++] = ' ';
  }
  if (h->s[h->len - 1] != ' ') h->s[h->len++] = ' ';
  h->s[h->len] = '\0';
  return 0;
}

/* The words of the query, normalised, each NUL-terminated; n words. */
typedef struct words {
  char buf[512];
  const char *w[32];
  size_t n;
} words;

static void split(const char *text, words *out) {
  hay h = {NULL, 0, 0};
  out->n = 0;
  out->buf[0] = '\0';
  if (hay_add(&h, text) != 0) return;
  snprintf(out->buf, sizeof out->buf, "%s", h.s);
  free(h.s);
  for (char *p = out->buf; *p && out->n < 32;) {
    while (*p == ' ') *p++ = '\0';
    if (!*p) break;
    out->w[out->n++] = p;
    while (*p && *p != ' ') p++;
    /* A plural finds the singular too: "hamstrings" finds "Hamstring stretch". */
    if (p - out->w[out->n - 1] > 3 && p[-1] == 's' && p[-2] != 's') p[-1] = ' ';
  }
}

static int all_in(const char *s, const words *w) {
  for (size_t i = 0; i < w->n; i++)
    if (!strstr(s, w->w[i])) return 0;
  return 1;
}

/* The tiers of a match: 0 in the id, name or aliases; 1 with the regions
 * and the modality too; 2 with the instructions too; 3 no match. */
static int tier(const brf_exercise *ex, const words *w, hay *h) {
  h->len = 0;
  if (hay_add(h, brf_exercise_id(ex)) || hay_add(h, brf_exercise_name(ex))) return 3;
  for (size_t i = 0; i < brf_exercise_alias_count(ex); i++)
    if (hay_add(h, brf_exercise_alias_at(ex, i))) return 3;
  if (all_in(h->s, w)) return 0;
  for (int32_t scope = BRF_REGIONS_PRIMARY; scope <= BRF_REGIONS_SECONDARY; scope++)
    for (size_t i = 0; i < brf_exercise_region_count(ex, scope); i++) {
      const char *r = brf_vocab_id(BRF_VOCAB_REGION, brf_exercise_region_at(ex, scope, i));
      if (r && hay_add(h, r)) return 3;
    }
  const char *m = brf_vocab_id(BRF_VOCAB_MODALITY, brf_exercise_modality(ex));
  if (m && hay_add(h, m)) return 3;
  if (all_in(h->s, w)) return 1;
  for (size_t i = 0; i < brf_exercise_instruction_count(ex); i++)
    if (hay_add(h, brf_exercise_instruction_at(ex, i))) return 3;
  return all_in(h->s, w) ? 2 : 3;
}

static size_t run(const brf_catalog *cat, const words *w, const brf_exercise **rows) {
  size_t n = 0, total = brf_catalog_count(cat);
  hay h = {NULL, 0, 0};
  if (w->n == 0) return 0;
  for (int t = 0; t < 3; t++)
    for (size_t i = 0; i < total; i++) {
      const brf_exercise *ex = brf_catalog_at(cat, i);
      if (tier(ex, w, &h) == t) rows[n++] = ex;
    }
  free(h.s);
  return n;
}

int cli_search(const brf_catalog *cat, const char *text, const brf_exercise ***rows, size_t *n) {
  words w;
  size_t total = brf_catalog_count(cat);
  *rows = malloc((total ? total : 1) * sizeof **rows);
  *n = 0;
  if (!*rows) return -1;
  split(text, &w);
  *n = run(cat, &w, *rows);
  return 0;
}

/* The nearest word of the catalog (ids, names, aliases, regions) to w, when
 * near enough: at most a third of its letters (two for short words). */
static int nearest_word(const brf_catalog *cat, const char *w, char *best, size_t cap) {
  size_t limit = strlen(w) / 3 > 2 ? strlen(w) / 3 : 2, best_d = 99;
  hay h = {NULL, 0, 0};
  best[0] = '\0';
  for (int32_t r = 0; r < BRF_REGION_COUNT; r++)
    if (hay_add(&h, brf_vocab_id(BRF_VOCAB_REGION, r))) break;
  for (size_t i = 0; i < brf_catalog_count(cat); i++) {
    const brf_exercise *ex = brf_catalog_at(cat, i);
    if (hay_add(&h, brf_exercise_id(ex)) || hay_add(&h, brf_exercise_name(ex))) break;
    for (size_t k = 0; k < brf_exercise_alias_count(ex); k++)
      if (hay_add(&h, brf_exercise_alias_at(ex, k))) break;
  }
  for (char *p = h.s; p && *p;) {
    while (*p == ' ') p++;
    char *end = strchr(p, ' ');
    if (!end || end == p) break;
    *end = '\0';
    size_t d = cli_edit_distance(w, p);
    if (d < best_d) {
      best_d = d;
      snprintf(best, cap, "%s", p);
    }
    p = end + 1;
  }
  free(h.s);
  return best_d <= limit;
}

int cli_did_you_mean(const brf_catalog *cat, const char *text, char *out, size_t cap) {
  words w;
  size_t used = 0;
  out[0] = '\0';
  split(text, &w);
  if (w.n == 0) return 0;
  for (size_t i = 0; i < w.n; i++) {
    char best[128];
    if (!nearest_word(cat, w.w[i], best, sizeof best)) return 0;
    used += (size_t)snprintf(out + used, used < cap ? cap - used : 0, "%s%s", i ? " " : "", best);
  }
  if (used >= cap) return 0;
  /* Only a correction that finds something is offered. */
  const brf_exercise **rows = NULL;
  size_t n = 0;
  int ok = cli_search(cat, out, &rows, &n) == 0 && n > 0;
  free(rows);
  return ok;
}

int cli_nearest_ids(const brf_catalog *cat, const char *given, char *out, size_t cap) {
  /* Compared as an id: lowercase, other characters hyphens (a source id
   * such as Ab_Crunch_Machine finds ab-crunch-machine). */
  char id[80];
  size_t k = 0;
  for (const char *p = given; *p && k + 1 < sizeof id; p++) {
    char ch = *p;
    if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
    id[k++] = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ? ch : '-';
  }
  id[k] = '\0';
  size_t limit = strlen(id) / 3 > 2 ? strlen(id) / 3 : 2, found = 0, used = 0;
  out[0] = '\0';
  for (size_t d = 0; d <= limit && found < 3; d++)
    for (size_t i = 0; i < brf_catalog_count(cat) && found < 3; i++) {
      const char *other = brf_exercise_id(brf_catalog_at(cat, i));
      if (cli_edit_distance(id, other) != d) continue;
      used += (size_t)snprintf(out + used, used < cap ? cap - used : 0, "%s'%s'",
                               found ? ", " : "", other);
      found++;
    }
  if (found > 0) return used < cap ? (int)found : 0;
  /* No id is near: the words of the id, searched (cat-cow -> cat-camel...). */
  const brf_exercise **rows = NULL;
  size_t n = 0;
  if (cli_search(cat, id, &rows, &n) == 0)
    for (size_t i = 0; i < n && found < 3; i++, found++)
      used += (size_t)snprintf(out + used, used < cap ? cap - used : 0, "%s'%s'",
                               found ? ", " : "", brf_exercise_id(rows[i]));
  free(rows);
  return used < cap ? (int)found : 0;
}
