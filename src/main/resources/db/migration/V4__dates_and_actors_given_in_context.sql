-- Issue 8: what the items' own sentences give but V3 left out (V3 is applied on deployed databases and
-- stays as it is).
-- Plain SQL only, for PostgreSQL and H2 (PostgreSQL mode).

-- An event says how its date or its participants were read, as a statement already can.
ALTER TABLE event ADD COLUMN note VARCHAR(2000);
