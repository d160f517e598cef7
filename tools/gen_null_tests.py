#!/usr/bin/env python3
"""Generate tests/unit/test_null_args.c: every exported function called with
NULL pointers and boundary integers.

Reads every BRF_EXPORT declaration in include/backrelief/*.h (through
tools/api.py, the parser every generator shares) and writes one function per
exported function (one Criterion test per header calls them).
Each makes three kinds of calls:

  A. every pointer NULL, every integer 0, -1, the type's minimum and maximum:
     a function that takes an object must return BRF_E_INVALID or BRF_E_RANGE
     (status), NULL (pointer), 0 (size_t, uint32_t) or 0/-1 (int32_t, int64_t,
     the documented neutral values), and never crash;
  B. the same with real objects (a context, the built-in catalog, an
     exercise, a draft, a query, ...) in the object parameters and NULL in
     the other pointers: the status must be a known code other than
     BRF_E_INTERNAL, and getters given an out-of-range integer (-1 or the
     maximum) must return the neutral value;
  C. functions that take no object (brf_version, brf_status_str, the
     vocabulary lookups, ...) are listed in NO_OBJECT below with what they
     must return for each integer; the generator fails if one is missing, so
     a new function of that kind needs a decision.

Criterion runs each test in a child process, so a crash fails that test; the
sanitizer builds add the memory checks.

Usage: gen_null_tests.py [--root DIR] [--out FILE] [--check FILE]
  --check compares what would be generated with FILE and fails on a difference
  (the CTest test hardening.null_args_generated).
"""
import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in tools/ from the CTest runs
import api  # noqa: E402  (tools/api.py)

# Functions that take no object: for each, a C expression over the result `r`
# (of the return type) that must hold for every boundary value, or None when
# any result is acceptable (only "never crashes" is checked).
NO_OBJECT = {
    'brf_version': 'r != 0',
    'brf_version_string': 'r != NULL',
    'brf_abi_version': 'r != 0',
    # Unknown codes give a generic text, never NULL.
    'brf_status_str': 'r != NULL',
    'brf_status_name': 'r != NULL',
    # Every day number is a valid date: the weekday is always 1..7.
    # Days 0 and -1 are valid dates (1..7); out of range gives 0.
    'brf_date_weekday': '(a == 0 || a == -1) ? (r >= 1 && r <= 7) : r == 0',
    # Lookups by code or index: an unknown code or index gives NULL / 0 / -1
    # (0 may be a valid code or index, so any result is accepted for it).
    'brf_dosage_field_name': 'a == 0 || r == NULL',
    'brf_player_cue_kind_name': 'a == 0 || r == NULL',
    'brf_player_record_status_name': 'a == 0 || r == NULL',
    'brf_routine_phase_id': 'a == 0 || r == NULL',
    'brf_timeline_segment_kind_name': 'a == 0 || r == NULL',
    'brf_urgency_advice': 'a == 0 || r == NULL',
    'brf_psychosocial_advice': 'a == 0 || r == NULL',
    'brf_psychosocial_id': 'a == 0 || r == NULL',
    'brf_urgency_name': 'a == 0 || r == NULL',
    'brf_vocab_kind_name': 'a == 0 || r == NULL',
    'brf_vocab_id': 'a == 0 || r == NULL',
    'brf_vocab_count': 'a == 0 || r == 0',
    'brf_adapt_outcome_id': 'a == 0 || r == NULL',
    'brf_goal_id': 'a == 0 || r == NULL',
    'brf_plan_phase_id': 'a == 0 || r == NULL',
    'brf_policy_id': 'a == 0 || r == NULL',
    'brf_direction_id': 'a == 0 || r == NULL',
    'brf_thermal_id': 'a == 0 || r == NULL',
    # The one id pattern (docs/conventions.md, "Names").
    'brf_modality_id': 'a == 0 || r == NULL',
    'brf_region_id': 'a == 0 || r == NULL',
    'brf_equipment_id': 'a == 0 || r == NULL',
    'brf_level_id': 'a == 0 || r == NULL',
    'brf_laterality_id': 'a == 0 || r == NULL',
    'brf_position_id': 'a == 0 || r == NULL',
    'brf_condition_id': 'a == 0 || r == NULL',
    'brf_action_id': 'a == 0 || r == NULL',
    'brf_source_kind_id': 'a == 0 || r == NULL',
    'brf_vocab_kind_id': 'a == 0 || r == NULL',
    'brf_dose_field_id': 'a == 0 || r == NULL',
    'brf_advice_severity_id': 'a == 0 || r == NULL',
    'brf_omission_cause_id': 'a == 0 || r == NULL',
    'brf_segment_kind_id': 'a == 0 || r == NULL',
    'brf_side_id': 'a == 0 || r == NULL',
    'brf_cue_kind_id': 'a == 0 || r == NULL',
    'brf_player_state_id': 'a == 0 || r == NULL',
    'brf_record_status_id': 'a == 0 || r == NULL',
    'brf_urgency_id': 'a == 0 || r == NULL',
    'brf_schedule_kind_id': 'a == 0 || r == NULL',
    'brf_spacing_id': 'a == 0 || r == NULL',
    'brf_journal_moment_id': 'a == 0 || r == NULL',
    'brf_journal_step_status_id': 'a == 0 || r == NULL',
    'brf_weekday_id': 'r == NULL',  # 0, -1, INT32_MIN, INT32_MAX: none is a weekday
    'brf_goal_label': 'a == 0 || r == NULL',
    # The Monday on or before the day; INT32_MIN for the first six days.
    'brf_journal_week_start': '(r <= a && a - r < 7) || (r == INT32_MIN && a < (long long)INT32_MIN + 7)',
    'brf_redflag_count': 'r > 0',
    'brf_redflag_id': '(a == 0) == (r != NULL)',
    'brf_redflag_label': '(a == 0) == (r != NULL)',
    'brf_redflag_question': '(a == 0) == (r != NULL)',
    'brf_redflag_source': '(a == 0) == (r != NULL)',
    'brf_redflag_urgency': 'a == 0 || r == -1 || r == 0',
    'brf_stoprule_count': 'r > 0',
    'brf_yellowflag_count': 'r > 0',
    'brf_yellowflag_id': '(a == 0) == (r != NULL)',
    'brf_yellowflag_question': '(a == 0) == (r != NULL)',
    'brf_yellowflag_source': '(a == 0) == (r != NULL)',
    'brf_stoprule_id': '(a == 0) == (r != NULL)',
    'brf_stoprule_source': '(a == 0) == (r != NULL)',
    'brf_stoprule_text': '(a == 0) == (r != NULL)',
    # The languages of the build: index 0 is always "en"; 1..3 only with the translations.
    'brf_locale_count': 'r >= 1',
    'brf_locale_at': 'a == 0 ? r != NULL : ((a > 0 && a < 4) || r == NULL)',
}

