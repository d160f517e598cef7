#!/usr/bin/env python3
"""bindings.python.coverage, bindings.node.coverage: every exported function
(tests/abi/exports.txt) is either named by the binding's wrapper code or
listed in its raw-only.txt with a reason. (Java has its own check,
java/check_coverage.py, which looks for calls.)

Usage: check_coverage.py NAME EXPORTS_TXT RAW_ONLY_TXT SOURCE...
A function counts as wrapped when a wrapper source names it outside comments
(the wrappers name each C function in full, never by a computed prefix).
Prints "NAME binding: wrapped N, raw-only M, of T"; exit 1 naming each
function that is neither (or listed raw-only without a reason, or listed but
also wrapped, or listed but not exported).
"""
import re
import sys


def strip_comments(text, path):
    if path.endswith(".py"):
        return re.sub(r"(?m)#.*$", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"(?m)^\s*//.*$|\s//\s.*$", "", text)


def main():
    name, exports_txt, raw_txt = sys.argv[1:4]
    exports = [line.strip() for line in open(exports_txt, encoding="utf-8")
               if line.strip() and not line.startswith("#")]
    named = set()
    for path in sys.argv[4:]:
        text = strip_comments(open(path, encoding="utf-8").read(), path)
        named.update(re.findall(r"\bbrf_[a-z0-9_]+\b", text))
    raw, bad = {}, []
    for line in open(raw_txt, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fn, _, reason = line.partition(":")
        if not reason.strip():
            bad.append("%s is listed raw-only without a reason" % fn.strip())
        raw[fn.strip()] = reason.strip()
    for f in exports:
        if f not in named and f not in raw:
            bad.append("%s is exported but neither wrapped by the %s binding nor listed in %s"
                       % (f, name, raw_txt))
        if f in named and f in raw:
            bad.append("%s is wrapped: remove it from %s" % (f, raw_txt))
    for f in raw:
        if f not in exports:
            bad.append("%s is listed in %s but not exported" % (f, raw_txt))
    print("%s binding: wrapped %d, raw-only %d, of %d exported functions"
          % (name, len([f for f in exports if f in named]),
             len([f for f in exports if f in raw and f not in named]), len(exports)))
    for b in bad:
        print(b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
