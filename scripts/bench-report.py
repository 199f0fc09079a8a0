#!/usr/bin/env python3
"""Writes docs/performance.md from the benchmarks' JSON lines (scripts/bench.sh).

Every figure on the page comes from a JSON line: the value, its target and whether it was met,
with the machine (cores, CPU model, memory) and the date. The prose is docs/performance.in.md;
the line <!-- RESULTS --> in it is replaced by the tables.

    bench-report.py RESULTS.jsonl [MORE.jsonl ...] --template IN.md --output OUT.md
"""
import argparse
import datetime
import json
import os
import re
import sys


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = "%.1f GiB" % (int(line.split()[1]) / 1024 / 1024)
                    break
    except OSError:
        pass
    return "%d cores, %s, %s RAM" % (os.cpu_count() or 0, cpu, mem)


UNITS = {"ms": "ms", "s": "s", "mb": "MiB", "per_s": "/s", "count": "", "x": "×"}


def unit_of(key):
    for suffix in ("per_s", "ms", "mb", "count", "x", "s"):
        if key.endswith("_" + suffix):
            return UNITS[suffix]
    return ""


def fmt(value):
    if abs(value) >= 1000:
        return "{:,.0f}".format(value)
    if abs(value) >= 10:
        return "{:.1f}".format(value)
    return "{:.3f}".format(value).rstrip("0").rstrip(".") if value else "0"


def met(value, target):
    m = re.match(r"\s*(<=|>=)\s*([0-9.eE+-]+)", target or "")
    if not m:
        return None
    limit = float(m.group(2))
    return value <= limit if m.group(1) == "<=" else value >= limit


def label(run):
    params = run.get("parameters", {})
    parts = []
    for key in ("cases", "commits", "searches", "seed"):
        if key in params:
            v = params[key]
            parts.append("%s=%s" % (key, int(v) if isinstance(v, float) and v.is_integer() else v))
    return ", ".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results", nargs="+")
    ap.add_argument("--template", required=True)
    ap.add_argument("--output", required=True)
    args = ap.parse_args()

    runs = []
    for path in args.results:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line.startswith("{"):
                    runs.append(json.loads(line))
    if not runs:
        sys.exit("bench-report: no benchmark results")

    dates = sorted(r.get("date", "") for r in runs)
    out = []
    out.append("Measured on %s (%s), %s to %s, build type RelWithDebInfo."
               % (machine(), runs[0].get("machine", ""), dates[0], dates[-1]))
    loads = [r["load_average"] for r in runs if isinstance(r.get("load_average"), (int, float))]
    if loads:
        out.append("")
        out.append("The machine was shared with other work: its 1-minute load average at the end "
                   "of the runs was %.1f to %.1f on %d cores (above the core count, runnable work "
                   "waited for a core). Wall-clock figures include that wait; the `*_cpu_*` "
                   "figures are the CPU time of the measuring thread or process, without it."
                   % (min(loads), max(loads), os.cpu_count() or 0))
    out.append("")

    # Every figure with a target, and the other figures after it.
    out.append("### Figures against their targets")
    out.append("")
    out.append("| benchmark | run | figure | value | target | met |")
    out.append("|---|---|---|---:|---|---|")
    others = []
    for run in runs:
        if run["bench"].endswith("_scaling"):
            continue
        targets = run.get("targets", {})
        for key, value in run.items():
            if key in ("bench", "parameters", "targets", "targets_met", "machine", "date", "notes",
                       "load_average"):
                continue
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                continue
            target = targets.get(key, "")
            row = (run["bench"], label(run), key, fmt(value) + " " + unit_of(key), target)
            if target:
                ok = met(value, target)
                out.append("| %s | %s | `%s` | %s | %s | %s |"
                           % (row + ("yes" if ok else "**no**",)))
            else:
                others.append(row)
    out.append("")
    if others:
        out.append("### Other figures")
        out.append("")
        out.append("| benchmark | run | figure | value |")
        out.append("|---|---|---|---:|")
        for row in others:
            out.append("| %s | %s | `%s` | %s |" % row[:4])
        out.append("")

    # Scaling: the same figure at each size, and how it grows.
    scaling = [r for r in runs if r["bench"].endswith("_scaling")]
    for run in scaling:
        out.append("### Scaling: %s" % run["bench"].replace("_scaling", ""))
        out.append("")
        sizes = []
        table = {}
        for key, value in run.items():
            m = re.match(r"(.+)_(\d+[km]?)_([a-z]+)$", key)
            if not m or "growth" in key:
                continue
            base = m.group(1) + "_" + m.group(3)
            if m.group(2) not in sizes:
                sizes.append(m.group(2))
            table.setdefault(base, {})[m.group(2)] = value
        order = {"k": 1e3, "m": 1e6}
        sizes.sort(key=lambda s: float(s[:-1]) * order.get(s[-1], 1) if s[-1] in order else float(s))
        out.append("| figure | " + " | ".join(sizes) + " | growth, smallest to largest |")
        out.append("|---|" + "---:|" * len(sizes) + "---:|")
        for base, by_size in table.items():
            cells = [fmt(by_size[s]) + " " + unit_of(base) if s in by_size else "" for s in sizes]
            first, last = by_size.get(sizes[0]), by_size.get(sizes[-1])
            growth = "×%.2f" % (last / first) if first and last is not None else ""
            out.append("| `%s` | %s | %s |" % (base, " | ".join(cells), growth))
        out.append("")

    notes = []
    for run in runs:
        for n in run.get("notes", []):
            notes.append("%s: %s" % (run["bench"], n))

    if notes:
        out.append("### Notes from the runs")
        out.append("")
        for n in sorted(set(notes)):
            out.append("- " + n)
        out.append("")

    with open(args.template, encoding="utf-8") as f:
        template = f.read()
    text = template.replace("<!-- RESULTS -->", "\n".join(out).rstrip() + "\n")
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s from %d benchmark runs" % (args.output, len(runs)))


if __name__ == "__main__":
    main()
