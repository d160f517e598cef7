// The web app of examples/web: screen, plan, play, journal, calendar, over
// libbackrelief in WebAssembly (backrelief.mjs: the Node binding's API).
// No framework: the DOM of index.html, a service worker for offline use.
//
// Test hooks: ?speed=N runs the player's clock N times faster; window.backreliefApp
// exposes the state: the cues played so far (cueLog: { kind, atMs, exercise,
// text }), the routine and player, loadMs and planMs (the bench figures).
const $ = (id) => document.getElementById(id);
const JOURNAL_KEY = 'backrelief.journal.jsonl';
const params = new URLSearchParams(location.search);
const speed = Math.max(1, Number(params.get('speed')) || 1);

const app = {
  br: null, ctx: null, catalog: null, screen: null, routine: null, timeline: null, player: null,
  answers: new Map(), cueLog: [], muted: false, painBefore: null, timer: null, lastTick: 0,
  loadMs: null, planMs: null, ready: false,
};
window.backreliefApp = app;

function show(id, on = true) { $(id).hidden = !on; }
function say(id, text, kind = '') {
  const el = $(id);
  el.textContent = text || '';
  el.classList.toggle('error', kind === 'error');
  el.classList.toggle('ok', kind === 'ok');
}
function fmtClock(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
function fmtSpan(ms) {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m ? `${m} min ${s % 60} s` : `${s} s`;
}
function todayDay() {
  const d = new Date();
  return app.br.dayFromYmd(app.ctx, d.getFullYear(), d.getMonth() + 1, d.getDate());
}
function nowMinutes() {
  const d = new Date();
  return d.getHours() * 60 + d.getMinutes();
}
function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// --- start-up -------------------------------------------------------------------

async function init() {
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
  const t0 = performance.now();
  try {
    app.br = await import('./backrelief.mjs');
    app.ctx = new app.br.Context();
    app.catalog = app.br.Catalog.builtin(app.ctx);
  } catch (err) {
    show('loading', false);
    say('load-error', `The exercise library could not load: ${err.message}`, 'error');
    show('load-error');
    return;
  }
  app.loadMs = performance.now() - t0;
  const br = app.br;
  $('safety').textContent = 'This is not medical advice. ' +
    br.stopRules().map((r) => r.text).join(' ');
  buildScreen();
  for (let g = 0; g < br.constants.BRF_GOAL_COUNT; g++) {
    const opt = document.createElement('option');
    opt.value = String(g);
    opt.textContent = br.goalLabel(g);
    $('goal').append(opt);
  }
  for (const id of br.vocabIds('equipment')) {
    if (id === 'none') continue;
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = id;
    box.name = 'equipment';
    box.checked = id === 'mat' || id === 'chair'; // the CLI's defaults: a floor and a chair
    label.append(box, ` ${id === 'mat' ? 'mat or floor' : id.replace(/-/g, ' ')}`);
    $('equipment-list').append(label);
  }
  show('loading', false);
  show('screen-section');
  show('plan-section');
  show('journal-section');
  renderJournal();
  wire();
  app.ready = true;
  document.body.dataset.ready = '1';
}

// --- red-flag screen --------------------------------------------------------------

function buildScreen() {
  const br = app.br;
  app.screen = new br.Screen(app.ctx);
  for (const flag of br.redFlags()) {
    const fs = document.createElement('fieldset');
    fs.className = 'question';
    fs.dataset.flag = flag.id;
    const legend = document.createElement('legend');
    legend.textContent = flag.question;
    fs.append(legend);
    for (const [text, yes] of [['Yes', true], ['No', false]]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => {
        app.answers.set(flag.id, yes);
        for (const o of fs.querySelectorAll('button')) o.setAttribute('aria-pressed', String(o === b));
        app.screen.answer(flag.id, yes);
        evaluateScreen();
      });
      fs.append(b);
    }
    $('screen-questions').append(fs);
  }
}

