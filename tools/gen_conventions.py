#!/usr/bin/env python3
"""Generate tests/unit/api/test_conventions.c: the conventions of
docs/conventions.md checked on every exported function, by family.

Reads the public headers through tools/api.py (the one header parser),
classifies every exported function into a family, and writes a Criterion
program (CTest `conventions`) that calls each function with valid arguments,
with NULL in each pointer argument, and with a bad value in each index, code
or text argument, and checks the rules of its family. The program is
committed; CTest `conventions.generated` checks it is current.

Families (the first rule that matches wins; FAMILY_OVERRIDES names the
exceptions, each with its reason):

  destructor      returns void and its name ends in `_free`
  reader          returns a status, makes an object (a `brf_x **` parameter)
                  from text (`const char *text` followed by `size_t len`)
  constructor     returns a status and makes an object (a `brf_x **` parameter)
  writer          returns a status and hands out an owned string (`char **`)
  formatter       writes into a caller buffer (`char *buf` then `size_t cap`)
  lookup          takes no object and no context (vocabulary, static tables,
                  calendar arithmetic, versions)
  getter          returns a value (neither a status nor void)
  cursor          returns a status, advances a non-const object and hands back
                  a borrowed item (`const brf_x **`)
  status getter   returns a status and changes no object: every object
                  parameter is const (a context may record the failure)
  mutator         everything else: changes a non-const object

Rules, each a name used in the messages and in EXPECTED_FAILURES:

  out_last          (static, every function) out-parameters (`brf_x **`,
                    `const brf_x **`, `char **`, non-const scalar pointers,
                    the `buf, cap` pair) come after every input, and a
                    constructor's object is the last parameter, named `out`.
                    HISTORICAL_OUT_ORDER lists the functions allowed to break
                    it, only while their comment says @deprecated.
  null_args         NULL in each pointer argument, the others valid, answers
                    BRF_E_INVALID (functions returning a status) or the
                    @retval_on_fail value (the others), without crashing.
                    Parameters documented as accepting NULL ("may be NULL",
                    "or NULL", "NULL gives", "NULL or \"\"") are called with
                    NULL too, with no result expected.
  failure_message   a call that returns an error (negative status) leaves it
                    in the context of the call (its brf_context argument, or
                    the context its objects were made from):
                    brf_context_errcode == the status, errmsg not "".
  out_untouched     a failing call leaves its out-parameters as they were
                    (they hold a canary before the call); an out-parameter
                    whose @param says "NULL on failure" (constructors,
                    readers, writers: docs/conventions.md, "Objects and
                    lifetimes") must hold NULL; a formatter's `needed` is
                    written on BRF_E_BUFFER_TOO_SMALL.
  success_clears    a successful call (status >= 0) of a status-returning
                    function clears its context's error, set before the call
                    by a failing call (docs/conventions.md, "Errors").
  recipe            the valid arguments really are valid: the call succeeds.
                    A failure here is a recipe (or fixture) to fix.
  shared_untouched  no call ever writes to the context of a frozen catalog:
                    every `const brf_catalog *` and `const brf_exercise *`
                    argument comes from a frozen built-in catalog made in a
                    context of its own, whose error must stay what it was
                    (docs/conventions.md, "Threading").
  size_query        a formatter asked for the size (buf NULL, cap 0) answers
                    BRF_E_BUFFER_TOO_SMALL with `needed` set and does not
                    overwrite the context's last error.
  caller_buffer     a formatter with cap 1 answers BRF_E_BUFFER_TOO_SMALL,
                    leaves "" in the buffer and sets `needed`.

Valid arguments (recipes): objects come from a fixture made for each function
(struct fx in the generated file: a context, a mutable built-in catalog, a
complete exercise draft, a query, a dose, a frequency, a routine with one
step, a profile, a screen, a timeline, a player, an advice list, a planner, a
generated schedule with one item, a journal with one entry, a suggestion);
integers and texts come from RECIPES_BY_NAME (by parameter name), or
ARG_OVERRIDES (function, parameter) for the exceptions; PREPARE holds the C
run before a function's calls (start the player, write the JSON a reader
reads). A new function whose parameter has no recipe makes this generator
fail with the function named: add a recipe, or put the function in
NO_RECIPE with the reason. A function in neither the classification nor the
table of docs/conventions.md makes it fail too.

Expected failures: EXPECTED_FAILURES maps (function, rule) to the reason the
rule does not hold yet. The test passes an expected failure and fails a
listed rule that now holds (remove its entry), so the list only shrinks.

The table: docs/conventions.md, "Every function and its family", lists every
exported function with its family between two markers. The generator fails
when a function is missing from it, listed twice, listed but not exported or
classified differently; `--update-docs` rewrites it from the classification.

Usage: gen_conventions.py [--root DIR] [--out FILE] [--check FILE]
                          [--update-docs] [--list]
  --check compares what would be generated with FILE and fails on a
  difference (the CTest test conventions.generated).

Python 3 standard library only.
"""
import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in tools/ from the CTest runs
import api  # noqa: E402  (tools/api.py)

PROG = 'gen_conventions.py'

# --- Families -------------------------------------------------------------------

FAMILIES = ['constructor', 'reader', 'destructor', 'getter', 'status getter',
            'formatter', 'writer', 'mutator', 'cursor', 'lookup']

# Functions the signature rules would put in the wrong family.
FAMILY_OVERRIDES = {
    # Returns the status stored in the context, not the status of a call.
    'brf_context_errcode': 'getter',
}

# Functions allowed to break out_last, only while deprecated.
HISTORICAL_OUT_ORDER = {
    'brf_catalog_import_free_exercise_db':
        'its optional report comes after the catalog it makes (kept for the ABI)',
}

# (function, rule): why the rule does not hold on today's code. The lead
# empties this list as issue 20 lands; an entry whose rule holds fails the
# test. Keep one entry per function and rule, with the reason.
SUCCESS_KEEPS_ERROR = ('a successful call keeps the last error (docs/conventions.md said '
                       'success does not clear it); issue 20 item 4')
SUCCESS_LEAVES_ERROR = ('a successful call keeps the last error and even records one of its '
                        'own (BRF_E_NOT_FOUND from an unset dose field read on the way); '
                        'issue 20 item 4')
SIZE_QUERY_RECORDS = ('a size query (buf NULL, cap 0) records BRF_E_BUFFER_TOO_SMALL over the '
                      'last error; issue 20 item 4')
EXPECTED_FAILURES = {
}

# Functions the generated program cannot call with valid arguments, with the
# reason. Only the static rule (out_last) and the table apply to them.
NO_RECIPE = {
}

# Pointer parameters not to pass NULL to, with the reason.
SKIP_NULL = {
    ('brf_free', 'ctx'): 'NULL context with a live block would leak it (void: no result to check)',
}

INT_TYPES = ('int32_t', 'int64_t', 'uint32_t', 'size_t', 'brf_status')
OPTIONAL_RE = re.compile(r'may be NULL(?! when)|\bor NULL\b|NULL gives|\bNULL or\b|'
                         r'[Ww]hen not NULL|NULL \(no-op\)|NULL for (?!failure)')
NULL_ON_FAILURE_RE = re.compile(r'NULL on failure')
# A @brief saying so makes every out-parameter optional.
ALL_OUTS_OPTIONAL_RE = re.compile(r'[Ee]very output pointer may be NULL')

# Functions whose documented result for one NULL argument is not the
# failure value, quoted from their header: a C condition over r.
NULL_RESULT = {
    # "1 when both are NULL, 0 when one is."
    'brf_dosage_equal': 'r == 0',
}


