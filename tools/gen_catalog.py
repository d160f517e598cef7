#!/usr/bin/env python3
"""Validate data/catalog/builtin.json and generate the built-in catalog.

Writes lib/catalog/catalog_builtin_data.c (static const tables compiled into the
library) and docs/catalog.md (the catalog for people). Both outputs are
committed, so builds need no Python; the CTest test `catalog.generated`
re-runs this script into the build folder and fails when a committed file
differs from what the data produces.

Checks: the document's format and version, required fields and their types,
vocabulary ids (read from include/backrelief/vocab.h, the one list of them),
unique slug ids, links to known exercises, at least one source per exercise,
and that every dose is in canonical dose notation (docs/notation.md). The
session time of each default dose is computed with the one formula of
TIMING.md (docs/notation.md, "Time estimates").

Also writes the per-condition contraindication table into docs/screening.md
(between its markers; "Contraindications by condition").

Usage: gen_catalog.py [--root DIR] [--c-out FILE] [--md-out FILE]
                      [--compare-c FILE] [--compare-md FILE]
                      [--screening-out FILE] [--compare-screening FILE]
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import sys

FORMAT = "backrelief-catalog"
FORMAT_VERSION = 1
# A seed file name: never a source users see (they do not have the files).
SEED_FILE_RE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Vocabulary kinds: JSON field -> prefix of the constants in vocab.h.
PREFIXES = {
    "modality": "MODALITY", "region": "REGION", "equipment": "EQUIPMENT",
    "level": "LEVEL", "laterality": "LATERALITY", "position": "POSITION",
    "condition": "CONDITION", "action": "ACTION", "source-kind": "SOURCE",
}


class DataError(Exception):
    pass


def read_vocab(root):
    """Map kind -> {json id: (value, constant name)} from vocab.h."""
    text = open(os.path.join(root, "include/backrelief/vocab.h"), encoding="utf-8").read()
    vocab = {k: {} for k in PREFIXES}
    pat = re.compile(r"#define (BRF_([A-Z]+)_[A-Z0-9_]+)\s+(\d+)\s+/\*\*<.*\[`([a-z0-9-]+)`\]")
    by_prefix = {v: k for k, v in PREFIXES.items()}
    for m in pat.finditer(text):
        name, prefix, value, jid = m.group(1), m.group(2), int(m.group(3)), m.group(4)
        if prefix in by_prefix:
            vocab[by_prefix[prefix]][jid] = (value, name)
    for k, ids in vocab.items():
        if not ids:
            raise DataError("vocab.h: no constants found for " + k)
    return vocab


# ---- dose notation (canonical form only) and the time estimate ----

UNITS = [("wk", 604800000), ("d", 86400000), ("h", 3600000), ("min", 60000), ("s", 1000)]
UNIT_MS = dict(UNITS)
NUM = r"(\d+)(?:-(\d+))?"
TIME_RE = re.compile("^" + NUM + "(wk|d|h|min|s)$")
CLAUSE_ORDER = ["volume", "hold", "duration", "sides", "tempo", "rest", "frequency", "interval",
                "window"]


def rng(m, i):
    lo = int(m.group(i))
    hi = int(m.group(i + 1)) if m.group(i + 1) else lo
    return lo, hi


def fmt_range(lo, hi):
    return str(lo) if lo == hi else "%d-%d" % (lo, hi)


def fmt_time(lo, hi):
    for unit, ms in UNITS:
        if lo % ms == 0 and hi % ms == 0:
            return fmt_range(lo // ms, hi // ms) + unit
    raise DataError("time not a whole number of seconds")


def parse_time(text):
    m = TIME_RE.match(text)
    if not m:
        return None
    lo, hi = rng(m, 1)
    ms = UNIT_MS[m.group(3)]
    return lo * ms, hi * ms


def parse_dose(text):
    """Parse canonical notation into a dict of (min, max) fields."""
    d = {}
    last = -1
    for clause in text.split(", "):
        kind, fields = classify(clause)
        if kind is None:
            raise DataError("dose %r: unknown clause %r" % (text, clause))
        idx = CLAUSE_ORDER.index(kind)
        if idx <= last:
            raise DataError("dose %r: clause %r is out of canonical order" % (text, clause))
        last = idx
        for k, v in fields.items():
            if v[0] > v[1] or v[0] <= 0 and k not in ("sides",):
                raise DataError("dose %r: bad range in %r" % (text, clause))
        d.update(fields)
    if format_dose(d) != text:
        raise DataError("dose %r is not canonical; canonical: %r" % (text, format_dose(d)))
    return d


def classify(c):
    m = re.match("^" + NUM + "x" + NUM + "$", c)
    if m:
        return "volume", {"sets": rng(m, 1), "reps": rng(m, 3)}
    m = re.match("^" + NUM + "x(.+)$", c)
    if m and parse_time(m.group(3)):
        return "volume", {"sets": rng(m, 1), "duration": parse_time(m.group(3))}
    m = re.match("^" + NUM + " reps$", c)
    if m:
        return "volume", {"reps": rng(m, 1)}
    for word, kind, field in (("hold ", "hold", "hold"), ("tempo ", "tempo", "tempo"),
                              ("rest ", "rest", "rest"), ("every ", "interval", "interval"),
                              ("for ", "window", "window")):
        if c.startswith(word) and parse_time(c[len(word):]):
            return kind, {field: parse_time(c[len(word):])}
    if parse_time(c):
        return "duration", {"duration": parse_time(c)}
    if c == "each side":
        return "sides", {"sides": (1, 1)}
    if c == "alternating":
        return "sides", {"sides": (2, 2)}
    if c == "daily":
        return "frequency", {"per_day": (1, 1)}
    if c == "every other day":
        return "interval", {"interval": (172800000, 172800000)}
    m = re.match("^" + NUM + "x/(day|week)$", c)
    if m:
        return "frequency", {("per_day" if m.group(3) == "day" else "per_week"): rng(m, 1)}
    return None, None


def format_dose(d):
    out = []
    if "sets" in d and "reps" in d:
        out.append(fmt_range(*d["sets"]) + "x" + fmt_range(*d["reps"]))
    elif "sets" in d:
        out.append(fmt_range(*d["sets"]) + "x" + fmt_time(*d["duration"]))
    elif "reps" in d:
        out.append(fmt_range(*d["reps"]) + " reps")
    if "hold" in d:
        out.append("hold " + fmt_time(*d["hold"]))
    if "duration" in d and "sets" not in d:
        out.append(fmt_time(*d["duration"]))
    if "sides" in d:
        out.append("each side" if d["sides"][0] == 1 else "alternating")
    for f in ("tempo", "rest"):
        if f in d:
            out.append(f + " " + fmt_time(*d[f]))
    if "per_day" in d:
        out.append("daily" if d["per_day"] == (1, 1) else fmt_range(*d["per_day"]) + "x/day")
    if "per_week" in d:
        out.append(fmt_range(*d["per_week"]) + "x/week")
    if "interval" in d:
        iv = d["interval"]
        out.append("every other day" if iv == (172800000, 172800000) else "every " + fmt_time(*iv))
    if "window" in d:
        out.append("for " + fmt_time(*d["window"]))
    return ", ".join(out)


REP_MS = {"dynamic-stretch": 4000, "mobility": 4000}
REP_MS_DEFAULT = 3000
RELAX_MS = 3000
REST_MS_DEFAULT = 30000
SWITCH_MS = 5000


def estimate(d, modality, end):
    """Session time (ms) of one dose, end 0 = min, 1 = max; None without session time."""
    def g(f, default=None):
        return d[f][end] if f in d else default
    sides = g("sides", 0)
    sides_n = 2 if sides == 1 else 1
    alt = 2 if sides == 2 else 1
    sets = g("sets", 1)
    if "reps" in d:
        bouts = g("reps") * alt
        work = g("hold") or g("tempo") or REP_MS.get(modality, REP_MS_DEFAULT)
        gap = RELAX_MS if "hold" in d else 0
        set_time = bouts * work + (bouts - 1) * gap
    elif "duration" in d:
        set_time = g("duration") * alt
    elif "hold" in d:
        set_time = g("hold") * alt
    else:
        return None
    rest = g("rest", REST_MS_DEFAULT if sets > 1 else 0)
    per_side = sets * set_time + (sets - 1) * rest
    return sides_n * per_side + (SWITCH_MS if sides_n == 2 else 0)


# ---- validation ----

def need(obj, key, typ, path, optional=False):
    if key not in obj:
        if optional:
            return typ()
        raise DataError("%s.%s: missing" % (path, key))
    v = obj[key]
    if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
        raise DataError("%s.%s: expected %s" % (path, key, typ.__name__))
    return v


def text(obj, key, path, optional=False, empty_ok=False):
    v = need(obj, key, str, path, optional)
    if not v and not empty_ok and not optional:
        raise DataError("%s.%s: empty" % (path, key))
    return v


def texts(obj, key, path, optional=False):
    v = need(obj, key, list, path, optional)
    for i, s in enumerate(v):
        if not isinstance(s, str) or not s:
            raise DataError("%s.%s[%d]: expected a non-empty string" % (path, key, i))
    return v


def vocab_id(vocab, kind, value, path):
    if not isinstance(value, str) or value not in vocab[kind]:
        raise DataError("%s: unknown %s %r" % (path, kind, value))
    return value


def check_source(vocab, s, path):
    if not isinstance(s, dict):
        raise DataError(path + ": expected an object")
    kind = vocab_id(vocab, "source-kind", need(s, "kind", str, path), path + ".kind")
    ref = text(s, "ref", path)
    if kind == "seed" and ref not in vocab["_seed_cites"]:
        raise DataError("%s.ref: %r is not the citation of a web article of data/sources.json"
                        % (path, ref))
    if SEED_FILE_RE.search(ref):
        raise DataError("%s.ref: %r names a file users do not have" % (path, ref))
    text(s, "note", path, optional=True)
    return s


def check_links(obj, key, path):
    links = need(obj, key, list, path, optional=True)
    for i, l in enumerate(links):
        p = "%s.%s[%d]" % (path, key, i)
        if not isinstance(l, dict) or ("exercise" in l) == ("variation" in l):
            raise DataError(p + ": needs exactly one of 'exercise' and 'variation'")
        if "exercise" in l:
            text(l, "exercise", p)
            text(l, "note", p, optional=True)
        else:
            text(l, "variation", p)
    return links


EXERCISE_KEYS = {"id", "name", "aliases", "summary", "modality", "regions", "equipment", "level",
                 "laterality", "position", "instructions", "cues", "cautions", "contraindications",
                 "default_dose", "dose_note", "alternative_doses", "progressions", "regressions",
                 "sources", "media"}


def check_exercise(vocab, e, i):
    path = "exercises[%d]" % i
    if not isinstance(e, dict):
        raise DataError(path + ": expected an object")
    extra = set(e) - EXERCISE_KEYS
    if extra:
        raise DataError("%s: unknown field %s" % (path, sorted(extra)[0]))
    if not SLUG_RE.match(text(e, "id", path)) or len(e["id"]) > 64:
        raise DataError("%s.id: %r is not a slug" % (path, e["id"]))
    text(e, "name", path)
    texts(e, "aliases", path, optional=True)
    text(e, "summary", path)
    vocab_id(vocab, "modality", e.get("modality"), path + ".modality")
    regions = need(e, "regions", dict, path)
    prim = texts(regions, "primary", path + ".regions")
    if not prim:
        raise DataError(path + ".regions.primary: empty")
    for j, r in enumerate(prim + texts(regions, "secondary", path + ".regions", optional=True)):
        vocab_id(vocab, "region", r, "%s.regions[%d]" % (path, j))
    eq = texts(e, "equipment", path)
    if not eq:
        raise DataError(path + ".equipment: empty (write [\"none\"])")
    for j, q in enumerate(eq):
        vocab_id(vocab, "equipment", q, "%s.equipment[%d]" % (path, j))
    for k in ("level", "laterality", "position"):
        vocab_id(vocab, k, e.get(k), path + "." + k)
    if not texts(e, "instructions", path):
        raise DataError(path + ".instructions: empty")
    texts(e, "cues", path, optional=True)
    texts(e, "cautions", path, optional=True)
    for j, c in enumerate(need(e, "contraindications", list, path, optional=True)):
        p = "%s.contraindications[%d]" % (path, j)
        vocab_id(vocab, "condition", c.get("condition"), p + ".condition")
        vocab_id(vocab, "action", c.get("action"), p + ".action")
        text(c, "note", p, optional=True)
    e["_dose"] = parse_dose(text(e, "default_dose", path))
    sides = {0: "both-sides", 1: "each-side", 2: "alternating"}[e["_dose"].get("sides", (0, 0))[0]]
    if sides != e["laterality"]:
        raise DataError("%s.default_dose: its sides (%s) disagree with laterality %s"
                        % (path, sides, e["laterality"]))
    text(e, "dose_note", path, optional=True)
    for j, a in enumerate(need(e, "alternative_doses", list, path, optional=True)):
        p = "%s.alternative_doses[%d]" % (path, j)
        parse_dose(text(a, "dose", p))
        check_source(vocab, need(a, "source", dict, p), p + ".source")
        text(a, "note", p, optional=True)
    check_links(e, "progressions", path)
    check_links(e, "regressions", path)
    sources = need(e, "sources", list, path)
    if not sources:
        raise DataError(path + ".sources: every exercise needs at least one source")
    for j, s in enumerate(sources):
        check_source(vocab, s, "%s.sources[%d]" % (path, j))
    texts(e, "media", path, optional=True)
    est = [estimate(e["_dose"], e["modality"], end) for end in (0, 1)]
    e["_estimate"] = est if est[0] is not None else [-1, -1]


def seed_cites(root):
    """The citations of the web articles (the seeds), from data/sources.json."""
    with open(os.path.join(root, "data/sources.json"), encoding="utf-8") as f:
        return {s["cite"] for s in json.load(f)["sources"] if s.get("kind") == "seed"}


def load(root):
    vocab = read_vocab(root)
    vocab["_seed_cites"] = seed_cites(root)
    with open(os.path.join(root, "data/catalog/builtin.json"), encoding="utf-8") as f:
        doc = json.load(f, object_pairs_hook=no_duplicate_keys)
    if doc.get("format") != FORMAT or doc.get("format_version") != FORMAT_VERSION:
        raise DataError("not a %s document of version %d" % (FORMAT, FORMAT_VERSION))
    exercises = need(doc, "exercises", list, "")
    seen = {}
    for i, e in enumerate(exercises):
        check_exercise(vocab, e, i)
        if e["id"] in seen:
            raise DataError("exercises[%d].id: duplicate id %r" % (i, e["id"]))
        seen[e["id"]] = i
    for i, e in enumerate(exercises):
        for key in ("progressions", "regressions"):
            for l in e.get(key, []):
                if "exercise" in l and l["exercise"] not in seen:
                    raise DataError("exercises[%d].%s: unknown exercise %r" % (i, key, l["exercise"]))
    return vocab, exercises


def no_duplicate_keys(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise DataError("duplicate key %r" % k)
        d[k] = v
    return d


# ---- C output ----

def c_str(s):
    if s is None:
        return "NULL"
    out = ['"']
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= b < 127 and ch != "?":
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    out.append('"')
    return "".join(out)


def gen_c(vocab, exercises, prefix="ex", table="brf__builtin_exercises", whole=True):
    """The C tables of exercises. tools/gen_i18n.py calls it with another
    prefix and table and whole=False for each language's copy of the catalog
    (no file header, count or id index: those are the English catalog's)."""
    w = ["/* GENERATED by tools/gen_catalog.py from data/catalog/builtin.json: do not edit.\n"
         " * Edit the JSON and run `python3 tools/gen_catalog.py`; the catalog.generated\n"
         " * test fails when this file is out of date. */\n",
         "#include \"catalog/catalog_private.h\"\n\n"] if whole else []

    def const(kind, jid):
        return vocab[kind][jid][1]

    def strs(name, items):
        if not items:
            return "{NULL, 0}"
        w.append("static const char *const %s[] = {\n" % name)
        for s in items:
            w.append("  %s,\n" % c_str(s))
        w.append("};\n")
        return "{%s, %d}" % (name, len(items))

    def codes(name, kind, items):
        if not items:
            return "{NULL, 0}"
        w.append("static const int32_t %s[] = {%s};\n" % (name, ", ".join(const(kind, x) for x in items)))
        return "{%s, %d}" % (name, len(items))

    def source(s):
        return "{%s, %s, %s}" % (const("source-kind", s["kind"]), c_str(s["ref"]), c_str(s.get("note", "")))

    def array(name, ctype, rows):
        if not rows:
            return "NULL, 0"
        w.append("static const %s %s[] = {\n" % (ctype, name))
        for r in rows:
            w.append("  %s,\n" % r)
        w.append("};\n")
        return "%s, %d" % (name, len(rows))

    def links(name, items):
        return array(name, "brf__link", ["{%s, %s}" % (c_str(l.get("exercise")),
                                                      c_str(l.get("variation", l.get("note", ""))))
                                         for l in items])

    for i, e in enumerate(exercises):
        p = "%s%d_" % (prefix, i)
        w.append("\n/* %s */\n" % e["id"])
        f = {}
        f["aliases"] = strs(p + "aliases", e.get("aliases", []))
        f["primary"] = codes(p + "primary", "region", e["regions"]["primary"])
        f["secondary"] = codes(p + "secondary", "region", e["regions"].get("secondary", []))
        f["equipment"] = codes(p + "equipment", "equipment", e["equipment"])
        f["instructions"] = strs(p + "instructions", e["instructions"])
        f["cues"] = strs(p + "cues", e.get("cues", []))
        f["cautions"] = strs(p + "cautions", e.get("cautions", []))
        f["contra"] = array(p + "contra", "brf__contra", [
            "{%s, %s, %s}" % (const("condition", c["condition"]), const("action", c["action"]),
                              c_str(c.get("note", ""))) for c in e.get("contraindications", [])])
        f["alt"] = array(p + "alt", "brf__alt_dose", [
            "{%s, %s, %s}" % (c_str(a["dose"]), source(a["source"]), c_str(a.get("note", "")))
            for a in e.get("alternative_doses", [])])
        f["prog"] = links(p + "progressions", e.get("progressions", []))
        f["reg"] = links(p + "regressions", e.get("regressions", []))
        f["sources"] = array(p + "sources", "brf__source", [source(s) for s in e["sources"]])
        f["media"] = strs(p + "media", e.get("media", []))
        est = e["_estimate"]
        w.append("static const brf_exercise %s%d = {\n" % (prefix, i))
        w.append("  %s,\n  %s,\n  %s,\n  %s,\n  %s,\n" % (
            c_str(e["id"]), c_str(e["name"]), c_str(e["summary"]), c_str(e["default_dose"]),
            c_str(e.get("dose_note", ""))))
        w.append("  %s, %s, %s, %s, 0,\n" % (
            const("modality", e["modality"]), const("level", e["level"]),
            const("laterality", e["laterality"]), const("position", e["position"])))
        w.append("  %d, %d,\n" % (est[0], est[1]))
        w.append("  %s, %s, %s, %s,\n" % (f["aliases"], f["primary"], f["secondary"], f["equipment"]))
        w.append("  %s, %s, %s,\n" % (f["instructions"], f["cues"], f["cautions"]))
        w.append("  %s, %s, %s, %s, %s,\n" % (f["contra"], f["alt"], f["prog"], f["reg"], f["sources"]))
        w.append("  %s,\n};\n" % f["media"])
    w.append("\nconst brf_exercise *const %s[] = {\n" % table)
    for i in range(len(exercises)):
        w.append("  &%s%d,\n" % (prefix, i))
    w.append("};\n")
    if not whole:
        return "".join(w)
    w.append("\nconst size_t brf__builtin_count = %d;\n\n" % len(exercises))
    order = sorted(range(len(exercises)), key=lambda k: exercises[k]["id"].encode("utf-8"))
    w.append("const uint16_t brf__builtin_by_id[] = {\n")
    for k in range(0, len(order), 16):
        w.append("  " + ", ".join(str(x) for x in order[k:k + 16]) + ",\n")
    w.append("};\n")
    return "".join(w)


# ---- Markdown output ----

def fmt_ms(ms):
    s = ms // 1000
    return "%d min %02d s" % (s // 60, s % 60) if s >= 60 else "%d s" % s


def src_md(s):
    note = s.get("note", "")
    return "%s `%s`%s" % (s["kind"], s["ref"], (": " + note) if note else "")


def gen_md(exercises):
    w = ["# The built-in catalog\n\n",
         "<!-- GENERATED by tools/gen_catalog.py from data/catalog/builtin.json: do not edit. -->\n\n",
         "%d exercises, compiled into libbackrelief (`brf_catalog_new_builtin`). Doses are in the\n" % len(exercises),
         "dose notation (docs/notation.md); the session time is estimated with the formula of\n",
         "docs/notation.md (\"Time estimates\"). Where sources disagree, every source's dose is kept\n",
         "as an alternative and the note says which default was chosen and why (the conservative one).\n",
         "The web articles are cited by their titles; docs/evidence.md lists every source with the facts\n",
         "taken from it. The text is written for this catalog and is not medical advice.\n\n",
         "| id | name | modality | default dose | session time |\n|---|---|---|---|---|\n"]
    for e in exercises:
        est = e["_estimate"]
        t = "-" if est[0] < 0 else (fmt_ms(est[0]) if est[0] == est[1] else fmt_ms(est[0]) + " to " + fmt_ms(est[1]))
        w.append("| [`%s`](#%s) | %s | %s | `%s` | %s |\n" % (e["id"], e["id"], e["name"], e["modality"], e["default_dose"], t))
    for e in exercises:
        w.append("\n## %s\n\n" % e["id"])
        w.append("**%s**%s. %s\n\n" % (e["name"], (" (also: " + ", ".join(e["aliases"]) + ")") if e.get("aliases") else "", e["summary"]))
        w.append("- Modality: %s; level: %s; laterality: %s; starting position: %s\n" % (e["modality"], e["level"], e["laterality"], e["position"]))
        w.append("- Regions: %s%s\n" % (", ".join(e["regions"]["primary"]), ("; secondary: " + ", ".join(e["regions"]["secondary"])) if e["regions"].get("secondary") else ""))
        w.append("- Equipment: %s\n" % ", ".join(e["equipment"]))
        w.append("- Default dose: `%s`\n" % e["default_dose"])
        if e.get("dose_note"):
            w.append("- Why this dose: %s\n" % e["dose_note"])
        for a in e.get("alternative_doses", []):
            w.append("- Alternative dose: `%s` (%s)%s\n" % (a["dose"], src_md(a["source"]), (": " + a["note"]) if a.get("note") else ""))
        w.append("\nSteps:\n\n")
        for n, s in enumerate(e["instructions"], 1):
            w.append("%d. %s\n" % (n, s))
        for title, key in (("Cues", "cues"), ("Cautions", "cautions")):
            if e.get(key):
                w.append("\n%s:\n\n" % title)
                for s in e[key]:
                    w.append("- %s\n" % s)
        if e.get("contraindications"):
            w.append("\nContraindications:\n\n")
            for c in e["contraindications"]:
                w.append("- %s: %s%s\n" % (c["condition"], c["action"], (". " + c["note"]) if c.get("note") else ""))
        for title, key in (("Progressions", "progressions"), ("Regressions", "regressions")):
            if e.get(key):
                w.append("\n%s:\n\n" % title)
                for l in e[key]:
                    if "exercise" in l:
                        w.append("- [`%s`](#%s)%s\n" % (l["exercise"], l["exercise"], (": " + l["note"]) if l.get("note") else ""))
                    else:
                        w.append("- %s\n" % l["variation"])
        w.append("\nSources:\n\n")
        for s in e["sources"]:
            w.append("- %s\n" % src_md(s))
        for m in e.get("media", []):
            w.append("- Media: <%s>\n" % m)
    return "".join(w)


SCREEN_BEGIN = "<!-- BEGIN GENERATED contraindications: tools/gen_catalog.py from data/catalog/builtin.json -->\n"
SCREEN_END = "<!-- END GENERATED contraindications -->\n"


def gen_contra_md(vocab, exercises):
    """The per-condition contraindication table of docs/screening.md (between the markers).

    One row per condition (in vocab.h order): the exercises it excludes (skip or
    ask-clinician: never planned) and those it adapts (modify: planned with the
    note). tests/unit/planner/test_contraindications.c reads this table and
    checks the library and the planner against it."""
    conds = sorted(vocab["condition"].items(), key=lambda kv: kv[1][0])
    refs = []
    for e in exercises:
        for s in e["sources"]:
            if s["ref"] not in refs:
                refs.append(s["ref"])
    w = [SCREEN_BEGIN, "\n",
         "| condition | excluded (never planned) | adapted (planned with a note) |\n|---|---|---|\n"]
    detail = []
    for cid, _ in conds:
        exc, ada, lines = [], [], []
        for e in exercises:
            for c in e.get("contraindications", []):
                if c["condition"] != cid:
                    continue
                (ada if c["action"] == "modify" else exc).append(e["id"])
                lines.append("- `%s` (%s): %s Sources: %s.\n" % (
                    e["id"], c["action"], c.get("note", "(no note)"),
                    ", ".join(sorted({"S%d" % (refs.index(s["ref"]) + 1) for s in e["sources"]},
                                     key=lambda x: int(x[1:])))))
        w.append("| `%s` | %s | %s |\n" % (cid, " ".join("`%s`" % i for i in exc) or "-",
                                            " ".join("`%s`" % i for i in ada) or "-"))
        detail.append("\n#### %s\n\n" % cid)
        detail.extend(lines or ["No exercise of the built-in catalog is excluded or adapted.\n"])
    w.append("\nEach entry with its reason and the sources of its exercise (numbered below):\n")
    w.extend(detail)
    w.append("\nSources of the exercises above (docs/catalog.md gives each exercise's sources with notes):\n\n")
    for n, r in enumerate(refs, 1):
        w.append("- S%d: %s\n" % (n, r))
    w.append("\n" + SCREEN_END)
    return "".join(w)


def splice_screening(root, block):
    path = os.path.join(root, "docs/screening.md")
    text = open(path, encoding="utf-8").read()
    a, b = text.find(SCREEN_BEGIN), text.find(SCREEN_END)
    if a < 0 or b < a:
        raise DataError("docs/screening.md: the contraindication markers are missing")
    return text[:a] + block + text[b + len(SCREEN_END):]


def write_or_compare(content, out, compare):
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    if compare:
        with open(compare, encoding="utf-8") as f:
            if f.read() != content:
                sys.stderr.write("%s is out of date: run `python3 tools/gen_catalog.py` and commit it "
                                 "(fresh output in %s)\n" % (compare, out))
                return 1
    return 0


def self_test():
    """Check the notation reader and the validator on known cases (CTest runs this)."""
    canonical = ["3x10", "2-3x6-15", "10 reps, hold 20-30s, alternating", "hold 10s",
                 "10min, each side, 1-2x/day", "20min, every 1-2h, for 2-3d", "daily",
                 "every other day", "2-3x6-15, every other day", "3x10, each side, rest 1min",
                 "2-4 reps, hold 10-30s, 2-3x/week", "1-3x30-120s", "10min", "90s", "3x/week",
                 "3x10, tempo 3s"]
    for text in canonical:
        if format_dose(parse_dose(text)) != text:
            raise DataError("self-test: %r does not round-trip" % text)
    for text in ["hold 30s, 2-4 reps", "600s", "3x10, 2x8", "10 parsecs", "", "3x", "x10",
                 "10-5 reps", "0x10", "each side, alternating", "1x/day", "every 2d", "60s"]:
        try:
            parse_dose(text)
        except DataError:
            continue
        raise DataError("self-test: %r was accepted" % text)
    d = parse_dose("2-3x6-15")
    if (estimate(d, "strength", 0), estimate(d, "strength", 1)) != (66000, 195000):
        raise DataError("self-test: estimate of 2-3x6-15")
    if estimate(parse_dose("10min, each side, daily"), "self-massage", 1) != 1205000:
        raise DataError("self-test: estimate of 10min, each side")
    if estimate(parse_dose("5 reps"), "mobility", 0) != 20000:
        raise DataError("self-test: mobility rep time")
    if estimate(parse_dose("daily"), "strength", 0) is not None:
        raise DataError("self-test: a frequency alone has no session time")
    return 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=os.path.dirname(here))
    ap.add_argument("--c-out")
    ap.add_argument("--md-out")
    ap.add_argument("--compare-c")
    ap.add_argument("--compare-md")
    ap.add_argument("--screening-out", help="docs/screening.md with the contraindication table")
    ap.add_argument("--compare-screening")
    ap.add_argument("--self-test", action="store_true", help="check the notation reader and exit")
    a = ap.parse_args()
    if a.self_test:
        try:
            return self_test()
        except DataError as err:
            sys.stderr.write("%s\n" % err)
            return 1
    try:
        vocab, exercises = load(a.root)
    except (DataError, ValueError) as err:
        sys.stderr.write("data/catalog/builtin.json: %s\n" % err)
        return 1
    c_out = a.c_out or os.path.join(a.root, "lib/catalog/catalog_builtin_data.c")
    md_out = a.md_out or os.path.join(a.root, "docs/catalog.md")
    rc = write_or_compare(gen_c(vocab, exercises), c_out, a.compare_c)
    rc |= write_or_compare(gen_md(exercises), md_out, a.compare_md)
    try:
        screening = splice_screening(a.root, gen_contra_md(vocab, exercises))
    except DataError as err:
        sys.stderr.write("%s\n" % err)
        return 1
    scr_out = a.screening_out or os.path.join(a.root, "docs/screening.md")
    rc |= write_or_compare(screening, scr_out, a.compare_screening)
    return rc


if __name__ == "__main__":
    sys.exit(main())