function screenComplete() { return app.answers.size === app.br.redFlags().length; }

function evaluateScreen() {
  const s = app.screen;
  if (!s.mayExercise) {
    say('screen-msg', s.message || 'Please see a clinician before exercising.', 'error');
    $('plan-button').disabled = true;
    return false;
  }
  $('plan-button').disabled = false;
  if (!screenComplete()) {
    say('screen-msg', `${app.br.redFlags().length - app.answers.size} questions left.`);
  } else {
    say('screen-msg', s.message || 'Thank you: nothing here stops you from exercising.', s.message ? '' : 'ok');
  }
  return true;
}

// --- planning ---------------------------------------------------------------------

function plan(ev) {
  ev.preventDefault();
  const br = app.br;
  say('goal-msg', '');
  say('minutes-msg', '');
  say('plan-msg', '');
  let bad = false;
  const goal = $('goal').value;
  if (goal === '') {
    say('goal-msg', 'Choose a goal.', 'error');
    bad = true;
  }
  const minutesText = $('minutes').value.trim();
  const minutes = Number(minutesText);
  const lo = br.constants.BRF_PLANNER_MINUTES_MIN;
  const hi = br.constants.BRF_PLANNER_MINUTES_MAX;
  if (minutesText === '' || !Number.isInteger(minutes) || minutes < lo || minutes > hi) {
    say('minutes-msg', `Minutes must be a whole number from ${lo} to ${hi}.`, 'error');
    bad = true;
  }
  if (!screenComplete()) {
    say('plan-msg', 'Answer every safety question first.', 'error');
    bad = true;
  } else if (!app.screen.mayExercise) {
    say('plan-msg', app.screen.message || 'Please see a clinician first.', 'error');
    bad = true;
  }
  if (bad) {
    ($('goal').value === '' ? $('goal') : $('minutes')).focus();
    return;
  }
  const profile = new br.Profile(app.ctx);
  let planner = null;
  try {
    for (const box of document.querySelectorAll('#equipment-list input:checked')) profile.setEquipment(box.value);
    const t0 = performance.now();
    planner = new br.Planner(app.ctx, { goal: Number(goal), minutes, profile, screen: app.screen, seed: 0 });
    const routine = planner.run(app.catalog);
    app.planMs = performance.now() - t0;
    setRoutine(routine, planner.omitted);
  } catch (err) {
    say('plan-msg', err instanceof br.ReferError ? (app.screen.message || err.message) : err.message, 'error');
  } finally {
    planner?.free();
    profile.free();
  }
}

function setRoutine(routine, omitted) {
  stopPlayer();
  app.routine?.free();
  app.routine = routine;
  app.timeline?.free();
  // The full dose (the upper ends of its ranges), as `backrelief run` plays it.
  app.timeline = app.br.Timeline.fromRoutine(routine, { longest: true });
  $('routine-name').textContent = routine.name;
  const ol = $('plan-steps');
  ol.replaceChildren();
  routine.steps.forEach((step, i) => {
    const li = document.createElement('li');
    const [, len] = app.timeline.stepSpan(i);
    li.innerHTML = '<h4 class="name"></h4><p class="dose"></p><p class="reason"></p>';
    li.querySelector('.name').textContent = step.name;
    li.querySelector('.dose').textContent = `${step.dose} · ${step.phase} · up to ${fmtSpan(len)}`;
    li.querySelector('.reason').textContent = step.reason ? `Why: ${step.reason}` : '';
    li.dataset.exercise = step.exerciseId;
    ol.append(li);
  });
  const [lo, hi] = routine.estimate();
  $('plan-total').textContent = lo === hi ? `Total: ${fmtSpan(lo)}`
    : `Total: ${fmtSpan(lo)} to ${fmtSpan(hi)}, with the get-ready and the changes between exercises.`;
  const ul = $('omitted-list');
  ul.replaceChildren();
  for (const o of omitted) {
    const li = document.createElement('li');
    li.textContent = `${o.exerciseId}: ${o.reason}`;
    ul.append(li);
  }
  show('plan-omitted', omitted.length > 0);
  show('plan-result');
  show('player-section');
  resetPlayerView();
}