def is_obj(p, opaque):
    return p.stars == 1 and p.base in opaque


def out_kind(p, opaque):
    """'new', 'borrowed', 'string', 'scalar', 'buf' or None (an input)."""
    if p.stars == 2 and p.base in opaque and not p.const:
        return 'new'
    if p.stars == 2 and p.base in opaque and p.const:
        return 'borrowed'
    if p.stars == 2 and p.base == 'char' and not p.const:
        return 'string'
    if p.stars == 2 and p.base == 'char' and p.const:
        return 'borrowed'  # a borrowed text (const char **out)
    if p.stars == 1 and not p.const and p.base in INT_TYPES:
        return 'scalar'
    if p.stars == 1 and not p.const and p.base == 'char':
        return 'buf'
    return None


def has_text_len(f):
    ps = f.params
    return any(p.ctype == 'const char *' and i + 1 < len(ps) and ps[i + 1].ctype == 'size_t'
               and ps[i + 1].name == 'len' for i, p in enumerate(ps))


def is_pure(f, family):
    """The _get accessors (docs/conventions.md, "Sentinels") write no context,
    neither on failure nor on success, so that they are safe on shared
    objects: checked like value getters (NULL arguments, out untouched)."""
    return family == 'status getter' and f.name.endswith('_get')


def classify(f, opaque):
    """The family of f, from FAMILY_OVERRIDES or the rules in the docstring;
    None when no rule matches."""
    if f.name in FAMILY_OVERRIDES:
        return FAMILY_OVERRIDES[f.name]
    ret = f.ret.ctype
    kinds = [out_kind(p, opaque) for p in f.params]
    objs = [p for p in f.params if is_obj(p, opaque)]
    if ret == 'void' and f.name.endswith('_free'):
        return 'destructor'
    if ret == 'brf_status' and 'new' in kinds:
        return 'reader' if has_text_len(f) else 'constructor'
    if ret == 'brf_status' and 'string' in kinds:
        return 'writer'
    if 'buf' in kinds:
        return 'formatter'
    if not objs:
        return 'lookup'
    if ret not in ('brf_status', 'void'):
        return 'getter'
    non_const = [p for p in objs if not p.const and p.base != 'brf_context']
    if ret == 'brf_status' and 'borrowed' in kinds and non_const:
        return 'cursor'
    if ret == 'brf_status' and not non_const:
        return 'status getter'
    if non_const or (ret == 'void' and any(not p.const for p in objs)):
        return 'mutator'
    return None


def is_deprecated(f):
    return bool(re.search(r'[@\\]deprecated\b', f.doc.raw)) or 'BRF_DEPRECATED' in f.doc.raw


def out_last_problem(f, family, opaque):
    """Why f breaks out_last, or None."""
    kinds = [out_kind(p, opaque) for p in f.params]
    seen_out = None
    for i, (p, k) in enumerate(zip(f.params, kinds)):
        if k:
            seen_out = seen_out or p.name
        elif seen_out and not (p.name == 'cap' and i > 0 and kinds[i - 1] == 'buf'):
            return 'input %s comes after out-parameter %s' % (p.name, seen_out)
    if family in ('constructor', 'reader'):
        last = f.params[-1]
        if out_kind(last, opaque) != 'new' or last.name != 'out':
            return 'the object made is not the last parameter named out (last: %s)' % last.name
    return None


# --- Recipes --------------------------------------------------------------------

# Objects: the fixture field each (const-less) type comes from.
OBJECTS = {
    'brf_context': 'f.ctx',
    'brf_exercise_draft': 'f.draft',
    'brf_query': 'f.query',
    'brf_dosage': 'f.dose',
    'brf_routine': 'f.routine',
    'brf_profile': 'f.profile',
    'brf_screen': 'f.screen',
    'brf_screen_result': 'f.screen_result',
    'brf_timeline': 'f.timeline',
    'brf_player': 'f.player',
    'brf_advice': 'f.advice',
    'brf_planner': 'f.planner',
    'brf_schedule': 'f.schedule',
    'brf_journal': 'f.journal',
    'brf_adapt_suggestion': 'f.suggestion',
}
# Shareable objects: from the frozen built-in catalog of shared_ctx.
SHARED = {
    ('brf_catalog', True): 'shared_cat',
    ('brf_exercise', True): 'shared_ex',
}

# Integers and texts by parameter name: (valid, bad or None). A bad value is
# only used for the "bad" calls (a failure is not required of it: a function
# that accepts it is only checked for not crashing).
RECIPES_BY_NAME = {
    # size_t indexes
    'index': ('0', 'SIZE_MAX'), 'i': ('0', 'SIZE_MAX'), 'k': ('0', 'SIZE_MAX'),
    'item': ('0', 'SIZE_MAX'), 'from': ('0', 'SIZE_MAX'), 'to': ('0', 'SIZE_MAX'),
    # int32_t codes (0 is a valid code of every family)
    'modality': ('0', 'INT32_MIN'), 'level': ('0', 'INT32_MIN'),
    'laterality': ('0', 'INT32_MIN'), 'position': ('0', 'INT32_MIN'),
    'region': ('0', 'INT32_MIN'), 'scope': ('0', 'INT32_MIN'),
    'equipment': ('0', 'INT32_MIN'), 'condition': ('0', 'INT32_MIN'),
    'action': ('0', 'INT32_MIN'), 'kind': ('0', 'INT32_MIN'),
    'source_kind': ('0', 'INT32_MIN'), 'field': ('0', 'INT32_MIN'),
    'goal': ('0', 'INT32_MIN'), 'phase': ('1', 'INT32_MIN'), 'policy': ('0', 'INT32_MIN'),
    'status': ('0', 'INT32_MIN'), 'when': ('0', 'INT32_MIN'), 'outcome': ('0', 'INT32_MIN'),
    'urgency': ('0', 'INT32_MIN'), 'which': ('0', 'INT32_MIN'),
    's': ('BRF_E_PARSE', 'INT32_MIN'),
    # dates, times, counts
    'year': ('2024', 'INT32_MIN'), 'month': ('3', 'INT32_MIN'), 'mday': ('18', 'INT32_MIN'),
    'day': ('19800', 'INT32_MIN'), 'start_day': ('19800', 'INT32_MIN'),
    'onset_day': ('19799', 'INT32_MIN'), 'today_day': ('19800', 'INT32_MIN'),
    'from_day': ('19790', 'INT32_MIN'), 'to_day': ('19810', 'INT32_MIN'),
    'minutes': ('30', 'INT32_MIN'), 'weeks': ('4', 'INT32_MIN'),
    'done': ('1', 'INT32_MIN'), 'cut_short': ('0', 'INT32_MIN'), 'skipped': ('0', 'INT32_MIN'),
    'pain': ('2', 'INT32_MIN'), 'tightness': ('2', 'INT32_MIN'), 'value': ('3', 'INT32_MIN'),
    'effort': ('5', 'INT32_MIN'), 'yes': ('0', 'INT32_MIN'), 'available': ('1', 'INT32_MIN'),
    'present': ('1', 'INT32_MIN'), 'years': ('40', 'INT32_MIN'),
    'direction': ('BRF_DIRECTION_EXTENSION', 'INT32_MIN'),
    'thermal': ('BRF_THERMAL_COLD', 'INT32_MIN'),
    'younger_than': ('16', 'INT32_MIN'), 'older_than': ('50', 'INT32_MIN'),
    'first': ('420', 'INT32_MIN'), 'last': ('1200', 'INT32_MIN'),
    'daily_weeks': ('1', 'INT32_MIN'), 'min_per_week': ('2', 'INT32_MIN'),
    'max_per_week': ('3', 'INT32_MIN'), 'onset_minute': ('420', 'INT32_MIN'),
    'today': ('19800', 'INT32_MIN'), 'last_change_day': ('-1', 'INT32_MIN'),
    # int64_t
    'min': ('1', 'INT64_MIN'), 'max': ('3', 'INT64_MIN'), 'max_ms': ('600000', 'INT64_MIN'),
    'elapsed_ms': ('1000', 'INT64_MIN'), 'hours_ago': ('24', 'INT64_MIN'),
    'before_ms': ('600000', 'INT64_MIN'), 'length_ms': ('3600000', 'INT64_MIN'),
    'prescribed': ('3', 'INT64_MIN'), 'budget_ms': ('600000', 'INT64_MIN'),
    # uint32_t
    'flags': ('0', 'UINT32_MAX'), 'mask': ('0x1Fu', 'UINT32_MAX'), 'seed': ('1', None),
    # texts
    'id': ('"bird-dog"', '"no-such-exercise"'),
    'exercise_id': ('"bird-dog"', '"no-such-exercise"'),
    'name': ('"Conventions"', None), 'summary': ('"A summary."', None),
    'dose': ('"3x30s"', '"not a dose"'), 'notation': ('"3x30s"', '"not a dose"'),
    'note': ('"A note."', None), 'alias': ('"conventions-alias"', None),
    'step': ('"Lie down."', None), 'cue': ('"Breathe."', None), 'caution': ('"Go slowly."', None),
    'uri': ('"https://example.org/x.png"', None), 'ref': ('"conventions"', None),
    'source_ref': ('"conventions"', None), 'session': ('"morning"', None),
    'reason': ('"A reason."', None), 'routine': ('"Morning"', None),
    'text': ('"stretch"', None), 'tzid': ('"Europe/Berlin"', '"bad;tz"'),
    'ids': ('brf_redflag_id(0)', '"no-such-flag"'),
}

