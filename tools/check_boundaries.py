#!/usr/bin/env python3
"""Check that the library's module boundaries hold (the CTest test `boundaries`).

The rules (docs/architecture.md, "Boundaries"):

  1. A file of lib/<folder>/ includes, besides the C library and its own
     folder's headers:
       - "util/<name>.h", any of util's headers but its *_private.h ones;
       - "internal/<name>.h", a contract between modules, only when its folder
         is the contract's provider or requires it (see 3);
       - "backrelief/<name>.h", a public header, only when its folder owns the
         header, requires the module that owns it, or the header is util's
         (core.h, export.h, version.h, backrelief.h).
     A folder's own private headers are included by their path from lib/
     ("planner/planner_run.h"); a bare "name.h" is one include style too many.
     The private headers of another folder are never included.
  2. Nothing outside lib/ includes a header of lib/, except the white-box
     tests (WHITE_BOX below), which link the library's objects on purpose.
  3. Every contract in lib/internal/ starts with a comment naming its
     provider and its users: "Provided by: <folder>." and
     "Used by: <folder>, <folder>." The users listed must be exactly the
     folders that include it, so the comment cannot go stale.
  4. The REQUIRES graph has no cycle.
  5. File names under lib/ are unique, and every file of a domain folder is
     named <folder>.c or <folder>_<part>.{c,h} (lib/util/ and lib/internal/
     name their files after what they hold).

Which folder requires which module comes from the table that lib/CMakeLists.txt
writes at configure time (backrelief-modules.txt: "module <name> <folder>",
"requires <folder> <module>", "header <folder> <public header>").

Usage:
  tools/check_boundaries.py --table BUILD/backrelief-modules.txt [--root DIR]
  tools/check_boundaries.py --table ... --graph    print each folder's uses
  tools/check_boundaries.py --table ... --self-test [--cc CC -I DIR ...]
      copies lib/ to a temporary tree, adds one violation of each rule and
      expects each to be reported (the CTest test boundaries.self_test); with
      --cc, each bad C file is first compiled (-fsyntax-only) to show that
      the compiler alone accepts what the check refuses
Exit status: 0 when every rule holds, 1 with one line per violation.
Python 3 standard library only.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Outside lib/, these folders hold white-box tests built from the library's
# objects; they may include its headers. Everything else (the CLI, the
# examples, the bindings, the benchmarks, the consumer and header tests) sees
# only include/.
WHITE_BOX = ('tests/unit/', 'tests/fuzz/', 'tests/ical/', 'tests/schedule/')
# Public headers that belong to util (the umbrella and the generated ones).
UTIL_PUBLIC = {'backrelief.h', 'export.h', 'version.h'}
SOURCE_EXT = ('.c', '.h')
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SKIP_DIRS = {'.git', 'node_modules'}


class Table:
    """The module graph as CMake configured it."""

    def __init__(self, path):
        self.folder_of = {}      # module -> folder
        self.requires = {}       # folder -> set of folders
        self.header_owner = {}   # public header file name -> folder
        with open(path, encoding='utf-8') as f:
            rows = [line.split() for line in f if line.strip()]
        for row in rows:
            if row[0] == 'module':
                self.folder_of[row[1]] = row[2]
                self.requires.setdefault(row[2], set())
        for row in rows:
            if row[0] == 'requires':
                if row[2] not in self.folder_of:
                    raise SystemExit('%s: %s requires unknown module %s' % (path, row[1], row[2]))
                self.requires[row[1]].add(self.folder_of[row[2]])
            elif row[0] == 'header':
                self.header_owner[row[2]] = row[1]
        for name in UTIL_PUBLIC:
            self.header_owner.setdefault(name, 'util')

    def allowed(self, folder, other):
        return folder == other or other == 'util' or other in self.requires.get(folder, ())


def includes(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    for m in INCLUDE.finditer(text):
        yield text.count('\n', 0, m.start()) + 1, m.group(1)


def contract_header(path):
    """(provider, [users]) from a contract's opening comment, or None."""
    with open(path, encoding='utf-8') as f:
        head = f.read(2000)
    comment = head.split('*/', 1)[0]
    text = ' '.join(comment.replace('*', ' ').split())
    prov = re.search(r'Provided by: ([a-z_]+)\.', text)
    users = re.search(r'Used by: ([a-z_, ]+)\.', text)
    if not prov or not users:
        return None
    return prov.group(1), [u.strip() for u in users.group(1).split(',') if u.strip()]


def walk(top):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith('build'))
        for name in sorted(filenames):
            if name.endswith(SOURCE_EXT):
                yield os.path.join(dirpath, name)


