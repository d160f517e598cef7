#!/usr/bin/env python3
"""Generate the low-level FFI declarations of the Python and Node bindings.

The public API grows module by module, so the ctypes and koffi declarations
are not written by hand: this script reads every `BRF_EXPORT` declaration
(return type, name, parameter types and names) and every integer
`#define BRF_*` constant from include/backrelief/*.h and writes

  examples/bindings/python/backrelief/_ffi.py   (argtypes/restype, constants)
  examples/bindings/node/ffi.js                 (koffi prototypes, constants)

Both files are committed; the CTest test `bindings.generated` regenerates
them into the build folder (--check) and fails when they differ, so a header
change without a regeneration is caught.

Usage:
  tools/gen_bindings.py                  rewrite the committed files
  tools/gen_bindings.py --out-dir DIR    write both files into DIR
  tools/gen_bindings.py --check DIR      write into DIR and compare with the
                                         committed files (exit 1 on a difference)

Python 3 standard library only. The header subset it understands is the one
docs/conventions.md allows at the boundary (opaque pointers, fixed-width
integers, size_t, UTF-8 strings, caller buffers, out-parameters); anything
else stops the generator with an error naming the declaration.
"""
import argparse
import ast
import difflib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER_DIR = os.path.join(ROOT, "include", "backrelief")
PY_OUT = os.path.join("examples", "bindings", "python", "backrelief", "_ffi.py")
JS_OUT = os.path.join("examples", "bindings", "node", "ffi.js")

SCALARS = {
    "brf_status": ("c_int32", "int32_t"),
    "int32_t": ("c_int32", "int32_t"),
    "uint32_t": ("c_uint32", "uint32_t"),
    "int64_t": ("c_int64", "int64_t"),
    "uint64_t": ("c_uint64", "uint64_t"),
    "size_t": ("c_size_t", "size_t"),
}


class Param:
    """One C parameter (or a return value when name is None)."""

    def __init__(self, const, base, stars, name):
        self.const = const
        self.base = base
        self.stars = stars
        self.name = name

    def c_text(self):
        t = ("const " if self.const else "") + self.base
        if self.stars:
            t += " " + "*" * self.stars
        return t


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def parse_type(decl, what):
    """Split 'const brf_x **name' into a Param."""
    decl = " ".join(decl.replace("*", " * ").split())
    words = decl.split(" ")
    const = False
    if words and words[0] == "const":
        const = True
        words = words[1:]
    if not words:
        raise SystemExit("gen_bindings: cannot read the type in %s" % what)
    base = words[0]
    rest = words[1:]
    stars = 0
    while rest and rest[0] in ("*", "const"):
        if rest[0] == "*":
            stars += 1
        rest = rest[1:]
    name = rest[0] if rest else None
    if len(rest) > 1:
        raise SystemExit("gen_bindings: unexpected tokens %r in %s" % (rest, what))
    return Param(const, base, stars, name)


def parse_headers(header_dir):
    """Return (functions, constants, opaque type names), each in header order."""
    functions = []
    constants = []
    opaque = []
    seen = set()
    for fname in sorted(os.listdir(header_dir)):
        if not fname.endswith(".h"):
            continue
        raw = open(os.path.join(header_dir, fname), encoding="utf-8").read()
        text = strip_comments(raw)
        for m in re.finditer(r"^[ \t]*#[ \t]*define[ \t]+(BRF_[A-Z0-9_]+)[ \t]+([^\n]+)$",
                             text, flags=re.M):
            value = evaluate(m.group(2).strip(), dict(constants))
            if value is None:
                continue
            known = dict(constants)
            if m.group(1) in known:
                # Two headers may repeat a shared constant (e.g. BRF_JSON_PRETTY).
                if known[m.group(1)] != value:
                    raise SystemExit("gen_bindings: %s defined as %d and %d"
                                     % (m.group(1), known[m.group(1)], value))
                continue
            constants.append((m.group(1), value))
        for m in re.finditer(r"typedef\s+struct\s+(brf_[a-z0-9_]+)\b", text):
            if m.group(1) not in opaque:
                opaque.append(m.group(1))
        for m in re.finditer(r"\bBRF_EXPORT\b([^;{]*?)\(([^;{]*?)\)\s*;", text, flags=re.S):
            head = m.group(1).strip()
            ret = parse_type(head, head)
            if ret.name is None:
                raise SystemExit("gen_bindings: no function name in %r" % head)
            name = ret.name
            ret.name = None
            params = []
            plist = " ".join(m.group(2).split())
            if plist not in ("void", ""):
                for i, p in enumerate(plist.split(",")):
                    param = parse_type(p.strip(), name)
                    if param.name is None:
                        param.name = "arg%d" % i
                    params.append(param)
            if name in seen:
                raise SystemExit("gen_bindings: %s declared twice" % name)
            seen.add(name)
            functions.append((fname, name, ret, params))
    return functions, constants, opaque