# Functions whose documented result for NULL pointers is not the default
# neutral value (BRF_E_INVALID/BRF_E_RANGE, NULL, 0, -1): the C condition
# over `r` (and `a`, the first integer argument) quoted from their header.
DOCUMENTED = {
    # "NULL gives a static message".
    'brf_context_errmsg': 'r != NULL',
    # Formatters: a NULL buffer with cap 0 asks for the size needed.
    'brf_date_format': 'r == BRF_E_BUFFER_TOO_SMALL || r == BRF_E_INVALID || r == BRF_E_RANGE',
    'brf_time_format': 'r == BRF_E_BUFFER_TOO_SMALL || r == BRF_E_INVALID || r == BRF_E_RANGE',
    'brf_weekdays_format': 'r == BRF_E_BUFFER_TOO_SMALL || r == BRF_E_INVALID || r == BRF_E_RANGE',
    # Every out-pointer "may be NULL"; days 0 and -1 are valid dates.
    'brf_date_to_ymd': '(a == 0 || a == -1) ? r == BRF_OK : r == BRF_E_RANGE',
    # "1 when both are NULL"; "1 when d is NULL".
    'brf_dosage_equal': 'r == 1',
    'brf_dosage_is_empty': 'r == 1',
    # Field 0 is a valid code and both out-pointers may be NULL.
    'brf_dosage_field_bounds': 'a == 0 ? r == BRF_OK : r == BRF_E_INVALID',
    # "SIZE_MAX for NULL or an index out of range".
    'brf_schedule_session_item': 'r == SIZE_MAX',
    'brf_schedule_session_occurrence': 'r == SIZE_MAX',
    'brf_schedule_session_step': 'r == SIZE_MAX',
    # "INT32_MIN for NULL or an index out of range".
    'brf_schedule_session_date': 'r == INT32_MIN',
    # "INT32_MIN when r is NULL" (a date, like the schedule's).
    'brf_screen_result_day': 'r == INT32_MIN',
    # "\"\" when s is NULL".
    'brf_screen_message': 'r != NULL && r[0] == 0',
}

