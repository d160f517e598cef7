/* backrelief: the example command-line program of libbackrelief.
 *
 * Shared declarations of the CLI. The program uses the public API only
 * (<backrelief.h>); everything here is ordinary application code: stdio,
 * getopt_long and POSIX. */
#ifndef BACKRELIEF_CLI_H
#define BACKRELIEF_CLI_H

#include <backrelief.h>
#include <getopt.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Exit statuses (documented in docs/backrelief.1 and the README). The
 * numbers above 63 are those of <sysexits.h>. */
#define CLI_EXIT_OK 0
#define CLI_EXIT_FAIL 1         /* a check failed, nothing found */
#define CLI_EXIT_USAGE 2        /* bad command line */
#define CLI_EXIT_REFER 3        /* red flags: see a clinician instead */
#define CLI_EXIT_DATA 65        /* bad input data (a file or value) */
#define CLI_EXIT_UNAVAILABLE 69 /* a feature this build of the library lacks */
#define CLI_EXIT_SOFTWARE 70    /* out of memory, or a bug */
#define CLI_EXIT_IO 74          /* reading or writing a file failed */
#define CLI_EXIT_INTERRUPTED 130 /* Ctrl-C (128 + SIGINT) */
#define CLI_EXIT_TERMINATED 143  /* stopped by SIGTERM or SIGHUP (128 + SIGTERM) */

/* The state of one invocation. */
typedef struct cli {
  brf_context *ctx;
  const char *data_dir_opt; /* --data-dir, or NULL */
  const char *lang_opt;     /* --lang, or NULL (cli_i18n.h) */
  int json;                 /* --json */
  int no_color;             /* --no-color */
  int color;                /* colour on stdout (a terminal, no NO_COLOR) */
  const struct cli_command *cmd;
  int exit_code; /* set by cli_next_option when it returns CLI_OPT_EXIT */
  /* Catalog images mapped for the catalogs that borrow them (catalog_image.h),
   * unmapped after the context and every catalog are freed. */
#define CLI_MAX_IMAGES 4
  void *image_maps[CLI_MAX_IMAGES];
  size_t image_lens[CLI_MAX_IMAGES];
  int image_count;
} cli;

/* One command of the table (the shape of libgit2's lg2 example). */
typedef struct cli_command {
  const char *name;
  int (*run)(cli *c, int argc, char **argv);
  const char *summary; /* one line for `backrelief --help` */
  const char *usage;   /* the synopsis after "backrelief " */
  const char *help;    /* the options and a description */
} cli_command;

/* The command table (main.c). */
extern const cli_command cli_commands[];
extern const size_t cli_command_count;

/* Option parsing shared by every command: --data-dir, --json, --no-color
 * and --help are accepted by every command, before or after its arguments.
 * Returns the next command-specific option (getopt_long's value), -1 at the
 * end, or CLI_OPT_EXIT when the caller must return c->exit_code (after
 * --help, or a usage error that was reported). */
#define CLI_OPT_EXIT (-2)
#define CLI_OPT_BASE 1000 /* command long-only options use values above this */
int cli_next_option(cli *c, int argc, char **argv, const char *shortopts,
                    const struct option *longopts);

/* For commands with no options of their own: 0 to go on, or -1 when the
 * caller must return c->exit_code. */
int cli_common_options_only(cli *c, int argc, char **argv);

