#!/usr/bin/env python3
"""Print which translation keys each language lacks (docs/localisation.md).

For every language folder of data/i18n/, the keys of the source (English)
texts that have no translation, one per line as "<tag> <domain> <key>: <the
English text>", then a summary line per language. A text without a
translation falls back to English at run time, so a missing key is not an
error for the generator; with --require-complete (the i18n.complete test)
any missing key makes the exit status 1.

Usage: i18n_report.py [--root DIR] [--lang TAG] [--require-complete] [--quiet]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_catalog  # noqa: E402
import gen_i18n  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=os.path.dirname(here))
    ap.add_argument("--lang", help="only this language")
    ap.add_argument("--require-complete", action="store_true", help="exit 1 when a key is missing")
    ap.add_argument("--quiet", action="store_true", help="the summary lines only")
    a = ap.parse_args()
    try:
        _, _, sources, langs = gen_i18n.load(a.root)
    except (gen_i18n.DataError, gen_catalog.DataError) as err:
        sys.stderr.write("%s\n" % err)
        return 1
    if a.lang is not None and a.lang not in langs:
        sys.stderr.write("no language %r in data/i18n/ (there are: %s)\n" % (a.lang, ", ".join(sorted(langs))))
        return 1
    gone = gen_i18n.missing(sources, langs)
    total = sum(len(sources[d]) for d in gen_i18n.DOMAINS)
    bad = 0
    for tag in sorted(langs):
        if a.lang is not None and tag != a.lang:
            continue
        if not a.quiet:
            for domain, key in gone[tag]:
                print("%s %s %s: %s" % (tag, domain, key, sources[domain][key]))
        n = len(gone[tag])
        bad += n
        print("%s: %d of %d texts translated, %d missing" % (tag, total - n, total, n))
    return 1 if a.require_complete and bad else 0


if __name__ == "__main__":
    sys.exit(main())
