/* In-session stop rules (research notes, clinical.md section 2E) as static
 * data for the session player and the journal. Ids are contracts. */
#include "util/core.h"
#include "screen/screen_private.h"

typedef struct stoprule {
  const char *id;
  const char *text;
  const char *source;
} stoprule;

static const stoprule rules[] = {
    {"severe-pain",
     "Stop the exercise if it causes severe pain; skip it or try an easier version.",
     "NHS: Lower back pain exercises"},
    {"new-or-worse-symptoms",
     "Stop the exercise if it makes your symptoms worse or causes new pain; skip it or try "
     "an easier version.",
     "NHS inform: Exercises for back pain"},
    {"pain-above-threshold",
     "Stop the exercise if the pain during it goes above 5 out of 10 (0 is no pain, 10 the "
     "worst imaginable), and make it easier next time.",
     "Silbernagel et al., Am J Sports Med 2007 (pain-monitoring model)"},
    {"spreading-leg-symptoms",
     "Stop and seek advice if pain or tingling spreads further down your leg, or new "
     "numbness, pins and needles or weakness appear.",
     "McKenzie/MDT practice (centralisation and peripheralisation); "
     "APTA low back pain CPG (Delitto et al., JOSPT 2012)"},
    {"emergency-signs",
     "Stop at once and call emergency services or go to A&E if, at any time, you get "
     "numbness around your genitals, anus or buttocks, new bladder or bowel problems, new "
     "loss of sexual function, or symptoms or weakness in both legs.",
     "HSCNI Northern Trust back pain advice; NHS back pain urgent criteria"},
};

#define RULE_COUNT (sizeof rules / sizeof rules[0])

size_t brf_stoprule_count(void) { return RULE_COUNT; }

const char *brf_stoprule_id(size_t index) { return index < RULE_COUNT ? rules[index].id : NULL; }

const char *brf_stoprule_text(size_t index) {
  return index < RULE_COUNT ? rules[index].text : NULL;
}

const char *brf_stoprule_source(size_t index) {
  return index < RULE_COUNT ? rules[index].source : NULL;
}
