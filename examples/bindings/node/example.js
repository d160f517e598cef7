// A short tour of the Node binding (run by CTest as part of bindings.node):
//   BACKRELIEF_LIBRARY=build/lib/libbackrelief.so node examples/bindings/node/example.js
'use strict';
const br = require('./index.js');

const lib = br.load(); // BACKRELIEF_LIBRARY or libbackrelief.so.1; checks the ABI major
console.log(`libbackrelief ${lib.version} (ABI ${lib.abiVersion})`);

const ctx = new br.Context();
const cat = br.Catalog.builtin(ctx);
for (const ex of cat.query({ region: 'lower-back', maxLevel: 'beginner', equipment: ['none', 'mat'] })) {
  console.log(`  ${ex.name.padEnd(40)} ${ex.defaultDose}`);
}

const dose = br.Dosage.parse(ctx, 'hold 10-30s, 2-4 reps');
console.log(`dose ${dose}: reps ${dose.reps}, takes ${dose.estimate().map((ms) => ms / 1000).join('-')} s`);
try {
  br.Dosage.parse(ctx, '3x10, rest 60 parsecs');
} catch (err) {
  if (!(err instanceof br.ParseError)) throw err;
  console.log(`${err.name} (${err.statusName}) at column ${err.column}: ${err.message}`);
}

const routine = new br.Routine(ctx, 'Morning');
routine.append(cat.find('cat-camel')).append(cat.find('glute-stretch'), dose);
const timeline = br.Timeline.fromRoutine(routine);
const player = new br.Player(timeline);
const { cues } = player.playAll(1000); // a simulated clock: 1 s ticks
for (const cue of [...cues.slice(0, 4), cues.at(-1)]) console.log(`  ${cue.atMs / 1000} s  ${cue.text}`);
console.log(`player ${player.state} after ${cues.length} cues`);

// Free everything, in any order.
for (const obj of [player, timeline, routine, dose, cat, ctx]) obj.free();
