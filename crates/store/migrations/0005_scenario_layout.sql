-- Format 5: where the user dragged the nodes of a scenario's flow in the editor (a JSON
-- object from node id to {x, y}). Scenarios written before have none: `{}`, laid out
-- automatically as they always were.
ALTER TABLE scenario ADD COLUMN layout TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(layout));
