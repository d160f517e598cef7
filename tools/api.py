#!/usr/bin/env python3
"""The public API of libbackrelief, read once from include/backrelief/*.h.

Every generator that needs the exported functions (tools/gen_stubs.py,
tools/gen_null_tests.py, tools/gen_bindings.py) imports this module instead of
reading the headers with a regex of its own, so they all see the same
functions, types and documentation.

The model (load() returns an Api):

  Api.functions   every exported function, headers in file-name order and
                  each header in declaration order; Api.function(name) finds
                  one by name, Api.in_header('journal.h') lists one header's
  Api.constants   every integer `#define BRF_* <value>` as (name, value), in
                  the same order, a constant shared by two headers once
  Api.opaque      every `typedef struct brf_x` type name, in the same order

  Function        name, header ('journal.h'), module ('journal'), line, ret
                  (a Type), params (a list of Type, each with its name), doc
                  (a Doc), failure (the annotation's C value, or None) and
                  never_fails
  Type            ctype (the spelling in the header, spaces collapsed:
                  'const char *'), base ('char'), const (the base is const),
                  stars (pointer depth), const_stars (a `* const` somewhere),
                  name (None for a return type or an unnamed parameter)
  Doc             brief, params ({name: text}), directions ({name: 'in', 'out'
                  or 'in,out'} for the ones that say), returns (the @return
                  text), retvals ([(value, text)]), raw (the comment)

What the headers must look like: an exported function is a declaration that
starts with BRF_EXPORT (or BRF_DEPRECATED_EXPORT, as GenerateExportHeader
spells it), may span lines, and ends with `);`. Its documentation is the
`/** ... */` comment right before it.

The failure annotation (docs/conventions.md, "Errors"): every exported
function that returns neither brf_status nor void says in its comment what it
returns when it has no answer (a NULL object, an index or code out of range,
an unknown value), as a C constant:

    @retval_on_fail{NULL}        @retval_on_fail{-1}       @retval_on_fail{""}
    @retval_on_fail{SIZE_MAX}    @retval_on_fail{BRF_JOURNAL_UNSET}

Text after the closing brace, on the same line, is added to the rendered
description. A function that has no failure result at all (brf_version())
says @never_fails instead. Both are Doxygen aliases (ALIASES in
docs/Doxyfile.in): the first renders as a @retval line, the second as a
"Failure" paragraph. The value is a C constant expression the function
really returns: NULL or a string literal for a pointer, an integer literal,
INT32_MIN/INT64_MIN/SIZE_MAX..., or a BRF_* constant of the headers for an
integer. tools/gen_stubs.py makes the stub of a left-out module return it.

Usage:
  tools/api.py               list the exported functions with their failure value
  tools/api.py --check       check the headers: every non-status, non-void
                             function carries exactly one annotation, of a
                             value its return type can hold; exit 1 otherwise
  tools/api.py --self-test   the parser on known declarations and comments,
                             then --check on the real headers (the CTest test
                             api.self_test)
  --root DIR                 read DIR/include/backrelief instead of this tree's

Python 3 standard library only.
"""
import argparse
import ast
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EXPORT_MACROS = ('BRF_EXPORT', 'BRF_DEPRECATED_EXPORT')
# Attribute macros that may stand in a declaration's head (export.h).
ATTRIBUTE_MACROS = ('BRF_DEPRECATED',)

ANNOTATION = 'retval_on_fail'
NEVER_FAILS = 'never_fails'

# Doxygen commands that only mark up words inside a paragraph: a line that
# starts with one of them continues the paragraph before it.
INLINE_COMMANDS = {'p', 'c', 'a', 'e', 'b', 'em', 'ref', 'link', 'endlink', 'n',
                   'f', 'copybrief', 'copydoc'}

INT_CONSTANTS = {'INT8_MIN', 'INT8_MAX', 'INT16_MIN', 'INT16_MAX', 'INT32_MIN',
                 'INT32_MAX', 'INT64_MIN', 'INT64_MAX', 'UINT8_MAX', 'UINT16_MAX',
                 'UINT32_MAX', 'UINT64_MAX', 'SIZE_MAX'}