# Exceptions by (function, parameter): (valid, bad or None).
ARG_OVERRIDES = {
    ('brf_catalog_merge', 'dst'): ('dst', None),
    ('brf_context_set_limit', 'id'): ('BRF_LIMIT_ROUTINE_STEPS', 'BRF_LIMIT_COUNT'),
    ('brf_context_limit', 'id'): ('BRF_LIMIT_ROUTINE_STEPS', 'BRF_LIMIT_COUNT'),
    ('brf_exercise_draft_set_id', 'id'): ('"conventions-test"', '"Not A Slug!"'),
    ('brf_routine_set_id', 'id'): ('"r-conventions"', '"not an id!"'),
    ('brf_routine_make_id', 'seed'): ('"conventions seed"', '""'),
    ('brf_journal_entry_set_routine_id', 'id'): ('"r-conventions"', '"not an id!"'),
    ('brf_screen_answer', 'id'): ('brf_redflag_id(0)', '"no-such-flag"'),
    ('brf_redflag_find', 'id'): ('brf_redflag_id(0)', '"no-such-flag"'),
    ('brf_yellowflag_find', 'id'): ('brf_yellowflag_id(0)', '"no-such-flag"'),
    ('brf_routine_phase_parse', 'id'): ('brf_routine_phase_id(1)', '"no-such-phase"'),
    ('brf_goal_parse', 'id'): ('brf_goal_id(0)', '"no-such-goal"'),
    ('brf_plan_phase_parse', 'id'): ('brf_plan_phase_id(0)', '"no-such-phase"'),
    ('brf_policy_parse', 'id'): ('brf_policy_id(0)', '"no-such-policy"'),
    ('brf_vocab_parse', 'id'): ('brf_vocab_id(0, 0)', '"no-such-value"'),
    ('brf_urgency_from_name', 'name'): ('brf_urgency_name(0)', '"no-such-urgency"'),
    ('brf_player_cue_kind_from_name', 'name'): ('brf_player_cue_kind_name(0)', '"no-such-kind"'),
    ('brf_timeline_segment_kind_from_name', 'name'):
        ('brf_timeline_segment_kind_name(0)', '"no-such-kind"'),
    ('brf_date_parse', 'text'): ('"2024-03-18"', '"2024-13-45"'),
    ('brf_time_parse', 'text'): ('"07:30"', '"25:99"'),
    ('brf_weekdays_parse', 'text'): ('"mon,wed"', '"noday"'),
    ('brf_dosage_parse', 'text'): ('"3x30s, each side"', '"not a dose"'),
    ('brf_schedule_item_set_frequency_text', 'text'): ('"daily"', '"not a frequency"'),
    ('brf_date_format', 'day'): ('19800', 'INT32_MIN'),
    ('brf_time_format', 'minutes'): ('450', 'INT32_MIN'),
    ('brf_catalog_from_json', 'text'): ('json', '"{"'),
    ('brf_catalog_merge_json', 'text'): ('json', '"{"'),
    # A catalog image is bytes, not text: its length is the writer's, and the
    # bad image is as long, all zeros (not an image: BRF_E_PARSE).
    ('brf_catalog_from_image', 'image'): ('img', 'bad_img'),
    ('brf_catalog_from_image', 'len'): ('img_len', 'img_len'),
    ('brf_catalog_merge_image', 'image'): ('img', 'bad_img'),
    ('brf_catalog_merge_image', 'len'): ('img_len', 'img_len'),
    ('brf_routine_from_json', 'text'): ('json', '"{"'),
    ('brf_schedule_from_json', 'text'): ('json', '"{"'),
    ('brf_journal_load', 'text'): ('json', '"{\\"day\\": \\n"'),
    ('brf_catalog_import_free_exercise_db', 'text'): ('fedb_entry', '"{"'),
    ('brf_catalog_import_free_exercise_db_v2', 'text'): ('fedb_entry', '"{"'),
    ('brf_schedule_from_json_v2', 'text'): ('json', '"{"'),
    ('brf_screen_result_from_json', 'text'): ('json', '"{"'),
    ('brf_free', 'ptr'): ('owned', None),
    # Any build has English; a malformed tag fails (and leaves English).
    ('brf_context_set_locale', 'tag'): ('"en-GB"', '"de_AT"'),
    # A malformed locale is not a failure here: it reads English (docs/localisation.md).
    ('brf_exercise_text', 'locale'): ('"de-AT"', None),
    ('brf_screening_text', 'locale'): ('"de-AT"', None),
    ('brf_dosage_describe', 'locale'): ('"de-AT"', None),
    ('brf_vocab_label', 'locale'): ('"de-AT"', None),
    ('brf_query_set_equipment', 'equipment'): ('one_equipment', None),
    ('brf_query_set_equipment', 'count'): ('1', None),
    ('brf_journal_adherence_week', 'prescribed_days'): ('one_day', None),
    ('brf_journal_adherence_week', 'count'): ('1', None),
    ('brf_journal_entry_rate_exercise', 'difficulty'): ('3', 'INT32_MIN'),
    ('brf_journal_adherence_exercise', 'due_days'): ('one_day', None),
    ('brf_journal_adherence_exercise', 'due_count'): ('1', None),
    ('brf_journal_adherence_exercise', 'exercise_id'): ('"bird-dog"', '""'),
    ('brf_journal_adherence_exercise', 'from_day'): ('0', None),
    ('brf_journal_adherence_exercise', 'to_day'): ('1', None),
    ('brf_planner_set_minutes', 'minutes'): ('10', 'INT32_MIN'),
    ('brf_routine_move', 'to'): ('0', 'SIZE_MAX'),
    ('brf_context_new_with_allocator', 'allocator'): ('&test_allocator', None),
    ('brf_schedule_step_set_taper', 'item'): ('prog', 'SIZE_MAX'),
    ('brf_schedule_step_set_taper', 'step'): ('0', 'SIZE_MAX'),
    ('brf_schedule_step_set_after_weekdays', 'item'): ('prog', 'SIZE_MAX'),
    ('brf_schedule_step_set_after_weekdays', 'step'): ('0', 'SIZE_MAX'),
}

