#!/usr/bin/env python3
"""bindings.java.coverage: every exported function (tests/abi/exports.txt) is
either called by the Java API (src/main/java/org/backrelief/*.java, not the
generated internal/Lib.java) or listed in raw-only.txt with a reason.

Usage: check_coverage.py EXPORTS_TXT JAVA_DIR
Prints "wrapped N, raw-only M, of T"; exit 1 naming each function that is
neither (or listed raw-only without a reason, or listed but also wrapped).
"""
import os
import re
import sys


def main():
    exports_txt, java_dir = sys.argv[1:3]
    exports = [line.strip() for line in open(exports_txt, encoding="utf-8")
               if line.strip() and not line.startswith("#")]
    src = os.path.join(java_dir, "src", "main", "java", "org", "backrelief")
    called = set()
    for name in os.listdir(src):
        if name.endswith(".java"):
            text = open(os.path.join(src, name), encoding="utf-8").read()
            # a call lib.brf_x(...) or a method reference lib::brf_x
            for a, b in re.findall(r"\.(brf_[a-z0-9_]+)\s*\(|::(brf_[a-z0-9_]+)", text):
                called.add(a or b)
    raw = {}
    bad = []
    for line in open(os.path.join(java_dir, "raw-only.txt"), encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(":")
        if not reason.strip():
            bad.append("%s is listed raw-only without a reason" % name.strip())
        raw[name.strip()] = reason.strip()
    wrapped = [f for f in exports if f in called]
    for f in exports:
        if f not in called and f not in raw:
            bad.append("%s is exported but neither wrapped by the Java API nor listed in "
                       "raw-only.txt" % f)
        if f in called and f in raw:
            bad.append("%s is wrapped: remove it from raw-only.txt" % f)
    for f in raw:
        if f not in exports:
            bad.append("%s is listed in raw-only.txt but not exported" % f)
    print("java binding: wrapped %d, raw-only %d, of %d exported functions"
          % (len(wrapped), len([f for f in exports if f in raw and f not in called]),
             len(exports)))
    for b in bad:
        print(b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
