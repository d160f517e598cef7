/* list, show, search and vocab: browsing the catalog. */
#include "store.h"
#include "catalog_copy.h"
#include "catalog_image.h"
#include "cli.h"
#include "search.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_EQUIPMENT 32
#ifdef MAP_POPULATE /* Linux: the pages mapped in the one call */
#define CLI_MAP_POPULATE MAP_POPULATE
#else
#define CLI_MAP_POPULATE 0
#endif

int cmd_vocab(cli *c, int argc, char **argv);

/* Merge the user's custom catalog (DATA/catalog.json) into @p cat. On a
 * conflict of ids the built-in exercise wins (the merge keeps the one
 * already there). Read from its image (DATA/catalog.image, catalog_image.h)
 * when that was made from this catalog.json, else from the JSON, after
 * which the image is made again. A custom catalog that is not valid is
 * reported as a warning and left out. A library without the catalog's JSON
 * codec cannot read it: the built-in catalog alone, as before the codec
 * could be left out (only import, which needs the codec too, writes that
 * file). */
static int merge_custom(cli *c, brf_catalog *cat) {
  char dir[4096], path[4200];
  int rc = cli_data_dir(c, dir, sizeof dir);
  if (rc) return rc;
  snprintf(path, sizeof path, "%s/catalog.json", dir);
  if (access(path, F_OK) != 0) return 0; /* no custom exercises yet */
  char *text = NULL;
  size_t len = 0;
  /* Mapped, not read: the library copies the text anyway, and mapping the
   * page cache's pages in one call (MAP_POPULATE) spares a start-up with
   * 873 imported exercises 400 page faults of a buffer (docs/performance.md,
   * "CLI start-up"). Read when it cannot be mapped. */
  void *map = MAP_FAILED;
  int fd = cli_open_data_file(path, O_RDONLY, 0);
  struct stat sb;
  int stamped = fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
  if (stamped) {
    int used = cli_catalog_image_merge(c, cat, dir, &sb);
    if (used != 0) {
      close(fd);
      return used > 0 ? 0 : cli_fail(c, (brf_status)used, path);
    }
  }
  if (stamped && sb.st_size > 0)
    map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE | CLI_MAP_POPULATE, fd, 0);
  if (fd >= 0) close(fd);
  if (map != MAP_FAILED) {
    text = map;
    len = (size_t)sb.st_size;
  } else if ((rc = cli_read_data_file(path, &text, &len)) != 0) {
    return rc;
  }
  /* The image is absent, stale or damaged: read the JSON into a catalog of
   * its own, make the image from it, then copy it in (brf_catalog_merge;
   * cat is unchanged on failure). Without images, read straight into the
   * built-in catalog: no second copy of the 873 exercises. */
  brf_status s;
  if (stamped && cli_catalog_images_supported(c)) {
    brf_catalog *custom = NULL;
    s = brf_catalog_from_json(c->ctx, text, len, 0, &custom);
    if (s == BRF_OK) {
      cli_catalog_image_write(c, dir, custom, &sb);
      s = brf_catalog_merge(cat, custom);
    }
    brf_catalog_free(custom);
  } else {
    s = brf_catalog_merge_json(cat, text, len, 0);
  }
  if (s == BRF_E_PARSE || s == BRF_E_SCHEMA || s == BRF_E_RANGE) {
    /* A broken custom catalog does not take the built-in one with it: said
     * once, then list, show, plan and run go on without the custom
     * exercises (import and export refuse it: they would lose it). */
    size_t line = brf_context_error_line(c->ctx), col = brf_context_error_column(c->ctx);
    fprintf(stderr, "backrelief: warning: %s", path);
    if (line > 0) fprintf(stderr, ":%zu:%zu", line, col);
    fputs(": ", stderr);
    cli_put_safe(stderr, brf_context_errmsg(c->ctx));
    fprintf(stderr, " [%s]; your custom exercises are left out until it is fixed "
            "(backrelief doctor checks the data folder)\n", brf_status_name(s));
    brf_context_clear_error(c->ctx);
    s = BRF_OK;
  }
  if (s == BRF_E_UNSUPPORTED) {
    brf_context_clear_error(c->ctx);
    s = BRF_OK;
  }
  rc = s == BRF_OK ? 0 : cli_fail(c, s, path);
  if (map != MAP_FAILED) munmap(map, len);
  else free(text);
  return rc;
}

