-- Format 7: queue priorities. A segment's priority in the pools' queues (0–9, higher served
-- first). Files written before have none (0: first come, first served, as before). A
-- task's priority and batch live in its scenario's flow (JSON), absent in older files.
ALTER TABLE segment ADD COLUMN priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 9);
