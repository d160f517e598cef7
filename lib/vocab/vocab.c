/* The JSON ids of every vocabulary, indexed by the pinned constants of
 * include/backrelief/vocab.h: each table lists its ids in the order of the
 * constants (BRF_MODALITY_SELF_MASSAGE = 0 first, and so on). The tests check
 * each table against the header. */

#include <string.h>

#include "backrelief/vocab.h"
#include "util/core.h"
#include "vocab/vocab_msgs.h"

static const char *const modality_ids[] = {
  "self-massage", "static-stretch", "dynamic-stretch", "mobility", "strength", "heat", "cold",
};

static const char *const region_ids[] = {
  "lower-back", "glutes", "piriformis", "hip-flexors", "adductors", "quadriceps", "hamstrings",
  "it-band", "calves", "abdominals", "obliques", "mid-back", "neck", "upper-back",
};

static const char *const equipment_ids[] = {
  "none", "mat", "foam-roller", "massage-ball", "band", "dumbbell", "barbell", "kettlebell",
  "bench", "chair", "wall", "sauna", "bath", "cold-pack", "heat-pack", "towel",
};

static const char *const level_ids[] = {
  "beginner", "intermediate", "advanced",
};

static const char *const laterality_ids[] = {
  "both-sides", "each-side", "alternating",
};

static const char *const position_ids[] = {
  "supine", "prone", "side-lying", "all-fours", "kneeling", "half-kneeling", "seated", "standing",
};

static const char *const condition_ids[] = {
  "pregnancy", "osteoporosis", "recent-surgery", "knee-problems", "reduced-sensation",
  "hip-replacement", "hip-impingement", "wrist-problems", "shoulder-problems", "neck-problems",
  "leg-symptoms", "spinal-stenosis", "acute-injury", "open-wound", "fracture",
  "deep-vein-thrombosis", "bleeding-disorder", "circulatory-problems", "heart-condition",
  "blood-pressure", "cold-sensitivity", "diabetes", "skin-condition", "fever", "alcohol",
  "cancer-history", "inflammation",
};

static const char *const action_ids[] = {
  "skip", "modify", "ask-clinician",
};

static const char *const source_kind_ids[] = {
  "seed", "guideline", "paper", "database",
};

/* The display labels (brf_vocab_label): the ids of the "vocab" messages
 * (data/messages/vocab.json, keys <kind>.<id>), in the order of the
 * constants. */
static const uint8_t modality_labels[] = {
  BRF__MSG_VOCAB_MODALITY_SELF_MASSAGE, BRF__MSG_VOCAB_MODALITY_STATIC_STRETCH,
  BRF__MSG_VOCAB_MODALITY_DYNAMIC_STRETCH, BRF__MSG_VOCAB_MODALITY_MOBILITY,
  BRF__MSG_VOCAB_MODALITY_STRENGTH, BRF__MSG_VOCAB_MODALITY_HEAT, BRF__MSG_VOCAB_MODALITY_COLD,
};

static const uint8_t region_labels[] = {
  BRF__MSG_VOCAB_REGION_LOWER_BACK, BRF__MSG_VOCAB_REGION_GLUTES, BRF__MSG_VOCAB_REGION_PIRIFORMIS,
  BRF__MSG_VOCAB_REGION_HIP_FLEXORS, BRF__MSG_VOCAB_REGION_ADDUCTORS,
  BRF__MSG_VOCAB_REGION_QUADRICEPS, BRF__MSG_VOCAB_REGION_HAMSTRINGS,
  BRF__MSG_VOCAB_REGION_IT_BAND, BRF__MSG_VOCAB_REGION_CALVES, BRF__MSG_VOCAB_REGION_ABDOMINALS,
  BRF__MSG_VOCAB_REGION_OBLIQUES, BRF__MSG_VOCAB_REGION_MID_BACK, BRF__MSG_VOCAB_REGION_NECK,
  BRF__MSG_VOCAB_REGION_UPPER_BACK,
};

static const uint8_t equipment_labels[] = {
  BRF__MSG_VOCAB_EQUIPMENT_NONE, BRF__MSG_VOCAB_EQUIPMENT_MAT,
  BRF__MSG_VOCAB_EQUIPMENT_FOAM_ROLLER, BRF__MSG_VOCAB_EQUIPMENT_MASSAGE_BALL,
  BRF__MSG_VOCAB_EQUIPMENT_BAND, BRF__MSG_VOCAB_EQUIPMENT_DUMBBELL,
  BRF__MSG_VOCAB_EQUIPMENT_BARBELL, BRF__MSG_VOCAB_EQUIPMENT_KETTLEBELL,
  BRF__MSG_VOCAB_EQUIPMENT_BENCH, BRF__MSG_VOCAB_EQUIPMENT_CHAIR, BRF__MSG_VOCAB_EQUIPMENT_WALL,
  BRF__MSG_VOCAB_EQUIPMENT_SAUNA, BRF__MSG_VOCAB_EQUIPMENT_BATH,
  BRF__MSG_VOCAB_EQUIPMENT_COLD_PACK, BRF__MSG_VOCAB_EQUIPMENT_HEAT_PACK,
  BRF__MSG_VOCAB_EQUIPMENT_TOWEL,
};