int cli_open_catalog(cli *c, brf_catalog **out) {
  brf_catalog *cat = NULL;
  brf_status s = brf_catalog_new_builtin(c->ctx, &cat);
  if (s == BRF_E_UNSUPPORTED) {
    /* A library built without the built-in catalog: the custom one only. */
    brf_context_clear_error(c->ctx);
    s = brf_catalog_new_empty(c->ctx, &cat);
  }
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  int rc = merge_custom(c, cat);
  if (rc) {
    brf_catalog_free(cat);
    return rc;
  }
  *out = cat;
  return 0;
}

/* The catalog format for a selection of exercises (69 when the library was
 * built without the catalog's JSON codec). */
static int print_catalog_json(cli *c, const brf_exercise *const *rows, size_t n) {
  brf_catalog *sel = NULL;
  char *text = NULL;
  size_t len = 0;
  brf_status s = cli_catalog_of(c->ctx, rows, n, &sel);
  if (s == BRF_OK) s = brf_catalog_to_json(c->ctx, sel, BRF_JSON_PRETTY, &text, &len);
  brf_catalog_free(sel);
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  fwrite(text, 1, len, stdout);
  brf_free(c->ctx, text);
  return CLI_EXIT_OK;
}

static const char *vocab(int32_t kind, int32_t value) {
  const char *id = brf_vocab_id(kind, value);
  return id ? id : "-";
}

/* The length in bytes of the first line of s wrapped at @p width columns
 * (at a space when there is one; *next is where the next line starts). */
static size_t wrap_line(const char *s, size_t width, const char **next) {
  size_t cps = 0, cut = 0, i = 0;
  for (; s[i]; i++) {
    unsigned char ch = (unsigned char)s[i];
    size_t cw = (ch < 0x20 && ch != '\t') || ch == 0x7f ? 4 : 1; /* shown as \xNN */
    if ((ch & 0xc0) == 0x80) continue;
    if (cps + cw > width) break;
    if (ch == ' ') cut = i;
    cps += cw;
  }
  if (!s[i] || cut == 0) cut = i; /* all of it, or a word longer than the column */
  *next = s + cut;
  while (**next == ' ') (*next)++;
  return cut;
}

/* The table for people. Wide (--wide, or a terminal wide enough): id,
 * name, modality, level and default dose. Otherwise it fits the terminal
 * (80 columns when not a terminal): id, name, modality and level, names
 * wrapped in their column, an id longer than its column on a line of its
 * own; `show` gives the dose. */