def check_lib(root, table, errors, uses):
    lib = os.path.join(root, 'lib')
    folders = sorted(d for d in os.listdir(lib) if os.path.isdir(os.path.join(lib, d)))
    contracts = {}
    for name in sorted(os.listdir(os.path.join(lib, 'internal'))):
        if name.endswith('.h'):
            contracts[name] = contract_header(os.path.join(lib, 'internal', name))
            if contracts[name] is None:
                errors.append('lib/internal/%s: no "Provided by: <folder>." and "Used by: '
                              '<folder>, ...." in its opening comment' % name)
    included_by = {name: set() for name in contracts}
    seen_names = {}
    for path in walk(lib):
        rel = os.path.relpath(path, root).replace(os.sep, '/')
        folder = rel.split('/')[1]
        base = os.path.basename(path)
        if base in seen_names:
            errors.append('%s: file name also used by %s (names are unique across lib/)'
                          % (rel, seen_names[base]))
        seen_names.setdefault(base, rel)
        if folder not in ('util', 'internal') and not (
                base.startswith(folder + '.') or base.startswith(folder + '_')):
            errors.append('%s: a file of lib/%s/ is named %s.c or %s_<part>.c/.h'
                          % (rel, folder, folder, folder))
        if folder not in table.requires and folder != 'internal':
            errors.append('%s: lib/%s/ declares no module (brf_module or '
                          'brf_optional_module in its sources.cmake)' % (rel, folder))
            continue
        for line, inc in includes(path):
            where = '%s:%d: #include "%s"' % (rel, line, inc)
            parts = inc.split('/')
            if len(parts) == 1:
                errors.append('%s: include the folder\'s own headers by their path from lib/ '
                              '("%s/%s")' % (where, folder, inc))
                continue
            top, name = parts[0], '/'.join(parts[1:])
            if top == 'backrelief':
                owner = table.header_owner.get(name)
                if owner is None:
                    errors.append('%s: no module lists this public header' % where)
                elif folder != 'internal' and not table.allowed(folder, owner):
                    errors.append('%s: lib/%s/ uses the %s module without REQUIRES %s'
                                  % (where, folder, owner, owner))
                elif folder != 'internal' and owner != folder:
                    uses.setdefault(folder, set()).add(owner)
            elif top == 'util':
                if name.endswith('_private.h') and folder != 'util':
                    errors.append('%s: util\'s private header is util\'s alone' % where)
            elif top == 'internal':
                if name not in contracts:
                    errors.append('%s: no such contract in lib/internal/' % where)
                    continue
                if folder == 'internal':
                    continue
                included_by[name].add(folder)
                spec = contracts[name]
                if spec and not table.allowed(folder, spec[0]):
                    errors.append('%s: lib/%s/ uses the %s module\'s contract without '
                                  'REQUIRES %s' % (where, folder, spec[0], spec[0]))
                elif spec and spec[0] != folder:
                    uses.setdefault(folder, set()).add(spec[0])
            elif top in folders:
                if top != folder:
                    errors.append('%s: the private headers of lib/%s/ are %s\'s alone (a '
                                  'contract between modules goes in lib/internal/)'
                                  % (where, top, top))
            else:
                errors.append('%s: not a header of include/ or lib/' % where)
    for name, spec in contracts.items():
        if spec is None:
            continue
        provider, users = spec
        actual = included_by[name] - {provider}
        if provider not in included_by[name] and provider not in table.requires:
            errors.append('lib/internal/%s: provider %s is not a folder of lib/' % (name, provider))
        if set(users) != actual:
            errors.append('lib/internal/%s: "Used by: %s." but included by %s'
                          % (name, ', '.join(users), ', '.join(sorted(actual)) or 'no other folder'))


def check_outside(root, errors):
    lib = os.path.join(root, 'lib')
    lib_tops = {d for d in os.listdir(lib) if os.path.isdir(os.path.join(lib, d))}
    for top in sorted(os.listdir(root)):
        if top in ('lib', 'include') or top in SKIP_DIRS or top.startswith('build'):
            continue
        full = os.path.join(root, top)
        if not os.path.isdir(full):
            continue
        for path in walk(full):
            rel = os.path.relpath(path, root).replace(os.sep, '/')
            if rel.startswith(WHITE_BOX):
                continue
            for line, inc in includes(path):
                first = inc.split('/')[0]
                if '/' in inc and first in lib_tops:
                    errors.append('%s:%d: #include "%s": only the white-box tests may '
                                  'include the library\'s own headers; use include/'
                                  % (rel, line, inc))


