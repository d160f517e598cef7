"""The docs' example (docs/bindings.md, "The same session in every language"):
plan a 15-minute routine for long sitting, play it on a fake clock printing
every cue, log the session, ask what next. Prints what
examples/bindings/example_session.c prints, line for line (CTest compares)."""
import backrelief as br

with br.Context() as ctx, br.Catalog.builtin(ctx) as cat, \
        br.Planner(ctx, goal="long-sitting", minutes=15) as planner, \
        planner.run(cat) as routine:
    routine.name = "Desk break"
    lo, hi = routine.estimate()
    print("routine %s: %d steps, %d-%d ms" % (routine.name, len(routine), lo, hi))
    for step in routine:
        print("step %d %s: %s" % (step.index + 1, step.exercise_id, step.dose))

    with br.Timeline.from_routine(routine) as tl, br.Player(tl) as player, \
            br.Journal(ctx) as journal:
        for cue in player.play(br.SimulatedClock(), tick_ms=1000):
            print("cue %d %s %s" % (cue.at_ms, cue.kind, cue.text))
        print("played %d ms" % player.position_ms)

        entry = journal.add(br.day_from_ymd(ctx, 2026, 3, 2), routine.name, minutes="07:30",
                            player=player, pain={"before": 4, "after": 3})
        print("journal " + journal.to_line(entry).rstrip("\n"))

        suggestion = journal.suggest(routine, cat)
        print("next " + suggestion.outcome)
        for reason in suggestion.reasons:
            print("reason %s: %s" % (reason.rule, reason.message))
        if suggestion.routine is not None:
            suggestion.routine.close()