static void print_table(const cli *c, const brf_exercise *const *rows, size_t n, int wide) {
  static const char *const head[] = {"ID", "NAME", "MODALITY", "LEVEL", "DOSE"};
  size_t w[5];
  for (size_t k = 0; k < 5; k++) w[k] = strlen(head[k]);
  for (size_t i = 0; i < n; i++) {
    const char *dose = brf_exercise_default_dose(rows[i]);
    const char *cells[5] = {brf_exercise_id(rows[i]), brf_exercise_name(rows[i]),
                            vocab(BRF_VOCAB_MODALITY, brf_exercise_modality(rows[i])),
                            vocab(BRF_VOCAB_LEVEL, brf_exercise_level(rows[i])),
                            dose && dose[0] ? dose : "-"};
    for (size_t k = 0; k < 5; k++) {
      size_t cw = cli_display_width(cells[k]);
      if (cw > w[k]) w[k] = cw;
    }
  }
  size_t width = (size_t)cli_terminal_width();
  int cols = 5;
  if (!wide && w[0] + w[1] + w[2] + w[3] + w[4] + 8 > width) {
    cols = 4;
    if (w[0] > 26) w[0] = 26; /* longer ids get a line of their own */
    size_t fixed = w[0] + w[2] + w[3] + 6;
    size_t room = width > fixed + 12 ? width - fixed : 12;
    if (w[1] > room) w[1] = room;
  }
  printf("%s", cli_bold(c));
  for (int k = 0; k < cols - 1; k++) cli_print_padded(stdout, head[k], w[k] + 2);
  printf("%s%s\n", head[cols - 1], cli_reset(c));
  for (size_t i = 0; i < n; i++) {
    const char *id = brf_exercise_id(rows[i]);
    const char *dose = brf_exercise_default_dose(rows[i]);
    const char *name = brf_exercise_name(rows[i]), *next = NULL;
    char line[1024];
    if (cli_display_width(id) > w[0]) {
      cli_put_safe(stdout, id);
      printf("\n%*s", (int)(w[0] + 2), "");
    } else {
      cli_print_padded(stdout, id, w[0] + 2);
    }
    size_t len = cols == 5 ? strlen(name) : wrap_line(name, w[1], &next);
    snprintf(line, sizeof line, "%.*s", (int)len, name);
    cli_print_padded(stdout, line, w[1] + 2);
    cli_print_padded(stdout, vocab(BRF_VOCAB_MODALITY, brf_exercise_modality(rows[i])), w[2] + 2);
    if (cols == 5) {
      cli_print_padded(stdout, vocab(BRF_VOCAB_LEVEL, brf_exercise_level(rows[i])), w[3] + 2);
      cli_put_safe(stdout, dose && dose[0] ? dose : "-");
    } else {
      cli_put_safe(stdout, vocab(BRF_VOCAB_LEVEL, brf_exercise_level(rows[i])));
    }
    printf("\n");
    while (next && *next) { /* the rest of the name, under it */
      len = wrap_line(next, w[1], &name);
      snprintf(line, sizeof line, "%.*s", (int)len, next);
      printf("%*s", (int)(w[0] + 2), "");
      cli_put_safe(stdout, line);
      printf("\n");
      next = name;
    }
  }
}

/* Print rows (table or catalog JSON). */
static int print_rows(cli *c, const brf_exercise **rows, size_t n, int wide) {
  if (c->json) return print_catalog_json(c, rows, n);
  print_table(c, rows, n, wide);
  return CLI_EXIT_OK;
}

/* Print the results of a query (table or catalog JSON). */
static int print_results(cli *c, brf_query *q, int wide) {
  brf_status s = brf_query_run(q);
  if (s != BRF_OK) return cli_fail(c, s, NULL);
  size_t n = brf_query_count(q);
  if (n == 0 && !c->json) {
    fprintf(stderr, "backrelief: no exercise matches\n");
    return CLI_EXIT_FAIL;
  }
  const brf_exercise **rows = malloc((n ? n : 1) * sizeof *rows);
  if (!rows) return cli_fail(c, BRF_E_NOMEM, NULL);
  for (size_t i = 0; i < n; i++) rows[i] = brf_query_at(q, i);
  int rc = print_rows(c, rows, n, wide);
  free(rows);
  return rc;
}