def evaluate(expr, known):
    """The integer value of a constant's replacement text, or None (macros, strings)."""
    expr = re.sub(r"\b(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]+\b", r"\1", expr)
    try:
        tree = ast.parse(expr, mode="eval")
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


# --- Python (ctypes) ---------------------------------------------------------

def py_type(p, fn):
    if p.stars == 0:
        if p.base == "void":
            return "None"
        if p.base in SCALARS:
            return SCALARS[p.base][0]
    elif p.stars == 1:
        if p.base == "char":
            # const char * in: bytes; const char * out: borrowed, copied by ctypes.
            # char * (no const) is a caller buffer: a create_string_buffer array.
            return "c_char_p" if p.const else "POINTER(c_char)"
        if p.base == "void":
            return "c_void_p"
        if p.base in SCALARS:
            return "POINTER(%s)" % SCALARS[p.base][0]
        if p.base.startswith("brf_"):
            return "c_void_p"  # opaque handle (or the allocator struct, by pointer)
    elif p.stars == 2:
        if p.base == "char" and not p.const:
            # owned string out: keep the raw address so it can go to brf_free
            return "POINTER(c_void_p)"
        if p.base.startswith("brf_"):
            return "POINTER(c_void_p)"
    raise SystemExit("gen_bindings: %s: type %r is outside the FFI rules" % (fn, p.c_text()))


def gen_python(functions, constants, opaque):
    out = []
    out.append('"""Low-level ctypes declarations of libbackrelief.\n\n'
               "GENERATED by tools/gen_bindings.py from include/backrelief/*.h: do not edit.\n"
               "Regenerate with `python3 tools/gen_bindings.py` after changing a public header.\n"
               '"""\n')
    out.append("from ctypes import (POINTER, c_char, c_char_p, c_int32, c_int64, c_size_t,"
               " c_uint32,\n                    c_uint64, c_void_p)\n")
    out.append("\n# Integer constants (#define BRF_*), in header order.")
    for name, value in constants:
        out.append("%s = %d" % (name, value))
    out.append("\nCONSTANTS = {")
    for name, _ in constants:
        out.append("    %r: %s," % (name, name))
    out.append("}\n")
    out.append("# Opaque handle types (all passed as c_void_p).")
    out.append("OPAQUE_TYPES = (%s)\n" % "".join("%r, " % o for o in opaque))
    out.append("# name: (restype, argtypes, C prototype)")
    out.append("FUNCTIONS = {")
    for _, name, ret, params in functions:
        args = ", ".join(py_type(p, name) for p in params)
        proto = "%s %s(%s)" % (ret.c_text(), name,
                               ", ".join("%s %s" % (p.c_text(), p.name) for p in params)
                               or "void")
        out.append("    %r: (%s, [%s],\n        %r)," % (name, py_type(ret, name), args, proto))
    out.append("}\n\n")
    out.append("def declare(lib):\n"
               '    """Set restype and argtypes of every exported function on a ctypes.CDLL.\n\n'
               "    Returns the names the library does not export (an older library).\n"
               '    """\n'
               "    missing = []\n"
               "    for name, (restype, argtypes, _) in FUNCTIONS.items():\n"
               "        try:\n"
               "            fn = getattr(lib, name)\n"
               "        except AttributeError:\n"
               "            missing.append(name)\n"
               "            continue\n"
               "        fn.restype = restype\n"
               "        fn.argtypes = argtypes\n"
               "    return missing\n")
    return "\n".join(out)


# --- Node (koffi) ------------------------------------------------------------

