#!/usr/bin/env python3
"""A short tour of the Python binding (run by CTest as bindings.python_example).

    BACKRELIEF_LIBRARY=build/lib/libbackrelief.so python3 examples/bindings/python/example.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import backrelief as br  # noqa: E402

lib = br.load()  # BACKRELIEF_LIBRARY, or find_library("backrelief"); checks the ABI major
print("libbackrelief %s (ABI %d)" % (lib.version, lib.abi_version))

with br.Context() as ctx, br.Catalog.builtin(ctx) as cat:
    # A query with keyword filters; vocabulary values are slugs.
    for ex in cat.query(region="lower-back", max_level="beginner", equipment=["none", "mat"]):
        print("  %-28s %s" % (ex.name, ex.default_dose))

    # Doses: parse, read fields, estimate; errors carry the column.
    dose = br.Dosage.parse(ctx, "hold 10-30s, 2-4 reps")
    print("dose %s: reps %s, takes %d-%d s" % (dose, dose.reps, *(ms // 1000 for ms in
                                                                   dose.estimate())))
    try:
        br.Dosage.parse(ctx, "3x10, rest 60 parsecs")
    except br.ParseError as e:
        print("ParseError at column %d: %s" % (e.column, e.message))

    # Screen for red flags before any programme.
    with br.Screen(ctx) as screen:
        screen.evaluate()  # raises ReferError when the person must see a clinician

    # A routine by hand, then a player on a simulated clock.
    with br.Routine(ctx, "Morning") as routine:
        routine.append(cat.find("cat-camel"))
        routine.append(cat.find("glute-stretch"), dose)
        lo, hi = routine.estimate()
        print("routine %r: %d steps, %d-%d min" % (routine.name, len(routine), lo // 60000,
                                                    hi // 60000))
        with br.Timeline.from_routine(routine) as timeline, br.Player(timeline) as player:
            cues = list(player.play(br.SimulatedClock(), tick_ms=1000))
            for cue in cues[:4] + cues[-1:]:
                print("  %6.1f s  %s" % (cue.at_ms / 1000, cue.text))
            print("player %s after %d cues" % (player.state, len(cues)))
