/* tty_job STATUS COMMAND [ARG...]: run COMMAND as the foreground job of the
 * terminal on standard input, as a job-control shell would, and append what
 * happens to it to the file STATUS, one line each: "pid N" first, then
 * "stopped SIG", "continued" and "exited N" / "killed SIG" as waitpid(2)
 * reports them. Unlike a shell it does not take the terminal back when the
 * job stops, so a `kill -CONT` from outside resumes the job in the
 * foreground. Its exit status is the job's (128 + SIG when killed).
 *
 * The job runs in its own process group whose parent (this program) is in
 * another group of the same session: the group is not orphaned, so the
 * kernel honours SIGTSTP's default action (stop) for it. A job started
 * straight from a non-interactive `sh -c` would be in an orphaned group,
 * where the kernel discards SIGTSTP, and no stop could be tested. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Append "WORD V" (or "WORD" when V is negative) and a newline to path. */
static void note(const char *path, const char *word, long v) {
  FILE *f = fopen(path, "a");
  if (!f) return;
  if (v >= 0) fprintf(f, "%s %ld\n", word, v);
  else fprintf(f, "%s\n", word);
  fclose(f);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: tty_job STATUS COMMAND [ARG...]\n");
    return 2;
  }
  signal(SIGTTOU, SIG_IGN); /* to hand the terminal over and take it back */
  pid_t child = fork();
  if (child < 0) return 1;
  if (child == 0) {
    setpgid(0, 0);
    tcsetpgrp(STDIN_FILENO, getpid());
    signal(SIGTTOU, SIG_DFL);
    execvp(argv[2], argv + 2);
    _exit(127);
  }
  setpgid(child, child); /* both sides, whichever runs first */
  tcsetpgrp(STDIN_FILENO, child);
  note(argv[1], "pid", (long)child);
  int rc = 1;
  for (;;) {
    int st = 0;
    pid_t w = waitpid(child, &st, WUNTRACED | WCONTINUED);
    if (w < 0) break;
    if (WIFSTOPPED(st)) {
      note(argv[1], "stopped", (long)WSTOPSIG(st));
    } else if (WIFCONTINUED(st)) {
      note(argv[1], "continued", -1);
    } else if (WIFEXITED(st)) {
      rc = WEXITSTATUS(st);
      note(argv[1], "exited", (long)rc);
      break;
    } else if (WIFSIGNALED(st)) {
      rc = 128 + WTERMSIG(st);
      note(argv[1], "killed", (long)WTERMSIG(st));
      break;
    }
  }
  tcsetpgrp(STDIN_FILENO, getpgrp());
  return rc;
}