# Opaque types the test can make a real instance of (section B): the C code
# that makes it from `ctx` (and the other fixture fields made before it).
FACTORIES = [
    ('brf_context', None),
    ('brf_catalog', 'brf_catalog_new_builtin(f->ctx, &f->brf_catalog)'),
    ('brf_exercise', '((f->brf_exercise = brf_catalog_at(f->brf_catalog, 0)) != NULL ? BRF_OK : BRF_E_NOT_FOUND)'),
    ('brf_exercise_draft', 'brf_exercise_draft_new(f->ctx, &f->brf_exercise_draft)'),
    ('brf_query', 'brf_query_new(f->ctx, f->brf_catalog, &f->brf_query)'),
    ('brf_dosage', 'brf_dosage_parse(f->ctx, "3x30s, each side, daily", 23, &f->brf_dosage)'),
    ('brf_routine', 'brf_routine_new(f->ctx, &f->brf_routine)'),
    ('brf_profile', 'brf_profile_new(f->ctx, &f->brf_profile)'),
    ('brf_screen', 'brf_screen_new(f->ctx, &f->brf_screen)'),
    ('brf_timeline', 'brf_timeline_new_from_dose(f->ctx, "x", "X", 1, f->brf_dosage, 0, '
                     '&f->brf_timeline)'),
    ('brf_player', 'brf_player_new(f->ctx, f->brf_timeline, &f->brf_player)'),
    ('brf_advice', 'brf_dosage_check(f->ctx, f->brf_dosage, 1, &f->brf_advice)'),
    ('brf_planner', 'brf_planner_new(f->ctx, &f->brf_planner)'),
    ('brf_schedule', 'brf_schedule_new(f->ctx, 20000, 4, &f->brf_schedule)'),
    ('brf_journal', 'brf_journal_new(f->ctx, &f->brf_journal)'),
    ('brf_adapt_suggestion', 'brf_adapt_suggest(f->ctx, f->brf_journal, f->brf_routine, '
                             'f->brf_catalog, f->brf_profile, f->brf_screen, '
                             '&f->brf_adapt_suggestion)'),
]

INT_TYPES = {
    'int32_t': ['0', '-1', 'INT32_MIN', 'INT32_MAX'],
    'int64_t': ['0', '-1', 'INT64_MIN', 'INT64_MAX'],
    'uint32_t': ['0', 'UINT32_MAX'],
    'size_t': ['0', 'SIZE_MAX'],
    'brf_status': ['0', '-1', 'INT32_MIN', 'INT32_MAX'],
}

def parse_headers(root):
    """(name, return type, [(parameter type, name)], header) of every exported
    function, sorted by name."""
    try:
        model = api.load(root)
    except api.ApiError as e:
        raise SystemExit('gen_null_tests.py: %s' % e)
    decls = []
    for f in model.functions:
        for p in f.params:
            if p.name is None:
                raise SystemExit('gen_null_tests.py: %s: a parameter without a name (%s)'
                                 % (f.name, p.ctype))
        decls.append((f.name, f.ret.ctype, [(p.ctype, p.name) for p in f.params], f.header))
    decls.sort(key=lambda d: d[0])
    return decls


def base_type(ctype):
    """The opaque object type a pointer parameter points to, if any."""
    t = ctype.replace('const', '').replace('*', '').strip()
    return t


def is_pointer(ctype):
    return '*' in ctype


def object_params(params):
    return [i for i, (t, _) in enumerate(params)
            if is_pointer(t) and t.count('*') == 1 and base_type(t) in dict(FACTORIES)]


def neutral_check(ret):
    """The C condition for the neutral result of a function with an object."""
    if ret == 'void':
        return None
    if ret == 'brf_status':
        return 'r == BRF_E_INVALID || r == BRF_E_RANGE'
    if is_pointer(ret):
        return 'r == NULL'
    if ret in ('size_t', 'uint32_t'):
        return 'r == 0'
    if ret in ('int32_t', 'int64_t'):
        return 'r == 0 || r == -1'
    raise ValueError('unknown return type ' + ret)