def js_param(p, fn):
    """The koffi prototype text of one parameter, with _Out_ on out-parameters."""
    if p.stars == 0 and p.base in SCALARS:
        return p.c_text()
    if p.stars == 1:
        if p.base == "char":
            # const char *: a JS string; char *: a caller Buffer.
            return p.c_text()
        if p.base == "void":
            return "void *"
        if p.base in SCALARS:
            # const T *: an input array; T *: an out-parameter ([0] in JS).
            return p.c_text() if p.const else "_Out_ " + p.c_text()
        if p.base.startswith("brf_"):
            return p.c_text()
    if p.stars == 2:
        if p.base == "char" and not p.const:
            return "_Out_ void **"  # owned string: the address goes to brf_free
        if p.base.startswith("brf_"):
            return "_Out_ " + p.c_text()
    raise SystemExit("gen_bindings: %s: type %r is outside the FFI rules" % (fn, p.c_text()))


def js_ret(p, fn):
    if p.stars == 0 and (p.base == "void" or p.base in SCALARS):
        return p.c_text()
    if p.stars == 1 and p.base == "char" and p.const:
        return "const char *"  # borrowed: koffi copies it into a JS string
    if p.stars == 1 and p.base.startswith("brf_"):
        return p.c_text()
    raise SystemExit("gen_bindings: %s: return type %r is outside the FFI rules"
                     % (fn, p.c_text()))


def gen_js(functions, constants, opaque):
    out = []
    out.append("// Low-level koffi declarations of libbackrelief.")
    out.append("// GENERATED by tools/gen_bindings.py from include/backrelief/*.h: do not edit.")
    out.append("// Regenerate with `python3 tools/gen_bindings.py` after changing a public header.")
    out.append("'use strict';\n")
    out.append("/** Integer constants (#define BRF_*), in header order. */")
    out.append("const constants = Object.freeze({")
    for name, value in constants:
        out.append("  %s: %d," % (name, value))
    out.append("});\n")
    out.append("/** Opaque handle types. */")
    out.append("const opaqueTypes = Object.freeze([%s]);\n"
               % ", ".join("'%s'" % o for o in opaque))
    out.append("/** name -> koffi prototype (C syntax, _Out_ marks out-parameters). */")
    out.append("const prototypes = Object.freeze({")
    for _, name, ret, params in functions:
        args = ", ".join("%s %s" % (js_param(p, name), p.name) for p in params) or "void"
        out.append("  %s: '%s %s(%s)'," % (name, js_ret(ret, name), name, args))
    out.append("});\n")
    out.append("""let typesDeclared = false;

/**
 * Declare the types once, load the library at `path` and bind every function.
 * Returns { lib, fn, missing }: fn maps each exported name to its JS function;
 * missing lists the names this (older) library does not export.
 */
function bind(koffi, path) {
  if (!typesDeclared) {
    koffi.alias('brf_status', 'int32_t');
    for (const t of opaqueTypes) koffi.opaque(t);
    typesDeclared = true;
  }
  const lib = koffi.load(path);
  const fn = {};
  const missing = [];
  for (const [name, proto] of Object.entries(prototypes)) {
    try {
      fn[name] = lib.func(proto);
    } catch (err) {
      if (!/not find|cannot find|undefined symbol/i.test(String(err.message))) throw err;
      missing.push(name);
    }
  }
  return { lib, fn, missing };
}

module.exports = { constants, opaqueTypes, prototypes, bind };
""")
    return "\n".join(out)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--headers", default=HEADER_DIR, help="include/backrelief folder")
    ap.add_argument("--out-dir", help="write _ffi.py and ffi.js into this folder")
    ap.add_argument("--check", metavar="DIR",
                    help="write into DIR and fail when the committed files differ")
    args = ap.parse_args()
    functions, constants, opaque = parse_headers(args.headers)
    files = {PY_OUT: gen_python(functions, constants, opaque),
             JS_OUT: gen_js(functions, constants, opaque)}
    if args.check:
        bad = 0
        for rel, text in files.items():
            path = os.path.join(args.check, os.path.basename(rel))
            write(path, text)
            committed = os.path.join(ROOT, rel)
            old = open(committed, encoding="utf-8").read() if os.path.exists(committed) else ""
            if old != text:
                bad = 1
                sys.stdout.writelines(difflib.unified_diff(
                    old.splitlines(True), text.splitlines(True), rel, path, n=1))
                print("\n%s is out of date: run `python3 tools/gen_bindings.py`" % rel)
        if not bad:
            print("%d functions and %d constants: committed bindings are current"
                  % (len(functions), len(constants)))
        return bad
    for rel, text in files.items():
        path = os.path.join(args.out_dir, os.path.basename(rel)) if args.out_dir \
            else os.path.join(ROOT, rel)
        write(path, text)
        print("wrote %s (%d functions, %d constants)" % (path, len(functions), len(constants)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