VALUE_RE = re.compile(r'^(NULL|"(?:[^"\\\n]|\\.)*"|-?[0-9]+|[A-Z][A-Z0-9_]*)$')


class ApiError(Exception):
    """A header the parser cannot read, or one that breaks the conventions."""


class Type:
    """A return type, or a parameter with its name."""

    def __init__(self, ctype, base, const, stars, const_stars, name):
        self.ctype = ctype
        self.base = base
        self.const = const
        self.stars = stars
        self.const_stars = const_stars
        self.name = name

    @property
    def is_pointer(self):
        return self.stars > 0

    def __repr__(self):
        return 'Type(%r, name=%r)' % (self.ctype, self.name)


class Doc:
    """The parts of a /** ... */ comment the generators use."""

    def __init__(self, raw=''):
        self.raw = raw
        self.brief = ''
        self.params = {}
        self.directions = {}
        self.returns = ''
        self.retvals = []
        self.annotations = []   # (command, argument or None), in order


class Function:
    """One exported function."""

    def __init__(self, name, header, line, ret, params, doc):
        self.name = name
        self.header = header
        self.module = header[:-2] if header.endswith('.h') else header
        self.line = line
        self.ret = ret
        self.params = params
        self.doc = doc
        self.failure = None
        self.never_fails = False
        for cmd, arg in doc.annotations:
            if cmd == ANNOTATION:
                self.failure = arg
            else:
                self.never_fails = True

    @property
    def where(self):
        return 'include/backrelief/%s:%d' % (self.header, self.line)

    @property
    def needs_annotation(self):
        """Neither a status nor void: it must say what it returns on failure."""
        return self.ret.ctype not in ('brf_status', 'void')

    def __repr__(self):
        return 'Function(%s)' % self.name


class Api:
    """Everything exported by the public headers."""

    def __init__(self, functions, constants, opaque, headers):
        self.functions = functions
        self.constants = constants
        self.opaque = opaque
        self.headers = headers
        self._by_name = {f.name: f for f in functions}

    def function(self, name):
        return self._by_name.get(name)

    def in_header(self, header):
        return [f for f in self.functions if f.header == header]


# --- C ----------------------------------------------------------------------

def blank_comments(text):
    """text with every comment replaced by spaces (newlines kept), so that
    offsets and line numbers still point into the original."""
    def blank(m):
        return re.sub(r'[^\n]', ' ', m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*|"(?:[^"\\\n]|\\.)*"',
                  lambda m: m.group(0) if m.group(0).startswith('"') else blank(m),
                  text, flags=re.S)


def parse_type(text, what, named):
    """A Type from a declaration's text: 'const brf_x **out' (named) or
    'const char *' (a return type, not named)."""
    ctype = ' '.join(text.split())
    words = ctype.replace('*', ' * ').split()
    name = None
    if named and len(words) >= 2 and re.match(r'^[A-Za-z_]\w*$', words[-1]) \
            and words[-1] != 'const':
        name = words.pop()
        ctype = ' '.join(ctype[:ctype.rfind(name)].split())
    base, const, stars, const_stars = [], False, 0, False
    for w in words:
        if w == '*':
            stars += 1
        elif w == 'const':
            if stars:
                const_stars = True
            else:
                const = True
        elif stars:
            raise ApiError('%s: unexpected %r after a * in %r' % (what, w, text.strip()))
        elif w in ATTRIBUTE_MACROS:
            continue
        else:
            base.append(w)
    if not base:
        raise ApiError('%s: cannot read the type in %r' % (what, text.strip()))
    return Type(ctype, ' '.join(base), const, stars, const_stars, name)


def split_params(text):
    depth, cur, out = 0, '', []
    for ch in text:
        if ch in '([':
            depth += 1
        elif ch in ')]':
            depth -= 1
        if ch == ',' and depth == 0:
            out.append(cur)
            cur = ''
        else:
            cur += ch
    out.append(cur)
    return out


DECL_RE = re.compile(r'\b(?:%s)\b(?P<head>[^;{}()]*?)\b(?P<name>[A-Za-z_]\w*)\s*'
                     r'\((?P<params>[^;{}]*?)\)\s*;' % '|'.join(EXPORT_MACROS), re.S)