static const uint8_t level_labels[] = {
  BRF__MSG_VOCAB_LEVEL_BEGINNER, BRF__MSG_VOCAB_LEVEL_INTERMEDIATE, BRF__MSG_VOCAB_LEVEL_ADVANCED,
};

static const uint8_t laterality_labels[] = {
  BRF__MSG_VOCAB_LATERALITY_BOTH_SIDES, BRF__MSG_VOCAB_LATERALITY_EACH_SIDE,
  BRF__MSG_VOCAB_LATERALITY_ALTERNATING,
};

static const uint8_t position_labels[] = {
  BRF__MSG_VOCAB_POSITION_SUPINE, BRF__MSG_VOCAB_POSITION_PRONE,
  BRF__MSG_VOCAB_POSITION_SIDE_LYING, BRF__MSG_VOCAB_POSITION_ALL_FOURS,
  BRF__MSG_VOCAB_POSITION_KNEELING, BRF__MSG_VOCAB_POSITION_HALF_KNEELING,
  BRF__MSG_VOCAB_POSITION_SEATED, BRF__MSG_VOCAB_POSITION_STANDING,
};

static const uint8_t condition_labels[] = {
  BRF__MSG_VOCAB_CONDITION_PREGNANCY, BRF__MSG_VOCAB_CONDITION_OSTEOPOROSIS,
  BRF__MSG_VOCAB_CONDITION_RECENT_SURGERY, BRF__MSG_VOCAB_CONDITION_KNEE_PROBLEMS,
  BRF__MSG_VOCAB_CONDITION_REDUCED_SENSATION, BRF__MSG_VOCAB_CONDITION_HIP_REPLACEMENT,
  BRF__MSG_VOCAB_CONDITION_HIP_IMPINGEMENT, BRF__MSG_VOCAB_CONDITION_WRIST_PROBLEMS,
  BRF__MSG_VOCAB_CONDITION_SHOULDER_PROBLEMS, BRF__MSG_VOCAB_CONDITION_NECK_PROBLEMS,
  BRF__MSG_VOCAB_CONDITION_LEG_SYMPTOMS, BRF__MSG_VOCAB_CONDITION_SPINAL_STENOSIS,
  BRF__MSG_VOCAB_CONDITION_ACUTE_INJURY, BRF__MSG_VOCAB_CONDITION_OPEN_WOUND,
  BRF__MSG_VOCAB_CONDITION_FRACTURE, BRF__MSG_VOCAB_CONDITION_DEEP_VEIN_THROMBOSIS,
  BRF__MSG_VOCAB_CONDITION_BLEEDING_DISORDER, BRF__MSG_VOCAB_CONDITION_CIRCULATORY_PROBLEMS,
  BRF__MSG_VOCAB_CONDITION_HEART_CONDITION, BRF__MSG_VOCAB_CONDITION_BLOOD_PRESSURE,
  BRF__MSG_VOCAB_CONDITION_COLD_SENSITIVITY, BRF__MSG_VOCAB_CONDITION_DIABETES,
  BRF__MSG_VOCAB_CONDITION_SKIN_CONDITION, BRF__MSG_VOCAB_CONDITION_FEVER,
  BRF__MSG_VOCAB_CONDITION_ALCOHOL, BRF__MSG_VOCAB_CONDITION_CANCER_HISTORY,
  BRF__MSG_VOCAB_CONDITION_INFLAMMATION,
};

static const uint8_t action_labels[] = {
  BRF__MSG_VOCAB_ACTION_SKIP, BRF__MSG_VOCAB_ACTION_MODIFY, BRF__MSG_VOCAB_ACTION_ASK_CLINICIAN,
};

static const uint8_t source_kind_labels[] = {
  BRF__MSG_VOCAB_SOURCE_KIND_SEED, BRF__MSG_VOCAB_SOURCE_KIND_GUIDELINE,
  BRF__MSG_VOCAB_SOURCE_KIND_PAPER, BRF__MSG_VOCAB_SOURCE_KIND_DATABASE,
};

typedef struct vocab_table {
  const char *name;
  const char *const *ids;
  size_t count;
  const uint8_t *labels;
} vocab_table;

static const vocab_table tables[BRF_VOCAB_KIND_COUNT] = {
  {"modality", modality_ids, BRF_MODALITY_COUNT, modality_labels},
  {"region", region_ids, BRF_REGION_COUNT, region_labels},
  {"equipment", equipment_ids, BRF_EQUIPMENT_COUNT, equipment_labels},
  {"level", level_ids, BRF_LEVEL_COUNT, level_labels},
  {"laterality", laterality_ids, BRF_LATERALITY_COUNT, laterality_labels},
  {"position", position_ids, BRF_POSITION_COUNT, position_labels},
  {"condition", condition_ids, BRF_CONDITION_COUNT, condition_labels},
  {"action", action_ids, BRF_ACTION_COUNT, action_labels},
  {"source-kind", source_kind_ids, BRF_SOURCE_COUNT, source_kind_labels},
};

