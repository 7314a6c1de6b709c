#!/usr/bin/env python3
"""Writes the request paths of the user-traffic scenarios, one per line, for bench/lines.lua.

    bench/requests.py BASE_URL SOURCE_TEXT OUT_DIR RUNS [SEARCH_PER_RUN] [FILTERS_PER_RUN]

search.N, events.N and statements.N (N = 1..RUNS) hold paths that occur nowhere else in any file, so
that no request of a whole benchmark run is answered by the response cache. items holds the path of
every event, statement, person and country, in turn. The generator is seeded, so the files are the
same for the same data.
"""
import json
import os
import random
import re
import sys
import urllib.parse
import urllib.request

base, source, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
search_per_run = int(sys.argv[5]) if len(sys.argv) > 5 else 80000
filters_per_run = int(sys.argv[6]) if len(sys.argv) > 6 else 250000
rnd = random.Random(10)


def ids(collection, field="id"):
    found, page = [], 0
    while True:
        with urllib.request.urlopen(f"{base}/api/v1/{collection}?size=100&page={page}") as answer:
            body = json.load(answer)
        found += [item[field] for item in body["content"]]
        page += 1
        if page >= body["page"]["totalPages"]:
            return found


# Listing every item takes a while on a large synthetic data set: ITEMS=0 skips what only 'items' needs.
with_items = os.environ.get("ITEMS", "1") != "0"
events, statements = (ids("events"), ids("statements")) if with_items else ([], [])
persons, countries = ids("persons"), ids("countries", "code")
with open(f"{out}/items", "w") as f:
    for collection, keys in (("events", events), ("statements", statements), ("persons", persons),
                             ("countries", countries)):
        for key in keys:
            f.write(f"/api/v1/{collection}/{urllib.parse.quote(key)}\n")

with open(source, encoding="utf-8") as f:
    words = sorted({w for w in re.findall(r"[^\W\d_]{3,}", f.read())})
seen = set()


def unique(make):
    while True:
        path = make()
        if path not in seen:
            seen.add(path)
            return path


def query(params):
    return urllib.parse.urlencode([(k, v) for k, v in params if v is not None])


def search():
    n = rnd.choices((1, 2, 3), (2, 4, 4))[0]
    picked = [rnd.choice(words) for _ in range(n)]
    if rnd.random() < 0.3:
        picked = [w.lower() for w in picked]
    size = rnd.choice((None, rnd.randint(1, 100)))
    return "/api/v1/search?" + query([("q", " ".join(picked)), ("size", size)])


def date():
    year = rnd.randint(1990, 2026)
    shape = rnd.random()
    if shape < 0.5:
        return str(year)
    if shape < 0.8:
        return f"{year}-{rnd.randint(1, 12):02d}"
    return f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"


def bounds():
    a, b = date(), date()
    if a > b:
        a, b = b, a
    shape = rnd.random()
    return (a, None) if shape < 0.2 else (None, b) if shape < 0.4 else (a, b)


def page_and_sort(fields):
    sort = rnd.choice([None] + [f"{f},{d}" for f in fields for d in ("asc", "desc")])
    return [("size", rnd.randint(1, 100)), ("page", rnd.choice((None, None, None, 0, 1))), ("sort", sort)]


participants = persons + countries


def event_filter():
    start, end = bounds()
    participant = rnd.choice(participants) if rnd.random() < 0.2 else None
    return "/api/v1/events?" + query([("from", start), ("to", end), ("participant", participant)]
                                     + page_and_sort(("date", "title")))


def statement_filter():
    start, end = bounds()
    speaker = rnd.choice(persons + countries) if rnd.random() < 0.2 else None
    kind = rnd.choice((None, None, "QUOTE", "PARAPHRASE"))
    return "/api/v1/statements?" + query([("from", start), ("to", end), ("speaker", speaker), ("kind", kind)]
                                         + page_and_sort(("date",)))


for run in range(1, runs + 1):
    for name, make, count in (("search", search, search_per_run), ("events", event_filter, filters_per_run),
                              ("statements", statement_filter, filters_per_run)):
        with open(f"{out}/{name}.{run}", "w") as f:
            for _ in range(count):
                f.write(unique(make) + "\n")