# C run after the fixture is made and before a function's calls; CLEANUP after.
PREPARE = {
    'brf_catalog_from_json': 'char *json = NULL; cr_assert_eq(brf_catalog_to_json(f.ctx, f.cat, 0, &json, NULL), BRF_OK);',
    'brf_routine_from_json': 'char *json = NULL; cr_assert_eq(brf_routine_to_json(f.ctx, f.routine, 0, &json, NULL), BRF_OK);',
    'brf_schedule_from_json': 'char *json = NULL; cr_assert_eq(brf_schedule_to_json(f.ctx, f.schedule, &json, NULL), BRF_OK);',
    'brf_journal_load': 'char *json = NULL; cr_assert_eq(brf_journal_to_jsonl(f.ctx, f.journal, &json, NULL), BRF_OK);',
    'brf_free': 'char *owned = NULL; cr_assert_eq(brf_dosage_to_string(f.ctx, f.dose, &owned, NULL), BRF_OK);',
    'brf_player_advance': 'cr_assert_eq(brf_player_start(f.player), BRF_OK);',
    'brf_player_pause': 'cr_assert_eq(brf_player_start(f.player), BRF_OK);',
    'brf_player_resume': 'cr_assert_eq(brf_player_start(f.player), BRF_OK); cr_assert_eq(brf_player_pause(f.player), BRF_OK);',
    'brf_player_skip': 'cr_assert_eq(brf_player_start(f.player), BRF_OK);',
    'brf_player_back': 'cr_assert_eq(brf_player_start(f.player), BRF_OK);',
    'brf_player_stop': 'cr_assert_eq(brf_player_start(f.player), BRF_OK);',
    'brf_player_cue_at': 'cr_assert_eq(brf_player_start(f.player), BRF_OK);',
    'brf_player_record_at': 'cr_assert_eq(brf_player_start(f.player), BRF_OK);',
    'brf_profile_strain_hours_ago': 'cr_assert_eq(brf_profile_set_strain_hours_ago(f.profile, 24), BRF_OK);',
    'brf_profile_strain_onset_day': 'cr_assert_eq(brf_profile_set_strain_onset_day(f.profile, 19799, 19800), BRF_OK);',
    'brf_catalog_merge': 'brf_catalog *dst = make_catalog_empty(&f);',
}
PREPARE['brf_schedule_from_json_v2'] = PREPARE['brf_schedule_from_json']
PREPARE['brf_catalog_merge_json'] = PREPARE['brf_catalog_from_json']
PREPARE['brf_catalog_from_image'] = (
    'char *img = NULL; size_t img_len = 0; '
    'cr_assert_eq(brf_catalog_to_image(f.ctx, f.cat, 0, &img, &img_len), BRF_OK); '
    'char *bad_img = calloc(1, img_len); cr_assert_not_null(bad_img);')
PREPARE['brf_catalog_merge_image'] = PREPARE['brf_catalog_from_image']
PREPARE['brf_journal_entry_rating_get'] = 'cr_assert_eq(brf_journal_entry_rate_exercise(f.journal, 0, "bird-dog", 3, 2), BRF_OK);'
PREPARE['brf_screen_result_from_json'] = 'char *json = NULL; cr_assert_eq(brf_screen_result_to_json(f.ctx, f.screen_result, 0, &json, NULL), BRF_OK);'
PREPARE['brf_schedule_step_set_taper'] = 'size_t prog = 0; cr_assert_eq(brf_schedule_add_programme(f.schedule, f.routine, &prog), BRF_OK);'
PREPARE['brf_schedule_step_set_after_weekdays'] = PREPARE['brf_schedule_step_set_taper']
CLEANUP = {
    'brf_catalog_merge': 'brf_catalog_free(dst);',
    'brf_catalog_from_json': 'brf_free(f.ctx, json);',
    'brf_routine_from_json': 'brf_free(f.ctx, json);',
    'brf_schedule_from_json': 'brf_free(f.ctx, json);',
    'brf_journal_load': 'brf_free(f.ctx, json);',
}
CLEANUP['brf_schedule_from_json_v2'] = CLEANUP['brf_schedule_from_json']
CLEANUP['brf_catalog_merge_json'] = CLEANUP['brf_catalog_from_json']
CLEANUP['brf_catalog_from_image'] = 'brf_free(f.ctx, img); free(bad_img);'
CLEANUP['brf_catalog_merge_image'] = CLEANUP['brf_catalog_from_image']
CLEANUP['brf_screen_result_from_json'] = 'brf_free(f.ctx, json);'

# Destructors free a fresh object, not the fixture's.
FRESH = {
    'brf_context': 'make_context()',
    'brf_catalog': 'make_catalog_empty(&f)',
    'brf_exercise_draft': 'make_draft(&f)',
    'brf_query': 'make_query(&f)',
    'brf_dosage': 'make_dose(&f, "3x30s")',
    'brf_routine': 'make_routine(&f)',
    'brf_profile': 'make_profile(&f)',
    'brf_screen': 'make_screen(&f)',
    'brf_screen_result': 'make_screen_result(&f)',
    'brf_timeline': 'make_timeline(&f)',
    'brf_player': 'make_player(&f)',
    'brf_advice': 'make_advice(&f)',
    'brf_planner': 'make_planner(&f)',
    'brf_schedule': 'make_schedule(&f)',
    'brf_journal': 'make_journal(&f)',
    'brf_adapt_suggestion': 'make_suggestion(&f)',
}

CANARY = {
    'int32_t': 'CANARY_I32', 'int64_t': 'CANARY_I64', 'uint32_t': 'CANARY_U32',
    'size_t': 'CANARY_SIZE', 'brf_status': 'CANARY_I32',
}


class NoRecipe(Exception):
    pass


def valid_arg(f, p, family, opaque):
    """The C expression of a valid value for parameter p of f."""
    key = (f.name, p.name)
    if key in ARG_OVERRIDES:
        return ARG_OVERRIDES[key][0]
    if f.name.endswith('_from_id') and p.name == 'text':
        # The one id pattern: the text of the family's first value, from its
        # own brf_<family>_id (brf_vocab_id takes the kind first).
        if f.name == 'brf_vocab_from_id':
            return 'brf_vocab_id(0, 0)'
        return 'first_id(%s_id)' % f.name[:-len('_from_id')]
    if is_obj(p, opaque):
        if family == 'destructor' and p is f.params[-1] and p.base in FRESH:
            return FRESH[p.base]
        if (p.base, p.const) in SHARED:
            return SHARED[(p.base, p.const)]
        if p.base == 'brf_catalog':
            return 'f.cat'
        if p.base == 'brf_dosage' and p.name == 'frequency':
            return 'f.freq'
        if p.base in OBJECTS:
            return OBJECTS[p.base]
        raise NoRecipe('no object of type %s' % p.ctype)
    if p.ctype in INT_TYPES or p.ctype == 'const char *':
        if p.name in RECIPES_BY_NAME:
            return RECIPES_BY_NAME[p.name][0]
        raise NoRecipe('no recipe for %s %s' % (p.ctype, p.name))
    raise NoRecipe('no recipe for %s %s' % (p.ctype, p.name))


