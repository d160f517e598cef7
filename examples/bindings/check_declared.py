#!/usr/bin/env python3
"""Check that every symbol of tests/abi/exports.txt is declared in both
generated binding files (Python _ffi.py and Node ffi.js).

Usage: check_declared.py EXPORTS_TXT PY_FFI JS_FFI
"""
import re
import sys


def main():
    exports_txt, py_ffi, js_ffi = sys.argv[1:4]
    symbols = []
    for line in open(exports_txt, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            symbols.append(line)
    py = set(re.findall(r"^    '(brf_[a-z0-9_]+)': \(", open(py_ffi, encoding="utf-8").read(),
                        flags=re.M))
    js = set(re.findall(r"^  (brf_[a-z0-9_]+): '", open(js_ffi, encoding="utf-8").read(),
                        flags=re.M))
    bad = 0
    for sym in symbols:
        for label, names in (("Python _ffi.py", py), ("Node ffi.js", js)):
            if sym not in names:
                print("%s is exported but not declared in %s" % (sym, label))
                bad = 1
    if bad:
        print("run `python3 tools/gen_bindings.py` and commit the result")
        return 1
    print("all %d exported symbols are declared in _ffi.py and ffi.js" % len(symbols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
