# Doses: the model, the notation, the one time formula, sourced checks.
brf_module(dosage REQUIRES advice
  SOURCES dosage.c dosage_format.c dosage_parse.c dosage_estimate.c
  HEADERS dosage.h)
# The dose checks (brf_dosage_check and its sourced rule table), which a
# watch that plays routines checked on the phone leaves out
# (docs/performance.md, "Leaving modules out").
brf_optional_module(dosage_check "the dose checks of brf_dosage_check"
  SOURCES dosage_check.c dosage_msgs.c dosage_rules_data.c)
# A dose in the reader's language (brf_dosage_describe and the "dose"
# messages), which a watch that shows no dose text leaves out; the CLI falls
# back to the notation (brf_dosage_format) where it answers BRF_E_UNSUPPORTED.
brf_optional_module(dosage_describe "a dose in the reader's language (brf_dosage_describe)"
  SOURCES dosage_describe.c dosage_dose_msgs.c)
# brf__dosage_text (internal/dosage.h, in dosage_format.c) gives the words
# where they are compiled in, else the notation.
if(BRF_WITH_DOSAGE_DESCRIBE)
  set_source_files_properties(${BRF_MODULE_DIR}/dosage_format.c PROPERTIES
    COMPILE_DEFINITIONS BRF_WITH_DOSAGE_DESCRIBE=1)
endif()