function downloadWeek() {
  const br = app.br;
  if (!app.routine) return;
  const sched = new br.Schedule(app.ctx, todayDay(), 1);
  try {
    sched.addRoutine(app.routine);
    sched.generate();
    download('backrelief-week.ics', 'text/calendar', sched.toIcal());
  } catch (err) {
    say('plan-msg', `No calendar: ${err.message}`, 'error');
  } finally {
    sched.free();
  }
}

// --- player -------------------------------------------------------------------------

const KIND_LABEL = {
  'get-ready': 'Get ready', work: 'Exercise', relax: 'Relax', rest: 'Rest', 'switch-side': 'Switch sides',
  transition: 'Next exercise', done: 'Done',
};

function resetPlayerView() {
  app.cueLog = [];
  app.painBefore = null;
  $('pain-before').value = '';
  say('pain-before-msg', '');
  show('pain-before-row');
  show('pain-after-row', false);
  $('start-button').disabled = false;
  $('pause-button').disabled = true;
  $('pause-button').textContent = 'Pause';
  $('next-button').disabled = true;
  $('back-button').disabled = true;
  $('segment-kind').textContent = 'Ready';
  $('current-exercise').textContent = 'Press Start when you are ready.';
  $('countdown').textContent = fmtClock(app.timeline ? app.timeline.totalMs : 0);
  $('cue-text').textContent = '';
  $('step-progress').value = 0;
  $('session-progress').value = 0;
  $('session-time').textContent = '';
  $('next-up').textContent = app.routine?.length ? `First: ${app.routine.steps[0].name}` : '';
}

function stopPlayer() {
  if (app.timer) clearInterval(app.timer);
  app.timer = null;
  if (window.speechSynthesis) speechSynthesis.cancel();
  app.player?.free();
  app.player = null;
}

function readRating(id, msgId) {
  const text = $(id).value.trim();
  if (text === '') return { value: null, ok: true };
  const v = Number(text);
  if (!Number.isInteger(v) || v < 0 || v > 10) {
    say(msgId, 'A rating is a whole number from 0 (no pain) to 10 (the worst).', 'error');
    return { value: null, ok: false };
  }
  say(msgId, '');
  return { value: v, ok: true };
}

function start() {
  const r = readRating('pain-before', 'pain-before-msg');
  if (!r.ok) { $('pain-before').focus(); return; }
  app.painBefore = r.value;
  stopPlayer();
  app.cueLog = [];
  app.player = new app.br.Player(app.timeline);
  app.player.start();
  show('pain-before-row', false);
  show('pain-after-row', false);
  $('save-button').disabled = false;
  say('pain-after-msg', '');
  $('start-button').disabled = true;
  for (const id of ['pause-button', 'next-button', 'back-button']) $(id).disabled = false;
  app.lastTick = performance.now();
  app.timer = setInterval(tick, 100);
  drain();
  render();
  $('pause-button').focus();
}

function tick() {
  const now = performance.now();
  const ms = Math.round((now - app.lastTick) * speed);
  app.lastTick = now;
  const p = app.player;
  if (!p || p.state !== 'running') return;
  p.advance(ms);
  drain();
  render();
}

