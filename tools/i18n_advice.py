"""The derived message domains of the advisories and the goal templates
(docs/localisation.md, "Message domains"), for tools/gen_i18n.py's DERIVED.

Their English texts live in data/advisories.json and data/goals.json, where
tools/gen_content.py validates them and records what cites each source:

  planner  modules.planner.texts (key: the name in lower case), the goals'
           slot reasons (goal.<goal>.<n>, phase_strength.<n>) and the
           directional-preference reasons (directional.<direction>)
  adapt    modules.adapt.texts
  routine  modules.routine.texts
  dosage   the dose-check rules' texts (key: the rule id)

A text names a source as {source-id}: a translation keeps the same
placeholders (gen_i18n checks them like any other), and finish() writes each
source's citation in every language when the tables are generated, an
article's title between the language's quotation marks (the citation itself
stays as published). Other placeholders ({value}, {step}) are filled at run
time by brf__i18n_expand.
 gen_content.py names the ids with
gen_i18n.msg_enum_name(domain, key) and the key functions here.

Python 3 standard library only.
"""
import json
import os
import re

# Placeholders filled at run time, not sources.
RUNTIME = ("value", "step")
# An article's title between the language's quotation marks.
QUOTES = {"en": ("\"", "\""), "de": ("\u201e", "\u201c"), "es": ("\u00ab", "\u00bb"),
          "fr": ("\u00ab\u00a0", "\u00a0\u00bb")}


def _load(root, name):
    with open(os.path.join(root, "data", name), encoding="utf-8") as f:
        return json.load(f)


def key_of(name):
    """A key from an id or a C-style name: lower case, words joined by _."""
    return name.lower().replace("-", "_")


def goal_key(goal, n):
    return "goal.%s.%d" % (key_of(goal), n)


def phase_strength_key(n):
    return "phase_strength.%d" % n


def directional_key(direction):
    return "directional." + key_of(direction)


def planner_texts(root):
    out = {}
    for name, text in _load(root, "advisories.json")["modules"]["planner"]["texts"].items():
        out[key_of(name)] = text
    goals = _load(root, "goals.json")
    for gid, items in goals["goals"].items():
        for n, s in enumerate(items):
            out[goal_key(gid, n)] = s["reason"]
    for n, s in enumerate(goals["phase_strength"]):
        out[phase_strength_key(n)] = s["reason"]
    for d, item in goals["directional"].items():
        if isinstance(item, dict):
            out[directional_key(d)] = item["reason"]
    return out


def module_texts(module):
    def fn(root):
        texts = _load(root, "advisories.json")["modules"][module].get("texts", {})
        return {key_of(name): text for name, text in texts.items()}
    return fn


def dosage_texts(root):
    return {key_of(r["id"]): r["text"] for r in _load(root, "advisories.json")["dosage"]}


_CITES = {}


def finish(root, tag, text):
    """text with every {source-id} replaced by its citation in language tag."""
    if root not in _CITES:
        _CITES[root] = {s["id"]: s["cite"] for s in _load(root, "sources.json")["sources"]}
    cites = _CITES[root]
    q = QUOTES.get(tag.split("-")[0], QUOTES["en"])

    def sub(m):
        sid = m.group(1)
        if sid in RUNTIME or sid not in cites:
            return m.group(0)
        c = cites[sid]
        t = re.match(r'^"([^"]*)"(.*)$', c)
        return q[0] + t.group(1) + q[1] + t.group(2) if t else c
    return re.sub(r"\{([a-z0-9-]+)\}", sub, text)


# domain -> (module, texts, finish): registered in gen_i18n.DERIVED.
DOMAINS = {
    "planner": ("planner", planner_texts, finish),
    "adapt": ("adapt", module_texts("adapt"), finish),
    "routine": ("routine", module_texts("routine"), finish),
    "dosage": ("dosage", dosage_texts, finish),
}