def doc_before(text, pos):
    """The /** ... */ comment that ends right before pos (only blanks
    between), or ''."""
    head = text[:pos].rstrip()
    if not head.endswith('*/'):
        return ''
    start = head.rfind('/**')
    return head[start:] if start >= 0 else ''


def parse_functions(text, header):
    code = blank_comments(text)
    functions = []
    for m in DECL_RE.finditer(code):
        name = m.group('name')
        what = '%s (include/backrelief/%s)' % (name, header)
        head = m.group('head')
        for macro in ATTRIBUTE_MACROS:
            head = re.sub(r'\b%s\b' % macro, ' ', head)
        ret = parse_type(head, what, named=False)
        plist = ' '.join(m.group('params').split())
        params = []
        if plist not in ('', 'void'):
            for p in split_params(plist):
                params.append(parse_type(p, what, named=True))
        line = text.count('\n', 0, m.start()) + 1
        doc = parse_doc(doc_before(text, m.start()), what)
        functions.append(Function(name, header, line, ret, params, doc))
    # A BRF_EXPORT the pattern did not take is a declaration it cannot read.
    found = len(functions)
    marked = len(re.findall(r'\b(?:%s)\b' % '|'.join(EXPORT_MACROS), code))
    if marked != found:
        raise ApiError('include/backrelief/%s: %d %s declarations, %d read: a declaration '
                       'this parser does not understand (a function pointer, a body?)'
                       % (header, marked, '/'.join(EXPORT_MACROS), found))
    return functions


def evaluate(expr, known):
    """The integer value of a constant's replacement text, or None (macros, strings)."""
    expr = re.sub(r'\b(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]+\b', r'\1', expr)
    try:
        tree = ast.parse(expr, mode='eval')
    except SyntaxError:
        return None

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.Name) and node.id in known:
            return known[node.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Invert)):
            v = ev(node.operand)
            return -v if isinstance(node.op, ast.USub) else ~v
        if isinstance(node, ast.BinOp) and isinstance(
                node.op, (ast.Add, ast.Sub, ast.Mult, ast.LShift, ast.BitOr, ast.BitAnd)):
            a, b = ev(node.left), ev(node.right)
            return {ast.Add: a + b, ast.Sub: a - b, ast.Mult: a * b, ast.LShift: a << b,
                    ast.BitOr: a | b, ast.BitAnd: a & b}[type(node.op)]
        raise ValueError

    try:
        return ev(tree)
    except (ValueError, KeyError):
        return None


def parse_constants(code, header, constants):
    """Add the integer #define BRF_* of one header (comments blanked) to constants."""
    known = dict(constants)
    for m in re.finditer(r'^[ \t]*#[ \t]*define[ \t]+(BRF_[A-Z0-9_]+)[ \t]+([^\n]+)$',
                         code, flags=re.M):
        value = evaluate(m.group(2).strip(), known)
        if value is None:
            continue
        if m.group(1) in known:
            # Two headers may repeat a shared constant (e.g. BRF_JSON_PRETTY).
            if known[m.group(1)] != value:
                raise ApiError('%s defined as %d and %d (%s)'
                               % (m.group(1), known[m.group(1)], value, header))
            continue
        known[m.group(1)] = value
        constants.append((m.group(1), value))


# --- Doxygen ----------------------------------------------------------------

def comment_lines(raw):
    """The lines of a /** ... */ comment without the comment markers."""
    body = raw[3:-2] if raw.startswith('/**') and raw.endswith('*/') else raw
    return [re.sub(r'^\s*\*+ ?', '', l).rstrip() for l in body.split('\n')]


