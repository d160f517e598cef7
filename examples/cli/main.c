/* backrelief: browse the exercise catalog, screen for red flags, plan and
 * run sessions, schedule them and keep a journal.
 *
 * The command table follows libgit2's lg2 example: each command is a
 * {name, handler, summary} row, and main() only parses the global options
 * and dispatches. */
#include "catalog_image.h"
#include "cli.h"
#include "cli_i18n.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char list_help[] =
    "Options:\n"
    "  --region R       exercises that work region R (primary or secondary)\n"
    "  --modality M     exercises of modality M\n"
    "  --equipment a,b  exercises that need nothing beyond this equipment\n"
    "  --level L        exercises at most as demanding as level L\n"
    "  --wide           add the default dose and cut nothing (the table fits\n"
    "                   the terminal, 80 columns when it is not one)\n"
    "  --json           the catalog format (backrelief-catalog)\n"
    "\nValues: backrelief vocab KIND lists them (region, modality, equipment, level).\n";

static const char show_help[] =
    "Prints everything the catalog knows about one exercise: instructions,\n"
    "cues, cautions, contraindications, doses with their sources, progressions.\n"
    "  --json           the exercise in the catalog format\n";

static const char search_help[] =
    "Finds exercises with every word of TEXT, in any order, in their id, name,\n"
    "aliases, regions or instructions (ASCII letters in any case; a plural finds\n"
    "the singular too). Matches in the id, name or aliases come first. With no\n"
    "match, suggests a spelling that finds something (exit status 1).\n"
    "  --wide           the table with the default dose, nothing cut\n";

static const char screen_help[] =
    "Asks the red-flag questions, one at a time, and answers y or n. When\n"
    "standard input is not a terminal, the answers are read from it, one a line.\n"
    "Exit status 3 when an answer means seeing a clinician first. The result\n"
    "is saved in DATA/screen.json; plan, run --goal and next refuse while it\n"
    "says see a clinician (exit 3), and note when it is missing or over 30\n"
    "days old. With --json: the saved document (backrelief-screen).\n"
    "  --list           list the questions instead (with --json: an array of\n"
    "                   {\"id\", \"question\", \"urgency\"})\n"
    "  --age N          your age in years (answers the age questions)\n"
    "  --answers LIST   answer without questions: id=yes,id=no,... (ids not\n"
    "                   named are no; ids as in --list)\n";

static const char vocab_help[] =
    "Lists the ids of one vocabulary (modality, region, equipment, level,\n"
    "laterality, position, condition, action, source-kind), or the kinds.\n";

int cmd_vocab(cli *c, int argc, char **argv);