int cmd_list(cli *c, int argc, char **argv) {
  enum { OPT_REGION = CLI_OPT_BASE + 1, OPT_MODALITY, OPT_EQUIPMENT, OPT_LEVEL, OPT_WIDE };
  static const struct option opts[] = {{"region", required_argument, NULL, OPT_REGION},
                                       {"modality", required_argument, NULL, OPT_MODALITY},
                                       {"equipment", required_argument, NULL, OPT_EQUIPMENT},
                                       {"level", required_argument, NULL, OPT_LEVEL},
                                       {"wide", no_argument, NULL, OPT_WIDE},
                                       {NULL, 0, NULL, 0}};
  int wide = 0;
  int32_t region = -1, modality = -1, level = -1;
  int32_t equipment[MAX_EQUIPMENT];
  size_t equipment_n = 0;
  int have_equipment = 0, opt, rc = 0;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    switch (opt) {
    case CLI_OPT_EXIT: return c->exit_code;
    case OPT_REGION: rc = cli_parse_vocab(c, BRF_VOCAB_REGION, "--region", optarg, &region); break;
    case OPT_MODALITY:
      rc = cli_parse_vocab(c, BRF_VOCAB_MODALITY, "--modality", optarg, &modality);
      break;
    case OPT_LEVEL: rc = cli_parse_vocab(c, BRF_VOCAB_LEVEL, "--level", optarg, &level); break;
    case OPT_WIDE: wide = 1; break;
    case OPT_EQUIPMENT:
      rc = cli_parse_vocab_list(c, BRF_VOCAB_EQUIPMENT, "--equipment", optarg, equipment,
                                MAX_EQUIPMENT, &equipment_n);
      have_equipment = 1;
      break;
    default: return cli_usage_error(c, "unexpected option");
    }
    if (rc) return rc;
  }
  if (optind < argc) return cli_usage_error(c, "unexpected argument '%s'", argv[optind]);

  brf_catalog *cat = NULL;
  brf_query *q = NULL;
  if ((rc = cli_open_catalog(c, &cat)) != 0) return rc;
  brf_status s = brf_query_new(c->ctx, cat, &q);
  if (s == BRF_OK) s = brf_query_set_region(q, region, BRF_REGIONS_ANY);
  if (s == BRF_OK) s = brf_query_set_modality(q, modality);
  if (s == BRF_OK) s = brf_query_set_max_level(q, level);
  if (s == BRF_OK && have_equipment) s = brf_query_set_equipment(q, equipment, equipment_n);
  rc = s == BRF_OK ? print_results(c, q, wide) : cli_fail(c, s, NULL);
  brf_query_free(q);
  brf_catalog_free(cat);
  return rc;
}

int cmd_search(cli *c, int argc, char **argv) {
  enum { OPT_WIDE = CLI_OPT_BASE + 1 };
  static const struct option opts[] = {{"wide", no_argument, NULL, OPT_WIDE},
                                       {NULL, 0, NULL, 0}};
  int opt, wide = 0;
  while ((opt = cli_next_option(c, argc, argv, "", opts)) != -1) {
    if (opt == CLI_OPT_EXIT) return c->exit_code;
    if (opt == OPT_WIDE) wide = 1;
  }
  if (optind >= argc) return cli_usage_error(c, "search needs a TEXT");
  /* The words given are searched as one text, as a person typed them. */
  size_t len = 0;
  for (int i = optind; i < argc; i++) len += strlen(argv[i]) + 1;
  char *text = malloc(len + 1);
  if (!text) return cli_fail(c, BRF_E_NOMEM, NULL);
  text[0] = '\0';
  for (int i = optind; i < argc; i++) {
    if (i > optind) strcat(text, " ");
    strcat(text, argv[i]);
  }
  brf_catalog *cat = NULL;
  const brf_exercise **rows = NULL;
  size_t n = 0;
  int rc = cli_open_catalog(c, &cat);
  if (rc == 0) { /* the library's check of the text: valid UTF-8 */
    brf_query *q = NULL;
    brf_status s = brf_query_new(c->ctx, cat, &q);
    if (s == BRF_OK) s = brf_query_set_text(q, text);
    brf_query_free(q);
    if (s != BRF_OK) rc = cli_fail(c, s, "TEXT");
  }
  if (rc == 0 && cli_search(cat, text, &rows, &n) != 0) rc = cli_fail(c, BRF_E_NOMEM, NULL);
  if (rc == 0 && n == 0 && !c->json) {
    char fix[512];
    if (cli_did_you_mean(cat, text, fix, sizeof fix)) {
      fputs("backrelief: no exercise matches '", stderr);
      cli_put_safe(stderr, text);
      fputs("'; did you mean '", stderr);
      cli_put_safe(stderr, fix);
      fputs("'?\n", stderr);
    } else {
      fputs("backrelief: no exercise matches '", stderr);
      cli_put_safe(stderr, text);
      fputs("' (search looks in ids, names, aliases, regions and instructions)\n", stderr);
    }
    rc = CLI_EXIT_FAIL;
  } else if (rc == 0) {
    rc = print_rows(c, rows, n, wide);
  }
  free(rows);
  brf_catalog_free(cat);
  free(text);
  return rc;
}

