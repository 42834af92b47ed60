-- Format 3: one model. A segment carries what the simulation needs of it (patience as
-- distributions, channel multipliers by channel id); a bundle's activation keeps only what
-- its scenarios share (resource pools, order rate); scenarios are records of their own, and
-- their tasks name silos and channels by id. Files written with format 2 are converted in
-- Rust before this runs (crates/store/src/upgrade.rs), in the same transaction.

ALTER TABLE segment DROP COLUMN patience_days;
ALTER TABLE segment DROP COLUMN patience_contacts;
ALTER TABLE segment ADD COLUMN patience_days TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(patience_days));
ALTER TABLE segment ADD COLUMN patience_contacts TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(patience_contacts));
ALTER TABLE segment ADD COLUMN channel_multipliers TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(channel_multipliers));

DROP TABLE activation;
CREATE TABLE activation (
    id TEXT PRIMARY KEY NOT NULL,
    bundle_id TEXT NOT NULL UNIQUE REFERENCES bundle (id),
    resources TEXT NOT NULL CHECK (json_valid(resources)),
    orders_per_day TEXT NOT NULL CHECK (json_valid(orders_per_day))
) STRICT;

CREATE TABLE scenario (
    id TEXT PRIMARY KEY NOT NULL,
    bundle_id TEXT NOT NULL REFERENCES bundle (id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL,
    position INTEGER NOT NULL,
    "order" TEXT NOT NULL CHECK (json_valid("order")),
    services TEXT NOT NULL CHECK (json_valid(services)),
    billing TEXT NOT NULL CHECK (json_valid(billing))
) STRICT;
CREATE INDEX scenario_bundle ON scenario (bundle_id, position);

-- Quick what-if estimates are no longer stored, only full runs; a run names its scenario
-- as it was called when it ran, so it stays readable after a rename or delete.