static const char run_help[] =
    "Plays a session: the current exercise and its cues, a large countdown, a\n"
    "progress bar and the time left for the exercise and for the session, what\n"
    "comes next. Keys: space pause/resume, n next exercise, b previous exercise,\n"
    "m sound off/on, q quit\n"
    "(the partial completion record is kept in DATA/last-session.json).\n"
    "The session is one of:\n"
    "  ROUTINE          a routine file (the routine format: plan --json or -o) or\n"
    "                   the name of a saved routine (backrelief routines)\n"
    "  --exercise ID    exercises of the catalog with their default doses\n"
    "                   (repeat for a routine of several)\n"
    "  --goal G --minutes N [plan options]   plan first (see plan --help)\n"
    "Options:\n"
    "  --date YYYY-MM-DD  a ROUTINE scheduled in DATA/schedule.json plays only the\n"
    "                   steps due that day (default: today); nothing due says so;\n"
    "                   a date outside the schedule is exit 65\n"
    "  --all            every step of ROUTINE, whatever is due\n"
    "  --dose TEXT      another dose for a single --exercise, in the dose notation\n"
    "  --min            play the low end of every range (default: the high end)\n"
    "  --speed X        run the clock X times faster (0.1 to 1000)\n"
    "  --sound bell|none  a bell at each change and at the last 3 seconds\n"
    "                   (bell, the default), or none\n"
    "  --no-tty         print every cue's text, one a line, at once\n"
    "  --json           print the cues as JSON Lines:\n"
    "                   {\"t_ms\", \"kind\", \"exercise\", \"text\"}\n"
    "  --pain-before N, --tightness-before N   your ratings before, 0 (none) to 10\n"
    "  --pain-after N, --tightness-after N     and right after (else asked)\n"
    "  --pain-during N  the worst pain during the session, 0 to 10 (logged with it)\n"
    "  --rate ID=N      the pain during exercise ID, 0 to 10 (repeat per exercise)\n"
    "  --difficulty ID=N  how hard exercise ID was, 1 (very easy) to 5 (too hard)\n"
    "  --log            log the session without asking\n"
    "A live session asks the ratings you did not give, before and after (Enter\n"
    "skips one), and at the end whether to log it: one journal entry with the\n"
    "completion of every exercise and the ratings. Ctrl-C stops it and asks\n"
    "whether to log it (default no), exit status 130; SIGTERM or SIGHUP stop it\n"
    "without logging (143); Ctrl-Z suspends it until fg.\n"
    "The m key mutes the bell during the session. Under 60x20 the screen is compact; with TERM=dumb each cue is one plain\n"
    "line; without colour (--no-color, NO_COLOR) there is no animation.\n"
    "Without a terminal, run behaves as with --no-tty. --no-tty and --json play\n"
    "on a virtual clock and never log (--log with them is a usage error).\n";

static const char log_help[] =
    "Records a session in your journal, DATA/journal.jsonl (the library's\n"
    "journal format: one JSON object a line, appended and synced to disk before\n"
    "it says so; an entry cut off by a crash is removed before the next one).\n"
    "On a terminal it asks for what is missing. A routine file gives the steps.\n"
    "  --routine ROUTINE         the routine you did: a file or a saved name\n"
    "  --pain-before N           pain before, 0 (none) to 10 (worst)\n"
    "  --pain-after N            pain right after\n"
    "  --tightness-before N      tightness before, 0 to 10\n"
    "  --tightness-after N       tightness right after\n"
    "  --completed all|partial|skipped   how much you did (default all)\n"
    "  --date YYYY-MM-DD         the day (default today)\n"
    "  --note TEXT               a free note\n"
    "  --pain-during N           the worst pain during the session, 0 to 10\n"
    "  --rate ID=N               the pain during exercise ID, 0 to 10 (repeat per\n"
    "                            exercise; ID must be an exercise of the routine)\n"
    "  --difficulty ID=N         how hard exercise ID was, 1 (very easy) to 5 (too hard)\n"
    "`next` holds an exercise rated 4/10 or more (2 above your usual pain) instead\n"
    "of progressing it, and lowers one rated above 5 (docs/adaptation.md).\n"
    "A second entry for the same routine on the same day is asked about on a\n"
    "terminal; without one it is added, with a note on standard error.\n"
    "  --amend [DATE]            add or change the ratings (and --note) of the\n"
    "                            last entry of DATE (default today; --routine picks\n"
    "                            among several); the journal is rewritten atomically\n"
    "  --morning                 the next morning instead: --pain N and\n"
    "                            --tightness N go with the last session of the day\n"
    "                            before --date (default today); the journal file is\n"
    "                            rewritten atomically. The suggestion of `next`\n"
    "                            needs them to progress a routine.\n"
    "  --list                    list the journal (--json: an array of the entries);\n"
    "                            an entry cut off by a crash is reported and skipped\n";

static const char export_help[] =
    "Prints one JSON document bundling your data: {\"format\": \"backrelief-export\",\n"
    "\"format_version\": 1, \"catalog\": <your custom catalog or null>, \"routines\":\n"
    "[<DATA/routines/*.json>], \"journal\": [<entries>]}.\n"
    "  -o FILE          write it to FILE (atomically) instead\n";

