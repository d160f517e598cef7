#!/bin/sh
# Instructions per operation for the bench figures, counted by valgrind's
# callgrind: stable where the machine is shared and times are noisy
# (docs/performance.md, "Benchmarks"). Runs backrelief-bench --quick once under
# callgrind and, for each figure's per-operation function, divides the
# instructions spent inside it (inclusive) by the number of calls.
#   scripts/bench-callgrind.sh [build-folder]   (default build-rel, Release)
# The counts include the allocator (glibc malloc) but not page faults, which
# callgrind cannot see.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh valgrind
build=${1:-build-rel}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRF_BUILD_EXAMPLES=OFF \
  >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" --target backrelief-bench >/dev/null
out=$(mktemp)
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --compress-strings=no --compress-pos=no \
  --callgrind-out-file="$out" "$build/tests/bench/backrelief-bench" --quick >/dev/null 2>&1
# A call edge in callgrind's format: "cfn=NAME", then "calls=N ...", then a
# cost line "LINE IR" holding the inclusive instructions of those N calls.
awk '
  BEGIN {
    n = split("context_cycle open_builtin import_once cjson_once jansson_once simdjson_once " \
              "catalog_load_once run_query plan_once build_once year load_once " \
              "load_and_stats suggest_once programme_once screen_plan_once", fns, " ")
    label["context_cycle"] = "context new + free"
    label["open_builtin"] = "open + free the built-in catalog"
    label["import_once"] = "load free-exercise-db into a catalog"
    label["cjson_once"] = "cJSON parse + delete, same bytes"
    label["jansson_once"] = "jansson parse + decref, same bytes"
    label["simdjson_once"] = "simdjson DOM parse, same bytes (callgrind: no AVX-512)"
    label["catalog_load_once"] = "built-in catalog in our format, loaded back"
    label["run_query"] = "query (1,000 and 10,000 exercises, together)"
    label["plan_once"] = "plan (built-in and synthetic catalogs, together)"
    label["build_once"] = "timeline of 3x10 held reps on each side"
    label["year"] = "52-week schedule with iCalendar export"
    label["load_once"] = "journal load, 1,000 entries"
    label["load_and_stats"] = "journal: 10 years (3,650 entries) load + stats"
    label["suggest_once"] = "adapt: next over a year (365 entries)"
    label["programme_once"] = "programme: 12 weeks, 5 frequencies + iCalendar"
    label["screen_plan_once"] = "plan + saved screen + conditions, built-in"
  }
  /^fn=/ { caller = substr($0, 4); sub(/ .*/, "", caller); sub(/\..*/, "", caller); next }
  /^cfn=/ {
    name = substr($0, 5); sub(/ .*/, "", name); sub(/\..*/, "", name); want = 1
    # The parse inside the import, apart, to split the load into parse and
    # mapping: the import streams the array, so the inclusive cost of the parse
    # holds the callback that maps each entry (import_entry), taken out below.
    if ((caller == "brf_catalog_import_free_exercise_db" || caller == "brf__catalog_import_fedb_counted") &&
        (name == "brf__json_parse_each" || name == "brf__json_parse_each_member"))
      name = "import>parse"
    next
  }
  /^calls=/ && want { split(substr($0, 7), c, " "); pending = c[1]; want = 0; cost = 1; next }
  cost { calls[name] += pending; ir[name] += $2; cost = 0; next }
  END {
    printf "%-50s %14s %8s\n", "figure", "instr/op", "calls"
    for (i = 1; i <= n; i++) {
      f = fns[i]
      if (calls[f] > 0) printf "%-50s %14.0f %8d\n", label[f], ir[f] / calls[f], calls[f]
      else printf "%-50s %14s\n", label[f], "not run"
    }
    if (calls["import_once"] > 0 && calls["cjson_once"] > 0)
      printf "load / cJSON parse, in instructions: %.2f\n",
             (ir["import_once"] / calls["import_once"]) / (ir["cjson_once"] / calls["cjson_once"])
    if (calls["import_once"] > 0 && calls["simdjson_once"] > 0)
      printf "load / simdjson DOM parse, in instructions: %.2f\n",
             (ir["import_once"] / calls["import_once"]) / (ir["simdjson_once"] / calls["simdjson_once"])
    if (calls["import>parse"] > 0 && calls["cjson_once"] > 0) {
      parse = (ir["import>parse"] - ir["import_entry"]) / calls["import>parse"]
      printf "of which the JSON parse (without mapping the entries): %.0f instr/op, %.2f of cJSON parse\n",
             parse, parse / (ir["cjson_once"] / calls["cjson_once"])
    }
  }' "$out"