/* Errors, on stderr, as "backrelief: message". */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A usage error: prints the message and a pointer to --help; returns 2. */
int cli_usage_error(cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A library failure: prints "backrelief: [WHERE:LINE:COL: ]message [NAME]"
 * from the context (the position only when @p where is given and the
 * context has one) and returns the exit status for @p s. */
int cli_fail(cli *c, brf_status s, const char *where);
/* The exit status of a library status. */
int cli_exit_for(brf_status s);
/* A library function answered BRF_E_UNSUPPORTED because its module was left
 * out of this build of libbackrelief (BRF_WITH_<MODULE>=OFF: every function
 * still exists and answers so; docs/performance.md, "Leaving modules out").
 * Prints one line and returns 69 (CLI_EXIT_UNAVAILABLE). When the context
 * holds the error, the line is the library's message, which names the module
 * and the option ("brf_planner_new: the planner module was left out of this
 * build (BRF_WITH_PLANNER=OFF)"): what cli_fail() prints for any
 * BRF_E_UNSUPPORTED. Functions that take no context leave no message: then
 * "COMMAND needs @p module, which was left out of this build of libbackrelief
 * (@p option=OFF)". The CLI compiles the same code whatever the library's
 * options; this is where it finds out. */
int cli_unsupported(cli *c, const char *module, const char *option);

/* The user's data folder: --data-dir, else $XDG_DATA_HOME/backrelief, else
 * ~/.local/share/backrelief. Returns 0, or prints an error and returns 74. */
int cli_data_dir(cli *c, char *buf, size_t cap);
/* Create a folder and its parents when missing (mkdir -p); 0 or 74. */
int cli_ensure_dir(char *path);
/* Create the data folder (and its parents) when it is missing. */
int cli_ensure_data_dir(cli *c, char *buf, size_t cap);

/* Reading whole files (NUL-terminated; caller frees with free()). Returns 0
 * or an exit status after printing the error. "-" is standard input. A named
 * file must be a regular file (a FIFO, device or folder is refused, 74) of at
 * most cli_max_input_bytes() bytes (more is refused, 65). */
int cli_read_file(const char *path, char **out, size_t *out_len);
/* The cap on the bytes read from one file or standard input: 64 MB unless
 * --max-input-mb N sets it (N MB, 1..4096). */
#define CLI_MAX_INPUT_MB_DEFAULT 64
#define CLI_MAX_INPUT_MB_MAX 4096
size_t cli_max_input_bytes(void);
/* --max-input-mb VALUE: set the cap (and the context's BRF_LIMIT_INPUT_BYTES
 * when c->ctx exists); 0, or a usage error's exit status. */
int cli_set_max_input_mb(cli *c, const char *value);
/* Write an output file the person names atomically: a temporary file in
 * the same folder, fsync, rename, fsync of the folder. A new file is 0644
 * (less the umask), a replaced one keeps its mode; one with hard links or
 * reached through a symbolic link is written in place instead (keeping
 * its links). Returns 0 or 74 after printing the error. */
int cli_write_file_atomic(const char *path, const char *data, size_t len);
/* The same with the mode of a new file given (0600 for health data). */
int cli_write_file_new_mode(const char *path, const char *data, size_t len, int new_mode);

/* An output option's FILE: "-" is standard output, anything else is
 * written with cli_write_file_atomic(). 0 or 74. */
int cli_write_output(const char *path, const char *data, size_t len);
/* The same for health data (export): a new file is 0600. */
int cli_write_output_private(const char *path, const char *data, size_t len);

/* Print @p s with terminal control bytes (ESC, BEL, any byte under 0x20 but
 * tab, and DEL) shown as \xNN, so that a name or note from a file cannot
 * retitle the terminal or clear the screen. */
void cli_put_safe(FILE *f, const char *s);

/* A bad value of a command-line option (a date, a dose), after the library
 * refused it with @p s: the option, the value and the library's message,
 * then the usage; exit 2. */
int cli_bad_value(cli *c, brf_status s, const char *option, const char *value);

/* Catalog: the built-in catalog plus the user's custom catalog. */
int cli_open_catalog(cli *c, brf_catalog **out);

/* Parse a vocabulary id given on the command line (exit 2 on failure). */
int cli_parse_vocab(cli *c, int32_t kind, const char *option, const char *text, int32_t *out);
/* Parse a comma-separated list of vocabulary ids into @p out (capacity
 * @p cap); exit 2 on failure. */
int cli_parse_vocab_list(cli *c, int32_t kind, const char *option, const char *text,
                         int32_t *out, size_t cap, size_t *count);

/* Text output. */
size_t cli_display_width(const char *s);          /* UTF-8 code points */
int cli_terminal_width(void);                     /* columns of stdout, else 80 */
void cli_print_padded(FILE *f, const char *s, size_t width);
/* Print @p text wrapped to @p width columns; the first line after
 * @p first_indent spaces is already written by the caller (@p used columns),
 * continuation lines start with @p indent spaces. */
void cli_print_wrapped(FILE *f, const char *text, size_t used, size_t indent, size_t width);
/* ANSI styles, empty when colour is off. */
const char *cli_bold(const cli *c);
const char *cli_dim(const cli *c);
const char *cli_red(const cli *c);
const char *cli_yellow(const cli *c);
const char *cli_green(const cli *c);
const char *cli_reset(const cli *c);

/* JSON output for the CLI's own small documents (the library writes its
 * formats itself). */
void cli_json_string(FILE *f, const char *s);

/* Format a duration in ms as "12 min", "45 s" or "1 min 30 s". */
void cli_format_duration(int64_t ms, char *buf, size_t cap);

/* "a" when @p lo equals @p hi, else "a<between>b" (between NULL: "a to b"
 * in the person's language). */
void cli_format_duration_range(int64_t lo, int64_t hi, const char *between, char *buf,
                               size_t cap);

/* The safety note, printed once per plan and run. */
void cli_safety_note(FILE *f);

/* Commands. */
int cmd_list(cli *c, int argc, char **argv);
int cmd_show(cli *c, int argc, char **argv);
int cmd_search(cli *c, int argc, char **argv);
int cmd_screen(cli *c, int argc, char **argv);
int cmd_help(cli *c, int argc, char **argv);
int cmd_log(cli *c, int argc, char **argv);
int cmd_export(cli *c, int argc, char **argv);
int cmd_doctor(cli *c, int argc, char **argv);
int cmd_stats(cli *c, int argc, char **argv);
int cmd_next(cli *c, int argc, char **argv);
int cmd_schedule(cli *c, int argc, char **argv);
int cmd_import(cli *c, int argc, char **argv);
int cmd_plan(cli *c, int argc, char **argv);
int cmd_run(cli *c, int argc, char **argv);
int cmd_routines(cli *c, int argc, char **argv);

#endif /* BACKRELIEF_CLI_H */
