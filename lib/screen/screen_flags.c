/* The red-flag checklist (research notes, clinical.md section 2) as static
 * data, and the urgency vocabulary. Ids are contracts: never rename one;
 * retire a flag only in a new ABI major. */
#include <string.h>

#include "util/core.h"
#include "screen/screen_private.h"

/* Source names, spelled once so every flag cites a guideline the same way. */
#define SRC_NHS "NHS back pain urgent criteria (Sheffield NHS MSK, HSCNI Northern Trust)"
#define SRC_CES                                                                       \
  "BMJ Best Practice: cauda equina syndrome; NICE CKS cauda equina syndrome (2018); " \
  "GIRFT National Suspected CES Pathway (2024)"
#define SRC_IFOMPT "Finucane et al., IFOMPT red flags framework, JOSPT 2020"
#define SRC_DOWNIE "Downie et al., BMJ 2013"
#define SRC_VERHAGEN "Verhagen et al., Eur Spine J 2016"
#define SRC_HENSCHKE "Henschke et al. 2009"
#define SRC_CHOU "ACP/APS 2007 (Chou et al., Ann Intern Med 2007)"

#define E BRF_URGENCY_EMERGENCY
#define U BRF_URGENCY_URGENT
#define R BRF_URGENCY_REVIEW

/* Ordered by urgency, then as in the checklist (a unit test keeps it so):
 * brf_screen_positive_at and the messages rely on this order. */
static const brf__redflag flags[] = {
    /* 2A emergency: possible cauda equina syndrome, cardiac causes, fracture */
    {"saddle-numbness", "numbness or tingling around the genitals, anus or buttocks",
     "Do you have numbness, tingling or a changed feeling around your genitals, anus or "
     "buttocks, or does it feel different when you wipe after using the toilet?",
     E, SRC_NHS "; " SRC_CES},
    {"bladder-bowel-change", "new bladder or bowel problems",
     "Have you recently had new difficulty passing urine, lost the feeling or the urge to "
     "pass urine or to open your bowels, or leaked or lost control of your bladder or bowels "
     "in a way that is not normal for you?",
     E, SRC_NHS "; " SRC_CES},
    {"sexual-dysfunction", "new loss of genital feeling or sexual function",
     "Have you recently lost feeling in your genitals, or had new difficulty getting an "
     "erection or ejaculating?",
     E, SRC_NHS "; " SRC_CES},
    {"bilateral-leg-symptoms", "pain, tingling, numbness or weakness in both legs",
     "Do you have pain, tingling, numbness or weakness in both legs?", E,
     SRC_NHS "; " SRC_CES},
    {"progressive-weakness", "severe or worsening leg weakness, or new difficulty walking",
     "Is one of your legs, or are both, very weak or getting weaker (for example your foot "
     "drops or catches when you walk), or have you newly become unsteady or found it hard "
     "to walk?",
     E, SRC_NHS "; " SRC_CES},
    {"chest-pain", "chest pain with the back pain",
     "Do you have chest pain as well as your back pain?", E, SRC_NHS},
    {"significant-trauma", "back pain that started after a serious accident or fall",
     "Did your back pain start after a serious accident or injury, such as a road accident "
     "or a fall from a height?",
     E, SRC_NHS "; " SRC_DOWNIE "; " SRC_VERHAGEN},
    {"minor-trauma-at-risk", "back pain after a minor fall or knock with fragile bones",
     "Did your back pain start after a minor fall, knock or strain while you are aged 70 or "
     "over, have osteoporosis (thin or brittle bones), or have taken steroid tablets for a "
     "long time?",
     E, SRC_NHS "; " SRC_HENSCHKE "; " SRC_DOWNIE},

    /* 2B urgent: possible infection, cancer, fracture, progressing nerve problem */
    {"fever-unwell", "a fever or feeling generally unwell",
     "Do you have a fever or a high temperature, or feel generally unwell, along with your "
     "back pain?",
     U, SRC_NHS "; " SRC_VERHAGEN},
    {"weight-loss", "weight loss without trying",
     "Have you lost weight recently without trying to?", U,
     SRC_NHS "; " SRC_VERHAGEN "; " SRC_HENSCHKE},
    {"cancer-history", "a history of cancer", "Have you ever had cancer?", U,
     SRC_DOWNIE "; " SRC_VERHAGEN},
    {"back-lump", "a lump or swelling on the back, or a change in its shape",
     "Have you noticed a lump or swelling on your back, or a change in the shape of your "
     "back?",
     U, SRC_NHS},
    {"night-pain", "pain at rest or at night that disturbs sleep",
     "Is your pain there even when you rest, or worse at night or when lying down, so that "
     "it disturbs your sleep?",
     U, SRC_NHS "; " SRC_VERHAGEN},
    {"cough-sneeze-pain", "pain made worse by coughing, sneezing or straining",
     "Does coughing, sneezing or straining on the toilet make your back pain worse?", U,
     SRC_NHS},
    {"upper-back-pain", "pain mainly in the upper back, or like a band around the body",
     "Is your pain mainly in your upper back (between the shoulder blades), or does it wrap "
     "around your body like a band?",
     U, SRC_NHS},
    {"infection-risk", "a higher risk of a spinal infection",
     "Do you inject drugs, have a weakened immune system (for example from long-term "
     "steroids, an organ transplant or HIV), or have you recently had a bacterial infection "
     "such as a urine infection?",
     U, SRC_CHOU "; " SRC_HENSCHKE},
    {"fracture-risk", "a higher risk of a spinal fracture",
     "Do you have osteoporosis (thin or brittle bones), or have you taken steroid tablets "
     "for several months?",
     U, SRC_DOWNIE "; " SRC_VERHAGEN "; " SRC_HENSCHKE},
    {"spreading-numbness", "numbness or weakness spreading in one leg",
     "In one leg, is numbness, pins and needles or weakness spreading or getting worse?", U,
     SRC_NHS "; " SRC_CHOU "; APTA low back pain CPG (Delitto et al., JOSPT 2012)"},
    {"age-under-16", "being under 16, outside the guidelines this library follows",
     "Are you younger than 16?", U, "NICE NG59 (scope: people aged 16 and over)"},

    /* 2C routine review, and the 2D age cautions */
    {"pregnancy", "pregnancy", "Are you pregnant?", R, "HSCNI Northern Trust back pain advice"},
    {"no-improvement-2-weeks", "no improvement after about two weeks of self-care",
     "Have you been looking after your back yourself (keeping active, doing exercises) for "
     "about two weeks or more without it getting better?",
     R, "NHS inform: Exercises for back pain; NHS: Lower back pain exercises; "
        "CSP/Versus Arthritis: Exercise advice for back pain"},
    {"severe-or-worsening", "pain that is severe, getting worse, or stopping daily activities",
     "Is your pain severe or getting worse, is it stopping you doing your daily activities, "
     "or are you struggling to cope with it?",
     R, SRC_NHS "; CSP/Versus Arthritis: Exercise advice for back pain"},
    {"inflammatory-pattern", "a pattern that can mean inflammatory back pain",
     "Did your back pain start before you were 45 and has it lasted more than 3 months, and "
     "does it wake you in the second half of the night or get better when you move about?",
     R, "NICE NG65 (spondyloarthritis) 1.1"},
    {"younger-age", "a younger age (under 18 by default)", "Are you younger than 18?", R,
     SRC_HENSCHKE " (onset under 20); clinical research notes 2D (software default under 18)"},
    {"older-age", "an older age (over 50 by default)", "Are you older than 50?", R,
     SRC_CHOU " (over 50); " SRC_HENSCHKE " (over 55); NICE NG12 (60 and over)"},
};