def bad_arg(f, p):
    key = (f.name, p.name)
    if key in ARG_OVERRIDES:
        return ARG_OVERRIDES[key][1]
    if p.name in RECIPES_BY_NAME:
        return RECIPES_BY_NAME[p.name][1]
    return None


def c_str(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


# --- Code generation ---------------------------------------------------------------

class Gen:
    def __init__(self, f, family, model):
        self.f = f
        self.family = family
        self.opaque = set(model.opaque) - {'brf_allocator'}
        self.kinds = [out_kind(p, self.opaque) for p in f.params]
        self.is_status = f.ret.ctype == 'brf_status' and family != 'getter'
        self.lines = []

    def optional(self, p):
        if ALL_OUTS_OPTIONAL_RE.search(self.f.doc.brief) and out_kind(p, self.opaque):
            return True
        return bool(OPTIONAL_RE.search(self.f.doc.params.get(p.name, '')))

    def null_on_failure(self, p):
        return bool(NULL_ON_FAILURE_RE.search(self.f.doc.params.get(p.name, '')))

    def ctx_of(self, nulled):
        """The C expression of the context a call reports to, or None: its
        brf_context argument if it has one, else the context of its first
        object (every fixture object is made in f.ctx); None when that
        argument is NULL, or is a shared object (shared_untouched)."""
        if self.family == 'destructor' or is_pure(self.f, self.family):
            return None
        objs = [i for i, p in enumerate(self.f.params)
                if is_obj(p, self.opaque) and not self.kinds[i]]
        ctxs = [i for i in objs if self.f.params[i].base == 'brf_context']
        first = ctxs[0] if ctxs else (objs[0] if objs else None)
        if first is None or first == nulled:
            return None
        p = self.f.params[first]
        if (p.base, p.const) in SHARED:
            return None
        return 'f.ctx'

    def call(self, label, override=None, nulled=None, set_error=False, cap=None):
        """One call block. override: {param index: C expression}."""
        f, L = self.f, []
        override = override or {}
        args, outs = [], []
        L.append('  { /* %s */' % label)
        for i, p in enumerate(f.params):
            k = self.kinds[i]
            if i in override:
                expr = override[i]
            elif k == 'buf':
                expr = 'conv_buf'
            elif k:
                expr = None
            elif p.name in ('len',) and i > 0 and f.params[i - 1].ctype == 'const char *':
                expr = 'strlen(t_%s)' % f.params[i - 1].name
            elif p.name == 'cap' and i > 0 and self.kinds[i - 1] == 'buf':
                expr = 'sizeof conv_buf' if cap is None else cap
            else:
                expr = valid_arg(f, p, self.family, self.opaque)
            if k in ('new', 'borrowed', 'string', 'scalar') and i not in override:
                if k == 'scalar':
                    L.append('    %s o_%s = %s;' % (p.base, p.name, CANARY[p.base]))
                else:
                    L.append('    %s o_%s = (%s)CANARY_PTR;' % (p.ctype[:-1].strip(), p.name,
                                                               p.ctype[:-1].strip()))
                outs.append((i, p, k))
                expr = '&o_%s' % p.name
            if p.ctype == 'const char *' and i + 1 < len(f.params) and \
                    f.params[i + 1].name == 'len':
                # The text and its length: the length stays the valid
                # text's when the text is NULL.
                valid = valid_arg(f, p, self.family, self.opaque)
                L.append('    const char *t_%s = %s;' % (p.name, valid if expr == 'NULL' else expr))
                if expr != 'NULL':
                    expr = 't_%s' % p.name
            args.append(expr)
        ctx = self.ctx_of(nulled)
        if set_error and ctx:
            L.append('    set_error(%s);' % ctx)
        call = '%s(%s)' % (f.name, ', '.join(args))
        fn = f.name
        if f.ret.ctype == 'void':
            L.append('    %s;' % call)
        else:
            L.append('    %s r = %s;' % (f.ret.ctype, call))
        L.append('    shared_check("%s");' % fn)
        return L, outs, ctx, call

    def free_outs(self, L, outs):
        for i, p, k in outs:
            if k == 'new':
                L.append('    if (o_%s != NULL && (void *)o_%s != CANARY_PTR) %s_free(o_%s);'
                         % (p.name, p.name, p.base, p.name))
            elif k == 'string':
                L.append('    if (o_%s != NULL && (void *)o_%s != CANARY_PTR) brf_free(f.ctx, o_%s);'
                         % (p.name, p.name, p.name))

    def failure_checks(self, L, outs, ctx, what):
        """Checks after a call whose status r may be an error."""
        fn = self.f.name
        L.append('    if (r < 0) {')
        if ctx:
            L.append('      check_message("%s", "%s", %s, r);' % (fn, c_str(what), ctx))
        for i, p, k in outs:
            if k in ('new', 'string', 'borrowed'):
                if self.null_on_failure(p):
                    L.append('      note("%s", "out_untouched", o_%s == NULL, "%s: *%s is not NULL '
                             'after a failure, as its @param says");'
                             % (fn, p.name, c_str(what), p.name))
                else:
                    L.append('      note("%s", "out_untouched", (void *)o_%s == CANARY_PTR, '
                             '"%s: *%s changed by a failing call");' % (fn, p.name, c_str(what), p.name))
            else:
                cond = 'o_%s == %s' % (p.name, CANARY[p.base])
                if p.name == 'needed' and self.family == 'formatter':
                    cond = 'r == BRF_E_BUFFER_TOO_SMALL || o_%s == %s' % (p.name, CANARY[p.base])
                L.append('      note("%s", "out_untouched", %s, "%s: *%s changed by a failing '
                         'call");' % (fn, cond, c_str(what), p.name))
        L.append('    }')

    def generate(self):
        f, fam = self.f, self.family
        out = ['static void conv_%s(void) {' % f.name]
        if f.name in NO_RECIPE:
            out.append('  /* No recipe: %s */' % NO_RECIPE[f.name])
            out.append('  finish("%s", 0);' % f.name)
            out.append('}')
            return out
        out.append('  struct fx f;')
        out.append('  fx_make(&f);')
        if f.name in PREPARE and PREPARE[f.name]:
            out.append('  ' + PREPARE[f.name])
        # 1. Valid arguments, after an error was set: success clears it.
        L, outs, ctx, call = self.call('valid arguments', set_error=self.is_status)
        if self.is_status:
            L.append('    note("%s", "recipe", r >= 0, "valid arguments answer %%s: %%s", '
                     'brf_status_name(r), brf_context_errmsg(f.ctx));' % f.name)
            if ctx:
                L.append('    if (r >= 0) note("%s", "success_clears", brf_context_errcode(%s) '
                         '== BRF_OK, "errcode %%s after success", '
                         'brf_status_name(brf_context_errcode(%s)));' % (f.name, ctx, ctx))
        elif f.ret.ctype != 'void':
            L.append('    (void)r;')
        self.free_outs(L, outs)
        L.append('  }')
        out += L
        # 2. NULL in each pointer argument.
        for i, p in enumerate(f.params):
            if not p.is_pointer or (f.name, p.name) in SKIP_NULL:
                continue
            what = '%s NULL' % p.name
            L, outs, ctx, call = self.call(what, override={i: 'NULL'}, nulled=i)
            opt = self.optional(p)
            if f.ret.ctype == 'void':
                pass
            elif opt:
                L.append('    (void)r;')
            elif f.name in NULL_RESULT:
                L.append('    note("%s", "null_args", %s, "%s -> %%lld", (long long)r);'
                         % (f.name, NULL_RESULT[f.name], c_str(what)))
            elif self.is_status or f.ret.ctype == 'brf_status':
                L.append('    note("%s", "null_args", r == BRF_E_INVALID, "%s -> %%s", '
                         'brf_status_name(r));' % (f.name, c_str(what)))
            elif f.failure is not None:
                fail = f.failure
                if f.ret.is_pointer and fail.startswith('"'):
                    cond = 'r != NULL && strcmp(r, %s) == 0' % fail
                elif f.ret.is_pointer:
                    cond = 'r == NULL'
                else:
                    cond = 'r == (%s)(%s)' % (f.ret.ctype, fail)
                L.append('    note("%s", "null_args", %s, "%s -> not %s");'
                         % (f.name, cond, c_str(what), c_str(fail)))
            else:
                L.append('    (void)r;')
            if self.is_status:
                self.failure_checks(L, outs, ctx, what)
            self.free_outs(L, outs)
            L.append('  }')
            out += L
        # 3. A bad value in each integer or text argument.
        for i, p in enumerate(f.params):
            if self.kinds[i] or is_obj(p, self.opaque):
                continue
            bad = bad_arg(f, p)
            if bad is None:
                continue
            what = '%s = %s' % (p.name, bad)
            L, outs, ctx, call = self.call(what, override={i: bad})
            if self.is_status:
                self.failure_checks(L, outs, ctx, what)
            elif f.ret.ctype != 'void':
                L.append('    (void)r;')
            self.free_outs(L, outs)
            L.append('  }')
            out += L
        # 4. Formatters: the size query and a one-byte buffer.
        if fam == 'formatter':
            bi = self.kinds.index('buf')
            L, outs, ctx, call = self.call('size query', override={bi: 'NULL'}, cap='0',
                                           set_error=True)
            needed = [p for _, p, k in outs if p.name == 'needed']
            L.append('    note("%s", "size_query", r == BRF_E_BUFFER_TOO_SMALL%s, '
                     '"buf NULL, cap 0 -> %%s", brf_status_name(r));'
                     % (f.name, ' && o_needed > 0 && o_needed != CANARY_SIZE' if needed else ''))
            if ctx:
                L.append('    note("%s", "size_query", brf_context_errcode(%s) == BRF_E_PARSE, '
                         '"a size query overwrote the last error with %%s", '
                         'brf_status_name(brf_context_errcode(%s)));' % (f.name, ctx, ctx))
            L.append('  }')
            out += L
            L, outs, ctx, call = self.call('cap 1', cap='1')
            L.append('    note("%s", "caller_buffer", r == BRF_E_BUFFER_TOO_SMALL && conv_buf[0] '
                     '== 0%s, "cap 1 -> %%s", brf_status_name(r));'
                     % (f.name, ' && o_needed > 1 && o_needed != CANARY_SIZE' if needed else ''))
            self.failure_checks(L, outs, ctx, 'cap 1')
            L.append('  }')
            out += L
        if f.name in CLEANUP:
            out.append('  ' + CLEANUP[f.name])
        out.append('  fx_free(&f);')
        out.append('  finish("%s", 0);' % f.name)
        out.append('}')
        return out


# --- The table in docs/conventions.md ------------------------------------------------

TABLE_BEGIN = '<!-- conventions-table: generated by tools/gen_conventions.py --update-docs -->'
TABLE_END = '<!-- conventions-table: end -->'


def table_text(model, families):
    rows = ['| Function | Family |', '|---|---|']
    for f in model.functions:
        rows.append('| `%s` | %s |' % (f.name, families[f.name]))
    return '\n'.join(rows)


def read_table(doc):
    if TABLE_BEGIN not in doc or TABLE_END not in doc:
        return None
    body = doc.split(TABLE_BEGIN, 1)[1].split(TABLE_END, 1)[0]
    rows = []
    for line in body.splitlines():
        m = re.match(r'^\|\s*`(brf_\w+)`\s*\|\s*([a-z ]+?)\s*\|\s*$', line)
        if m:
            rows.append((m.group(1), m.group(2)))
    return rows


def table_errors(model, families, doc):
    rows = read_table(doc)
    if rows is None:
        return ['docs/conventions.md has no function table (markers %r ... %r): run %s '
                '--update-docs' % (TABLE_BEGIN, TABLE_END, PROG)]
    errors = []
    seen = {}
    for name, fam in rows:
        if name in seen:
            errors.append('%s is listed twice in the table of docs/conventions.md' % name)
        seen[name] = fam
    for f in model.functions:
        if f.name not in seen:
            errors.append('%s (%s) is not in the table of docs/conventions.md ("Every function '
                          'and its family"); its family is %s: run %s --update-docs'
                          % (f.name, f.where, families[f.name], PROG))
        elif seen[f.name] != families[f.name]:
            errors.append('%s is a %s in the table of docs/conventions.md but classified as %s'
                          % (f.name, seen[f.name], families[f.name]))
    for name in seen:
        if model.function(name) is None:
            errors.append('%s is in the table of docs/conventions.md but not exported' % name)
    for name, fam in rows:
        if fam not in FAMILIES:
            errors.append('%s: unknown family %r in docs/conventions.md' % (name, fam))
    return errors


# --- The program --------------------------------------------------------------------

HEADER = r'''/* GENERATED by tools/gen_conventions.py from the public headers: do not
 * edit; run `python3 tools/gen_conventions.py` after changing the public API.
 * The CTest test conventions.generated checks this file is current.
 *
 * The conventions of docs/conventions.md checked on every exported
 * function by family (the generator's docstring lists the families and the
 * rules): NULL arguments, failures leaving their message and the caller's
 * out-parameters alone, success clearing the context's error, frozen
 * catalogs never writing to their context, out-parameters last. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"
#include "support.h"

#define CANARY_I32 ((int32_t)0x2BADBEEF)
#define CANARY_I64 ((int64_t)0x2BADBEEF2BADBEEFLL)
#define CANARY_U32 ((uint32_t)0x2BADBEEFu)
#define CANARY_SIZE ((size_t)0x2BADBEEFu)
/* The id of the lowest value a brf_<family>_id function knows. */
static const char *first_id(const char *(*id)(int32_t)) {
  for (int32_t v = -1; v < 256; v++)
    if (id(v) != NULL) return id(v);
  return "";
}
static char canary_cell;
#define CANARY_PTR ((void *)&canary_cell)

static char conv_buf[1 << 17];
static const int32_t one_equipment[] = {BRF_EQUIPMENT_MAT};
static const int32_t one_day[] = {19800};
static const char fedb_entry[] =
    "[{\"id\": \"Sit_Up\", \"name\": \"Sit-Up\", \"force\": \"pull\", \"level\": "
    "\"beginner\", \"mechanic\": \"compound\", \"equipment\": \"body only\", "
    "\"primaryMuscles\": [\"abdominals\"], \"secondaryMuscles\": [], "
    "\"instructions\": [\"Lie down.\"], \"category\": \"strength\", \"images\": []}]";
static brf_allocator test_allocator;
static brf_test_alloc test_allocator_state;

/* (function, rule) pairs that do not hold yet, with the reason: from
 * EXPECTED_FAILURES in tools/gen_conventions.py. */
static struct xfail {
  const char *fn, *rule, *reason;
  int failed;
} xfails[] = {
%(xfails)s  {NULL, NULL, NULL, 0}};

static struct xfail *xfail_of(const char *fn, const char *rule) {
  for (struct xfail *x = xfails; x->fn; x++)
    if (strcmp(x->fn, fn) == 0 && strcmp(x->rule, rule) == 0) return x;
  return NULL;
}

/* One check of one rule: a failure of a listed (function, rule) is
 * expected, any other fails the test with the function and rule named. */
static void note(const char *fn, const char *rule, int ok, const char *fmt, ...) {
  if (ok) return;
  struct xfail *x = xfail_of(fn, rule);
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (x) {
    x->failed = 1;
    return;
  }
  cr_expect(0, "%%s: rule %%s: %%s", fn, rule, msg);
}

/* After a function's calls (or, for out_last, after the static rules): a
 * listed rule that held is a stale entry. */
static void finish(const char *fn, int out_last) {
  for (struct xfail *x = xfails; x->fn; x++)
    if ((fn == NULL || strcmp(x->fn, fn) == 0) && (strcmp(x->rule, "out_last") == 0) == out_last &&
        !x->failed)
      cr_expect(0, "%%s: rule %%s holds now: remove it from EXPECTED_FAILURES in "
                "tools/gen_conventions.py (%%s)", fn, x->rule, x->reason);
}

static void check_message(const char *fn, const char *what, const brf_context *ctx,
                          brf_status r) {
  note(fn, "failure_message", brf_context_errcode(ctx) == r && brf_context_errmsg(ctx)[0] != 0,
       "%%s -> %%s, but the context holds %%s \"%%s\"", what, brf_status_name(r),
       brf_status_name(brf_context_errcode(ctx)), brf_context_errmsg(ctx));
}

/* Leave an error (BRF_E_PARSE) in ctx, for success to clear. */
static void set_error(brf_context *ctx) {
  int32_t day = 0;
  cr_assert_eq(brf_date_parse(ctx, "x", 1, &day), BRF_E_PARSE);
}

/* The frozen built-in catalog, in a context of its own holding an error
 * that no call may change. */
static brf_context *shared_ctx;
static brf_catalog *shared_cat;
static const brf_exercise *shared_ex;
static char shared_msg[256];

static void shared_make(void) {
  cr_assert_eq(brf_context_new(&shared_ctx), BRF_OK);
  cr_assert_eq(brf_catalog_new_builtin(shared_ctx, &shared_cat), BRF_OK);
  cr_assert_eq(brf_catalog_freeze(shared_cat), BRF_OK);
  shared_ex = brf_catalog_find(shared_cat, "bird-dog");
  cr_assert_not_null(shared_ex);
  set_error(shared_ctx);
  snprintf(shared_msg, sizeof shared_msg, "%%s", brf_context_errmsg(shared_ctx));
  brf_test_alloc_init(&test_allocator, &test_allocator_state);
}

static void shared_free(void) {
  brf_catalog_free(shared_cat);
  brf_context_free(shared_ctx);
}

static void shared_check(const char *fn) {
  note(fn, "shared_untouched",
       brf_context_errcode(shared_ctx) == BRF_E_PARSE &&
           strcmp(brf_context_errmsg(shared_ctx), shared_msg) == 0,
       "the frozen catalog's context now holds %%s \"%%s\"",
       brf_status_name(brf_context_errcode(shared_ctx)), brf_context_errmsg(shared_ctx));
}

/* The objects a function's calls use, made anew for each function. */
struct fx {
  brf_context *ctx;
  brf_catalog *cat;
  brf_exercise_draft *draft;
  brf_query *query;
  brf_dosage *dose;
  brf_dosage *freq;
  brf_routine *routine;
  brf_profile *profile;
  brf_screen *screen;
  brf_screen_result *screen_result;
  brf_timeline *timeline;
  brf_player *player;
  brf_advice *advice;
  brf_planner *planner;
  brf_schedule *schedule;
  brf_journal *journal;
  brf_adapt_suggestion *suggestion;
};

#define MADE(call) cr_assert_eq((call), BRF_OK, "fixture: %%s: %%s", #call, brf_context_errmsg(f->ctx))

static brf_context *make_context(void) {
  brf_context *c = NULL;
  cr_assert_eq(brf_context_new(&c), BRF_OK);
  return c;
}
static brf_catalog *make_catalog_empty(struct fx *f) {
  brf_catalog *c = NULL;
  MADE(brf_catalog_new_empty(f->ctx, &c));
  return c;
}
static brf_exercise_draft *make_draft(struct fx *f) {
  brf_exercise_draft *d = NULL;
  MADE(brf_exercise_draft_new(f->ctx, &d));
  MADE(brf_exercise_draft_set_id(d, "conventions-test"));
  MADE(brf_exercise_draft_set_name(d, "Conventions test"));
  MADE(brf_exercise_draft_set_summary(d, "A summary."));
  MADE(brf_exercise_draft_set_modality(d, BRF_MODALITY_STRENGTH));
  MADE(brf_exercise_draft_set_level(d, BRF_LEVEL_BEGINNER));
  MADE(brf_exercise_draft_set_laterality(d, BRF_LATERALITY_BOTH_SIDES));
  MADE(brf_exercise_draft_set_position(d, BRF_POSITION_SUPINE));
  MADE(brf_exercise_draft_set_default_dose(d, "3x30s"));
  MADE(brf_exercise_draft_add_region(d, BRF_REGION_LOWER_BACK, BRF_REGIONS_PRIMARY));
  MADE(brf_exercise_draft_add_instruction(d, "Lie down."));
  return d;
}
static brf_query *make_query(struct fx *f) {
  brf_query *q = NULL;
  MADE(brf_query_new(f->ctx, shared_cat, &q));
  return q;
}
static brf_dosage *make_dose(struct fx *f, const char *text) {
  brf_dosage *d = NULL;
  MADE(brf_dosage_parse(f->ctx, text, strlen(text), &d));
  return d;
}
static brf_routine *make_routine(struct fx *f) {
  brf_routine *r = NULL;
  MADE(brf_routine_new(f->ctx, &r));
  MADE(brf_routine_set_name(r, "Morning"));
  MADE(brf_routine_append(r, shared_ex, NULL));
  return r;
}
static brf_profile *make_profile(struct fx *f) {
  brf_profile *p = NULL;
  MADE(brf_profile_new(f->ctx, &p));
  return p;
}
static brf_screen *make_screen(struct fx *f) {
  brf_screen *s = NULL;
  MADE(brf_screen_new(f->ctx, &s));
  return s;
}
static brf_screen_result *make_screen_result(struct fx *f) {
  brf_screen_result *r = NULL;
  MADE(brf_screen_result_new(f->ctx, f->screen, 19800, &r));
  return r;
}
static brf_timeline *make_timeline(struct fx *f) {
  brf_timeline *t = NULL;
  MADE(brf_timeline_new(f->ctx, f->routine, 0, &t));
  return t;
}
static brf_player *make_player(struct fx *f) {
  brf_player *p = NULL;
  MADE(brf_player_new(f->ctx, f->timeline, &p));
  return p;
}
static brf_advice *make_advice(struct fx *f) {
  brf_advice *a = NULL;
  MADE(brf_dosage_check(f->ctx, f->dose, BRF_MODALITY_STATIC_STRETCH, &a));
  return a;
}
static brf_planner *make_planner(struct fx *f) {
  brf_planner *p = NULL;
  MADE(brf_planner_new(f->ctx, &p));
  return p;
}
static brf_schedule *make_schedule(struct fx *f) {
  brf_schedule *s = NULL;
  MADE(brf_schedule_new(f->ctx, 19800, 4, &s));
  MADE(brf_schedule_add_routine(s, f->routine, NULL, NULL));
  MADE(brf_schedule_generate(s));
  return s;
}
static brf_journal *make_journal(struct fx *f) {
  brf_journal *j = NULL;
  MADE(brf_journal_new(f->ctx, &j));
  MADE(brf_journal_add(j, 19800, 30, "Morning", NULL));
  MADE(brf_journal_entry_add_step(j, 0, "bird-dog", BRF_JOURNAL_STEP_DONE));
  return j;
}
static brf_adapt_suggestion *make_suggestion(struct fx *f) {
  brf_adapt_suggestion *s = NULL;
  MADE(brf_adapt_suggest(f->ctx, f->journal, f->routine, shared_cat, f->profile, f->screen, &s));
  return s;
}

static void fx_make(struct fx *f) {
  memset(f, 0, sizeof *f);
  f->ctx = make_context();
  MADE(brf_catalog_new_builtin(f->ctx, &f->cat));
  f->draft = make_draft(f);
  f->query = make_query(f);
  f->dose = make_dose(f, "3x30s, each side");
  f->freq = make_dose(f, "daily");
  f->routine = make_routine(f);
  f->profile = make_profile(f);
  f->screen = make_screen(f);
  f->screen_result = make_screen_result(f);
  f->timeline = make_timeline(f);
  f->player = make_player(f);
  f->advice = make_advice(f);
  f->planner = make_planner(f);
  f->schedule = make_schedule(f);
  f->journal = make_journal(f);
  f->suggestion = make_suggestion(f);
}

static void fx_free(struct fx *f) {
  brf_adapt_suggestion_free(f->suggestion);
  brf_journal_free(f->journal);
  brf_schedule_free(f->schedule);
  brf_planner_free(f->planner);
  brf_advice_free(f->advice);
  brf_player_free(f->player);
  brf_timeline_free(f->timeline);
  brf_screen_result_free(f->screen_result);
  brf_screen_free(f->screen);
  brf_profile_free(f->profile);
  brf_routine_free(f->routine);
  brf_dosage_free(f->freq);
  brf_dosage_free(f->dose);
  brf_query_free(f->query);
  brf_exercise_draft_free(f->draft);
  brf_catalog_free(f->cat);
  brf_context_free(f->ctx);
}

/* out_last, decided by the generator from the declarations. */
static void static_rules(void) {
%(static)s}

TestSuite(conventions, .init = shared_make, .fini = shared_free);

Test(conventions, out_parameters_last) {
  static_rules();
  finish(NULL, 1);
}
'''


def families_of(model):
    opaque = set(model.opaque) - {'brf_allocator'}
    fams, errors = {}, []
    for f in model.functions:
        fam = classify(f, opaque)
        if fam is None or fam not in FAMILIES:
            errors.append('%s (%s): no family: add a rule to classify() or an entry to '
                          'FAMILY_OVERRIDES in tools/%s' % (f.name, f.where, PROG))
        fams[f.name] = fam
    return fams, errors


def generate(root):
    try:
        model = api.load(root)
    except api.ApiError as e:
        raise SystemExit('%s: %s' % (PROG, e))
    opaque = set(model.opaque) - {'brf_allocator'}
    fams, errors = families_of(model)
    if errors:
        raise SystemExit('\n'.join('%s: %s' % (PROG, e) for e in errors))
    with open(os.path.join(root, 'docs', 'conventions.md'), encoding='utf-8') as fp:
        errors += table_errors(model, fams, fp.read())
    names = {f.name for f in model.functions}
    for (fn, rule), _ in EXPECTED_FAILURES.items():
        if fn not in names:
            errors.append('EXPECTED_FAILURES names %s, which is not exported' % fn)
    for fn in NO_RECIPE:
        if fn not in names:
            errors.append('NO_RECIPE names %s, which is not exported' % fn)
    bodies, static, xf_rules = [], [], set()
    for f in model.functions:
        fam = fams[f.name]
        problem = out_last_problem(f, fam, opaque)
        if problem and f.name in HISTORICAL_OUT_ORDER and is_deprecated(f):
            problem = None
        static.append('  note("%s", "out_last", %d, "%s");'
                      % (f.name, 0 if problem else 1, c_str(problem or '')))
        try:
            bodies.append('\n'.join(Gen(f, fam, model).generate()))
        except NoRecipe as e:
            errors.append('%s (%s): %s: add a recipe (RECIPES_BY_NAME, ARG_OVERRIDES) or put '
                          'the function in NO_RECIPE with the reason, in tools/%s'
                          % (f.name, f.where, e, PROG))
    if errors:
        raise SystemExit('\n'.join('%s: %s' % (PROG, e) for e in errors))
    xfails = ''.join('  {"%s", "%s", "%s", 0},\n' % (fn, rule, c_str(reason))
                     for (fn, rule), reason in sorted(EXPECTED_FAILURES.items()))
    text = [HEADER % {'xfails': xfails, 'static': '\n'.join(static) + '\n'}]
    for b in bodies:
        text.append(b + '\n')
    # One Criterion test per header (a test is a child process; a few hundred
    # would make the valgrind configuration slow).
    for h in model.headers:
        fs = model.in_header(h)
        if fs:
            text.append('Test(conventions, %s_h) {\n%s}\n'
                        % (h[:-2], ''.join('  conv_%s();\n' % f.name for f in fs)))
    return '\n'.join(text)


def update_docs(root):
    model = api.load(root)
    fams, errors = families_of(model)
    if errors:
        raise SystemExit('\n'.join('%s: %s' % (PROG, e) for e in errors))
    path = os.path.join(root, 'docs', 'conventions.md')
    with open(path, encoding='utf-8') as fp:
        doc = fp.read()
    if TABLE_BEGIN not in doc or TABLE_END not in doc:
        raise SystemExit('%s: docs/conventions.md: add the markers %r and %r where the table '
                         'goes' % (PROG, TABLE_BEGIN, TABLE_END))
    head, rest = doc.split(TABLE_BEGIN, 1)
    _, tail = rest.split(TABLE_END, 1)
    doc = head + TABLE_BEGIN + '\n' + table_text(model, fams) + '\n' + TABLE_END + tail
    with open(path, 'w', encoding='utf-8') as fp:
        fp.write(doc)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--root', default=os.path.dirname(here))
    ap.add_argument('--out')
    ap.add_argument('--check')
    ap.add_argument('--update-docs', action='store_true')
    ap.add_argument('--list', action='store_true')
    a = ap.parse_args()
    if a.list:
        model = api.load(a.root)
        fams, _ = families_of(model)
        for f in model.functions:
            print('%-48s %s' % (f.name, fams[f.name]))
        return 0
    if a.update_docs:
        update_docs(a.root)
    text = generate(a.root)
    if a.check:
        with open(a.check, encoding='utf-8') as fp:
            if fp.read() != text:
                sys.stderr.write('%s is out of date: run python3 tools/%s\n' % (a.check, PROG))
                return 1
        return 0
    out = a.out or os.path.join(a.root, 'tests', 'unit', 'api', 'test_conventions.c')
    with open(out, 'w', encoding='utf-8') as fp:
        fp.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