let audio = null;
function tone() {
  if (app.muted) return;
  try {
    audio ||= new (window.AudioContext || window.webkitAudioContext)();
    const o = audio.createOscillator();
    const g = audio.createGain();
    o.frequency.value = 880;
    g.gain.setValueAtTime(0.15, audio.currentTime);
    g.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.18);
    o.connect(g).connect(audio.destination);
    o.start();
    o.stop(audio.currentTime + 0.2);
  } catch (err) { /* no audio device: the cue text is still shown */ }
}
function speak(text) {
  if (app.muted || !window.speechSynthesis || !text) return;
  speechSynthesis.cancel();
  speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

function drain() {
  const cues = app.player.cues();
  if (!cues.length) return;
  app.cueLog.push(...cues);
  const last = cues[cues.length - 1];
  $('cue-text').textContent = last.text;
  tone();
  speak(last.text);
}

function render() {
  const p = app.player;
  if (!p) return;
  const tl = app.timeline;
  const state = p.state;
  const steps = app.routine.steps;
  const i = Math.min(p.stepIndex, steps.length - 1);
  const seg = state === 'finished' ? null : tl.segments[p.segmentIndex];
  $('segment-kind').textContent = state === 'paused' ? 'Paused'
    : state === 'finished' ? 'Done' : (KIND_LABEL[seg?.kind] || seg?.kind || '');
  $('current-exercise').textContent = state === 'finished' ? 'Well done: the session is over.'
    : `${steps[i].name}${seg && seg.side ? ` (${seg.side} side)` : ''}`;
  $('countdown').textContent = fmtClock(state === 'finished' ? 0 : p.segmentRemainingMs);
  const [start, len] = tl.stepSpan(i);
  $('step-progress').value = state === 'finished' ? 1 : Math.min(1, Math.max(0, (p.positionMs - start) / Math.max(1, len)));
  $('session-progress').value = tl.totalMs ? Math.min(1, p.positionMs / tl.totalMs) : 1;
  $('session-time').textContent = `${fmtClock(p.sessionElapsedMs)} done, ${fmtClock(p.sessionRemainingMs)} left`;
  $('next-up').textContent = state === 'finished' ? ''
    : i + 1 < steps.length ? `Next up: ${steps[i + 1].name}` : 'Next up: the end of the session';
  const pause = $('pause-button');
  pause.textContent = state === 'paused' ? 'Resume' : 'Pause';
  document.body.dataset.player = state;
  if (state === 'finished' || state === 'stopped') finish();
}

function finish() {
  if (app.timer) clearInterval(app.timer);
  app.timer = null;
  for (const id of ['pause-button', 'next-button', 'back-button']) $(id).disabled = true;
  $('start-button').disabled = false;
  show('pain-after-row');
}

function togglePause() {
  const p = app.player;
  if (!p) return;
  if (p.state === 'running') p.pause();
  else if (p.state === 'paused') { p.resume(); app.lastTick = performance.now(); }
  drain();
  render();
}
function move(fn) {
  const p = app.player;
  if (!p || (p.state !== 'running' && p.state !== 'paused')) return;
  p[fn]();
  drain();
  render();
}

// --- journal ------------------------------------------------------------------------

function storedJournal() { return localStorage.getItem(JOURNAL_KEY) || ''; }

function loadJournal(text) {
  return text ? app.br.Journal.load(app.ctx, text) : new app.br.Journal(app.ctx);
}

function renderJournal() {
  let j = null;
  try {
    j = loadJournal(storedJournal());
  } catch (err) {
    say('journal-msg', `The journal in this browser could not be read (${err.message}); it is kept as it is.`, 'error');
    return;
  }
  const rows = $('journal-rows');
  rows.replaceChildren();
  const br = app.br;
  for (const e of j) {
    const tr = document.createElement('tr');
    const done = e.steps.filter((s) => s.status === 'done').length;
    for (const v of [br.formatDate(e.day), e.routine, e.pain.before ?? '–', e.pain.after ?? '–',
      e.steps.length ? `${done} of ${e.steps.length}` : '–']) {
      const td = document.createElement('td');
      td.textContent = String(v);
      tr.append(td);
    }
    rows.append(tr);
  }
  show('journal-empty', j.length === 0);
  show('journal-table', j.length > 0);
  j.free();
}

function save() {
  const r = readRating('pain-after', 'pain-after-msg');
  if (!r.ok) { $('pain-after').focus(); return; }
  let j;
  try {
    j = loadJournal(storedJournal());
  } catch (err) {
    say('pain-after-msg', `The stored journal could not be read (${err.message}); nothing was saved.`, 'error');
    return;
  }
  try {
    const pain = {};
    if (app.painBefore !== null) pain.before = app.painBefore;
    if (r.value !== null) pain.after = r.value;
    j.add(todayDay(), app.routine.name, { minutes: nowMinutes(), player: app.player, pain });
    localStorage.setItem(JOURNAL_KEY, j.toJsonl());
    say('pain-after-msg', 'Saved to your journal.', 'ok');
    $('save-button').disabled = true;
  } catch (err) {
    say('pain-after-msg', `Not saved: ${err.message}`, 'error');
  } finally {
    j.free();
  }
  renderJournal();
}

function exportJournal() {
  const text = storedJournal();
  if (!text) { say('journal-msg', 'The journal is empty: nothing to export yet.'); return; }
  download('backrelief-journal.jsonl', 'application/x-ndjson', text);
  say('journal-msg', 'Exported backrelief-journal.jsonl.', 'ok');
}

async function importJournal() {
  const file = $('import-file').files[0];
  if (!file) return;
  const text = await file.text();
  const mine = storedJournal();
  try {
    // The file alone first (a clear message when it is not ours), then both.
    const probe = app.br.Journal.load(app.ctx, text);
    const n = probe.length;
    probe.free();
    if (n === 0) throw new Error('it has no journal entries');
    const both = mine + (mine && !mine.endsWith('\n') ? '\n' : '') + text + (text.endsWith('\n') ? '' : '\n');
    const j = app.br.Journal.load(app.ctx, both);
    const merged = j.toJsonl();
    j.free();
    localStorage.setItem(JOURNAL_KEY, merged);
    say('journal-msg', `Imported ${n} ${n === 1 ? 'session' : 'sessions'} from ${file.name}.`, 'ok');
  } catch (err) {
    say('journal-msg', `${file.name} is not a backrelief journal (${err.message}). Your journal was not changed.`, 'error');
  }
  $('import-file').value = '';
  renderJournal();
}

// --- wiring -------------------------------------------------------------------------

function wire() {
  $('plan-form').addEventListener('submit', plan);
  $('ics-button').addEventListener('click', downloadWeek);
  $('start-button').addEventListener('click', start);
  $('pause-button').addEventListener('click', togglePause);
  $('next-button').addEventListener('click', () => move('skip'));
  $('back-button').addEventListener('click', () => move('back'));
  $('pain-before-skip').addEventListener('click', () => {
    $('pain-before').value = '';
    say('pain-before-msg', 'Skipped: press Start when you are ready.');
    $('start-button').focus();
  });
  $('mute-button').addEventListener('click', () => {
    app.muted = !app.muted;
    $('mute-button').setAttribute('aria-pressed', String(app.muted));
    if (app.muted && window.speechSynthesis) speechSynthesis.cancel();
  });
  $('save-button').addEventListener('click', save);
  $('export-button').addEventListener('click', exportJournal);
  $('import-file').addEventListener('change', importJournal);
  $('goal').addEventListener('change', () => say('goal-msg', ''));
  $('minutes').addEventListener('input', () => say('minutes-msg', ''));
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    const typing = t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;
    if (typing || !app.player) return;
    // Space on a focused button presses that button, as everywhere; elsewhere
    // it pauses and resumes.
    if (ev.key === ' ' && !(t instanceof HTMLButtonElement)) { ev.preventDefault(); togglePause(); }
    else if (ev.key === 'n' || ev.key === 'N') { ev.preventDefault(); move('skip'); }
    else if (ev.key === 'b' || ev.key === 'B') { ev.preventDefault(); move('back'); }
  });
}

init();