static const char doctor_help[] =
    "Checks the files in your data folder: lists each journal line that is not an\n"
    "entry (damaged, cut short, or from a newer version) with its line number,\n"
    "and each other file that is not whole JSON. Exit status 1 when something is\n"
    "damaged. Damaged lines are never deleted: commands skip them and say so.\n"
    "  --reject         move the damaged journal lines to journal.jsonl.rejected\n"
    "                   (lines from a newer version stay)\n";

static const char plan_help[] =
    "Plans a routine that fits your time, with what you have, and prints each\n"
    "step with its dose, time and the reason it was chosen, then the total.\n"
    "  --goal G         post-leg-workout, long-sitting, acute-strain,\n"
    "                   maintenance or strengthen\n"
    "  --minutes N      the time you have (the plan never takes longer)\n"
    "  --equipment a,b  what you have (backrelief vocab equipment); without it\n"
    "                   mat,chair (a floor and a chair); none for no equipment\n"
    "  --no-floor       no floor to lie on either (a floor is otherwise assumed)\n"
    "  --level L        beginner, intermediate or advanced\n"
    "  --focus R        a region to focus on (repeat, or a,b)\n"
    "  --avoid R        a region to leave alone (repeat, or a,b)\n"
    "  --condition C    a condition to respect (backrelief vocab condition)\n"
    "  --red-flags a,b  red-flag ids you answer yes to (backrelief screen --list);\n"
    "                   an emergency or urgent one refuses to plan (exit 3)\n"
    "  --age N          your age in years\n"
    "  --direction D    unknown (default), none, extension or flexion: the\n"
    "                   direction of movement a clinician found to ease your\n"
    "                   symptoms; extension or flexion exercises only for it\n"
    "  --thermal T      any (default), heat or cold: the one you prefer where a\n"
    "                   plan offers heat or cold (acute-strain)\n"
    "  --phase P        relief, strengthening or maintenance\n"
    "  --policy P       conservative (default) or follow-seed, where sources disagree\n"
    "  --seed N         another choice among equally good exercises\n"
    "  --json           the routine format on standard output\n"
    "  -o FILE          also write the routine format to FILE\n"
    "  --save NAME      also keep it as DATA/routines/NAME.json (NAME.json is the\n"
    "                   same), named NAME; then run NAME, schedule NAME... use it\n";
static const char routines_help[] =
    "Lists the routines saved with plan --save NAME (DATA/routines/NAME.json):\n"
    "the name that run, schedule, log --routine and next --routine take, the\n"
    "goal it was planned for (\"-\" when none), the minutes it takes and the\n"
    "day the journal last has it.\n"
    "  --json           [{\"name\", \"routine\", \"goal\", \"min_ms\", \"max_ms\",\n"
    "                   \"last_done\"}]\n";
static const char schedule_help[] =
    "Lays a routine (a file or a saved name) out over weeks as a programme: each step at\n"
    "its own dose's frequency (daily, 3x/week, every other day, every 2h, for 2-3d),\n"
    "a step without one with the most frequent step, the strength steps together\n"
    "every other day (never two days in a row, nothing strengthening between),\n"
    "a cold pack in its own small sessions. Shows a calendar (weeks as rows,\n"
    "Monday to Sunday as columns, * a session, . a day without one, a number:\n"
    "several sessions), then each day's exercises. The schedule is kept in\n"
    "DATA/schedule.json, which stats measures adherence against.\n"
    "  --start YYYY-MM-DD   the first day\n"
    "  --weeks N            1 to 104 weeks\n"
    "  --time HH:MM         the time of the day's session (default 08:00)\n"
    "  --onset D[THH:MM]    the strain's onset for 'for 2-3d' steps (default --start at --time)\n"
    "  --remind MIN         a reminder MIN minutes before each session (iCalendar VALARM)\n"
    "  --leg-days mon,thu   every step but a cold pack on the day after each leg day\n"
    "  --frequency TEXT     the whole routine at one frequency instead (3x/week, 2x/day)\n"
    "  --ics OUT.ics        also write iCalendar, one event per session (temporary file, renamed)\n"
    "  --json               the schedule format on standard output (a preview: kept only with --save)\n"
    "  --save               keep the schedule with --json too\n"
    "A rhythm that cannot be met (5x/week for a strength step) is exit 65, naming the step.\n";
