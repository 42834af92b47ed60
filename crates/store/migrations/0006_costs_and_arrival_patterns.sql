-- Format 6: costs and arrival patterns. A channel's cost per customer contact; an
-- activation's weekly profile of orders (a JSON list of {day, fromHour, toHour, weight})
-- and the law of the time between orders (a distribution or null). Files written before
-- have none (`null`, `[]`) and simulate as they did: no cost, a Poisson stream.
ALTER TABLE channel ADD COLUMN contact_cost TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(contact_cost));
ALTER TABLE activation ADD COLUMN weekly_profile TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(weekly_profile));
ALTER TABLE activation ADD COLUMN inter_arrival TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(inter_arrival));