_Static_assert(sizeof modality_ids / sizeof modality_ids[0] == BRF_MODALITY_COUNT, "modality table");
_Static_assert(sizeof region_ids / sizeof region_ids[0] == BRF_REGION_COUNT, "region table");
_Static_assert(sizeof equipment_ids / sizeof equipment_ids[0] == BRF_EQUIPMENT_COUNT, "equipment table");
_Static_assert(sizeof level_ids / sizeof level_ids[0] == BRF_LEVEL_COUNT, "level table");
_Static_assert(sizeof laterality_ids / sizeof laterality_ids[0] == BRF_LATERALITY_COUNT, "laterality table");
_Static_assert(sizeof position_ids / sizeof position_ids[0] == BRF_POSITION_COUNT, "position table");
_Static_assert(sizeof condition_ids / sizeof condition_ids[0] == BRF_CONDITION_COUNT, "condition table");
_Static_assert(sizeof action_ids / sizeof action_ids[0] == BRF_ACTION_COUNT, "action table");
_Static_assert(sizeof source_kind_ids / sizeof source_kind_ids[0] == BRF_SOURCE_COUNT, "source-kind table");
#define SAME_COUNT(a, b) _Static_assert(sizeof a / sizeof a[0] == sizeof b / sizeof b[0], #a)
SAME_COUNT(modality_labels, modality_ids);
SAME_COUNT(region_labels, region_ids);
SAME_COUNT(equipment_labels, equipment_ids);
SAME_COUNT(level_labels, level_ids);
SAME_COUNT(laterality_labels, laterality_ids);
SAME_COUNT(position_labels, position_ids);
SAME_COUNT(condition_labels, condition_ids);
SAME_COUNT(action_labels, action_ids);
SAME_COUNT(source_kind_labels, source_kind_ids);
_Static_assert(BRF__MSG_VOCAB_COUNT_ <= 256, "label ids fit in uint8_t");

const char *brf_vocab_kind_id(int32_t value);

static const vocab_table *table_of(int32_t kind) {
  if (kind < 0 || kind >= BRF_VOCAB_KIND_COUNT) return NULL;
  return &tables[kind];
}

const char *brf_vocab_id(int32_t kind, int32_t value) {
  const vocab_table *t = table_of(kind);
  return t == NULL ? NULL : brf__name_at(t->ids, t->count, value);
}

brf_status brf_vocab_parse(int32_t kind, const char *id, int32_t *out_value) {
  const vocab_table *t = table_of(kind);
  if (t == NULL) return BRF_E_INVALID;
  return brf__name_index(t->ids, t->count, id, out_value);
}

const char *brf_vocab_label(int32_t kind, int32_t value, const char *locale) {
  const vocab_table *t = table_of(kind);
  char canon[BRF_LOCALE_MAX + 1];
  int32_t lang = 0;
  if (t == NULL || locale == NULL || value < 0 || (size_t)value >= t->count) return NULL;
  if (brf__locale_well_formed(locale, strlen(locale), canon)) {
    lang = brf__locale_resolve(canon);
    if (lang < 0) lang = 0;
  }
  return brf__msg(&brf__msgs_vocab, lang, t->labels[value]);
}

size_t brf_vocab_count(int32_t kind) {
  const vocab_table *t = table_of(kind);
  return t == NULL ? 0 : t->count;
}

const char *brf_vocab_kind_name(int32_t kind) { return brf_vocab_kind_id(kind); }

static const char *const kind_ids[BRF_VOCAB_KIND_COUNT] = {
  "modality", "region", "equipment", "level", "laterality",
  "position", "condition", "action", "source-kind",
};

brf_status brf_vocab_from_id(int32_t kind, const char *text, size_t len, int32_t *out) {
  const vocab_table *t = table_of(kind);
  if (t == NULL) return BRF_E_INVALID;
  return brf__name_index_n(t->ids, t->count, text, len, out);
}

BRF__ID_FUNCTIONS(vocab_kind, kind_ids, BRF_VOCAB_KIND_COUNT)

/* brf_<family>_id and brf_<family>_from_id of each vocabulary. */
#define FAMILY(fam, KIND)                                                          \
  const char *brf_##fam##_id(int32_t value) { return brf_vocab_id(KIND, value); } \
  brf_status brf_##fam##_from_id(const char *text, size_t len, int32_t *out) {    \
    return brf_vocab_from_id(KIND, text, len, out);                               \
  }

FAMILY(modality, BRF_VOCAB_MODALITY)
FAMILY(region, BRF_VOCAB_REGION)
FAMILY(equipment, BRF_VOCAB_EQUIPMENT)
FAMILY(level, BRF_VOCAB_LEVEL)
FAMILY(laterality, BRF_VOCAB_LATERALITY)
FAMILY(position, BRF_VOCAB_POSITION)
FAMILY(condition, BRF_VOCAB_CONDITION)
FAMILY(action, BRF_VOCAB_ACTION)
FAMILY(source_kind, BRF_VOCAB_SOURCE_KIND)
