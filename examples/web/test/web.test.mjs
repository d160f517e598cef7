// Browser tests of the web app (issue 23): Debian's chromium, headless, driven
// by puppeteer-core (no browser download). Run by run_tests.sh:
//   node web.test.mjs SITE_DIR BACKRELIEF_CLI ARTEFACT_DIR
// SITE_DIR is build-web/site (scripts/web.sh --build-only); the CLI is the C
// library's own command, for the expected plan and cues and to read the
// exported journal back. Screenshots of the plan and of the player at 390x844
// and 1280x800 go to ARTEFACT_DIR. Prints "ok N - what" per check; exits 1 on
// the first failure.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import net from 'node:net';
import puppeteer from 'puppeteer-core';

const [site, cli, artefacts] = process.argv.slice(2);
if (!site || !cli || !artefacts) {
  console.error('usage: node web.test.mjs SITE_DIR BACKRELIEF_CLI ARTEFACT_DIR');
  process.exit(2);
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
mkdirSync(artefacts, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'brf-web-'));
const downloads = join(tmp, 'downloads');
mkdirSync(downloads);
const SPEED = 100;

let n = 0;
function ok(what) { console.log(`ok ${++n} - ${what}`); }
const runCli = (...args) => execFileSync(cli, ['--data-dir', join(tmp, 'data'), ...args],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
async function waitFor(fn, what, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
async function download(page, click, suffix) {
  const before = new Set(readdirSync(downloads));
  await click();
  const name = await waitFor(() => readdirSync(downloads)
    .find((f) => !before.has(f) && f.endsWith(suffix)), `a ${suffix} download`);
  return join(downloads, name);
}

const port = await freePort();
const server = spawn(python, ['-m', 'http.server', String(port), '--bind', '127.0.0.1'],
  { cwd: site, stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
await waitFor(async () => {
  try { return (await fetch(base)).ok; } catch { return false; }
}, 'the http server');

const browser = await puppeteer.launch({
  executablePath: chromium, headless: true,
  args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required', '--mute-audio'],
});
let failed = false;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${base}index.html?speed=${SPEED}`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  const loadMs = await page.evaluate(() => window.backreliefApp.loadMs);
  ok(`the page loads the module and the built-in catalog (${loadMs.toFixed(0)} ms)`);

  // Every contracted control has its accessible name.
  for (const name of ['Goal', 'Minutes', 'Equipment', 'Plan']) {
    assert.ok(await page.$(`aria/${name}`), `no control named ${name}`);
  }
  const flags = await page.evaluate(() => window.backreliefApp.br.redFlags().length);
  assert.equal((await page.$$('aria/Yes[role="button"]')).length, flags);
  assert.equal((await page.$$('aria/No[role="button"]')).length, flags);
  ok(`controls are named (Goal, Minutes, Equipment, Plan; Yes and No for each of ${flags} screen questions)`);

  // Bad input: no goal, 0 minutes, before the screen is answered.
  await (await page.$('aria/Minutes')).click({ clickCount: 3 });
  await page.keyboard.type('0');
  await (await page.$('aria/Plan')).click();
  const msgs = await page.evaluate(() => ['goal-msg', 'minutes-msg', 'plan-msg']
    .map((id) => document.getElementById(id).textContent));
  assert.match(msgs[0], /Choose a goal/);
  assert.match(msgs[1], /from 1 to 240/);
  assert.match(msgs[2], /safety question/);
  assert.equal(await page.$$eval('#plan-steps li', (l) => l.length), 0);
  ok('no goal, 0 minutes and an unanswered screen get inline messages and no plan');

  // A refusing answer shows the clinician message; then answer No to all.
  const yes = await page.$$('aria/Yes[role="button"]');
  await yes[0].click();
  const refusal = await page.$eval('#screen-msg', (e) => e.textContent);
  const expected = await page.evaluate(() => {
    const br = window.backreliefApp.br;
    const s = new br.Screen(window.backreliefApp.ctx);
    s.answer(br.redFlags()[0].id, true);
    const m = s.message;
    s.free();
    return m;
  });
  assert.ok(expected && refusal === expected, `refusal: ${refusal}`);
  assert.equal(await page.$eval('#plan-button', (b) => b.disabled), true);
  ok('a red flag answered yes refuses with the library\'s clinician message');
  for (const b of await page.$$('aria/No[role="button"]')) await b.click();
  assert.equal(await page.$eval('#plan-button', (b) => b.disabled), false);

  // Plan a 10-minute post-leg-workout routine; it equals the CLI's.
  const goalLabel = await page.evaluate(() => window.backreliefApp.br.goalLabel('post-leg-workout'));
  await page.$eval('#goal', (s, label) => {
    s.value = [...s.options].find((o) => o.textContent === label).value;
  }, goalLabel);
  await (await page.$('aria/Minutes')).click({ clickCount: 3 });
  await page.keyboard.type('10');
  await (await page.$('aria/Plan')).click();
  await page.waitForSelector('#plan-steps li');
  const routineJson = await page.evaluate(() => window.backreliefApp.routine.toJson({ pretty: true }));
  const cliPlan = runCli('plan', '--goal', 'post-leg-workout', '--minutes', '10', '--json');
  assert.deepEqual(JSON.parse(routineJson), JSON.parse(cliPlan));
  const shown = await page.$$eval('#plan-steps li .name', (l) => l.map((e) => e.textContent));
  const names = await page.evaluate(() => window.backreliefApp.routine.steps.map((s) => s.name));
  assert.deepEqual(shown, names);
  assert.match(await page.$eval('#plan-total', (e) => e.textContent), /^Total: /);
  for (const name of ['Start', 'Pause', 'Back', 'Next', 'Mute', 'Skip']) {
    assert.ok(await page.$(`aria/${name}`), `no control named ${name}`);
  }
  const planMs = await page.evaluate(() => window.backreliefApp.planMs);
  writeFileSync(join(artefacts, 'timing.txt'), `load ${loadMs.toFixed(1)} ms\nplan ${planMs.toFixed(1)} ms\n`);
  ok(`the plan (${planMs.toFixed(1)} ms to plan) equals \`backrelief plan --goal post-leg-workout --minutes 10 --json\` (${names.length} steps)`);

  await page.$eval('#plan-section', (e) => e.scrollIntoView());
  await page.screenshot({ path: join(artefacts, 'plan-390x844.png') });
  await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  await page.$eval('#plan-section', (e) => e.scrollIntoView());
  await page.screenshot({ path: join(artefacts, 'plan-1280x800.png') });
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  ok('screenshots of the plan at 390x844 and 1280x800');

  // Play on an accelerated clock, pause and resume part-way.
  await (await page.$('aria/Pain before (0 to 10)')).type('4');
  await (await page.$('aria/Start')).click();
  await page.waitForFunction(() => window.backreliefApp.player?.positionMs > 20000);
  await (await page.$('aria/Pause')).click();
  const paused = await page.evaluate(() => [window.backreliefApp.player.state, window.backreliefApp.player.positionMs]);
  assert.equal(paused[0], 'paused');
  assert.ok(await page.$('aria/Resume'), 'the pause button is named Resume while paused');
  await new Promise((r) => setTimeout(r, 600));
  const still = await page.evaluate(() => window.backreliefApp.player.positionMs);
  assert.equal(still, paused[1]);
  await page.$eval('#player', (e) => e.scrollIntoView());
  await page.screenshot({ path: join(artefacts, 'player-390x844.png') });
  await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  await page.$eval('#player-section', (e) => e.scrollIntoView());
  await page.screenshot({ path: join(artefacts, 'player-1280x800.png') });
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  const view = await page.evaluate(() => ({
    countdown: document.getElementById('countdown').textContent,
    next: document.getElementById('next-up').textContent,
    current: document.getElementById('current-exercise').textContent,
  }));
  assert.match(view.countdown, /^\d+:\d\d$/);
  assert.match(view.next, /^Next up: /);
  ok(`pause holds the clock at ${paused[1]} ms (countdown ${view.countdown}, "${view.next}"); screenshots of the player`);
  await (await page.$('aria/Resume')).click();
  assert.equal(await page.evaluate(() => window.backreliefApp.player.state), 'running');
  await page.waitForFunction(() => window.backreliefApp.player?.state === 'finished', { timeout: 60000 });
  ok('resume plays on to the end');

  // The cues equal `backrelief run ROUTINE --json`, cue for cue.
  const cues = await page.evaluate(() => window.backreliefApp.cueLog);
  writeFileSync(join(tmp, 'routine.json'), routineJson);
  const want = runCli('run', join(tmp, 'routine.json'), '--json').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(cues.map((c) => ({ t_ms: c.atMs, kind: c.kind, exercise: c.exercise, text: c.text })), want);
  ok(`the browser's ${cues.length} cues equal \`backrelief run --json\` (kind, time, exercise, text)`);

  // Pain after, the journal, its export read back by the C library.
  await (await page.$('aria/Pain after (0 to 10)')).type('2');
  await (await page.$('aria/Save to journal')).click();
  await page.waitForFunction(() => document.querySelectorAll('#journal-rows tr').length === 1);
  const row = await page.$$eval('#journal-rows td', (l) => l.map((e) => e.textContent));
  assert.deepEqual(row.slice(2, 4), ['4', '2']);
  const exported = await download(page, async () => (await page.$('aria/Export journal')).click(), '.jsonl');
  mkdirSync(join(tmp, 'data'), { recursive: true });
  copyFileSync(exported, join(tmp, 'data', 'journal.jsonl'));
  const bundle = JSON.parse(runCli('export'));
  assert.equal(bundle.journal.length, 1);
  assert.equal(bundle.journal[0].routine, JSON.parse(routineJson).name);
  assert.deepEqual(bundle.journal[0].pain, { before: 4, after: 2 });
  assert.equal(bundle.journal[0].steps.done, names.length);
  ok('pain before and after are logged; the exported journal reads back with the C library (backrelief export)');

  // A file that is not ours: an inline message, nothing in storage lost.
  const storedBefore = await page.evaluate(() => localStorage.getItem('backrelief.journal.jsonl'));
  writeFileSync(join(tmp, 'not-ours.jsonl'), '{"hello": "world"}\n');
  await (await page.$('#import-file')).uploadFile(join(tmp, 'not-ours.jsonl'));
  await page.waitForFunction(() => /not a backrelief journal/.test(document.getElementById('journal-msg').textContent));
  assert.equal(await page.evaluate(() => localStorage.getItem('backrelief.journal.jsonl')), storedBefore);
  // ...and our own export imports (the journal then has two entries).
  await (await page.$('#import-file')).uploadFile(exported);
  await page.waitForFunction(() => document.querySelectorAll('#journal-rows tr').length === 2);
  ok('importing a file that is not a journal is refused inline and the stored journal is kept; our export imports');

  // The week's calendar, parsed by python3-icalendar.
  const ics = await download(page, async () => (await page.$('aria/Download this week (.ics)')).click(), '.ics');
  const parsed = execFileSync(python, ['-c', `
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in cal.walk('VEVENT')]
assert events, 'no VEVENT'
print(len(events), events[0].get('SUMMARY'))
`, ics], { encoding: 'utf8' }).trim();
  assert.match(parsed, new RegExp(`^\\d+ .*${JSON.parse(routineJson).name}`));
  ok(`the week's calendar parses with python3-icalendar (${parsed})`);

  // Keyboard: n, b and space on a second run.
  await page.$eval('#start-button', (b) => b.click());
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('n');
  assert.equal(await page.evaluate(() => window.backreliefApp.player.stepIndex), 1);
  await page.keyboard.press('b');
  assert.equal(await page.evaluate(() => window.backreliefApp.player.stepIndex), 0);
  await page.keyboard.press(' ');
  assert.equal(await page.evaluate(() => window.backreliefApp.player.state), 'paused');
  await page.keyboard.press(' ');
  assert.equal(await page.evaluate(() => window.backreliefApp.player.state), 'running');
  await (await page.$('aria/Mute')).click();
  assert.equal(await page.$eval('#mute-button', (b) => b.getAttribute('aria-pressed')), 'true');
  ok('keys n, b and space move, go back, pause and resume; Mute toggles');

  // Offline after the first load: the service worker serves the site.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await page.setOfflineMode(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  await page.setOfflineMode(false);
  ok('the app loads offline after the first visit (service worker)');

  assert.deepEqual(errors, []);
  ok('no uncaught errors in the page');
} catch (err) {
  failed = true;
  console.log(`not ok ${++n} - ${err.stack || err.message}`);
} finally {
  await browser.close();
  server.kill();
}
console.log(failed ? '# FAILED' : `# pass ${n}`);
process.exit(failed ? 1 : 0);