def arg_combos(params, objects):
    """Argument lists: pointers NULL (or the fixture object), each integer
    boundary value applied to every integer parameter at once."""
    ints = [t for t, _ in params if not is_pointer(t)]
    for t in ints:
        if t not in INT_TYPES:
            raise ValueError('unknown parameter type ' + t)
    n = max([len(INT_TYPES[t]) for t in ints] or [1])
    combos = []
    for k in range(n):
        args = []
        for i, (t, _) in enumerate(params):
            if is_pointer(t):
                if i in objects:
                    args.append('f.' + base_type(t))
                else:
                    args.append('NULL')
            else:
                vals = INT_TYPES[t]
                v = vals[min(k, len(vals) - 1)]
                args.append('(%s)%s' % (t, v) if v.startswith('-') else v)
        combos.append((k, args))
    return combos


def c_call(name, args):
    return '%s(%s)' % (name, ', '.join(args))


def gen_test(decl):
    name, ret, params, header = decl
    objs = object_params(params)
    lines = ['static void null_%s(void) {' % name]
    if not objs and not any(is_pointer(t) for t, _ in params):
        # No pointer at all: section C.
        if name not in NO_OBJECT:
            raise SystemExit('gen_null_tests.py: %s (%s) takes no object: add it to NO_OBJECT '
                             'with its expected result' % (name, header))
        cond = NO_OBJECT[name]
        for _, args in arg_combos(params, []):
            call = c_call(name, args)
            if ret == 'void' or cond is None:
                lines.append('  (void)%s;' % call)
            else:
                # `a` is the (first) integer argument, for conditions on it.
                lines.append('  { long long a = (long long)(%s); %s r = %s; (void)a;'
                             % (args[0] if args else '0', ret, call))
                lines.append('    cr_expect(%s, "%s -> %%lld", (long long)(%s)); }'
                             % (cond, call.replace('"', '\\"'),
                                '(intptr_t)r' if is_pointer(ret) else 'r'))
        lines.append('}')
        return lines
    cond = DOCUMENTED[name] if name in DOCUMENTED else neutral_check(ret)
    ints = [i for i, (t, _) in enumerate(params) if not is_pointer(t)]
    # Section A: every pointer NULL.
    for _, args in arg_combos(params, []):
        call = c_call(name, args)
        if cond is None:
            lines.append('  %s;' % call if ret == 'void' else '  (void)%s;' % call)
        elif name in DOCUMENTED:
            lines.append('  { long long a = (long long)(%s); %s r = %s; (void)a;'
                         % (args[ints[0]] if ints else '0', ret, call))
            lines.append('    cr_expect(%s, "%s -> %%lld", (long long)%s); }'
                         % (cond, call.replace('"', '\\"'),
                            '(intptr_t)r' if is_pointer(ret) else 'r'))
        else:
            lines.append('  { %s r = %s; cr_expect(%s, "%s -> %%lld", (long long)%s); }'
                         % (ret, call, cond, call.replace('"', '\\"'),
                            '(intptr_t)r' if is_pointer(ret) else 'r'))
    # Section B: real objects, other pointers NULL. Destructors are left out
    # (the fixture frees the objects).
    if objs and not name.endswith('_free') and name != 'brf_free':
        lines.append('  struct fixture f;')
        lines.append('  fixture_make(&f);')
        for k, args in arg_combos(params, objs):
            call = c_call(name, args)
            lines.append('  if (%s) {' % ' && '.join('f.' + base_type(params[i][0]) for i in objs))
            if ret == 'void':
                lines.append('    %s;' % call)
            elif ret == 'brf_status':
                lines.append('    brf_status r = %s;' % call)
                lines.append('    cr_expect(known_status(r), "%s -> %%d", (int)r);'
                             % call.replace('"', '\\"'))
            else:
                lines.append('    %s r = %s;' % (ret, call))
                if k > 0 and any(not is_pointer(t) for t, _ in params):
                    # Out-of-range integers: the neutral value.
                    lines.append('    cr_expect(%s, "%s -> %%lld", (long long)%s);'
                                 % (cond, call.replace('"', '\\"'),
                                    '(intptr_t)r' if is_pointer(ret) else 'r'))
                else:
                    lines.append('    (void)r;')
            lines.append('  }')
        lines.append('  fixture_free(&f);')
    lines.append('}')
    return lines


