/* The JSON ids of every vocabulary, indexed by the pinned constants of
 * include/backrelief/vocab.h. The tests check each table against the header. */

#include "backrelief/vocab.h"
#include "util/core.h"

static const char *const modality_ids[] = {
  "self-massage", /* BRF_MODALITY_SELF_MASSAGE */
  "static-stretch", /* BRF_MODALITY_STATIC_STRETCH */
  "dynamic-stretch", /* BRF_MODALITY_DYNAMIC_STRETCH */
  "mobility", /* BRF_MODALITY_MOBILITY */
  "strength", /* BRF_MODALITY_STRENGTH */
  "heat", /* BRF_MODALITY_HEAT */
  "cold", /* BRF_MODALITY_COLD */
};

static const char *const region_ids[] = {
  "lower-back", /* BRF_REGION_LOWER_BACK */
  "glutes", /* BRF_REGION_GLUTES */
  "piriformis", /* BRF_REGION_PIRIFORMIS */
  "hip-flexors", /* BRF_REGION_HIP_FLEXORS */
  "adductors", /* BRF_REGION_ADDUCTORS */
  "quadriceps", /* BRF_REGION_QUADRICEPS */
  "hamstrings", /* BRF_REGION_HAMSTRINGS */
  "it-band", /* BRF_REGION_IT_BAND */
  "calves", /* BRF_REGION_CALVES */
  "abdominals", /* BRF_REGION_ABDOMINALS */
  "obliques", /* BRF_REGION_OBLIQUES */
  "mid-back", /* BRF_REGION_MID_BACK */
  "neck", /* BRF_REGION_NECK */
  "upper-back", /* BRF_REGION_UPPER_BACK */
};

static const char *const equipment_ids[] = {
  "none", /* BRF_EQUIPMENT_NONE */
  "mat", /* BRF_EQUIPMENT_MAT */
  "foam-roller", /* BRF_EQUIPMENT_FOAM_ROLLER */
  "massage-ball", /* BRF_EQUIPMENT_MASSAGE_BALL */
  "band", /* BRF_EQUIPMENT_BAND */
  "dumbbell", /* BRF_EQUIPMENT_DUMBBELL */
  "barbell", /* BRF_EQUIPMENT_BARBELL */
  "kettlebell", /* BRF_EQUIPMENT_KETTLEBELL */
  "bench", /* BRF_EQUIPMENT_BENCH */
  "chair", /* BRF_EQUIPMENT_CHAIR */
  "wall", /* BRF_EQUIPMENT_WALL */
  "sauna", /* BRF_EQUIPMENT_SAUNA */
  "bath", /* BRF_EQUIPMENT_BATH */
  "cold-pack", /* BRF_EQUIPMENT_COLD_PACK */
  "heat-pack", /* BRF_EQUIPMENT_HEAT_PACK */
  "towel", /* BRF_EQUIPMENT_TOWEL */
};

static const char *const level_ids[] = {
  "beginner", /* BRF_LEVEL_BEGINNER */
  "intermediate", /* BRF_LEVEL_INTERMEDIATE */
  "advanced", /* BRF_LEVEL_ADVANCED */
};

static const char *const laterality_ids[] = {
  "both-sides", /* BRF_LATERALITY_BOTH_SIDES */
  "each-side", /* BRF_LATERALITY_EACH_SIDE */
  "alternating", /* BRF_LATERALITY_ALTERNATING */
};

static const char *const position_ids[] = {
  "supine", /* BRF_POSITION_SUPINE */
  "prone", /* BRF_POSITION_PRONE */
  "side-lying", /* BRF_POSITION_SIDE_LYING */
  "all-fours", /* BRF_POSITION_ALL_FOURS */
  "kneeling", /* BRF_POSITION_KNEELING */
  "half-kneeling", /* BRF_POSITION_HALF_KNEELING */
  "seated", /* BRF_POSITION_SEATED */
  "standing", /* BRF_POSITION_STANDING */
};

static const char *const condition_ids[] = {
  "pregnancy", /* BRF_CONDITION_PREGNANCY */
  "osteoporosis", /* BRF_CONDITION_OSTEOPOROSIS */
  "recent-surgery", /* BRF_CONDITION_RECENT_SURGERY */
  "knee-problems", /* BRF_CONDITION_KNEE_PROBLEMS */
  "reduced-sensation", /* BRF_CONDITION_REDUCED_SENSATION */
  "hip-replacement", /* BRF_CONDITION_HIP_REPLACEMENT */
  "hip-impingement", /* BRF_CONDITION_HIP_IMPINGEMENT */
  "wrist-problems", /* BRF_CONDITION_WRIST_PROBLEMS */
  "shoulder-problems", /* BRF_CONDITION_SHOULDER_PROBLEMS */
  "neck-problems", /* BRF_CONDITION_NECK_PROBLEMS */
  "leg-symptoms", /* BRF_CONDITION_LEG_SYMPTOMS */
  "spinal-stenosis", /* BRF_CONDITION_SPINAL_STENOSIS */
  "acute-injury", /* BRF_CONDITION_ACUTE_INJURY */
  "open-wound", /* BRF_CONDITION_OPEN_WOUND */
  "fracture", /* BRF_CONDITION_FRACTURE */
  "deep-vein-thrombosis", /* BRF_CONDITION_DEEP_VEIN_THROMBOSIS */
  "bleeding-disorder", /* BRF_CONDITION_BLEEDING_DISORDER */
  "circulatory-problems", /* BRF_CONDITION_CIRCULATORY_PROBLEMS */
  "heart-condition", /* BRF_CONDITION_HEART_CONDITION */
  "blood-pressure", /* BRF_CONDITION_BLOOD_PRESSURE */
  "cold-sensitivity", /* BRF_CONDITION_COLD_SENSITIVITY */
  "diabetes", /* BRF_CONDITION_DIABETES */
  "skin-condition", /* BRF_CONDITION_SKIN_CONDITION */
  "fever", /* BRF_CONDITION_FEVER */
  "alcohol", /* BRF_CONDITION_ALCOHOL */
  "cancer-history", /* BRF_CONDITION_CANCER_HISTORY */
  "inflammation", /* BRF_CONDITION_INFLAMMATION */
};

static const char *const action_ids[] = {
  "skip", /* BRF_ACTION_SKIP */
  "modify", /* BRF_ACTION_MODIFY */
  "ask-clinician", /* BRF_ACTION_ASK_CLINICIAN */
};

static const char *const source_kind_ids[] = {
  "seed", /* BRF_SOURCE_SEED */
  "guideline", /* BRF_SOURCE_GUIDELINE */
  "paper", /* BRF_SOURCE_PAPER */
  "database", /* BRF_SOURCE_DATABASE */
};

typedef struct vocab_table {
  const char *name;
  const char *const *ids;
  size_t count;
} vocab_table;

static const vocab_table tables[BRF_VOCAB_KIND_COUNT] = {
  {"modality", modality_ids, BRF_MODALITY_COUNT},
  {"region", region_ids, BRF_REGION_COUNT},
  {"equipment", equipment_ids, BRF_EQUIPMENT_COUNT},
  {"level", level_ids, BRF_LEVEL_COUNT},
  {"laterality", laterality_ids, BRF_LATERALITY_COUNT},
  {"position", position_ids, BRF_POSITION_COUNT},
  {"condition", condition_ids, BRF_CONDITION_COUNT},
  {"action", action_ids, BRF_ACTION_COUNT},
  {"source-kind", source_kind_ids, BRF_SOURCE_COUNT},
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
