'use strict';
// Texts in a chosen language through the wrappers: screeningText()
// (brf_screening_text) and vocabLabel() (brf_vocab_label). Expected texts are
// copied from the data the library is generated from, not from running it:
// English from data/redflags.json, data/stoprules.json, data/yellowflags.json
// and data/messages/vocab.json; German from data/i18n/de/screen.json and
// data/i18n/de/vocab.json. The fallbacks are the library's (screen.h,
// vocab.h): 'de-AT' reads German, a language without texts ('sv') English.
const test = require('node:test');
const assert = require('node:assert/strict');
const br = require('../index.js');

br.load(process.env.BACKRELIEF_LIBRARY);
const GERMAN = br.locales().includes('de');

const CHEST_PAIN_EN = 'Do you have chest pain as well as your back pain?';
const CHEST_PAIN_DE = 'Haben Sie zusätzlich zu Ihren Rückenschmerzen Schmerzen in der Brust?';
const SADDLE_LABEL_EN = 'numbness or tingling around the genitals, anus or buttocks';
const SADDLE_LABEL_DE = 'Taubheit oder Kribbeln im Bereich von Genitalien, After oder Gesäß';
const SEVERE_PAIN_EN = 'Stop the exercise if it causes severe pain; skip it or try an easier version.';
const SEVERE_PAIN_DE = 'Brechen Sie die Übung ab, wenn sie starke Schmerzen verursacht; lassen Sie sie ' +
  'aus oder versuchen Sie eine leichtere Variante.';
const LEG_SPREAD_EN = 'In the last two weeks, has your back pain spread down into a leg at any time?';
const LEG_SPREAD_DE = 'Sind Ihre Rückenschmerzen in den letzten zwei Wochen irgendwann in ein Bein ausgestrahlt?';
const EMERGENCY_EN = 'Call emergency services now (999 in the UK, 112 in Europe, 911 in North America) ' +
  'or go to A&E (the emergency department). Do not exercise.';
const EMERGENCY_DE = 'Rufen Sie jetzt den Notruf (999 in Großbritannien, 112 in Europa, 911 in ' +
  'Nordamerika) oder gehen Sie in die Notaufnahme (A&E). Machen Sie keine Übungen.';

test('vocabLabel: English and German labels, de-AT and sv by the fallbacks', (t) => {
  assert.equal(br.vocabLabel('equipment', 'foam-roller'), 'foam roller');
  assert.equal(br.vocabLabel('equipment', 'foam-roller', 'sv'), 'foam roller');
  const code = br.vocabCode('equipment', 'foam-roller');
  assert.equal(br.vocabLabel('equipment', code, 'en'), 'foam roller');
  if (!GERMAN) { t.skip('built without translations'); return; }
  assert.equal(br.vocabLabel('equipment', 'foam-roller', 'de'), 'Faszienrolle');
  assert.equal(br.vocabLabel('equipment', code, 'de-AT'), 'Faszienrolle');
  assert.equal(br.vocabLabel('region', 'lower-back', 'de'), 'unterer Rücken');
  assert.equal(br.vocabLabel('equipment', 'none', 'de'), 'keine Ausrüstung');
});

test('vocabLabel: every value has a label in every language', () => {
  /** @type {br.Vocabulary[]} */
  const kinds = ['modality', 'region', 'equipment', 'level', 'laterality', 'position', 'condition',
    'action', 'source'];
  for (const kind of kinds) {
    for (const slug of br.vocabIds(kind)) {
      for (const locale of br.locales()) assert.ok(br.vocabLabel(kind, slug, locale), `${kind} ${slug} ${locale}`);
    }
  }
});

test('vocabLabel: errors', () => {
  // @ts-expect-error: not a vocabulary
  assert.throws(() => br.vocabLabel('furniture', 'chair', 'de'), (e) => e instanceof br.InvalidError &&
    /furniture/.test(e.message));
  assert.throws(() => br.vocabLabel('equipment', 'trampoline', 'de'),
    (e) => e instanceof br.NotFoundError && /trampoline/.test(e.message));
  assert.throws(() => br.vocabLabel('equipment', 'Faszienrolle', 'de'), br.NotFoundError);
  assert.throws(() => br.vocabLabel('equipment', 999, 'de'),
    (e) => e instanceof br.RangeError && e.statusName === 'BRF_E_RANGE');
});

test('screeningText: English texts, by id and by index, the same as the English lists', () => {
  assert.equal(br.screeningText('redflagQuestion', 'chest-pain'), CHEST_PAIN_EN);
  assert.equal(br.screeningText('redflagLabel', 'saddle-numbness', 'en'), SADDLE_LABEL_EN);
  assert.equal(br.screeningText('stoprule', 'severe-pain', 'sv'), SEVERE_PAIN_EN);
  assert.equal(br.screeningText('yellowflagQuestion', 'leg-pain-spread'), LEG_SPREAD_EN);
  assert.equal(br.screeningText('urgencyAdvice', 'emergency'), EMERGENCY_EN);
  assert.equal(br.screeningText('psychosocialAdvice', 'low'), br.psychosocialAdvice('low'));
  const i = br.Screen.flagIndex('chest-pain');
  assert.equal(br.screeningText('redflagQuestion', i), CHEST_PAIN_EN);
  assert.equal(br.screeningText(1, i, 'en'), CHEST_PAIN_EN);
  br.redFlags().forEach((flag, k) => {
    assert.equal(br.screeningText('redflagLabel', flag.id), flag.label);
    assert.equal(br.screeningText('redflagQuestion', k, 'en'), flag.question);
  });
  for (const rule of br.stopRules()) assert.equal(br.screeningText('stoprule', rule.id), rule.text);
  for (const q of br.yellowFlags()) assert.equal(br.screeningText('yellowflagQuestion', q.id), q.question);
});

test('screeningText: German texts, de-AT by the fallback', (t) => {
  if (!GERMAN) { t.skip('built without translations'); return; }
  assert.equal(br.screeningText('redflagQuestion', 'chest-pain', 'de'), CHEST_PAIN_DE);
  assert.equal(br.screeningText('redflagQuestion', 'chest-pain', 'de-AT'), CHEST_PAIN_DE);
  assert.equal(br.screeningText('redflagLabel', 'saddle-numbness', 'de'), SADDLE_LABEL_DE);
  assert.equal(br.screeningText('stoprule', 'severe-pain', 'de'), SEVERE_PAIN_DE);
  assert.equal(br.screeningText('yellowflagQuestion', 'leg-pain-spread', 'de'), LEG_SPREAD_DE);
  assert.equal(br.screeningText('urgencyAdvice', 'emergency', 'de'), EMERGENCY_DE);
});

test('screeningText: errors', () => {
  // @ts-expect-error: not a screening text
  assert.throws(() => br.screeningText('redflagAnswer', 'chest-pain', 'de'),
    (e) => e instanceof br.InvalidError && /redflagAnswer/.test(e.message));
  assert.throws(() => br.screeningText(6, 0, 'de'), br.InvalidError);
  assert.throws(() => br.screeningText('redflagQuestion', 'Brustschmerz', 'de'),
    (e) => e instanceof br.NotFoundError && /Brustschmerz/.test(e.message));
  assert.throws(() => br.screeningText('stoprule', 'chest-pain', 'de'), br.NotFoundError);
  assert.throws(() => br.screeningText('urgencyAdvice', 'soon', 'de'), br.NotFoundError);
  assert.throws(() => br.screeningText('redflagQuestion', br.redFlags().length, 'de'),
    (e) => e instanceof br.RangeError && e.statusName === 'BRF_E_RANGE');
});
