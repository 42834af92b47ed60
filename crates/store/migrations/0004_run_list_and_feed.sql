-- Format 4: the run list and the change feed.
--
-- A saved run keeps its headline figures beside the result, so the run list reads a few
-- bytes per run instead of each result (hundreds of KB). `NULL` for runs saved before
-- this format: the list computes theirs from the result. A run deleted by the user is
-- only hidden while its deletion can still be undone; it is purged once the history no
-- longer holds that edit.
ALTER TABLE run ADD COLUMN headline TEXT CHECK (headline IS NULL OR json_valid(headline));
ALTER TABLE run ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));

-- Every record carries a version: how many times it has been written (a record with no
-- row here is at version 0). With the feed, another client of the same workspace (a team
-- workspace on a server) can tell what changed since it last looked, and whether the
-- record it edits is still the one it read.
CREATE TABLE record_version (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version > 0),
    PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

-- The change feed: one row per record written (put or deleted), in the order written.
-- It names the record and its new version; a reader takes the record's current state from
-- its table (absent = deleted). Old rows are trimmed; a reader further behind reloads.
CREATE TABLE feed (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL
) STRICT;
