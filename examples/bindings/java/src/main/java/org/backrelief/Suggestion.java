package org.backrelief;

import java.util.List;

/** What the adaptation rules suggest: outcome, sourced reasons, new routine, frequency. */
public record Suggestion(Outcome outcome, List<Advice> reasons, Routine routine,
    String frequency) {}
