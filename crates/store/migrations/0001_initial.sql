-- Touchmap workspace, format 1. Released migrations are never edited; add a new file instead.
PRAGMA application_id = 1414349136; -- 'TMAP': marks the file as a Touchmap workspace

CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE stage (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE channel (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE segment (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL,
    share REAL NOT NULL CHECK (share BETWEEN 0 AND 1),
    value_tier TEXT NOT NULL,
    channel_preferences TEXT NOT NULL CHECK (json_valid(channel_preferences)),
    patience_days REAL NOT NULL CHECK (patience_days > 0),
    patience_contacts INTEGER NOT NULL CHECK (patience_contacts >= 0),
    colour TEXT NOT NULL
) STRICT;

CREATE TABLE journey (
    id TEXT PRIMARY KEY NOT NULL,
    segment_id TEXT NOT NULL REFERENCES segment (id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL
) STRICT;
CREATE INDEX journey_segment ON journey (segment_id);

CREATE TABLE step (
    id TEXT PRIMARY KEY NOT NULL,
    journey_id TEXT NOT NULL REFERENCES journey (id),
    stage_id TEXT NOT NULL REFERENCES stage (id),
    lane TEXT NOT NULL CHECK (lane IN ('customerAction', 'frontstage', 'backstage', 'department')),
    position INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL,
    channel_id TEXT REFERENCES channel (id),
    department TEXT NOT NULL,
    emotion INTEGER NOT NULL CHECK (emotion BETWEEN -3 AND 3),
    effort INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 5),
    pain_points TEXT NOT NULL CHECK (json_valid(pain_points)),
    opportunities TEXT NOT NULL CHECK (json_valid(opportunities)),
    flow_task TEXT
) STRICT;
CREATE INDEX step_journey ON step (journey_id);
CREATE INDEX step_stage ON step (stage_id);
CREATE INDEX step_channel ON step (channel_id);

CREATE TABLE silo (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    system TEXT NOT NULL
) STRICT;

CREATE TABLE bundle (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL
) STRICT;

CREATE TABLE service (
    id TEXT PRIMARY KEY NOT NULL,
    bundle_id TEXT NOT NULL REFERENCES bundle (id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    silo_id TEXT NOT NULL REFERENCES silo (id),
    optional INTEGER NOT NULL CHECK (optional IN (0, 1)),
    position INTEGER NOT NULL
) STRICT;
CREATE INDEX service_bundle ON service (bundle_id);
CREATE INDEX service_silo ON service (silo_id);

-- The undo history: each row is one user edit, with the changes that redo and undo it.
CREATE TABLE history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    forward TEXT NOT NULL CHECK (json_valid(forward)),
    inverse TEXT NOT NULL CHECK (json_valid(inverse)),
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    at TEXT NOT NULL
) STRICT;