HEADER = '''\
/* GENERATED by tools/gen_null_tests.py from the public headers: do not
 * edit; run `python3 tools/gen_null_tests.py` after changing the public API.
 * The CTest test hardening.null_args_generated checks this file is current.
 *
 * Every exported function is called with NULL pointers and with 0, -1 and
 * the minimum and maximum of each integer type; see the generator for the
 * expected results. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "backrelief.h"

/* Real objects for the calls that pass one; a field stays NULL when it
 * cannot be made in this build. */
struct fixture {
  brf_context *ctx;
  brf_context *brf_context;
%(fields)s};

static void fixture_make(struct fixture *f) {
  memset(f, 0, sizeof *f);
  cr_assert_eq(brf_context_new(&f->ctx), BRF_OK);
  f->brf_context = f->ctx;
%(makes)s}

static void fixture_free(struct fixture *f) {
%(frees)s  brf_context_free(f->ctx);
}

static int known_status(brf_status r) {
  return r <= BRF_OK && r >= BRF_E_UNSUPPORTED && r != BRF_E_INTERNAL;
}

/* The names of the functions this file calls, checked against
 * tests/abi/exports.txt by null_args.covers_every_export. */
static const char *const covered[] = {
%(covered)s};

Test(null_args, covers_every_export) {
  const char *path = BRF_EXPORTS_TXT;
  FILE *fp = fopen(path, "r");
  cr_assert_not_null(fp, "cannot open %%s", path);
  char line[256];
  size_t n = 0;
  while (fgets(line, sizeof line, fp)) {
    line[strcspn(line, "\\r\\n")] = '\\0';
    if (line[0] == '\\0' || line[0] == '#') continue;
    int found = 0;
    for (size_t i = 0; i < sizeof covered / sizeof covered[0]; i++)
      if (strcmp(covered[i], line) == 0) found = 1;
    cr_expect(found, "exported symbol %%s has no NULL-argument test: "
              "run tools/gen_null_tests.py", line);
    n++;
  }
  fclose(fp);
  cr_expect_eq(n, sizeof covered / sizeof covered[0],
               "exports.txt lists %%zu symbols, this file covers %%zu", n,
               sizeof covered / sizeof covered[0]);
}
'''


def generate(root):
    decls = parse_headers(root)
    names = [d[0] for d in decls]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit('gen_null_tests.py: declared twice: ' + ', '.join(sorted(dup)))
    fields, makes, frees = [], [], []
    known = {d[0] for d in decls}
    for t, make in FACTORIES[1:]:
        fields.append('  %s%s *%s;\n' % ('const ' if t == 'brf_exercise' else '', t, t))
        # Only make what this build's API has (a module may not have landed).
        ctor = re.match(r'\(*\(?f->\w+ = (brf_\w+)|(brf_\w+)', make)
        fn = ctor.group(1) or ctor.group(2)
        if fn not in known:
            continue
        makes.append('  if (%s != BRF_OK) {\n    f->%s = NULL;\n    cr_expect(0, "fixture: cannot make a %s");\n  }\n'
                     % (make, t, t))
        if t != 'brf_exercise':
            frees.append('  %s_free(f->%s);\n' % (t, t))
    frees.reverse()
    out = [HEADER % {
        'fields': ''.join(fields), 'makes': ''.join(makes), 'frees': ''.join(frees),
        'covered': ''.join('  "%s",\n' % n for n in names)}]
    for d in decls:
        out.append('\n'.join(gen_test(d)) + '\n')
    # One Criterion test per header: a test is a child process, and a few
    # hundred of them would make the valgrind configuration slow. A crash
    # still fails the header's test, and Criterion names the line.
    headers = sorted({d[3] for d in decls})
    for h in headers:
        stem = h[:-2]
        body = ''.join('  null_%s();\n' % d[0] for d in decls if d[3] == h)
        out.append('Test(null_args, %s_h) {\n%s}\n' % (stem, body))
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--root', default=os.path.dirname(here))
    ap.add_argument('--out')
    ap.add_argument('--check')
    a = ap.parse_args()
    text = generate(a.root)
    if a.check:
        with open(a.check, encoding='utf-8') as f:
            if f.read() != text:
                sys.stderr.write('%s is out of date: run python3 tools/gen_null_tests.py\n' % a.check)
                return 1
        return 0
    out = a.out or os.path.join(a.root, 'tests', 'unit', 'test_null_args.c')
    with open(out, 'w', encoding='utf-8') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
