package org.backrelief;

import com.sun.jna.Pointer;

/** A custom exercise being built, for Catalog.add(); setters return this. */
public final class ExerciseDraft extends Handle {
  private String id;

  public ExerciseDraft(Context ctx) {
    super(ctx, ctx.make(out -> ctx.lib.brf_exercise_draft_new(ctx.pointer(), out)),
        ctx.lib::brf_exercise_draft_free);
  }

  String id() {
    return id;
  }

  private Pointer d() {
    return ptr();
  }

  public ExerciseDraft id(String value) {
    check(lib.brf_exercise_draft_set_id(d(), value));
    id = value;
    return this;
  }

  public ExerciseDraft name(String value) {
    check(lib.brf_exercise_draft_set_name(d(), value));
    return this;
  }

  public ExerciseDraft summary(String value) {
    check(lib.brf_exercise_draft_set_summary(d(), value));
    return this;
  }

  public ExerciseDraft defaultDose(String value) {
    check(lib.brf_exercise_draft_set_default_dose(d(), value));
    return this;
  }

  public ExerciseDraft doseNote(String value) {
    check(lib.brf_exercise_draft_set_dose_note(d(), value));
    return this;
  }

  public ExerciseDraft modality(Modality value) {
    check(lib.brf_exercise_draft_set_modality(d(), value.code()));
    return this;
  }

  public ExerciseDraft level(Level value) {
    check(lib.brf_exercise_draft_set_level(d(), value.code()));
    return this;
  }

  public ExerciseDraft laterality(Laterality value) {
    check(lib.brf_exercise_draft_set_laterality(d(), value.code()));
    return this;
  }

  public ExerciseDraft position(Position value) {
    check(lib.brf_exercise_draft_set_position(d(), value.code()));
    return this;
  }

  public ExerciseDraft alias(String value) {
    check(lib.brf_exercise_draft_add_alias(d(), value));
    return this;
  }

  public ExerciseDraft region(Region region, RegionScope scope) {
    check(lib.brf_exercise_draft_add_region(d(), region.code(), scope.code()));
    return this;
  }

  public ExerciseDraft region(Region region) {
    return region(region, RegionScope.PRIMARY);
  }

  public ExerciseDraft equipment(Equipment value) {
    check(lib.brf_exercise_draft_add_equipment(d(), value.code()));
    return this;
  }

  public ExerciseDraft instruction(String step) {
    check(lib.brf_exercise_draft_add_instruction(d(), step));
    return this;
  }

  public ExerciseDraft cue(String cue) {
    check(lib.brf_exercise_draft_add_cue(d(), cue));
    return this;
  }

  public ExerciseDraft caution(String caution) {
    check(lib.brf_exercise_draft_add_caution(d(), caution));
    return this;
  }

  public ExerciseDraft contraindication(Condition condition, Action action, String note) {
    check(lib.brf_exercise_draft_add_contraindication(d(), condition.code(), action.code(),
        note));
    return this;
  }

  public ExerciseDraft alternativeDose(String dose, SourceKind kind, String ref, String note) {
    check(lib.brf_exercise_draft_add_alternative_dose(d(), dose, kind.code(), ref, note));
    return this;
  }

  public ExerciseDraft progression(String exerciseId, String text) {
    check(lib.brf_exercise_draft_add_progression(d(), exerciseId, text));
    return this;
  }

  public ExerciseDraft regression(String exerciseId, String text) {
    check(lib.brf_exercise_draft_add_regression(d(), exerciseId, text));
    return this;
  }

  public ExerciseDraft source(SourceKind kind, String ref, String note) {
    check(lib.brf_exercise_draft_add_source(d(), kind.code(), ref, note));
    return this;
  }

  public ExerciseDraft media(String uri) {
    check(lib.brf_exercise_draft_add_media(d(), uri));
    return this;
  }
}
