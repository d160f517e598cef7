package org.backrelief;

import java.util.ArrayList;
import java.util.List;
import org.backrelief.internal.Lib;

/** The vocabularies as the library knows them (the enums cover the same values). */
public enum Vocabulary {
  MODALITY(Lib.BRF_VOCAB_MODALITY),
  REGION(Lib.BRF_VOCAB_REGION),
  EQUIPMENT(Lib.BRF_VOCAB_EQUIPMENT),
  LEVEL(Lib.BRF_VOCAB_LEVEL),
  LATERALITY(Lib.BRF_VOCAB_LATERALITY),
  POSITION(Lib.BRF_VOCAB_POSITION),
  CONDITION(Lib.BRF_VOCAB_CONDITION),
  ACTION(Lib.BRF_VOCAB_ACTION),
  SOURCE_KIND(Lib.BRF_VOCAB_SOURCE_KIND);

  private final int code;

  Vocabulary(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The library's name of the vocabulary ("modality"). */
  public String kindName() {
    return Backrelief.lib().brf_vocab_kind_name(code);
  }

  /** The slug of a code, or null. */
  public String id(int value) {
    return Backrelief.lib().brf_vocab_id(code, value);
  }

  /** The code of a slug (brf_vocab_from_id, exact); NotFoundException for an unknown one. */
  public int parse(String id) {
    return Backrelief.parseCode(id, kindName(),
        (s, out) -> Backrelief.lib().brf_vocab_from_id(code, s, Backrelief.len(s), out));
  }

  /**
   * The words a person reads for a value in a language (brf_vocab_label):
   * EQUIPMENT.label(Equipment.FOAM_ROLLER.code(), "de") is "Faszienrolle". The
   * language is found by the library's fallbacks: "de-AT" reads German, a
   * language without texts ("sv") English. RangeException for a code out of
   * range, InvalidException for a null locale.
   */
  public String label(int value, String locale) {
    if (locale == null) {
      throw Backrelief.plain(Lib.BRF_E_INVALID, "Vocabulary.label: no locale");
    }
    String t = Backrelief.lib().brf_vocab_label(code, value, locale);
    if (t == null) {
      throw Backrelief.plain(Lib.BRF_E_RANGE, kindName() + " has no code " + value);
    }
    return t;
  }

  /** label(value, locale) for a slug ("foam-roller"); NotFoundException for an unknown one. */
  public String label(String id, String locale) {
    return label(parse(id), locale);
  }

  /** The vocabulary's own id ("modality", brf_vocab_kind_id). */
  public String kindId() {
    return Backrelief.lib().brf_vocab_kind_id(code);
  }

  /** The vocabulary with this id (brf_vocab_kind_from_id); NotFoundException for an unknown one. */
  public static Vocabulary ofKindId(String id) {
    int c = Backrelief.parseCode(id, "vocabulary",
        (s, out) -> Backrelief.lib().brf_vocab_kind_from_id(s, Backrelief.len(s), out));
    for (Vocabulary v : values()) {
      if (v.code == c) {
        return v;
      }
    }
    return null;
  }

  public int count() {
    return (int) Backrelief.lib().brf_vocab_count(code).longValue();
  }

  /** Every slug, in code order. */
  public List<String> ids() {
    List<String> out = new ArrayList<>();
    for (int i = 0, n = count(); i < n; i++) {
      out.add(id(i));
    }
    return out;
  }
}
