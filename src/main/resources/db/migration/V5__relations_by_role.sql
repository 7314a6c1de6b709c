-- Issue 18: an event's actors kept apart by the role its sentence gives them, as event data keeps actors,
-- places and targets apart. event_participant now holds only who took part; V6 moves each actor to its role.
-- Plain SQL only, for PostgreSQL and H2 (PostgreSQL mode).

-- Where an event happened, as its sentence names the place ("Yerevan"), with the country where the same
-- sentence gives it ("Yerevan, Armenia"); a place is never a party.
CREATE TABLE event_place (
    event_id     VARCHAR(128) NOT NULL REFERENCES event (id),
    sort_order   INT          NOT NULL,
    name         VARCHAR(255) NOT NULL,
    country_code VARCHAR(64)  REFERENCES country (code),
    PRIMARY KEY (event_id, sort_order)
);

-- The parties an event is about or directed at, which did not take part.
CREATE TABLE event_concern (
    event_id   VARCHAR(128) NOT NULL REFERENCES event (id),
    sort_order INT          NOT NULL,
    ref_type   VARCHAR(16)  NOT NULL,
    ref_id     VARCHAR(128) NOT NULL,
    PRIMARY KEY (event_id, sort_order)
);

-- The parties a statement speaks of, other than its speaker and its event.
CREATE TABLE statement_about (
    statement_id VARCHAR(128) NOT NULL REFERENCES statement (id),
    sort_order   INT          NOT NULL,
    ref_type     VARCHAR(16)  NOT NULL,
    ref_id       VARCHAR(128) NOT NULL,
    PRIMARY KEY (statement_id, sort_order)
);

-- The event another one happened during, where the source ties them ("during the meeting").
ALTER TABLE event ADD COLUMN during_event_id VARCHAR(128);
ALTER TABLE event ADD CONSTRAINT event_during_event FOREIGN KEY (during_event_id) REFERENCES event (id);

-- The places take over from the free-text location, which ran a city and its country together.
ALTER TABLE event DROP COLUMN location;

-- A country is also found by its ISO alpha-2 code, so that filters take either code, as paths do.
CREATE OR REPLACE VIEW resource_ref (ref_type, ref_id, name, alias) AS
          SELECT 'country', code, name, alpha2 FROM country
UNION ALL SELECT 'organization', id, name, NULL FROM organization
UNION ALL SELECT 'body', id, name, NULL FROM body
UNION ALL SELECT 'person', id, name, NULL FROM person
UNION ALL SELECT 'event', id, title, NULL FROM event
UNION ALL SELECT 'statement', id, text, NULL FROM statement
UNION ALL SELECT 'source', id, title, NULL FROM source;
