#!/usr/bin/env python3
"""Records the API's answers to a fixed, varied set of requests, so that a refactoring can show it
changes none of them: run it against the build before and the build after, and diff the two files.

    bench/responses.py BASE_URL OUT_FILE
    bench/responses.py --compare BEFORE_FILE AFTER_FILE


Every item, passage, collection page, sort, filter (each role, dates, kinds), CSV download, search
(every word of the source, and phrases, exclusions and prefixes), and the problems of bad requests.
Each line is one answer: the request, its status, media type and body. ETags are left out: they
include the build's time, so they differ between any two builds by design.
"""
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request



def compare(before, after):
    """Prints every answer that differs: JSON compared as JSON (the order of an object's members
    carries no meaning), anything else byte for byte. Exits 1 if any differs."""
    def load(name):
        with open(name, encoding="utf-8") as file:
            return [json.loads(line) for line in file]

    def same(a, b):
        if a["status"] != b["status"] or a["type"] != b["type"]:
            return False
        if a["type"] and "json" in a["type"]:
            return json.loads(a["body"]) == json.loads(b["body"])
        return a["body"] == b["body"]

    first, second = load(before), load(after)
    differing = [(a, b) for a, b in zip(first, second) if a["request"] != b["request"] or not same(a, b)]
    for a, b in differing[:20]:
        print(f"{a['request']}\n  before {a['status']} {a['body'][:300]}\n  after  {b['status']} {b['body'][:300]}")
    print(f"{len(first)} and {len(second)} answers, {len(differing)} differ")
    sys.exit(1 if differing or len(first) != len(second) else 0)


if sys.argv[1] == "--compare":
    compare(sys.argv[2], sys.argv[3])
base, out = sys.argv[1], sys.argv[2]


def fetch(path, accept="application/json", method="GET"):
    request = urllib.request.Request(base + path, method=method, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, answer.headers.get("Content-Type"), answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read().decode("utf-8")


def all_of(collection, key="id"):
    found, page = [], 0
    while True:
        body = json.loads(fetch(f"/api/v1/{collection}?size=100&page={page}")[2])
        found += body["content"]
        page += 1
        if page >= body["page"]["totalPages"]:
            return [item[key] for item in found], found


paths = ["/api/v1", "/api/v1/", "/api/v1/nothing", "/api/v1/events/nope", "/api/v1/countries/zz",
         "/api/v1/sources/csto-wikipedia-extract/passages/0", "/api/v1/sources/csto-wikipedia-extract/passages/999"]
collections = {"member-states": ("code", ("name", "code")), "countries": ("code", ("name", "code")),
               "events": ("id", ("date", "title")), "statements": ("id", ("date",)),
               "bodies": ("id", ("name",)), "persons": ("id", ("name",)),
               "organizations": ("id", ("name",)), "sources": ("id", ("title",)), "timeline": (None, ("date",))}
parties = set()
for collection, (key, sorts) in collections.items():
    paths += [f"/api/v1/{collection}", f"/api/v1/{collection}?size=1", f"/api/v1/{collection}?size=3&page=2",
              f"/api/v1/{collection}?size=0", f"/api/v1/{collection}?page=-1", f"/api/v1/{collection}?sort=nope",
              f"/api/v1/{collection}?frm=2023", f"/api/v1/{collection}?size=5&size=6"]
    paths += [f"/api/v1/{collection}?sort={field},{direction}&size=100" for field in sorts
              for direction in ("asc", "desc")]
    if key:
        ids, items = all_of(collection, key)
        paths += [f"/api/v1/{collection}/{urllib.parse.quote(one)}" for one in ids]
        paths += [f"/api/v1/{collection}/{urllib.parse.quote(one.upper())}" for one in ids[:5]]
        if collection in ("countries", "persons", "organizations", "bodies"):
            parties.update(ids)
source_ids, sources = all_of("sources")
for source in sources:
    paths += [f"/api/v1/sources/{source['id']}/passages/{p['number']}" for p in source["passages"]]
parties = sorted(parties) + ["am", "ru", "nobody"]
dates = ["2002", "2009", "2009-02", "2009-02-04", "2022", "2023", "2023-01", "2023-10-15", "2024", "2030",
         "2023-02-30", "abc"]
for party in parties:
    for role in ("participant", "concerns", "involves", "place"):
        paths.append(f"/api/v1/events?{role}={urllib.parse.quote(party)}&size=100")
    for role in ("speaker", "about", "involves"):
        paths.append(f"/api/v1/statements?{role}={urllib.parse.quote(party)}&size=100")
    paths.append(f"/api/v1/timeline?involves={urllib.parse.quote(party)}&size=100")
for place in ("Yerevan", "yerevan", "Minsk", "Kyrgyzstan", "Atlantis"):
    paths.append(f"/api/v1/events?place={place}&size=100")
for start in dates:
    for end in dates[::3]:
        for collection in ("events", "statements", "timeline"):
            paths.append(f"/api/v1/{collection}?from={start}&to={end}&size=100")
for kind in ("QUOTE", "quote", "PARAPHRASE", "picnic"):
    paths.append(f"/api/v1/statements?kind={kind}&size=100")
for status in ("MEMBER", "PARTICIPATION_FROZEN", "member", "gone"):
    paths += [f"/api/v1/member-states?status={status}", f"/api/v1/countries?status={status}"]
with open("src/main/resources/sources/csto-wikipedia-extract.txt", encoding="utf-8") as text:
    words = sorted({w for w in re.findall(r"[^\W\d_]{3,}", text.read())})
queries = words + ["\"rapid reaction force\"", "CSTO -Armenia", "Pash*", "Пашинян", "ODKB", "КСОР", "forces",
                   "силами", "armenia | russia", "+csto +armenia", "(csto", "a\"b", "~", "*", "-", "x" * 201, " "]
for q in queries:
    paths.append("/api/v1/search?" + urllib.parse.urlencode({"q": q, "size": 100}))
for q in ("csto", "armenia"):
    for types in ("event", "person,statement", "source", "nope"):
        paths.append("/api/v1/search?" + urllib.parse.urlencode({"q": q, "type": types}))
    paths += [f"/api/v1/search?q={q}&page=1&size=5", f"/api/v1/search?q={q}&sort=score"]
paths.append("/api/v1/search")

with open(out, "w", encoding="utf-8") as file:
    def record(path, accept="application/json", method="GET"):
        status, media, body = fetch(path, accept, method)
        file.write(json.dumps({"request": f"{method} {path} {accept}", "status": status, "type": media,
                               "body": body}, ensure_ascii=False) + "\n")

    for path in paths:
        record(path)
    for collection in collections:
        record(f"/api/v1/{collection}", "text/csv")
        record(f"/api/v1/{collection}?format=csv")
        record(f"/api/v1/{collection}", "application/yaml")
        record(f"/api/v1/{collection}", method="POST")
    for path in ("/api/v1/events?involves=ARM", "/api/v1/statements?involves=nikol-pashinyan&kind=QUOTE",
                 "/api/v1/timeline?involves=RUS&from=2009", "/api/v1/events?place=ARM&format=csv"):
        record(path, "text/csv")
print(f"{len(paths) + 4 * len(collections) + 4} answers in {out}")
