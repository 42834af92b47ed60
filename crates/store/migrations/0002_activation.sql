-- Activation models (one per bundle) and saved simulation runs.

CREATE TABLE activation (
    id TEXT PRIMARY KEY NOT NULL,
    bundle_id TEXT NOT NULL UNIQUE REFERENCES bundle (id),
    model TEXT NOT NULL CHECK (json_valid(model))
) STRICT;

-- A run keeps everything needed to reproduce it: the model as it was, the scenario,
-- the segment filter, cases, seed and engine version. No foreign key: a result stays
-- readable even if its bundle is deleted, and undo may bring the bundle back.
CREATE TABLE run (
    id TEXT PRIMARY KEY NOT NULL,
    bundle_id TEXT NOT NULL,
    scenario TEXT NOT NULL,
    segment TEXT,
    cases INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    engine_version TEXT NOT NULL,
    at TEXT NOT NULL,
    model TEXT NOT NULL CHECK (json_valid(model)),
    result TEXT NOT NULL CHECK (json_valid(result))
) STRICT;
CREATE INDEX run_bundle ON run (bundle_id, at);
