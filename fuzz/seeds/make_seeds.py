#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets from the project's real documents (embedded data,
schema examples, conformance vectors) into a directory per target: `make_seeds.py OUT`.
The checked-in corpora (fuzz/corpus/<target>) were grown from these by libFuzzer and
minimised with `cargo fuzz cmin`; rerun this only to start a corpus afresh."""
import hashlib
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "fuzz-seeds")


def load(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return json.load(f)


def text(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def dump(v):
    return json.dumps(v, ensure_ascii=False)


def examples(v):
    """Every value of an `examples` keyword in a JSON Schema."""
    if isinstance(v, dict):
        for k, x in v.items():
            if k == "examples" and isinstance(x, list):
                yield from x
            else:
                yield from examples(x)
    elif isinstance(v, list):
        for x in v:
            yield from examples(x)


# announcements: the embedded document, each announcement alone, schema examples.
anns = load("core/data/announcements.json")
put("announcements", text("core/data/announcements.json"))
for a in anns:
    put("announcements", dump(a))
for e in examples(load("core/schema/announcements.schema.json")):
    put("announcements", dump(e))

# catalogue: the embedded catalogue, and one small catalogue per procedure.
cat = load("core/data/catalogue.json")
put("catalogue", text("core/data/catalogue.json"))
for p in cat.get("procedures", []):
    small = {"version": "seed", "procedures": [p],
             "services": [s for s in cat.get("services", []) if s.get("procedure") == p.get("id")]}
    put("catalogue", dump(small))
for e in examples(load("core/schema/catalogue.schema.json")):
    if isinstance(e, dict) and "procedures" in e:
        put("catalogue", dump(e))

# form: mode 1 (spec NUL document), mode 0 (embedded form by index, then a document).
forms = load("core/data/catalogue-forms.json")


def sample(fields):
    doc = {}
    for f in fields:
        t = f.get("type")
        v = {"text": "Nguyễn Văn A", "textarea": "…", "number": 1, "integer": 1, "checkbox": True,
             "date": "2026-03-02", "select": (f.get("options") or [{"value": "x"}])[0].get("value"),
             "id": "001099012345", "group": sample(f.get("fields", [])),
             "repeat": [sample(f.get("fields", []))]}.get(t, "x")
        doc[f["name"]] = v
    return doc


for i, f in enumerate(forms):
    put("form", b"\x01" + dump(f).encode() + b"\x00" + dump(sample(f.get("fields", []))).encode())
    put("form", bytes([0, i]) + dump(sample(f.get("fields", []))).encode())
for e in examples(load("core/schema/form_spec.schema.json")):
    put("form", b"\x01" + dump(e).encode() + b"\x00{}")
put("form", b"\x01\x00\x00^[0-9]{12}$\x00001099012345")

# deadline: the conformance vectors (instant NUL limit NUL policy NUL events NUL as-of).
vec = load("tests/vectors/deadline.json")
for c in vec["compute_due"]:
    pol = dump(c["policy"]) if "policy" in c else ""
    put("deadline", "\0".join([c["received_at"], dump(c["limit"]), pol, "[]", ""]))
for c in vec["clock"]:
    pol = dump(c["policy"]) if "policy" in c else ""
    put("deadline", "\0".join(["", dump(c["limit"]), pol, dump(c["events"]), c.get("as_of", "")]))
for e in examples(load("core/schema/time_limit.schema.json")):
    put("deadline", "\0".join(["2026-03-02T09:00", dump(e), "", "[]", ""]))
for e in examples(load("core/schema/deadline_policy.schema.json")):
    put("deadline", "\0".join(["2026-03-02T09:00", '{"working_days": 3}', dump(e), "[]", ""]))

# c_abi: announcements NUL instant NUL limit NUL policy NUL events (one per line) NUL as-of NUL code.
for i, c in enumerate(vec["clock"]):
    pol = dump(c["policy"]) if "policy" in c else ""
    a = dump(anns[i % len(anns)])
    evs = "\n".join(dump(e) for e in c["events"])
    at = (c["events"][0].get("at") if c["events"] else None) or "2026-03-02T09:00"
    put("c_abi", "\0".join([a, at[:16], dump(c["limit"]), pol, evs, c.get("as_of", ""), "\x51\x04\0\0"]))

# dossier: mode 1 (command JSON lines) for a happy path; mode 2 seeds are any bytes.
ag = "000.00.13.H40"
desk = {"id": "mc1", "role": "desk_officer", "agency": ag}
ctx = {"procedure": "1.004222", "field": "cu_tru", "time_limit": {"working_days": 5},
       "required_documents": ["tp1"], "receiving_agency": ag, "resolving_agency": ag}
lines = [
    {"at": "2026-03-02T08:00:00", "actor": desk, "command": {"type": "create", "context": ctx, "channel": "desk",
     "applicant": {"id": "040099012345", "name": "Nguyễn Văn A", "organisation": False}}},
    {"at": "2026-03-02T08:05:00", "actor": desk, "command": {"type": "submit", "documents": ["tp1"]}},
    {"at": "2026-03-02T08:10:00", "actor": desk, "command": {"type": "accept", "code": ag + "-260302-0001"}},
    {"at": "2026-03-02T09:00:00", "actor": {"id": "ld1", "role": "approver", "agency": ag},
     "command": {"type": "assign", "officer": "cv1"}},
]
put("dossier", b"\x01" + "\n".join(dump(x) for x in lines).encode())
for n in range(1, 12):
    put("dossier", bytes([2]) + bytes((n * 37 + k * 11) % 256 for k in range(64 * n)))

# lunar_calendar: any bytes.
for n in range(8):
    put("lunar_calendar", bytes((n * 53 + k * 7) % 256 for k in range(48)))
print("seeds written to", OUT)

# c_abi_docs: spec NUL values NUL log NUL command NUL context NUL key NUL report params.
f0 = forms[0]
key = f0["id"]
new_log = dump({"format": "motcua.dossier.v1", "dossier": "hs-1", "length": 0, "head": "", "events": []})
create = dump({"at": "2026-03-02T08:00:00", "actor": desk, "command": {"type": "create", "channel": "desk",
               "applicant": {"id": "040099012345", "name": "Nguyễn Văn A", "organisation": False}}})
params = dump({"from": "2026-01-01", "to": "2026-12-31"})
put("c_abi_docs", "\0".join([dump(f0), dump(sample(f0.get("fields", []))), new_log, create, dump(ctx), key, params]))
put("c_abi_docs", "\0".join([dump(small), '{"field": "cu_tru"}', new_log, dump(lines[0]), "", "001099012345", params]))
put("c_abi_docs", "\0".join(["{}", '{"summaries": []}', new_log, dump(lines[1]), '{"as_of": "2026-03-03T00:00:00"}', "0101243150", params]))