static const char stats_help[] =
    "Sessions in date order. Adherence per week (the last 4 ISO weeks: sessions done against those of\n"
    "the saved schedule, DATA/schedule.json) and the pain before and after the\n"
    "last sessions as bars, with the trend (falling, steady, rising). Then adherence per\n"
    "exercise of one routine over those weeks: the sessions each exercise was done in\n"
    "against those the saved schedule has it due in (each at its own rhythm).\n"
    "  --until YYYY-MM-DD   the last week shown is the one of this day (default today)\n"
    "  --routine ROUTINE    the routine per exercise (default: that of the latest entry)\n"
    "  --json               {\"format\": \"backrelief-stats\", \"sessions\", \"weeks\":\n"
    "                       [{\"week\", \"done\", \"prescribed\", \"percent\"}], \"pain\":\n"
    "                       [{\"date\", \"before\", \"after\"}], \"trend\", \"routine\",\n"
    "                       \"exercises\": [{\"exercise\", \"due\", \"done\", \"percent\"}]}\n";
static const char next_help[] =
    "Suggests what to do next with a routine from your journal (the rules of\n"
    "docs/adaptation.md): the outcome, each reason with its source, and the\n"
    "adapted routine or frequency when there is one. Exit status 3 when the\n"
    "outcome is to stop and see a clinician.\n"
    "  --routine ROUTINE  a routine file or saved name (default: the routine of\n"
    "                   the latest journal entry; with an empty journal, the newest\n"
    "                   saved routine). Only the entries of that routine count.\n"
    "  --json           {\"format\": \"backrelief-next\", \"outcome\", \"reasons\":\n"
    "                   [{\"rule\", \"message\", \"source\"}], \"frequency\", \"routine\"}\n";

static const char import_help[] =
    "Imports the free-exercise-db catalog (dist/exercises.json of\n"
    "yuhonas/free-exercise-db) into your custom catalog, DATA/catalog.json,\n"
    "which list, show, search and plan then include. An entry whose id is a\n"
    "built-in exercise's id becomes fedb-ID (reported). Importing again updates\n"
    "the exercises in place and prints a summary only.\n"
    "  --verbose        list every mapping note (default: how many there are)\n";

