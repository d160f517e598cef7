package org.backrelief;

import org.backrelief.internal.Lib;

/** Which text of an exercise Exercise.text() reads (BRF_EXERCISE_TEXT_*). */
public enum ExerciseText {
  NAME(Lib.BRF_EXERCISE_TEXT_NAME),
  SUMMARY(Lib.BRF_EXERCISE_TEXT_SUMMARY),
  DOSE_NOTE(Lib.BRF_EXERCISE_TEXT_DOSE_NOTE),
  INSTRUCTION(Lib.BRF_EXERCISE_TEXT_INSTRUCTION),
  CUE(Lib.BRF_EXERCISE_TEXT_CUE),
  CAUTION(Lib.BRF_EXERCISE_TEXT_CAUTION),
  CONTRAINDICATION_NOTE(Lib.BRF_EXERCISE_TEXT_CONTRAINDICATION_NOTE),
  ALTERNATIVE_DOSE_NOTE(Lib.BRF_EXERCISE_TEXT_ALTERNATIVE_DOSE_NOTE),
  PROGRESSION(Lib.BRF_EXERCISE_TEXT_PROGRESSION),
  REGRESSION(Lib.BRF_EXERCISE_TEXT_REGRESSION);

  private final int code;

  ExerciseText(int code) {
    this.code = code;
  }

  /** The BRF_EXERCISE_TEXT_* selector. */
  public int code() {
    return code;
  }
}
