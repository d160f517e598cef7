#!/usr/bin/env python3
"""Fail when user-visible text names a file users do not have (CTest content.no_private_sources).

Users have neither the seed articles' files nor the maintainers' research notes, so a
source must be a citation they can find (docs/evidence.md). This greps the string literals
of the library (lib/**/*.c, lib/**/*.h, generated data included) and of the CLI
(examples/cli/*.c), the data files (data/*.json, data/catalog/*.json) and the generated
docs/catalog.md for seed file names ("000_a506b5e5ff54398a.txt"), seed numbers
("seed 001", "seeds 000, 003") and clinical.md, and prints each hit with its place.
docs/evidence.md and data/sources.json may name the seed files as a provenance key.

Usage: check_private_sources.py [--root DIR]. Python 3 standard library only.
"""
import argparse
import glob
import os
import re
import sys

PATTERNS = [
    ("a seed file name", re.compile(r"\d{3}_[0-9a-f]{16}\.txt")),
    ("a seed number", re.compile(r"\bseeds? \d{3}\b|\bseeds? \d{3}(?:, \d{3})+", re.I)),
    ("the research notes", re.compile(r"clinical\.md")),
]
C_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
C_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def c_strings(text):
    """The string literals of C source, comments removed first, with their line numbers."""
    text = C_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    for m in C_STRING.finditer(text):
        yield text.count("\n", 0, m.start()) + 1, m.group(0)


def scan(root):
    hits = []
    files = []
    for pat in ("lib/**/*.c", "lib/**/*.h", "examples/cli/*.c", "examples/cli/*.h"):
        files += [(f, True) for f in glob.glob(os.path.join(root, pat), recursive=True)]
    for pat in ("data/*.json", "data/catalog/*.json", "docs/catalog.md"):
        files += [(f, False) for f in glob.glob(os.path.join(root, pat))]
    for path, is_c in sorted(files):
        rel = os.path.relpath(path, root)
        if rel == os.path.join("data", "sources.json"):
            text = open(path, encoding="utf-8").read()
            text = re.sub(r'"provenance": "[^"]*"', "", text)  # the provenance key is allowed
            items = enumerate(text.split("\n"), 1)
        elif is_c:
            items = c_strings(open(path, encoding="utf-8").read())
        else:
            items = enumerate(open(path, encoding="utf-8").read().split("\n"), 1)
        for line, s in items:
            for what, rx in PATTERNS:
                m = rx.search(s)
                if m:
                    hits.append("%s:%d: names %s: %r" % (rel, line, what, m.group(0)))
    return hits


def self_test():
    bad = ['"see seed 000_a506b5e5ff54398a.txt"', '"(seeds 000, 003)"', '"clinical.md 3.6"']
    good = ['"the follow-seed policy"', '"seeded hash"', '"\\"How To Loosen Up\\", web article"']
    for s in bad:
        if not any(rx.search(s) for _, rx in PATTERNS):
            raise SystemExit("self-test: %s not caught" % s)
    for s in good:
        if any(rx.search(s) for _, rx in PATTERNS):
            raise SystemExit("self-test: %s caught" % s)
    if list(c_strings('/* seed 001 */ x = "a";')) != [(1, '"a"')]:
        raise SystemExit("self-test: comments are not user-visible")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    a = ap.parse_args()
    self_test()
    hits = scan(a.root)
    for h in hits:
        print(h, file=sys.stderr)
    if hits:
        print("check_private_sources.py: %d place(s) name files users do not have; cite the "
              "source as in data/sources.json (docs/evidence.md)" % len(hits), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
