#!/usr/bin/env python3
"""The hot methods of a Java Flight Recorder file, for JDKs whose jfr tool has no 'view' command (17).

    bench/jfr-hot.py FILE.jfr [TOP] [FILTER]

Prints the methods most often on top of the stack (self) and anywhere on it (total), as shares of the
jdk.ExecutionSample events; with FILTER, only the samples whose stack has a frame containing it.
"""
import collections
import json
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
only = sys.argv[3] if len(sys.argv) > 3 else None
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample", path],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
self_count, total_count, n = collections.Counter(), collections.Counter(), 0
for event in events:
    frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
    names = [f'{f["method"]["type"]["name"]}.{f["method"]["name"]}' for f in frames]
    if only and not any(only in name for name in names):
        continue
    n += 1
    if names:
        self_count[names[0]] += 1
    for name in set(names):
        total_count[name] += 1
print(f"{n} samples{' with ' + only if only else ''}")
for title, counter in (("self", self_count), ("total", total_count)):
    print(f"\n{title}:")
    for name, count in counter.most_common(top):
        print(f"{100 * count / max(n, 1):5.1f}%  {count:6d}  {name}")
