package org.backrelief.example;

import org.backrelief.Catalog;
import org.backrelief.Context;
import org.backrelief.Dates;
import org.backrelief.Dosage;
import org.backrelief.Goal;
import org.backrelief.Journal;
import org.backrelief.Planner;
import org.backrelief.Player;
import org.backrelief.Routine;
import org.backrelief.Suggestion;
import org.backrelief.Timeline;
import org.backrelief.When;

/** The docs' example: plan 15 minutes, play on a fake clock, log it, ask what next. */
public final class ExampleSession {
  public static void main(String[] args) {
    try (Context ctx = new Context();
        Catalog cat = Catalog.builtin(ctx);
        Planner planner = new Planner(ctx, Goal.LONG_SITTING, 15);
        Routine routine = planner.run(cat).setName("Desk break")) {
      Dosage.Range est = routine.estimate();
      System.out.printf("routine %s: %d steps, %d-%d ms%n", routine.name(), routine.count(),
          est.min(), est.max());
      for (Routine.Step s : routine) {
        System.out.printf("step %d %s: %s%n", s.index() + 1, s.exerciseId(), s.dose());
      }

      try (Timeline tl = Timeline.fromRoutine(routine); Player player = new Player(tl);
          Journal journal = new Journal(ctx)) {
        player.play(new Player.SimulatedClock(), 1000, cue -> System.out.printf("cue %d %s %s%n",
            cue.atMs(), cue.kind().id(), cue.text()));
        System.out.printf("played %d ms%n", player.positionMs());

        int entry = journal.add(Dates.fromYmd(ctx, 2026, 3, 2), 7 * 60 + 30, routine.name());
        journal.setFromPlayer(entry, player).setPain(entry, When.BEFORE, 4)
            .setPain(entry, When.AFTER, 3);
        System.out.println("journal " + journal.entryLine(entry).stripTrailing());

        Suggestion next = journal.suggest(routine, cat);
        System.out.println("next " + next.outcome().id());
        next.reasons().forEach(r -> System.out.println("reason " + r.rule() + ": " + r.message()));
        if (next.routine() != null) {
          next.routine().close();
        }
      }
    }
  }
}
