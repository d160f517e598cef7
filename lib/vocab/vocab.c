/* The JSON ids of every vocabulary, indexed by the pinned constants of
 * include/backrelief/vocab.h: each table lists its ids in the order of the
 * constants (BRF_MODALITY_SELF_MASSAGE = 0 first, and so on). The tests check
 * each table against the header. */

#include "backrelief/vocab.h"
#include "util/core.h"

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