def parse_doc(raw, what):
    doc = Doc(raw)
    if not raw:
        return doc
    lines = comment_lines(raw)
    # Paragraphs: a block command starts one; a blank line or the next block
    # command ends it.
    blocks, cur = [], None
    for l in lines:
        s = l.strip()
        m = re.match(r'^[@\\]([A-Za-z_]\w*)', s)
        if m and m.group(1) not in INLINE_COMMANDS:
            cur = [m.group(1), s[m.end():]]
            blocks.append(cur)
        elif not s:
            cur = None
        elif cur is not None:
            cur[1] += '\n' + s
    for cmd, rest in blocks:
        flat = ' '.join(rest.split())
        if cmd == 'brief':
            doc.brief = flat
        elif cmd == 'param':
            m = re.match(r'^(?:\[([a-z, ]+)\])?\s*(\w+)\s*(.*)$', flat)
            if not m:
                raise ApiError('%s: cannot read "@param%s"' % (what, rest))
            doc.params[m.group(2)] = m.group(3)
            if m.group(1):
                doc.directions[m.group(2)] = m.group(1).replace(' ', '')
        elif cmd in ('return', 'returns'):
            doc.returns = flat
        elif cmd == 'retval':
            value, _, text = flat.partition(' ')
            doc.retvals.append((value, text))
        elif cmd == ANNOTATION:
            first, _, more = rest.partition('\n')
            m = re.match(r'^\{([^{}]*)\}(.*)$', first)
            if not m:
                raise ApiError('%s: @%s needs its value in braces: @%s{NULL}'
                               % (what, ANNOTATION, ANNOTATION))
            value = m.group(1).strip()
            if not value:
                raise ApiError('%s: @%s{} is empty' % (what, ANNOTATION))
            doc.annotations.append((cmd, value))
            # Doxygen renders it as a @retval line, the text after the brace
            # (and its continuation lines) added to the alias's description.
            doc.retvals.append((value, ' '.join((m.group(2) + ' ' + more).split())))
        elif cmd == NEVER_FAILS:
            doc.annotations.append((cmd, None))
    return doc


# --- Loading and checking ----------------------------------------------------

def header_dir_of(root):
    return os.path.join(root, 'include', 'backrelief')


def load(root=ROOT, header_dir=None):
    """Parse every include/backrelief/*.h under root (or header_dir) into an Api."""
    header_dir = header_dir or header_dir_of(root)
    functions, constants, opaque, headers = [], [], [], []
    for fname in sorted(os.listdir(header_dir)):
        if not fname.endswith('.h'):
            continue
        headers.append(fname)
        with open(os.path.join(header_dir, fname), encoding='utf-8') as f:
            text = f.read()
        code = blank_comments(text)
        parse_constants(code, fname, constants)
        for m in re.finditer(r'typedef\s+struct\s+(brf_[a-z0-9_]+)\b', code):
            if m.group(1) not in opaque:
                opaque.append(m.group(1))
        functions += parse_functions(text, fname)
    seen = {}
    for f in functions:
        if f.name in seen:
            raise ApiError('%s declared twice: %s and %s' % (f.name, seen[f.name].where, f.where))
        seen[f.name] = f
    return Api(functions, constants, opaque, headers)


def value_errors(f, known_constants):
    """What is wrong with a function's failure annotation ([] when nothing)."""
    anns = f.doc.annotations
    if not f.needs_annotation:
        if anns:
            return ['%s (%s): returns %s, so it takes no @%s or @%s'
                    % (f.name, f.where, f.ret.ctype, ANNOTATION, NEVER_FAILS)]
        return []
    if not anns:
        return ['%s (%s): returns %s but its comment has no @%s{<value>} saying what it '
                'returns on failure (or @%s); see docs/conventions.md'
                % (f.name, f.where, f.ret.ctype, ANNOTATION, NEVER_FAILS)]
    if len(anns) > 1:
        return ['%s (%s): %d failure annotations, one expected'
                % (f.name, f.where, len(anns))]
    if f.never_fails:
        return []
    v = f.failure
    if not VALUE_RE.match(v):
        return ['%s (%s): @%s{%s} is not a C constant (NULL, "...", an integer, '
                'INT32_MIN, SIZE_MAX, a BRF_* constant)' % (f.name, f.where, ANNOTATION, v)]
    is_text = v == 'NULL' or v.startswith('"')
    if f.ret.is_pointer != is_text:
        return ['%s (%s): @%s{%s} does not fit its return type %s'
                % (f.name, f.where, ANNOTATION, v, f.ret.ctype)]
    if v.startswith('"') and not (f.ret.base == 'char' and f.ret.stars == 1):
        return ['%s (%s): a string for a %s' % (f.name, f.where, f.ret.ctype)]
    if re.match(r'^[A-Z]', v) and v != 'NULL' and v not in INT_CONSTANTS \
            and v not in known_constants:
        return ['%s (%s): @%s{%s} names no constant of the public headers'
                % (f.name, f.where, ANNOTATION, v)]
    if f.ret.ctype in ('size_t', 'uint32_t', 'uint64_t') and v.startswith('-'):
        return ['%s (%s): %s for an unsigned %s' % (f.name, f.where, v, f.ret.ctype)]
    return []


