#!/usr/bin/env python3
"""Generate the <module>_unsupported.c of each optional module from its public header.

A module left out of a build (BRF_WITH_<NAME>=OFF, docs/performance.md,
"Leaving modules out") compiles a stub file instead of its sources. The stub
file defines every exported function of the module, so the exported symbol
list never depends on the options, and each function answers as the real one
answers on failure:

  - brf_status: BRF_E_UNSUPPORTED, never BRF_OK, whatever the arguments; with
    a message naming the function, the module and the option when the
    function takes a context (brf__error); an object out-parameter (`T **`)
    is set to NULL and a caller's text buffer (`char *buf, size_t cap`) holds
    "" as after the real function's failures; other outputs are untouched;
  - a pointer, size_t or integer: the value the header's @return documents
    for a NULL object, an index out of range or an unknown value (NULL, "",
    0, -1, SIZE_MAX, INT32_MIN, BRF_JOURNAL_UNSET...), read from the @return
    text: the first clause that mentions NULL, "out of range", "unknown" or
    "otherwise" gives it (or the clause before it that starts with a value);
    a pointer with no such clause gives NULL and a size_t 0 (counts), an
    integer stops the generator until OVERRIDES says what it answers;
  - void (_free, _clear): nothing.

A module's stub covers its whole header, or (for the parts of the catalog a
watch can leave out, which share include/backrelief/json.h) only the
functions its real sources define.

Usage:
  tools/gen_stubs.py            rewrite every stub file listed in STUBS
  tools/gen_stubs.py --check    compare them with what would be written and
                                exit 1 on a difference (the CTest test
                                stubs.generated); also checks that each
                                module's sources.cmake declares its option and
                                compiles its stub file
  tools/gen_stubs.py --self-test  the @return reading on known forms, and
                                --check failing on a header changed without
                                regenerating (the CTest test stubs.self_test)
Python 3 standard library only.
"""
import argparse
import difflib
import os
import re
import shutil
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Stub:
    """One optional module (or part of one) and its stub file."""

    def __init__(self, name, what, header, out, sources=None):
        self.name = name            # brf_optional_module() name
        self.option = 'BRF_WITH_' + name.upper()
        self.what = what            # in the message: "<what> left out of this build"
        self.header = header        # include/backrelief/<header>
        self.out = out              # the stub file, relative to the root
        self.sources = sources      # None: the whole header; else the real sources


STUBS = [
    Stub('adapt', 'the adaptation module', 'adapt.h', 'lib/adapt/adapt_unsupported.c'),
    Stub('calendar', 'the calendar module', 'calendar.h', 'lib/calendar/calendar_unsupported.c'),
    Stub('catalog_json', "the catalog's JSON codec", 'json.h',
         'lib/catalog/catalog_json_unsupported.c',
         ['lib/catalog/catalog_codec_read.c', 'lib/catalog/catalog_codec_write.c']),
    Stub('import', 'the free-exercise-db import', 'json.h',
         'lib/catalog/catalog_import_unsupported.c', ['lib/catalog/catalog_import_fedb.c']),
    Stub('journal', 'the journal module', 'journal.h', 'lib/journal/journal_unsupported.c'),
    Stub('planner', 'the planner module', 'planner.h', 'lib/planner/planner_unsupported.c'),
    Stub('schedule', 'the schedule module', 'schedule.h', 'lib/schedule/schedule_unsupported.c'),
    Stub('screen', 'red-flag screening', 'screen.h', 'lib/screen/screen_unsupported.c'),
]

# Integer results whose @return text names no value for a NULL object, an
# index out of range or an unknown value: what the stub answers instead, which
# must still appear in that text.
OVERRIDES = {
    # A pure function of a day: INT32_MIN is its only "no answer" value.
    'brf_journal_week_start': 'INT32_MIN',
}

DECL_RE = re.compile(r'BRF_EXPORT\s+([^;{]*?)\b(brf_\w+)\s*\(([^)]*)\)\s*;', re.S)
VALUE_RE = re.compile(r'^\(?\s*(INT32_MIN|INT64_MIN|SIZE_MAX|-1|\d+|BRF_[A-Z0-9_]+|NULL|"")'
                      r'(?![\w*])')
