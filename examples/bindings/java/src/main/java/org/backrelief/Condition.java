package org.backrelief;

import org.backrelief.internal.Lib;

/** Conditions of a person (BRF_CONDITION_*). */
public enum Condition implements Coded {
  PREGNANCY(Lib.BRF_CONDITION_PREGNANCY),
  OSTEOPOROSIS(Lib.BRF_CONDITION_OSTEOPOROSIS),
  RECENT_SURGERY(Lib.BRF_CONDITION_RECENT_SURGERY),
  KNEE_PROBLEMS(Lib.BRF_CONDITION_KNEE_PROBLEMS),
  REDUCED_SENSATION(Lib.BRF_CONDITION_REDUCED_SENSATION),
  HIP_REPLACEMENT(Lib.BRF_CONDITION_HIP_REPLACEMENT),
  HIP_IMPINGEMENT(Lib.BRF_CONDITION_HIP_IMPINGEMENT),
  WRIST_PROBLEMS(Lib.BRF_CONDITION_WRIST_PROBLEMS),
  SHOULDER_PROBLEMS(Lib.BRF_CONDITION_SHOULDER_PROBLEMS),
  NECK_PROBLEMS(Lib.BRF_CONDITION_NECK_PROBLEMS),
  LEG_SYMPTOMS(Lib.BRF_CONDITION_LEG_SYMPTOMS),
  SPINAL_STENOSIS(Lib.BRF_CONDITION_SPINAL_STENOSIS),
  ACUTE_INJURY(Lib.BRF_CONDITION_ACUTE_INJURY),
  OPEN_WOUND(Lib.BRF_CONDITION_OPEN_WOUND),
  FRACTURE(Lib.BRF_CONDITION_FRACTURE),
  DEEP_VEIN_THROMBOSIS(Lib.BRF_CONDITION_DEEP_VEIN_THROMBOSIS),
  BLEEDING_DISORDER(Lib.BRF_CONDITION_BLEEDING_DISORDER),
  CIRCULATORY_PROBLEMS(Lib.BRF_CONDITION_CIRCULATORY_PROBLEMS),
  HEART_CONDITION(Lib.BRF_CONDITION_HEART_CONDITION),
  BLOOD_PRESSURE(Lib.BRF_CONDITION_BLOOD_PRESSURE),
  COLD_SENSITIVITY(Lib.BRF_CONDITION_COLD_SENSITIVITY),
  DIABETES(Lib.BRF_CONDITION_DIABETES),
  SKIN_CONDITION(Lib.BRF_CONDITION_SKIN_CONDITION),
  FEVER(Lib.BRF_CONDITION_FEVER),
  ALCOHOL(Lib.BRF_CONDITION_ALCOHOL),
  CANCER_HISTORY(Lib.BRF_CONDITION_CANCER_HISTORY),
  INFLAMMATION(Lib.BRF_CONDITION_INFLAMMATION);

  private final int code;

  Condition(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** The library's id of this value (brf_condition_id), copied. */
  @Override
  public String id() {
    return Backrelief.lib().brf_condition_id(code);
  }

  /** The value of a code, or null for a code this binding does not know. */
  public static Condition of(int code) {
    return Coded.of(Condition.class, code);
  }

  /** The value of an id (brf_condition_from_id, exact); NotFoundException for an unknown one. */
  public static Condition parse(String id) {
    return of(Backrelief.parseCode(id, "condition",
        (s, out) -> Backrelief.lib().brf_condition_from_id(s, Backrelief.len(s), out)));
  }
}
