#!/usr/bin/env python3
"""Writes the hostile-file corpus into this folder (run once; the files are committed).

Usage: python3 tests/hostile/make.py target/debug/touchmap

Each file is a kind of input that once made Touchmap hang, panic, call a healthy file
damaged, run code from the file or change a file it refused. The CLI test
`crates/cli/tests/hostile_corpus.rs` replays every one on every CI run: 0 panics, 0 hangs,
0 changed bytes, and every refusal names the file. Workspace files are shrunk (512-byte
pages) to keep the corpus small.
"""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOUCHMAP = os.path.abspath(sys.argv[1])
APPLICATION_ID = 1414349136


def run(*args):
    subprocess.run([TOUCHMAP, *args], check=True, stdout=subprocess.DEVNULL)


def out(name):
    path = os.path.join(HERE, name)
    if os.path.exists(path):
        os.remove(path)
    return path


def sql(path, *statements):
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def workspace(name, *statements):
    """An empty Touchmap workspace, shrunk, then changed by `statements`."""
    path = out(name)
    run("new", path)
    sql(path, "PRAGMA page_size = 512", "VACUUM", *statements)
    return path


def write(name, data):
    with open(out(name), "wb") as f:
        f.write(data)


tmp = tempfile.mkdtemp()

# --- workspace files (given as the workspace of info, export, runs, import, simulate) ---
write("text.touchmap", b"Notes from the client workshop, not a database.\n")
write("empty.touchmap", b"")
base = workspace("valid-but-truncated.touchmap")
with open(base, "rb") as f:
    data = f.read()
write("valid-but-truncated.touchmap", data[: len(data) // 3])
wrecked = bytearray(data)
for i in range(100, len(wrecked), 7):
    wrecked[i] = 0xA5
write("wrecked-pages.touchmap", bytes(wrecked))
sql(out("other-program.touchmap"), "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('Ann')")
sql(out("no-tables.touchmap"), "CREATE TABLE t (x)", "DROP TABLE t")
sql(out("only-a-view.touchmap"), "CREATE VIEW v AS SELECT 1 AS one")
sql(out("wal-mode.touchmap"), "PRAGMA journal_mode = WAL", "CREATE TABLE notes (text TEXT)")
workspace("wal-mode-with-our-mark.touchmap", "PRAGMA journal_mode = WAL")
workspace(
    "own-trigger.touchmap",
    "CREATE TRIGGER wipe AFTER INSERT ON step BEGIN DELETE FROM step; END",
)
workspace("own-view.touchmap", "CREATE VIEW every_step AS SELECT * FROM step")
workspace("altered-table.touchmap", "ALTER TABLE step ADD COLUMN secret TEXT")
workspace(
    "newer-version.touchmap",
    "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
    "VALUES (99990101000000, 'from the future', 1, x'00', 0)",
)
workspace("foreign-mark.touchmap", "PRAGMA application_id = 7")

# --- workspace exports (given to `import` into a fresh workspace) ---
empty_export = os.path.join(tmp, "empty.json")
run("new", os.path.join(tmp, "e.touchmap"))
run("export", os.path.join(tmp, "e.touchmap"), "--json", empty_export)
with open(empty_export) as f:
    export = json.load(f)


def document(name, change):
    doc = json.loads(json.dumps(export))
    change(doc)
    with open(out(name), "w") as f:
        json.dump(doc, f)


document("nul-name.workspace.json", lambda d: d["stages"][0].update(name="\u0000"))
document(
    "huge-integer.workspace.json",
    lambda d: d["stages"][1].update(position=9223372036854775808),
)
document("unknown-key.workspace.json", lambda d: d["channels"][0].update(colour="red"))
document(
    "dangling-reference.workspace.json",
    lambda d: d.update(
        journeys=[{"id": "j", "segmentId": "nobody", "name": "Lost", "description": ""}]
    ),
)
write("deep-nesting.workspace.json", b"[" * 10_000)
write("not-utf8.workspace.json", b'{"format": "touchmap-workspace", "name": "\xff\xfe"}')
write("wrong-format.workspace.json", b'{"format": "something-else", "version": 1}')

# --- flow models (given to `simulate --model`) ---
sample = os.path.join(tmp, "s.touchmap")
run("new", sample, "--sample")
run("export", sample, "--json", os.path.join(tmp, "s.json"))
with open(os.path.join(tmp, "s.json")) as f:
    bundle = json.load(f)["bundles"][0]["name"]
run("export", sample, "--flow", os.path.join(tmp, "f.json"), "--bundle", bundle)
with open(os.path.join(tmp, "f.json")) as f:
    full = json.load(f)
order = full["scenarios"][0]["design"]["order"]
sale = next(n for n in order["nodes"] if n["kind"] == "task" and n.get("resource"))
pool = next(r for r in full["resources"] if r["id"] == sale["resource"])
minimal = {
    "format": "touchmap-flow",
    "version": 1,
    "name": "Hostile",
    "segments": [dict(full["segments"][0], share=1.0)],
    "resources": [pool],
    "arrivals": None,
    "design": None,
    "flow": {
        "id": "f",
        "name": "F",
        "nodes": [
            {"kind": "start", "id": "s", "name": "Start"},
            sale,
            {"kind": "end", "id": "e", "name": "End"},
        ],
        "edges": [
            {"from": "s", "to": sale["id"], "probability": None, "segmentProbabilities": {}},
            {"from": sale["id"], "to": "e", "probability": None, "segmentProbabilities": {}},
        ],
    },
    "scenarios": [],
}


def model(name, change):
    doc = json.loads(json.dumps(minimal))
    change(doc)
    with open(out(name), "w") as f:
        json.dump(doc, f)


def task(doc):
    return doc["flow"]["nodes"][1]


def weekly(hours):
    return {day: [{"fromHour": 0.0, "toHour": hours}] if day == "monday" else []
            for day in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]}


model("valid.flow.json", lambda d: None)
model("cycle.flow.json", lambda d: d["flow"]["edges"].append(
    {"from": sale["id"], "to": sale["id"], "probability": None, "segmentProbabilities": {}}))
model("probability-1.3.flow.json", lambda d: d["flow"]["edges"][1].update(probability=1.3))
model("duration-1e300.flow.json", lambda d: task(d).update(duration={"kind": "fixed", "value": 1e300}))
model("duration-1.7e308.flow.json", lambda d: task(d).update(duration={"kind": "fixed", "value": 1.7e308}))
model("calendar-open-1e-9-hours.flow.json", lambda d: d["resources"][0].update(calendar=weekly(1e-9)))
model("rework-0.999999.flow.json", lambda d: task(d).update(
    rework={"probability": 0.999999, "target": sale["id"]}))
model("orders-1e-300-a-day.flow.json", lambda d: d.update(
    arrivals={"ordersPerDay": {d["segments"][0]["id"]: 1e-300}}))
model("unknown-key.flow.json", lambda d: task(d).update(colour="red"))
model("huge-integer.flow.json", lambda d: d["resources"][0].update(capacity=18446744073709551616))