/* ---- show ---- */

static void heading(const cli *c, const char *title) {
  printf("\n%s%s%s\n", cli_bold(c), title, cli_reset(c));
}

static void field(const char *label, const char *value, size_t width) {
  printf("  ");
  cli_print_padded(stdout, label, 13);
  cli_print_wrapped(stdout, value, 15, 15, width);
}

/* "a, b (also: c, d)" for the regions; written into buf. */
static void regions_text(const brf_exercise *ex, char *buf, size_t cap) {
  size_t used = 0;
  buf[0] = '\0';
  for (int32_t scope = BRF_REGIONS_PRIMARY; scope <= BRF_REGIONS_SECONDARY; scope++) {
    size_t n = brf_exercise_region_count(ex, scope);
    if (n == 0) continue;
    if (scope == BRF_REGIONS_SECONDARY)
      used += (size_t)snprintf(buf + used, cap - used, "%s", used ? "; also " : "also ");
    for (size_t i = 0; i < n && used < cap; i++)
      used += (size_t)snprintf(buf + used, cap - used, "%s%s", i ? ", " : "",
                               vocab(BRF_VOCAB_REGION, brf_exercise_region_at(ex, scope, i)));
    if (used >= cap) return;
  }
}

static void bullet(const char *mark, const char *text, size_t width) {
  printf("  %s ", mark);
  cli_print_wrapped(stdout, text, 3 + strlen(mark), 3 + strlen(mark), width);
}

static void show_variations(const cli *c, const char *title, size_t n,
                            const char *(*exercise)(const brf_exercise *, size_t),
                            const char *(*text)(const brf_exercise *, size_t),
                            const brf_exercise *ex, const brf_catalog *cat, size_t width) {
  if (n == 0) return;
  heading(c, title);
  for (size_t i = 0; i < n; i++) {
    char line[1024];
    const char *id = exercise(ex, i);
    const char *t = text(ex, i);
    const brf_exercise *other = id ? brf_catalog_find(cat, id) : NULL;
    if (id)
      snprintf(line, sizeof line, "%s (%s)%s%s", other ? brf_exercise_name(other) : id, id,
               t && t[0] ? ": " : "", t ? t : "");
    else
      snprintf(line, sizeof line, "%s", t ? t : "");
    bullet("-", line, width);
  }
}

/* "Takes about 3 min 15 s to 5 min per session." from the one time formula
 * of the library; "" when the dose has no session time (frequency only). */
static void dose_time(const brf_exercise *ex, const char *dose, char *out, size_t cap) {
  brf_context *ctx = NULL;
  brf_dosage *d = NULL;
  int64_t lo = 0, hi = 0;
  out[0] = '\0';
  /* A scratch context: a dose without a session time is not an error here. */
  if (brf_context_new(&ctx) != BRF_OK) return;
  if (brf_dosage_parse(ctx, dose, strlen(dose), &d) == BRF_OK &&
      brf_dosage_estimate_for_modality_ms(d, brf_exercise_modality(ex), &lo, &hi) == BRF_OK) {
    char range[80];
    cli_format_duration_range(lo, hi, " to ", range, sizeof range);
    snprintf(out, cap, "Takes about %s per session.", range);
  }
  brf_dosage_free(d);
  brf_context_free(ctx);
}

