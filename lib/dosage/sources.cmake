# Doses: the model, the notation, the one time formula, sourced checks.
brf_module(dosage REQUIRES advice
  SOURCES dosage.c dosage_format.c dosage_parse.c dosage_estimate.c
  HEADERS dosage.h)
# The dose checks (brf_dosage_check and its sourced rule table), which a
# watch that plays routines checked on the phone leaves out
# (docs/performance.md, "Leaving modules out").
brf_optional_module(dosage_check "the dose checks of brf_dosage_check"
  SOURCES dosage_check.c dosage_msgs.c dosage_rules_data.c)