def check(api):
    """Every convention this module checks, as a list of messages."""
    known = {n for n, _ in api.constants}
    errors = []
    for f in api.functions:
        errors += value_errors(f, known)
        if not f.name.startswith('brf_'):
            errors.append('%s (%s): exported names start with brf_' % (f.name, f.where))
        if not f.doc.raw:
            errors.append('%s (%s): no /** */ comment right before it' % (f.name, f.where))
        for p in f.params:
            if p.name is None:
                errors.append('%s (%s): a parameter without a name (%s)'
                              % (f.name, f.where, p.ctype))
    return errors


# --- Self-test ----------------------------------------------------------------

SAMPLE = r'''
/**
 * @file sample.h
 * @brief Not a real header.
 */
typedef struct brf_thing brf_thing; /**< A thing. */
#define BRF_THING_UNSET (-1) /**< Unset. */
#define BRF_THING_TWICE (BRF_THING_UNSET * 2) /**< Derived. */
#define BRF_THING_TEXT "x" /**< Not an integer. */

/**
 * @brief Make a thing.
 * @param ctx The context.
 * @param[out] out Receives the thing.
 * @return ::BRF_OK.
 */
BRF_EXPORT brf_status brf_thing_new(brf_context *ctx,
                                    brf_thing **out);

/**
 * @brief A name.
 * @param t The thing.
 * @param index An index, from 0 to
 *        @p t 's count - 1 (a line that starts with @p).
 * @return A string owned by @p t; NULL when @p t is NULL or
 * @p index is out of range.
 * @retval_on_fail{NULL} (also a stub).
 */
BRF_EXPORT const char *brf_thing_name(const brf_thing *t, size_t index);

/**
 * @brief A rating.
 * @param t The thing.
 * @return 0 to 10, or ::BRF_THING_UNSET.
 *
 * @retval_on_fail{BRF_THING_UNSET}
 */
BRF_EXPORT int32_t
brf_thing_rating(const brf_thing *t);

/**
 * @brief The version.
 * @return A number.
 * @never_fails
 */
BRF_DEPRECATED_EXPORT uint32_t brf_thing_version(void);

/**
 * @brief Fill.
 * @param[in,out] words Words.
 * @param buf A buffer.
 * @param cap Its size.
 */
BRF_EXPORT void brf_thing_fill(const char *const *words, char *buf, size_t cap);
'''