static void show_exercise(const cli *c, const brf_exercise *ex, const brf_catalog *cat) {
  size_t width = (size_t)cli_terminal_width();
  char buf[2048];
  printf("%s%s%s  %s(%s)%s\n", cli_bold(c), brf_exercise_name(ex), cli_reset(c), cli_dim(c),
         brf_exercise_id(ex), cli_reset(c));
  const char *summary = brf_exercise_summary(ex);
  if (summary && summary[0]) cli_print_wrapped(stdout, summary, 0, 0, width);
  printf("\n");
  field("Modality", vocab(BRF_VOCAB_MODALITY, brf_exercise_modality(ex)), width);
  field("Level", vocab(BRF_VOCAB_LEVEL, brf_exercise_level(ex)), width);
  field("Sides", vocab(BRF_VOCAB_LATERALITY, brf_exercise_laterality(ex)), width);
  if (brf_exercise_position(ex) >= 0)
    field("Position", vocab(BRF_VOCAB_POSITION, brf_exercise_position(ex)), width);
  regions_text(ex, buf, sizeof buf);
  field("Regions", buf, width);
  size_t used = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < brf_exercise_equipment_count(ex) && used < sizeof buf; i++)
    used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s", i ? ", " : "",
                             vocab(BRF_VOCAB_EQUIPMENT, brf_exercise_equipment_at(ex, i)));
  field("Equipment", used ? buf : "none", width);
  used = 0;
  for (size_t i = 0; i < brf_exercise_alias_count(ex) && used < sizeof buf; i++)
    used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s", i ? ", " : "",
                             brf_exercise_alias_at(ex, i));
  if (used) field("Also called", buf, width);

  heading(c, "Dose");
  const char *dose = brf_exercise_default_dose(ex);
  bullet(" ", dose && dose[0] ? dose : "(none given)", width);
  if (dose && dose[0]) {
    char line[128];
    dose_time(ex, dose, line, sizeof line);
    if (line[0]) bullet(" ", line, width);
  }
  const char *note = brf_exercise_dose_note(ex);
  if (note && note[0]) bullet(" ", note, width);
  size_t n = brf_exercise_alternative_dose_count(ex);
  if (n) printf("  Other doses in the sources:\n");
  for (size_t i = 0; i < n; i++) {
    const char *an = brf_exercise_alternative_dose_note(ex, i);
    snprintf(buf, sizeof buf, "%s  [%s: %s]%s%s", brf_exercise_alternative_dose_at(ex, i),
             vocab(BRF_VOCAB_SOURCE_KIND, brf_exercise_alternative_dose_source_kind(ex, i)),
             brf_exercise_alternative_dose_source(ex, i), an && an[0] ? " " : "",
             an ? an : "");
    bullet("  -", buf, width);
  }

  if ((n = brf_exercise_instruction_count(ex)) > 0) heading(c, "Instructions");
  for (size_t i = 0; i < n; i++) {
    char mark[32];
    snprintf(mark, sizeof mark, "%zu.", i + 1);
    bullet(mark, brf_exercise_instruction_at(ex, i), width);
  }
  if ((n = brf_exercise_cue_count(ex)) > 0) heading(c, "Cues");
  for (size_t i = 0; i < n; i++) bullet("-", brf_exercise_cue_at(ex, i), width);
  if ((n = brf_exercise_caution_count(ex)) > 0) heading(c, "Cautions");
  for (size_t i = 0; i < n; i++) bullet("!", brf_exercise_caution_at(ex, i), width);
  if ((n = brf_exercise_contraindication_count(ex)) > 0) heading(c, "Contraindications");
  for (size_t i = 0; i < n; i++) {
    const char *cn = brf_exercise_contraindication_note(ex, i);
    snprintf(buf, sizeof buf, "%s: %s%s%s",
             vocab(BRF_VOCAB_CONDITION, brf_exercise_contraindication_condition(ex, i)),
             vocab(BRF_VOCAB_ACTION, brf_exercise_contraindication_action(ex, i)),
             cn && cn[0] ? ". " : "", cn ? cn : "");
    bullet("-", buf, width);
  }
  show_variations(c, "Progressions", brf_exercise_progression_count(ex),
                  brf_exercise_progression_exercise, brf_exercise_progression_text, ex, cat,
                  width);
  show_variations(c, "Regressions", brf_exercise_regression_count(ex),
                  brf_exercise_regression_exercise, brf_exercise_regression_text, ex, cat, width);
  if ((n = brf_exercise_source_count(ex)) > 0) heading(c, "Sources");
  for (size_t i = 0; i < n; i++) {
    const char *sn = brf_exercise_source_note(ex, i);
    snprintf(buf, sizeof buf, "[%s] %s%s%s", vocab(BRF_VOCAB_SOURCE_KIND,
                                                   brf_exercise_source_kind(ex, i)),
             brf_exercise_source_ref(ex, i), sn && sn[0] ? ": " : "", sn ? sn : "");
    bullet("-", buf, width);
  }
  if ((n = brf_exercise_media_count(ex)) > 0) heading(c, "Media");
  for (size_t i = 0; i < n; i++) bullet("-", brf_exercise_media_at(ex, i), width);
}

