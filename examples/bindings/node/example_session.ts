// The docs' example (docs/bindings.md, "The same session in every language"):
// plan a 15-minute routine for long sitting, play it on a fake clock printing
// every cue, log the session, ask what next. Prints what
// examples/bindings/example_session.c prints, line for line (CTest compares).
import * as br from 'backrelief';

const ctx = new br.Context();
const cat = br.Catalog.builtin(ctx);
const planner = new br.Planner(ctx, { goal: 'long-sitting', minutes: 15 });
const routine = planner.run(cat);
try {
  routine.name = 'Desk break';
  const [lo, hi] = routine.estimate();
  console.log(`routine ${routine.name}: ${routine.length} steps, ${lo}-${hi} ms`);
  for (const step of routine.steps) {
    console.log(`step ${step.index + 1} ${step.exerciseId}: ${step.dose}`);
  }

  const timeline = br.Timeline.fromRoutine(routine);
  const player = new br.Player(timeline);
  const journal = new br.Journal(ctx);
  try {
    player.start();
    for (;;) { // a fake clock: one second a tick
      for (const cue of player.cues()) console.log(`cue ${cue.atMs} ${cue.kind} ${cue.text}`);
      if (player.state !== 'running') break;
      player.advance(1000);
    }
    console.log(`played ${player.positionMs} ms`);

    const entry = journal.add(br.dayFromYmd(ctx, 2026, 3, 2), routine.name,
      { minutes: '07:30', player, pain: { before: 4, after: 3 } });
    console.log(`journal ${journal.entryLine(entry).trimEnd()}`);

    const next = journal.suggest(routine, cat);
    console.log(`next ${next.outcome}`);
    for (const reason of next.reasons) console.log(`reason ${reason.rule}: ${reason.message}`);
    next.routine?.free();
  } finally {
    journal.free();
    player.free();
    timeline.free();
  }
} finally {
  routine.free();
  planner.free();
  cat.free();
  ctx.free();
}
