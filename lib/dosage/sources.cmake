# Doses: the model, the notation, the one time formula, sourced checks.
brf_module(dosage REQUIRES advice
  SOURCES dosage.c dosage_format.c dosage_parse.c dosage_estimate.c dosage_check.c dosage_msgs.c
          dosage_rules_data.c
  HEADERS dosage.h)
