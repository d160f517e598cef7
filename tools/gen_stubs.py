#!/usr/bin/env python3
"""Generate the stub file (<module>_unsupported.c) of each optional module from its public header.

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
  - a pointer, size_t or integer: what the real function returns when it has
    no answer (a NULL object, an index out of range, an unknown value), as
    its header states it in the @retval_on_fail{<value>} annotation
    (docs/conventions.md; NULL, "", 0, -1, SIZE_MAX, INT32_MIN,
    BRF_JOURNAL_UNSET...). A function without the annotation stops the
    generator with its name: the value is never guessed;
  - void (_free, _clear): nothing.

The headers are read by tools/api.py, the parser every generator shares.
STUBS below is the one place that names the modules and their stub files.

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
  tools/gen_stubs.py --self-test  fresh files pass --check, --check fails on
                                a header changed without regenerating, the
                                stub follows the annotation, and a function
                                without one stops the generator with its name
                                (the CTest test stubs.self_test)
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

sys.dont_write_bytecode = True  # no __pycache__ in tools/ from the CTest runs
import api  # noqa: E402  (tools/api.py)

ROOT = api.ROOT


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
    Stub('catalog_image', "the catalog image", 'catalog.h',
         'lib/catalog/catalog_image_unsupported.c',
         ['lib/catalog/catalog_image_read.c', 'lib/catalog/catalog_image_write.c']),
    Stub('dosage_check', 'the dose check', 'dosage.h',
         'lib/dosage/dosage_check_unsupported.c', ['lib/dosage/dosage_check.c']),
    Stub('dosage_describe', 'the dose descriptions', 'dosage.h',
         'lib/dosage/dosage_describe_unsupported.c', ['lib/dosage/dosage_describe.c']),
    Stub('import', 'the free-exercise-db import', 'json.h',
         'lib/catalog/catalog_import_unsupported.c', ['lib/catalog/catalog_import_fedb.c']),
    Stub('journal', 'the journal module', 'journal.h', 'lib/journal/journal_unsupported.c'),
    Stub('planner', 'the planner module', 'planner.h', 'lib/planner/planner_unsupported.c'),
    Stub('routine_check', 'the routine check', 'routine.h',
         'lib/routine/routine_check_unsupported.c', ['lib/routine/routine_check.c']),
    Stub('schedule', 'the schedule module', 'schedule.h', 'lib/schedule/schedule_unsupported.c'),
    Stub('screen', 'red-flag screening', 'screen.h', 'lib/screen/screen_unsupported.c'),
]


def fail(msg):
    raise SystemExit('gen_stubs.py: ' + msg)


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


def failure_value(f):
    """The C expression a stub returns for a non-status, non-void function:
    the value of its @retval_on_fail annotation, never a guess."""
    if f.never_fails:
        fail('%s (%s) is marked @never_fails, so a stub has nothing to answer: give it '
             '@retval_on_fail{<value>} instead' % (f.name, f.where))
    if f.failure is None:
        fail('%s (%s) returns %s but has no @retval_on_fail{<value>} in its comment: add '
             'what it returns for a NULL object, an index out of range or an unknown value '
             '(docs/conventions.md)' % (f.name, f.where, f.ret.ctype))
    return f.failure


def signature(f):
    ret = f.ret.ctype
    head = ret + ('' if ret.endswith('*') else ' ') + f.name + '('
    params = [p.ctype + ('' if p.ctype.endswith('*') else ' ') + p.name
              for p in f.params] or ['void']
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


def body(f):
    params, ret = f.params, f.ret.ctype
    lines, used = [], set()
    names = [p.name for p in params]
    for i, p in enumerate(params):
        n = p.name
        if p.stars == 2 and not p.const_stars:
            # An object (or owned string) out-parameter: NULL, as on failure.
            lines.append('  if (%s != NULL) *%s = NULL;' % (n, n))
            used.add(n)
        elif p.ctype == 'char *' and i + 1 < len(params) and params[i + 1].ctype == 'size_t':
            cap = params[i + 1].name
            lines.append('  if (%s != NULL && %s > 0) %s[0] = \'\\0\';' % (n, cap, n))
            used |= {n, cap}
    ctx = next((p.name for p in params if p.ctype == 'brf_context *'), None)
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
        lines.append('  return %s;' % failure_value(f))
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


def load(root):
    try:
        return api.load(root)
    except api.ApiError as e:
        fail(str(e))


def generate(root, stub, model=None):
    model = model or load(root)
    decls = model.in_header(stub.header)
    if stub.sources is not None:
        wanted = defined_in(root, stub.sources)
        missing = wanted - {f.name for f in decls}
        if missing:
            fail('%s define functions %s does not declare: %s'
                 % (', '.join(stub.sources), stub.header, ', '.join(sorted(missing))))
        decls = [f for f in decls if f.name in wanted]
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
    uses_msg = any(f.ret.ctype == 'brf_status'
                   and any(p.ctype == 'brf_context *' for p in f.params) for f in decls)
    out = PREAMBLE % {'header': stub.header, 'scope': scope}
    if uses_msg:
        out += LEFT_OUT % {'what': stub.what, 'option': stub.option}
    for f in decls:
        out += '\n' + '\n'.join(signature(f) + body(f)) + '\n}\n'
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
    model = load(root)
    for stub in STUBS:
        text = generate(root, stub, model)
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
    """Fresh files pass --check; a header change without regenerating fails it;
    the stub returns the annotation's value; no annotation stops the generator."""
    bad = []
    planner = next(s for s in STUBS if s.name == 'planner')
    new_fn = ('/**\n * @brief New.\n * @return A count.%s\n */\n'
              'BRF_EXPORT size_t brf_planner_new_thing(void);\n#ifdef __cplusplus\n}')
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, 'include'), os.path.join(tmp, 'include'))
        shutil.copytree(os.path.join(ROOT, 'lib'), os.path.join(tmp, 'lib'))
        for stub in STUBS:
            with open(os.path.join(tmp, stub.out), 'w', encoding='utf-8') as f:
                f.write(generate(tmp, stub))
        if check(tmp):
            bad.append('freshly generated files are reported out of date')
        header = os.path.join(tmp, 'include', 'backrelief', planner.header)
        with open(header, encoding='utf-8') as f:
            original = f.read()

        def edit(old, new):
            if old not in original:
                bad.append('the test edit does not apply to %s: %r' % (planner.header, old))
            with open(header, 'w', encoding='utf-8') as f:
                f.write(original.replace(old, new))

        # A function added with its annotation: the stub is stale, and the new
        # stub returns the annotated value.
        edit('#ifdef __cplusplus\n}', new_fn % '\n * @retval_on_fail{SIZE_MAX}')
        errors = check(tmp)
        if not any('%s is out of date' % planner.out in e for e in errors):
            bad.append('a function added to %s went unnoticed' % planner.header)
        if 'size_t brf_planner_new_thing(void) {\n  return SIZE_MAX;\n}' \
                not in generate(tmp, planner):
            bad.append('the new stub does not return its @retval_on_fail value')
        # An annotation changed: the stub follows it, whatever the @return says.
        edit('@retval_on_fail{-1}', '@retval_on_fail{-7}')
        if 'return -7;' not in generate(tmp, planner):
            bad.append('a changed @retval_on_fail value did not reach the stub')
        # A function without one: a clear stop that names it.
        edit('#ifdef __cplusplus\n}', new_fn % '')
        try:
            generate(tmp, planner)
            bad.append('a function without @retval_on_fail was stubbed')
        except SystemExit as e:
            if 'brf_planner_new_thing' not in str(e) or '@retval_on_fail' not in str(e):
                bad.append('the missing annotation message does not name the function and '
                           'the annotation: %s' % e)
    for b in bad:
        sys.stderr.write('gen_stubs.py self-test: %s\n' % b)
    if not bad:
        print('gen_stubs.py self-test: ok (fresh files current, stale file caught, values from '
              '@retval_on_fail, missing annotation named)')
    return 1 if bad else 0


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
    model = load(a.root)
    for stub in STUBS:
        with open(os.path.join(a.root, stub.out), 'w', encoding='utf-8') as f:
            f.write(generate(a.root, stub, model))
    return 0


if __name__ == '__main__':
    sys.exit(main())