def check_cycles(table, errors):
    state = {}

    def visit(folder, path):
        if state.get(folder) == 'done':
            return
        if state.get(folder) == 'open':
            cycle = path[path.index(folder):] + [folder]
            errors.append('REQUIRES cycle: %s' % ' -> '.join(cycle))
            return
        state[folder] = 'open'
        for other in sorted(table.requires.get(folder, ())):
            visit(other, path + [folder])
        state[folder] = 'done'

    for folder in sorted(table.requires):
        visit(folder, [])


def run(root, table_path, graph=False):
    table = Table(table_path)
    errors, uses = [], {}
    check_cycles(table, errors)
    check_lib(root, table, errors, uses)
    check_outside(root, errors)
    if graph:
        for folder in sorted(table.requires):
            print('%-9s requires %-30s uses %s' % (
                folder, ' '.join(sorted(table.requires[folder])) or '-',
                ' '.join(sorted(uses.get(folder, ()))) or '-'))
        for folder in sorted(table.requires):
            unused = table.requires[folder] - uses.get(folder, set())
            if unused:
                print('note: lib/%s/ requires %s but includes nothing of it'
                      % (folder, ', '.join(sorted(unused))))
    return errors


def self_test(table_path, cc=None, include_dirs=()):
    """Each kind of violation, added to a copy of the tree, is reported."""
    cases = [
        ('lib/planner/planner_bad.c', '#include "player/player_private.h"\n',
         'private headers of lib/player/'),
        ('lib/vocab/vocab_bad.c', '#include "internal/routine.h"\n',
         'without REQUIRES routine'),
        ('lib/dosage/dosage_bad.c', '#include "backrelief/schedule.h"\n',
         'uses the schedule module without REQUIRES schedule'),
        ('lib/dosage/dosage_bad.c', '#include "dosage_private.h"\n',
         'by their path from lib/'),
        ('lib/routine/routine_bad.c', '#include "util/json_private.h"\n',
         "util's private header"),
        ('examples/cli/bad.c', '#include "internal/dosage.h"\n',
         'only the white-box tests'),
        ('lib/routine/check.c', '/* a file named like another */\n',
         'is named routine.c or routine_<part>'),
        ('lib/journal/journal_bad.c', '#include "internal/advice.h"\n',
         'but included by'),
    ]
    failures = 0
    base_errors = run(ROOT, table_path)
    if base_errors:
        print('self-test: the tree itself has violations:\n  ' + '\n  '.join(base_errors))
        return 1
    for rel, text, expect in cases:
        with tempfile.TemporaryDirectory() as tmp:
            for top in ('lib', 'examples', 'tests'):
                shutil.copytree(os.path.join(ROOT, top), os.path.join(tmp, top),
                                ignore=shutil.ignore_patterns('build*', 'node_modules'))
            os.makedirs(os.path.dirname(os.path.join(tmp, rel)), exist_ok=True)
            with open(os.path.join(tmp, rel), 'a', encoding='utf-8') as f:
                f.write(text)
            if cc and rel.startswith('lib/') and rel.endswith('.c') and '"' in text:
                flags = ['-I' + os.path.join(tmp, 'lib'), '-I' + os.path.join(ROOT, 'include')]
                flags += ['-I' + d for d in include_dirs]
                done = subprocess.run([cc, '-fsyntax-only'] + flags + [os.path.join(tmp, rel)],
                                      capture_output=True, text=True)
                if done.returncode != 0:
                    failures += 1
                    print('FAIL: %s does not compile, so the case shows nothing:\n%s'
                          % (rel, done.stderr))
                    continue
                print('compiles: %s' % rel)
            errors = run(tmp, table_path)
        hit = [e for e in errors if expect in e]
        if hit:
            print('ok: %s %s -> %s' % (rel, text.strip(), hit[0]))
        else:
            failures += 1
            print('FAIL: %s %s was not reported as "%s"; got: %s'
                  % (rel, text.strip(), expect, errors))
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    ap.add_argument('--table', required=True, help='backrelief-modules.txt from the build')
    ap.add_argument('--root', default=ROOT)
    ap.add_argument('--graph', action='store_true')
    ap.add_argument('--self-test', action='store_true')
    ap.add_argument('--cc', help='with --self-test: compile each bad C file first')
    ap.add_argument('-I', dest='include_dirs', action='append', default=[],
                    help='with --cc: another include folder (the generated headers)')
    args = ap.parse_args()
    if args.self_test:
        return self_test(args.table, args.cc, args.include_dirs)
    errors = run(args.root, args.table, args.graph)
    for e in errors:
        print(e)
    if errors:
        print('boundaries: %d violation(s); see docs/architecture.md, "Boundaries"' % len(errors))
        return 1
    print('boundaries: every include respects the module graph')
    return 0


if __name__ == '__main__':
    sys.exit(main())
