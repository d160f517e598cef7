package org.backrelief;

import org.backrelief.internal.Lib;

/**
 * Which screening text text() reads in a chosen language (BRF_SCREEN_TEXT_*,
 * brf_screening_text): the texts of Screen.redFlags(), Screen.stopRules(),
 * Screen.yellowFlags(), Screen.advice(Urgency) and Psychosocial.advice(), which
 * read English, in any language of the build.
 */
public enum ScreeningText {
  /** A red flag's label; key: its id or its index in Screen.redFlags(). */
  REDFLAG_LABEL(Lib.BRF_SCREEN_TEXT_REDFLAG_LABEL),
  /** A red flag's question; key: its id or its index in Screen.redFlags(). */
  REDFLAG_QUESTION(Lib.BRF_SCREEN_TEXT_REDFLAG_QUESTION),
  /** What to tell the person for an urgency; key: its id ("emergency") or code. */
  URGENCY_ADVICE(Lib.BRF_SCREEN_TEXT_URGENCY_ADVICE),
  /** A stop rule's text; key: its id or its index in Screen.stopRules(). */
  STOPRULE(Lib.BRF_SCREEN_TEXT_STOPRULE),
  /** A yellow flag's question; key: its id or its index in Screen.yellowFlags(). */
  YELLOWFLAG_QUESTION(Lib.BRF_SCREEN_TEXT_YELLOWFLAG_QUESTION),
  /** What to tell the person at a psychosocial level; key: its id ("low") or code. */
  PSYCHOSOCIAL_ADVICE(Lib.BRF_SCREEN_TEXT_PSYCHOSOCIAL_ADVICE);

  private final int code;

  ScreeningText(int code) {
    this.code = code;
  }

  /** The BRF_SCREEN_TEXT_* selector. */
  public int code() {
    return code;
  }

  /**
   * The text of a red flag, stop rule or yellow flag by index, or of an urgency
   * or psychosocial level by code, in a language (a BCP 47 tag) found by the
   * library's fallbacks: "de-AT" reads German; a language without texts ("sv"),
   * or a text not yet translated, reads English. The urgency of a translation is
   * the English text's. RangeException for an index or code out of range,
   * InvalidException for a null locale.
   */
  public String text(int index, String locale) {
    if (locale == null) {
      throw Backrelief.plain(Lib.BRF_E_INVALID, "ScreeningText.text: no locale");
    }
    String t = Backrelief.lib().brf_screening_text(code, Backrelief.size(index), locale);
    if (t == null) {
      throw Backrelief.plain(Lib.BRF_E_RANGE, "no " + this + " text " + index);
    }
    return t;
  }

  /**
   * text(index, locale) for the id of a red flag, stop rule or yellow flag, or
   * of an urgency or psychosocial level; NotFoundException for an unknown one.
   */
  public String text(String id, String locale) {
    return text(index(id), locale);
  }

  private int index(String id) {
    switch (this) {
      case REDFLAG_LABEL:
      case REDFLAG_QUESTION:
        return Screen.redFlagIndex(id);
      case YELLOWFLAG_QUESTION:
        return Screen.yellowFlagIndex(id);
      case URGENCY_ADVICE:
        return Urgency.parse(id).code();
      case PSYCHOSOCIAL_ADVICE:
        return Psychosocial.parse(id).code();
      default:
        var rules = Screen.stopRules();
        for (int i = 0; i < rules.size(); i++) {
          if (rules.get(i).id().equals(id)) {
            return i;
          }
        }
        throw Backrelief.plain(Lib.BRF_E_NOT_FOUND, "unknown stop rule '" + id + "'");
    }
  }
}