const cli_command cli_commands[] = {
    {"list", cmd_list, "List exercises, with filters", "list [--region R] [--modality M] "
     "[--equipment a,b] [--level L] [--wide] [--json]", list_help},
    {"show", cmd_show, "Show one exercise in full", "show ID [--json]", show_help},
    {"search", cmd_search, "Search exercises by words: id, name, alias, region", "search WORDS... [--wide] [--json]",
     search_help},
    {"screen", cmd_screen, "Answer the red-flag questions before exercising",
     "screen [--age N] [--answers LIST] [--json] | screen --list [--json]", screen_help},
    {"plan", cmd_plan, "Plan a routine for your goal, time and equipment",
     "plan --goal G --minutes N [--equipment a,b] [--level L] [--focus R] [--avoid R] "
     "[--condition C] [--red-flags id,id] [--no-floor] [--seed N] [--json] [-o FILE] [--save NAME]", plan_help},
    {"run", cmd_run, "Play a session with a live timer", "run ROUTINE [--date YYYY-MM-DD | --all] | --exercise ID... | --goal G --minutes N "
     "[--dose TEXT] [--min] [--speed X] [--sound bell|none] [--no-tty | --json] [--log] [--pain-before N] "
     "[--tightness-before N] [--pain-after N] [--tightness-after N] [--pain-during N] "
     "[--rate ID=N]... [--difficulty ID=N]...", run_help},
    {"routines", cmd_routines, "List your saved routines", "routines [--json]", routines_help},
    {"log", cmd_log, "Record a session in your journal, or list it",
     "log --routine ROUTINE --pain-before N --pain-after N --tightness-before N "
     "--tightness-after N [--completed all|partial|skipped] [--date YYYY-MM-DD] "
     "[--note TEXT] [--pain-during N] [--rate ID=N]... [--difficulty ID=N]... | log --morning --pain N --tightness N [--date YYYY-MM-DD] | "
     "log --amend [DATE] [--routine ROUTINE] [--pain-before N]... [--note TEXT] | "
     "log --list [--json]", log_help},
    {"stats", cmd_stats, "Adherence and the pain trend", "stats [--until YYYY-MM-DD] [--routine ROUTINE] [--json]", stats_help},
    {"next", cmd_next, "The suggested next step, with its reasons", "next [--routine ROUTINE] [--json]", next_help},
    {"schedule", cmd_schedule, "Schedule a routine over weeks, with iCalendar",
     "schedule ROUTINE --start YYYY-MM-DD --weeks N [--time HH:MM] [--onset YYYY-MM-DD[THH:MM]] "
     "[--remind MIN] [--leg-days mon,thu] [--frequency TEXT] [--ics OUT.ics] [--json [--save]]",
     schedule_help},
    {"import", cmd_import, "Import free-exercise-db into your custom catalog",
     "import free-exercise-db FILE [--verbose]", import_help},
    {"export", cmd_export, "Export your catalog, routines and journal as JSON",
     "export [-o FILE]", export_help},
    {"doctor", cmd_doctor, "Check your data folder; set damaged journal lines aside",
     "doctor [--reject]", doctor_help},
    {"vocab", cmd_vocab, "List the ids of a vocabulary", "vocab [KIND] [--json]", vocab_help},
    {"help", cmd_help, "Help on a command", "help [COMMAND]", ""},
};
const size_t cli_command_count = sizeof cli_commands / sizeof cli_commands[0];

static void print_overview(FILE *f) {
  fprintf(f,
          "usage: backrelief [--data-dir DIR] [--json] [--no-color] [--max-input-mb N] [--lang TAG]\n"
          "                  COMMAND [ARGS]\n"
          "       backrelief --version | --help | COMMAND --help\n\n"
          "Exercises, doses and routines for a tight or sore lower back.\n\n"
          "Commands:\n");
  for (size_t i = 0; i < cli_command_count; i++) {
    fprintf(f, "  ");
    cli_print_padded(f, cli_commands[i].name, 10);
    fprintf(f, "%s\n", cli_commands[i].summary);
  }
  fprintf(f, "\nExit status: 0 ok, 1 nothing found, 2 usage error, 3 see a clinician,\n"
             "65 bad input data, 69 unavailable in this build, 70 internal error, 74 I/O error,\n"
             "130 interrupted (Ctrl-C), 143 terminated (SIGTERM).\n"
             "This program is not medical advice. See backrelief(1).\n");
}

static const cli_command *find_command(const char *name) {
  for (size_t i = 0; i < cli_command_count; i++)
    if (strcmp(cli_commands[i].name, name) == 0) return &cli_commands[i];
  return NULL;
}

int cmd_help(cli *c, int argc, char **argv) {
  if (cli_common_options_only(c, argc, argv) != 0) return c->exit_code;
  if (optind >= argc) {
    print_overview(stdout);
    return CLI_EXIT_OK;
  }
  const cli_command *cmd = find_command(argv[optind]);
  if (!cmd) return cli_usage_error(c, "no command '%s'", argv[optind]);
  c->cmd = cmd;
  char *fake[] = {argv[optind], "--help", NULL};
  optind = 0;
  return cmd->run(c, 2, fake);
}

static int color_allowed(void) {
  const char *no_color = getenv("NO_COLOR");
  const char *term = getenv("TERM");
  if (no_color && no_color[0]) return 0; /* https://no-color.org */
  if (term && strcmp(term, "dumb") == 0) return 0;
  return isatty(STDOUT_FILENO);
}