int cmd_show(cli *c, int argc, char **argv) {
  if (cli_common_options_only(c, argc, argv) != 0) return c->exit_code;
  if (optind >= argc) return cli_usage_error(c, "show needs an exercise ID");
  if (optind + 1 < argc) return cli_usage_error(c, "show takes one ID");
  const char *id = argv[optind];
  brf_catalog *cat = NULL;
  int rc = cli_open_catalog(c, &cat);
  if (rc) return rc;
  const brf_exercise *ex = brf_catalog_find(cat, id);
  if (!ex) {
    char near[400];
    if (cli_nearest_ids(cat, id, near, sizeof near) > 0)
      cli_error("no exercise has the id '%s'; did you mean %s? [%s]", id, near,
                brf_status_name(BRF_E_NOT_FOUND));
    else
      cli_error("no exercise has the id '%s' (try 'backrelief search WORDS') [%s]", id,
                brf_status_name(BRF_E_NOT_FOUND));
    rc = CLI_EXIT_DATA;
  } else if (c->json) {
    rc = print_catalog_json(c, &ex, 1);
  } else {
    show_exercise(c, ex, cat);
  }
  brf_catalog_free(cat);
  return rc;
}

int cmd_vocab(cli *c, int argc, char **argv) {
  if (cli_common_options_only(c, argc, argv) != 0) return c->exit_code;
  if (optind >= argc) {
    for (int32_t k = 0; k < BRF_VOCAB_KIND_COUNT; k++) printf("%s\n", brf_vocab_kind_name(k));
    return CLI_EXIT_OK;
  }
  int32_t kind = -1;
  for (int32_t k = 0; k < BRF_VOCAB_KIND_COUNT; k++)
    if (strcmp(brf_vocab_kind_name(k), argv[optind]) == 0) kind = k;
  if (kind < 0) return cli_usage_error(c, "no vocabulary '%s' (backrelief vocab lists them)",
                                       argv[optind]);
  size_t n = brf_vocab_count(kind);
  if (c->json) printf("[");
  for (size_t i = 0; i < n; i++) {
    if (c->json) {
      printf(i ? ", " : "");
      cli_json_string(stdout, brf_vocab_id(kind, (int32_t)i));
    } else {
      printf("%s\n", brf_vocab_id(kind, (int32_t)i));
    }
  }
  if (c->json) printf("]\n");
  return CLI_EXIT_OK;
}