TRIGGER_RE = re.compile(r'\bNULL\b|out of range|\bunknown\b|\botherwise\b')


def fail(msg):
    raise SystemExit('gen_stubs.py: ' + msg)


def doc_before(text, pos):
    """The /** ... */ comment that ends right before pos, or ''."""
    head = text[:pos].rstrip()
    if not head.endswith('*/'):
        return ''
    start = head.rfind('/**')
    return head[start:] if start >= 0 else ''


def return_text(doc):
    """The @return paragraph of a doc comment, as one line of plain words."""
    lines = [re.sub(r'^\s*\*+ ?', '', l) for l in doc[3:-2].split('\n')]
    body = '\n'.join(lines)
    m = re.search(r'@return\b(.*?)(?=\n\s*@\w|\Z)', body, re.S)
    if not m:
        return ''
    t = ' '.join(m.group(1).split())
    return t.replace('::', '').replace('@p ', '')


def parse_param(p):
    p = ' '.join(p.split())
    m = re.match(r'^(.*?)(\w+)$', p)
    if not m or not m.group(1).strip():
        fail('cannot parse parameter: ' + p)
    return m.group(1).strip(), m.group(2)


def parse_header(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    decls = []
    for m in DECL_RE.finditer(text):
        params = ' '.join(m.group(3).split())
        plist = [] if params in ('', 'void') else [parse_param(p) for p in params.split(',')]
        decls.append({'ret': ' '.join(m.group(1).split()), 'name': m.group(2),
                      'params': plist, 'doc': doc_before(text, m.start())})
    return decls


def defined_in(root, sources):
    """Names of the brf_ functions defined (not only called) in sources."""
    names = set()
    for src in sources:
        with open(os.path.join(root, src), encoding='utf-8') as f:
            text = f.read()
        found = set(re.findall(r'^[A-Za-z_][\w \*]*?\b(brf_[a-z]\w*)\s*\([^;]*?\)\s*\{',
                               text, re.M | re.S))
        if not found:
            fail('%s defines no exported function' % src)
        names |= found
    return names


def failure_value(d):
    """The C expression a stub returns for a non-status, non-void function."""
    ret, name = d['ret'], d['name']
    text = return_text(d['doc'])
    pointer = '*' in ret
    if name in OVERRIDES:
        v = OVERRIDES[name]
        if v not in text:
            fail('%s: the override %s is not in its @return text' % (name, v))
        return v
    clauses = [c.strip() for c in re.split(r';|,\s*or\s+|\s+or\s+|,\s+', text)]
    for i, c in enumerate(clauses):
        if not TRIGGER_RE.search(c):
            continue
        for k in range(i, -1, -1):
            m = VALUE_RE.match(clauses[k])
            if m and (pointer == (m.group(1) in ('NULL', '""'))):
                return m.group(1)
        break
    if pointer:
        return 'NULL'
    if ret == 'size_t':
        return '0'
    fail('%s: cannot read its result for a NULL object from "@return %s": add it to '
         'OVERRIDES' % (name, text))


def signature(d):
    ret = d['ret']
    head = ret + ('' if ret.endswith('*') else ' ') + d['name'] + '('
    params = [t + ('' if t.endswith('*') else ' ') + n for t, n in d['params']] or ['void']
    one = head + ', '.join(params) + ') {'
    if len(one) <= 100:
        return [one]
    lines, cur = [], head
    for i, p in enumerate(params):
        piece = p + (', ' if i + 1 < len(params) else ') {')
        if len(cur) + len(piece.rstrip()) > 100 and cur.strip() and not cur.endswith('('):
            lines.append(cur.rstrip())
            cur = ' ' * len(head) + piece
        else:
            cur += piece
    lines.append(cur)
    return lines


def body(d):
    params, ret = d['params'], d['ret']
    lines, used = [], set()
    names = [n for _, n in params]
    for i, (t, n) in enumerate(params):
        if t.count('*') == 2 and not re.search(r'\*\s*const\b', t):
            lines.append('  if (%s != NULL) *%s = NULL;' % (n, n))
            used.add(n)
        elif t == 'char *' and i + 1 < len(params) and params[i + 1][0] == 'size_t':
            cap = params[i + 1][1]
            lines.append('  if (%s != NULL && %s > 0) %s[0] = \'\\0\';' % (n, cap, n))
            used |= {n, cap}
    ctx = next((n for t, n in params if t == 'brf_context *'), None)
    if ret == 'brf_status' and ctx:
        used.add(ctx)
    lines = ['  (void)%s;' % n for n in names if n not in used] + lines
    if ret == 'void':
        pass
    elif ret == 'brf_status':
        if ctx:
            lines.append('  return brf__error(%s, BRF_E_UNSUPPORTED, LEFT_OUT, __func__);' % ctx)
        else:
            lines.append('  return BRF_E_UNSUPPORTED;')
    else:
        lines.append('  return %s;' % failure_value(d))
    return lines


PREAMBLE = '''\
/* GENERATED by tools/gen_stubs.py from include/backrelief/%(header)s: do not
 * edit; run `python3 tools/gen_stubs.py` after changing the header. The CTest
 * test stubs.generated checks that this file is current.
 *
%(scope)s
 * docs/performance.md, "Leaving modules out", describes the mechanism. */
#include <stddef.h>
#include <stdint.h>

#include "backrelief/%(header)s"
#include "util/core.h"
'''

SCOPE = ('Compiled instead of %(real)s when %(what)s is left out of the build '
         '(%(option)s=OFF). Every function of %(header)s%(which)s still exists, so the exported symbol list never depends on build options: '
         'functions returning a status answer BRF_E_UNSUPPORTED (never BRF_OK) and '
         'leave their outputs as the real functions do on failure; the others '
         'answer what the header documents for a NULL object or an index out of '
         'range; _free and _clear do nothing.')

LEFT_OUT = ('\n#define LEFT_OUT \\\n  "%%s: %(what)s was left out of this build (%(option)s=OFF)"\n')


def generate(root, stub):
    decls = parse_header(os.path.join(root, 'include', 'backrelief', stub.header))
    if stub.sources is not None:
        wanted = defined_in(root, stub.sources)
        missing = wanted - {d['name'] for d in decls}
        if missing:
            fail('%s define functions %s does not declare: %s'
                 % (', '.join(stub.sources), stub.header, ', '.join(sorted(missing))))
        decls = [d for d in decls if d['name'] in wanted]
        real = ' and '.join(os.path.basename(s) for s in stub.sources)
        which = ' that %s define%s' % (real, '' if len(stub.sources) > 1 else 's')
    else:
        real = 'the sources of lib/%s' % os.path.basename(os.path.dirname(stub.out))
        which = ''
    scope = textwrap.fill(SCOPE % {'real': real, 'what': stub.what, 'option': stub.option,
                                   'header': stub.header, 'which': which},
                          width=80, initial_indent=' * ', subsequent_indent=' * ')
    if not decls:
        fail('%s: no function to stub' % stub.out)
    uses_msg = any(d['ret'] == 'brf_status' and any(t == 'brf_context *' for t, _ in d['params'])
                   for d in decls)
    out = PREAMBLE % {'header': stub.header, 'scope': scope}
    if uses_msg:
        out += LEFT_OUT % {'what': stub.what, 'option': stub.option}
    for d in decls:
        out += '\n' + '\n'.join(signature(d) + body(d)) + '\n}\n'
    return out


def check_wired(root, stub):
    """The module's sources.cmake declares the option and compiles the stub."""
    cmake = os.path.join(root, os.path.dirname(stub.out), 'sources.cmake')
    with open(cmake, encoding='utf-8') as f:
        text = f.read()
    errors = []
    if not re.search(r'brf_optional_module\(\s*%s\b' % re.escape(stub.name), text):
        errors.append('%s does not call brf_optional_module(%s ...)' % (cmake, stub.name))
    # lib/CMakeLists.txt compiles <name>_unsupported.c for a module left out,
    # or <folder>_<name>_unsupported.c when the name does not start with the
    # folder's.
    folder = os.path.basename(os.path.dirname(stub.out))
    prefix = stub.name if stub.name.startswith(folder) else folder + '_' + stub.name
    if os.path.basename(stub.out) != prefix + '_unsupported.c':
        errors.append('%s: brf_optional_module(%s) compiles %s_unsupported.c, not %s'
                      % (cmake, stub.name, prefix, os.path.basename(stub.out)))
    return errors


def check(root):
    """Differences between the committed stub files and what would be written."""
    errors = []
    for stub in STUBS:
        text = generate(root, stub)
        path = os.path.join(root, stub.out)
        errors += check_wired(root, stub)
        old = ''
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                old = f.read()
        if old != text:
            errors.append('%s is out of date with include/backrelief/%s: run python3 '
                          'tools/gen_stubs.py' % (stub.out, stub.header))
            errors.append(''.join(difflib.unified_diff(
                old.splitlines(True), text.splitlines(True), stub.out, 'generated')))
    return errors


def self_test():
    """The @return reading on documented forms, and --check failing on a stale file."""
    cases = [
        ('int32_t', 'Days since 1970-01-01; ::BRF_JOURNAL_UNSET when @p j is NULL.',
         'BRF_JOURNAL_UNSET'),
        ('int32_t', '1 when so, 0 otherwise (also when @p j is NULL).', '0'),
        ('int32_t', '::BRF_X_A or ::BRF_X_B; -1 for a NULL @p s.', '-1'),
        ('int32_t', 'A `BRF_U_*` value, or ::BRF_U_NONE when none is set or @p s is NULL.',
         'BRF_U_NONE'),
        ('int32_t', 'Minutes, or ::BRF_JOURNAL_UNSET (not recorded, NULL, out of range).',
         'BRF_JOURNAL_UNSET'),
        ('int32_t', '1 (Monday) to 7 (Sunday); 0 when @p day is out of range.', '0'),
        ('size_t', 'The index; SIZE_MAX for NULL or an index out of range.', 'SIZE_MAX'),
        ('size_t', 'The count; indexes run from 0 to count - 1.', '0'),
        ('const char *', 'A string owned by @p s; "" when @p s is NULL.', '""'),
        ('const char *', 'A string ("" when none), or NULL (NULL, out of range).', 'NULL'),
    ]
    bad = 0
    for ret, text, want in cases:
        got = failure_value({'ret': ret, 'name': 'brf_t', 'doc': '/**\n * @return %s\n */' % text})
        if got != want:
            sys.stderr.write('self-test: "%s" gave %s, not %s\n' % (text, got, want))
            bad = 1
    try:
        failure_value({'ret': 'int32_t', 'name': 'brf_t', 'doc': '/** @return A day. */'})
        sys.stderr.write('self-test: an integer without a documented failure value passed\n')
        bad = 1
    except SystemExit:
        pass
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, 'include'), os.path.join(tmp, 'include'))
        shutil.copytree(os.path.join(ROOT, 'lib'), os.path.join(tmp, 'lib'))
        for stub in STUBS:
            with open(os.path.join(tmp, stub.out), 'w', encoding='utf-8') as f:
                f.write(generate(tmp, stub))
        if check(tmp):
            sys.stderr.write('self-test: freshly generated files are reported out of date\n')
            bad = 1
        header = os.path.join(tmp, 'include', 'backrelief', 'planner.h')
        with open(header, encoding='utf-8') as f:
            text = f.read()
        with open(header, 'w', encoding='utf-8') as f:
            f.write(text.replace('#ifdef __cplusplus\n}', '/** @return 0. */\n'
                                 'BRF_EXPORT size_t brf_planner_new_thing(void);\n'
                                 '#ifdef __cplusplus\n}'))
        errors = check(tmp)
        if not any('lib/planner/planner_unsupported.c is out of date' in e for e in errors):
            sys.stderr.write('self-test: a function added to planner.h went unnoticed\n')
            bad = 1
    if not bad:
        print('gen_stubs.py self-test: ok (%d result readings, stale file caught)' % len(cases))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', default=ROOT)
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--self-test', action='store_true')
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    if a.check:
        errors = check(a.root)
        for e in errors:
            sys.stderr.write(e + '\n')
        return 1 if errors else 0
    for stub in STUBS:
        with open(os.path.join(a.root, stub.out), 'w', encoding='utf-8') as f:
            f.write(generate(a.root, stub))
    return 0


if __name__ == '__main__':
    sys.exit(main())