#undef E
#undef U
#undef R

#define FLAG_COUNT (sizeof flags / sizeof flags[0])
_Static_assert(FLAG_COUNT <= BRF__REDFLAG_MAX, "raise BRF__REDFLAG_MAX");

const brf__redflag *brf__redflag_table(size_t *count) {
  if (count != NULL) *count = FLAG_COUNT;
  return flags;
}

ptrdiff_t brf__redflag_lookup(const char *s, size_t len) {
  for (size_t i = 0; i < FLAG_COUNT; i++) {
    if (strlen(flags[i].id) == len && memcmp(flags[i].id, s, len) == 0) return (ptrdiff_t)i;
  }
  return -1;
}

size_t brf_redflag_count(void) { return FLAG_COUNT; }

const char *brf_redflag_id(size_t index) { return index < FLAG_COUNT ? flags[index].id : NULL; }

const char *brf_redflag_label(size_t index) {
  return index < FLAG_COUNT ? flags[index].label : NULL;
}

const char *brf_redflag_question(size_t index) {
  return index < FLAG_COUNT ? flags[index].question : NULL;
}

int32_t brf_redflag_urgency(size_t index) {
  return index < FLAG_COUNT ? flags[index].urgency : BRF_URGENCY_NONE;
}

const char *brf_redflag_source(size_t index) {
  return index < FLAG_COUNT ? flags[index].source : NULL;
}

brf_status brf_redflag_find(const char *id, size_t *index) {
  if (id == NULL || index == NULL) return BRF_E_INVALID;
  ptrdiff_t i = brf__redflag_lookup(id, strlen(id));
  if (i < 0) return BRF_E_NOT_FOUND;
  *index = (size_t)i;
  return BRF_OK;
}

/* ---- urgency vocabulary ---- */

static const struct {
  const char *advice;
} urgencies[BRF_URGENCY_COUNT] = {
    {/* emergency */
     "Call emergency services now (999 in the UK, 112 in Europe, 911 in North America) or go "
     "to A&E (the emergency department). Do not exercise."},
    {/* urgent */
     "Do not start the exercise programme. See a doctor today: ask your GP for an urgent "
     "same-day appointment, or call NHS 111 (in the UK) or your local urgent care service."},
    {/* review */
     "You may carry on gently, but arrange an assessment with your GP or a physiotherapist "
     "(or your midwife if you are pregnant)."},
};

const char *brf_urgency_name(int32_t urgency) { return brf_urgency_id(urgency); }

const char *brf_urgency_advice(int32_t urgency) {
  if (urgency < 0 || urgency >= BRF_URGENCY_COUNT) return NULL;
  return urgencies[urgency].advice;
}

static const char *const urgency_ids[BRF_URGENCY_COUNT] = {"emergency", "urgent", "review"};

const char *brf_urgency_id(int32_t value) {
  return value >= 0 && value < BRF_URGENCY_COUNT ? urgency_ids[value] : NULL;
}

brf_status brf_urgency_from_id(const char *text, size_t len, int32_t *out) {
  return brf__name_index_n(urgency_ids, BRF_URGENCY_COUNT, text, len, out);
}

brf_status brf_urgency_from_name(const char *name, int32_t *out) {
  return brf__name_index(urgency_ids, BRF_URGENCY_COUNT, name, out);
}