/* Global options before the command; returns the index of the command, or
 * -1 with *rc set when the program should end. */
static int parse_globals(cli *c, int argc, char **argv, int *rc) {
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
      printf("backrelief %s (libbackrelief %s, ABI %u)\n", BRF_VERSION_STRING,
             brf_version_string(), (unsigned)brf_abi_version());
      *rc = CLI_EXIT_OK;
      return -1;
    } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      print_overview(stdout);
      *rc = CLI_EXIT_OK;
      return -1;
    } else if (strcmp(a, "--json") == 0) {
      c->json = 1;
    } else if (strcmp(a, "--no-color") == 0) {
      c->no_color = 1;
    } else if (strcmp(a, "--lang") == 0 || strncmp(a, "--lang=", 7) == 0) {
      const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
      if (!v) {
        *rc = cli_usage_error(c, "option '--lang' needs a value");
        return -1;
      }
      c->lang_opt = v;
    } else if (strcmp(a, "--data-dir") == 0) {
      if (i + 1 >= argc) {
        *rc = cli_usage_error(c, "option '--data-dir' needs a value");
        return -1;
      }
      c->data_dir_opt = argv[++i];
    } else if (strncmp(a, "--data-dir=", 11) == 0) {
      c->data_dir_opt = a + 11;
    } else if (strcmp(a, "--max-input-mb") == 0 || strncmp(a, "--max-input-mb=", 15) == 0) {
      const char *v = a[14] == '=' ? a + 15 : (i + 1 < argc ? argv[++i] : NULL);
      if (!v) {
        *rc = cli_usage_error(c, "option '--max-input-mb' needs a value");
        return -1;
      }
      if ((*rc = cli_set_max_input_mb(c, v)) != 0) return -1;
    } else {
      *rc = cli_usage_error(c, "unknown option '%s'", a);
      return -1;
    }
    if (c->data_dir_opt && !c->data_dir_opt[0]) {
      *rc = cli_usage_error(c, "--data-dir: an empty folder name");
      return -1;
    }
  }
  if (i >= argc) {
    print_overview(stderr);
    *rc = CLI_EXIT_USAGE;
    return -1;
  }
  return i;
}

int main(int argc, char **argv) {
  cli c;
  int rc = CLI_EXIT_OK;
  memset(&c, 0, sizeof c);

  /* A library of another ABI major would misread our calls. */
  if (brf_abi_version() != BRF_ABI_VERSION) {
    cli_error("libbackrelief ABI %u found, %u expected", (unsigned)brf_abi_version(),
              (unsigned)BRF_ABI_VERSION);
    return CLI_EXIT_SOFTWARE;
  }
  int at = parse_globals(&c, argc, argv, &rc);
  if (at < 0) return rc;
  c.cmd = find_command(argv[at]);
  if (!c.cmd) return cli_usage_error(&c, "no command '%s'", argv[at]);
  c.color = !c.no_color && color_allowed();

  brf_status s = brf_context_new(&c.ctx);
  if (s != BRF_OK) {
    cli_error("cannot create a context: %s", brf_status_str(s));
    return CLI_EXIT_SOFTWARE;
  }
  /* The library parses what the program read: one cap for both. */
  (void)brf_context_set_limit(c.ctx, BRF_LIMIT_INPUT_BYTES, (int64_t)cli_max_input_bytes());
  /* The language: --lang, else LC_ALL, LC_MESSAGES, LANG; before any catalog. */
  cli_i18n_setup(c.ctx, c.lang_opt);
  optind = 0; /* a fresh getopt_long scan of the command's arguments */
  rc = c.cmd->run(&c, argc - at, argv + at);
  if (fflush(stdout) != 0 && rc == CLI_EXIT_OK) {
    cli_error("standard output: write error");
    rc = CLI_EXIT_IO;
  }
  brf_context_free(c.ctx);
  cli_catalog_images_release(&c); /* every catalog that borrowed them is freed */
  return rc;
}