def self_test():
    import tempfile
    bad = []

    def expect(cond, what):
        if not cond:
            bad.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        hdir = os.path.join(tmp, 'include', 'backrelief')
        os.makedirs(hdir)
        with open(os.path.join(hdir, 'sample.h'), 'w', encoding='utf-8') as f:
            f.write(SAMPLE)
        api = load(tmp)
        names = [f.name for f in api.functions]
        expect(names == ['brf_thing_new', 'brf_thing_name', 'brf_thing_rating',
                         'brf_thing_version', 'brf_thing_fill'], 'functions: %r' % names)
        expect(api.constants == [('BRF_THING_UNSET', -1), ('BRF_THING_TWICE', -2)],
               'constants: %r' % api.constants)
        expect(api.opaque == ['brf_thing'], 'opaque: %r' % api.opaque)
        new, name, rating, version, fill = api.functions
        expect(new.line == 17 and new.module == 'sample' and new.header == 'sample.h',
               'brf_thing_new position: %s %s' % (new.line, new.module))
        expect([(p.ctype, p.name, p.stars, p.base) for p in new.params]
               == [('brf_context *', 'ctx', 1, 'brf_context'),
                   ('brf_thing **', 'out', 2, 'brf_thing')],
               'multi-line parameters: %r' % new.params)
        expect(new.doc.directions == {'out': 'out'}, 'directions: %r' % new.doc.directions)
        expect(name.ret.ctype == 'const char *' and name.ret.const and name.ret.stars == 1,
               'return type: %r' % name.ret)
        expect(name.doc.params['index'].endswith("count - 1 (a line that starts with @p)."),
               'a @param continued by a line starting with @p: %r' % name.doc.params)
        expect(name.doc.returns.endswith('@p index is out of range.'),
               '@return continued by a line starting with @p: %r' % name.doc.returns)
        expect(name.failure == 'NULL' and name.doc.retvals == [('NULL', '(also a stub).')],
               'annotation: %r %r' % (name.failure, name.doc.retvals))
        expect(rating.ret.ctype == 'int32_t' and rating.failure == 'BRF_THING_UNSET',
               'a declaration split after its return type: %r' % rating.failure)
        expect(version.never_fails and version.failure is None, '@never_fails')
        expect(fill.params[0].const_stars and fill.params[0].stars == 2
               and fill.doc.directions == {'words': 'in,out'},
               'char *const *: %r' % fill.params[0].__dict__)
        expect(check(api) == [], 'check on the sample: %r' % check(api))

        def errors_for(text):
            with open(os.path.join(hdir, 'sample.h'), 'w', encoding='utf-8') as f:
                f.write(text)
            try:
                return check(load(tmp))
            except ApiError as e:
                return [str(e)]

        for old, new_text, want in [
                ('@retval_on_fail{BRF_THING_UNSET}\n', '\n', 'brf_thing_rating'),
                ('@retval_on_fail{BRF_THING_UNSET}', '@retval_on_fail{BRF_THING_NONE}',
                 'names no constant'),
                ('@retval_on_fail{NULL}', '@retval_on_fail{0}', 'does not fit'),
                ('@retval_on_fail{BRF_THING_UNSET}', '@retval_on_fail{""}', 'does not fit'),
                ('@retval_on_fail{NULL}', '@retval_on_fail NULL', 'in braces'),
                (' * @never_fails\n', ' * @never_fails\n * @retval_on_fail{0}\n',
                 '2 failure annotations'),
                (' * @brief Fill.\n', ' * @brief Fill.\n * @retval_on_fail{0}\n',
                 'takes no'),
                ('BRF_EXPORT void', 'BRF_EXPORT void (*brf_thing_cb(void))(int);\nBRF_EXPORT void',
                 'does not understand|cannot read')]:
            if old not in SAMPLE:
                bad.append('self-test case does not apply: %r' % old)
                continue
            errs = errors_for(SAMPLE.replace(old, new_text))
            expect(any(w in e for e in errs for w in want.split('|')),
                   '%r -> %r: %r' % (old, new_text, errs))
    real = load()
    errs = check(real)
    expect(not errs, 'the real headers: ' + '; '.join(errs))
    expect(len(real.functions) > 300, 'only %d functions in the real headers'
           % len(real.functions))
    for b in bad:
        sys.stderr.write('api.py self-test: %s\n' % b)
    if not bad:
        n = sum(1 for f in real.functions if f.needs_annotation)
        print('api.py self-test: ok (%d functions, %d with a failure annotation, %d constants)'
              % (len(real.functions), n, len(real.constants)))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', default=ROOT)
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--self-test', action='store_true')
    a = ap.parse_args()
    try:
        if a.self_test:
            return self_test()
        api = load(a.root)
        if a.check:
            errors = check(api)
            for e in errors:
                sys.stderr.write('api.py: %s\n' % e)
            if not errors:
                print('api.py: %d functions in %d headers, every failure value annotated'
                      % (len(api.functions), len(api.headers)))
            return 1 if errors else 0
        for f in api.functions:
            fail = 'never fails' if f.never_fails else (f.failure or '')
            print('%-14s %-46s %-22s %s' % (f.header, f.name, f.ret.ctype, fail))
        return 0
    except ApiError as e:
        sys.stderr.write('api.py: %s\n' % e)
        return 1


if __name__ == '__main__':
    sys.exit(main())
