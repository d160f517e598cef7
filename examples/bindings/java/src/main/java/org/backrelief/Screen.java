package org.backrelief;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;

/** The red-flag screen asked before any programme starts. */
public final class Screen extends Handle {
  /** A red flag the screen asks about. */
  public record RedFlag(String id, String label, String question, Urgency urgency,
      String source) {}

  /** A psychosocial (yellow-flag) question the screen can ask; answered with answer() like a red flag. */
  public record YellowFlag(String id, String question, String source) {}

  /** A rule that stops a session. */
  public record StopRule(String id, String text, String source) {}

  Screen(Context ctx, Pointer p) {
    super(ctx, p, ctx.lib::brf_screen_free);
  }

  public Screen(Context ctx) {
    this(ctx, ctx.make(out -> ctx.lib.brf_screen_new(ctx.pointer(), out)));
  }

  public Screen copy() {
    PointerByReference out = new PointerByReference();
    check(lib.brf_screen_clone(ptr(), out));
    return new Screen(ctx, out.getValue());
  }

  public Screen answer(String flagId, boolean yes) {
    check(lib.brf_screen_answer(ptr(), flagId, Backrelief.flag(yes)));
    return this;
  }

  public Screen answer(String flagId) {
    return answer(flagId, true);
  }

  /** Answer yes to every id of a comma-separated list, all or nothing. */
  public Screen answerYes(String ids) {
    check(lib.brf_screen_answer_list(ptr(), ids));
    return this;
  }

  public Screen setAge(int years) {
    check(lib.brf_screen_set_age(ptr(), years));
    return this;
  }

  public Screen setAgeLimits(int youngerThan, int olderThan) {
    check(lib.brf_screen_set_age_limits(ptr(), youngerThan, olderThan));
    return this;
  }

  public void clear() {
    lib.brf_screen_clear(ptr());
  }

  /** Return when the person may exercise; ReferException otherwise. */
  public void evaluate() {
    check(lib.brf_screen_evaluate(ptr()));
  }

  public boolean mayExercise() {
    return lib.brf_screen_evaluate(ptr()) == org.backrelief.internal.Lib.BRF_OK;
  }

  /** The most urgent flag answered yes, or null. */
  public Urgency outcome() {
    return Urgency.of(Backrelief.getInt("brf_screen_outcome_get",
        out -> lib.brf_screen_outcome_get(ptr(), out)));
  }

  /**
   * The psychosocial level of the yellow-flag answers (the STarT Back rule),
   * or null while no yellow question is answered; it never changes the urgency.
   */
  public Psychosocial psychosocial() {
    return Psychosocial.of(Backrelief.getInt("brf_screen_psychosocial_get",
        out -> lib.brf_screen_psychosocial_get(ptr(), out)));
  }

  public List<String> positives() {
    Pointer s = ptr();
    List<String> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_screen_positive_count(s).longValue(); i < n; i++) {
      out.add(lib.brf_screen_positive_at(s, Backrelief.size(i)));
    }
    return out;
  }

  public String message() {
    return Backrelief.getString("brf_screen_message_get",
        out -> lib.brf_screen_message_get(ptr(), out));
  }

  /**
   * Whether a flag's question (its index in redFlags()) still needs asking:
   * false once answered yes, when the age set decides it, or after an
   * emergency yes (brf_screen_asks).
   */
  public boolean asks(int flagIndex) {
    Pointer s = ptr();
    return Backrelief.getInt("red flag " + flagIndex,
        out -> lib.brf_screen_asks(s, Backrelief.size(flagIndex), out)) == 1;
  }

  /** asks() by the flag's id ("night-pain"); NotFoundException for an unknown id. */
  public boolean asks(String flagId) {
    return asks(redFlagIndex(flagId));
  }

  /** Whether the answers imply a condition the planner respects (brf_screen_implies_condition). */
  public boolean impliesCondition(Condition condition) {
    Pointer s = ptr();
    return Backrelief.getInt("condition " + condition,
        out -> lib.brf_screen_implies_condition(s, condition.code(), out)) == 1;
  }

  /** Every red flag the screen asks about. */
  public static List<RedFlag> redFlags() {
    var lib = Backrelief.lib();
    List<RedFlag> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_redflag_count().longValue(); i < n; i++) {
      var k = Backrelief.size(i);
      out.add(new RedFlag(lib.brf_redflag_id(k), lib.brf_redflag_label(k),
          lib.brf_redflag_question(k), Urgency.of(lib.brf_redflag_urgency(k)),
          lib.brf_redflag_source(k)));
    }
    return out;
  }

  /** The index of a red flag by id; NotFoundException for an unknown one. */
  public static int redFlagIndex(String id) {
    var index = new org.backrelief.internal.Lib.SizeTByReference();
    Backrelief.checkPlain(Backrelief.lib().brf_redflag_find(id, index), "red flag '" + id + "'");
    return (int) index.getValue();
  }

  /** Every psychosocial (yellow-flag) question the screen can ask. */
  public static List<YellowFlag> yellowFlags() {
    var lib = Backrelief.lib();
    List<YellowFlag> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_yellowflag_count().longValue(); i < n; i++) {
      var k = Backrelief.size(i);
      out.add(new YellowFlag(lib.brf_yellowflag_id(k), lib.brf_yellowflag_question(k),
          lib.brf_yellowflag_source(k)));
    }
    return out;
  }

  /** The index of a yellow flag in yellowFlags() by id; NotFoundException for an unknown one. */
  public static int yellowFlagIndex(String id) {
    var index = new org.backrelief.internal.Lib.SizeTByReference();
    Backrelief.checkPlain(Backrelief.lib().brf_yellowflag_find(id, index),
        "yellow flag '" + id + "'");
    return (int) index.getValue();
  }

  public static List<StopRule> stopRules() {
    var lib = Backrelief.lib();
    List<StopRule> out = new ArrayList<>();
    for (long i = 0, n = lib.brf_stoprule_count().longValue(); i < n; i++) {
      var k = Backrelief.size(i);
      out.add(new StopRule(lib.brf_stoprule_id(k), lib.brf_stoprule_text(k),
          lib.brf_stoprule_source(k)));
    }
    return out;
  }

  /** What to tell the person for an urgency. */
  public static String advice(Urgency urgency) {
    return Backrelief.lib().brf_urgency_advice(urgency.code());
  }

  /** What to tell the person at a psychosocial level (Psychosocial.advice()). */
  public static String advice(Psychosocial level) {
    return level.advice();
  }
}
