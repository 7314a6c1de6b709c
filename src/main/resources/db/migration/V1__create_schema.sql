-- The knowledge base schema. Every fact table has a companion *_citation table: a fact and the words
-- that state it are inserted together. References between resources are (ref_type, ref_id) pairs that
-- the resource_ref view resolves; a test checks that every one of them resolves.

CREATE TABLE source (
    id          VARCHAR(64)   PRIMARY KEY,
    title       VARCHAR(255)  NOT NULL,
    origin      VARCHAR(512)  NOT NULL,
    licence     VARCHAR(255)  NOT NULL,
    licence_url VARCHAR(512)  NOT NULL,
    resource    VARCHAR(255)  NOT NULL,
    checksum    VARCHAR(64)   NOT NULL
);

-- One passage per non-blank line of the source text, numbered from 1.
CREATE TABLE passage (
    source_id      VARCHAR(64)    NOT NULL REFERENCES source (id),
    passage_number INT            NOT NULL,
    text           VARCHAR(10000) NOT NULL,
    PRIMARY KEY (source_id, passage_number)
);

CREATE TABLE passage_marker (
    source_id      VARCHAR(64) NOT NULL,
    passage_number INT         NOT NULL,
    sort_order     INT         NOT NULL,
    marker         VARCHAR(32) NOT NULL,
    PRIMARY KEY (source_id, passage_number, sort_order),
    FOREIGN KEY (source_id, passage_number) REFERENCES passage (source_id, passage_number)
);

CREATE TABLE country (
    code   VARCHAR(64) PRIMARY KEY,
    alpha2 VARCHAR(2)  UNIQUE,
    name   VARCHAR(255) NOT NULL,
    status VARCHAR(32),
    note   VARCHAR(2000)
);

CREATE TABLE organization (
    id                VARCHAR(128) PRIMARY KEY,
    name              VARCHAR(255) NOT NULL,
    abbreviation      VARCHAR(64),
    description       VARCHAR(2000),
    founded           VARCHAR(10),
    founded_precision VARCHAR(5),
    note              VARCHAR(2000)
);

CREATE TABLE organization_name (
    organization_id VARCHAR(128) NOT NULL REFERENCES organization (id),
    sort_order      INT          NOT NULL,
    name            VARCHAR(255) NOT NULL,
    language        VARCHAR(16)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    PRIMARY KEY (organization_id, sort_order)
);

-- relation is FOUNDER or MEMBER, as the source states it.
CREATE TABLE organization_party (
    organization_id VARCHAR(128) NOT NULL REFERENCES organization (id),
    sort_order      INT          NOT NULL,
    relation        VARCHAR(16)  NOT NULL,
    ref_type        VARCHAR(16)  NOT NULL,
    ref_id          VARCHAR(128) NOT NULL,
    PRIMARY KEY (organization_id, sort_order)
);

CREATE TABLE body (
    id              VARCHAR(128) PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    abbreviation    VARCHAR(64),
    kind            VARCHAR(32)  NOT NULL,
    description     VARCHAR(2000),
    organization_id VARCHAR(128) NOT NULL REFERENCES organization (id)
);

CREATE TABLE body_name (
    body_id    VARCHAR(128) NOT NULL REFERENCES body (id),
    sort_order INT          NOT NULL,
    name       VARCHAR(255) NOT NULL,
    language   VARCHAR(16)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    PRIMARY KEY (body_id, sort_order)
);

CREATE TABLE person (
    id   VARCHAR(128) PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    note VARCHAR(2000)
);

CREATE TABLE person_name (
    person_id  VARCHAR(128) NOT NULL REFERENCES person (id),
    sort_order INT          NOT NULL,
    name       VARCHAR(255) NOT NULL,
    PRIMARY KEY (person_id, sort_order)
);

CREATE TABLE person_role (
    id         VARCHAR(128) PRIMARY KEY,
    person_id  VARCHAR(128) NOT NULL REFERENCES person (id),
    sort_order INT          NOT NULL,
    title      VARCHAR(255) NOT NULL,
    ref_type   VARCHAR(16),
    ref_id     VARCHAR(128)
);

CREATE TABLE event (
    id             VARCHAR(128)  PRIMARY KEY,
    title          VARCHAR(255)  NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    date_value     VARCHAR(10),
    date_precision VARCHAR(5),
    location       VARCHAR(255),
    CHECK ((date_value IS NULL) = (date_precision IS NULL))
);

CREATE TABLE event_participant (
    event_id   VARCHAR(128) NOT NULL REFERENCES event (id),
    sort_order INT          NOT NULL,
    ref_type   VARCHAR(16)  NOT NULL,
    ref_id     VARCHAR(128) NOT NULL,
    PRIMARY KEY (event_id, sort_order)
);

CREATE TABLE statement (
    id             VARCHAR(128)  PRIMARY KEY,
    text           VARCHAR(2000) NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    speaker_type   VARCHAR(16)   NOT NULL,
    speaker_id     VARCHAR(128)  NOT NULL,
    date_value     VARCHAR(10),
    date_precision VARCHAR(5),
    event_id       VARCHAR(128)  REFERENCES event (id),
    note           VARCHAR(2000),
    CHECK ((date_value IS NULL) = (date_precision IS NULL))
);

-- The citation tables share one shape: the cited passage, the footnote marker that goes with the
-- quoted words (or NULL), and the exact excerpt of the passage that states the fact.
CREATE TABLE country_citation (
    country_code   VARCHAR(64)   NOT NULL REFERENCES country (code),
    sort_order     INT           NOT NULL,
    source_id      VARCHAR(64)   NOT NULL,
    passage_number INT           NOT NULL,
    marker         VARCHAR(32),
    quote          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (country_code, sort_order),
    FOREIGN KEY (source_id, passage_number) REFERENCES passage (source_id, passage_number)
);

CREATE TABLE organization_citation (
    organization_id VARCHAR(128)  NOT NULL REFERENCES organization (id),
    sort_order      INT           NOT NULL,
    source_id       VARCHAR(64)   NOT NULL,
    passage_number  INT           NOT NULL,
    marker          VARCHAR(32),
    quote           VARCHAR(2000) NOT NULL,
    PRIMARY KEY (organization_id, sort_order),
    FOREIGN KEY (source_id, passage_number) REFERENCES passage (source_id, passage_number)
);

CREATE TABLE body_citation (
    body_id        VARCHAR(128)  NOT NULL REFERENCES body (id),
    sort_order     INT           NOT NULL,
    source_id      VARCHAR(64)   NOT NULL,
    passage_number INT           NOT NULL,
    marker         VARCHAR(32),
    quote          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (body_id, sort_order),
    FOREIGN KEY (source_id, passage_number) REFERENCES passage (source_id, passage_number)
);

CREATE TABLE person_citation (
    person_id      VARCHAR(128)  NOT NULL REFERENCES person (id),
    sort_order     INT           NOT NULL,
    source_id      VARCHAR(64)   NOT NULL,
    passage_number INT           NOT NULL,
    marker         VARCHAR(32),
    quote          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (person_id, sort_order),
    FOREIGN KEY (source_id, passage_number) REFERENCES passage (source_id, passage_number)
);

CREATE TABLE person_role_citation (
    role_id        VARCHAR(128)  NOT NULL REFERENCES person_role (id),
    sort_order     INT           NOT NULL,
    source_id      VARCHAR(64)   NOT NULL,
    passage_number INT           NOT NULL,
    marker         VARCHAR(32),
    quote          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (role_id, sort_order),
    FOREIGN KEY (source_id, passage_number) REFERENCES passage (source_id, passage_number)
);

CREATE TABLE event_citation (
    event_id       VARCHAR(128)  NOT NULL REFERENCES event (id),
    sort_order     INT           NOT NULL,
    source_id      VARCHAR(64)   NOT NULL,
    passage_number INT           NOT NULL,
    marker         VARCHAR(32),
    quote          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (event_id, sort_order),
    FOREIGN KEY (source_id, passage_number) REFERENCES passage (source_id, passage_number)
);

CREATE TABLE statement_citation (
    statement_id   VARCHAR(128)  NOT NULL REFERENCES statement (id),
    sort_order     INT           NOT NULL,
    source_id      VARCHAR(64)   NOT NULL,
    passage_number INT           NOT NULL,
    marker         VARCHAR(32),
    quote          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (statement_id, sort_order),
    FOREIGN KEY (source_id, passage_number) REFERENCES passage (source_id, passage_number)
);

-- Every resource that can be referenced, with the name a reference shows.
CREATE VIEW resource_ref (ref_type, ref_id, name) AS
          SELECT 'country', code, name FROM country
UNION ALL SELECT 'organization', id, name FROM organization
UNION ALL SELECT 'body', id, name FROM body
UNION ALL SELECT 'person', id, name FROM person
UNION ALL SELECT 'event', id, title FROM event
UNION ALL SELECT 'statement', id, text FROM statement
UNION ALL SELECT 'source', id, title FROM source;

-- Every citation in one place, for integrity checks.
CREATE VIEW citation (subject_type, subject_id, sort_order, source_id, passage_number, marker, quote) AS
          SELECT 'country', country_code, sort_order, source_id, passage_number, marker, quote FROM country_citation
UNION ALL SELECT 'organization', organization_id, sort_order, source_id, passage_number, marker, quote FROM organization_citation
UNION ALL SELECT 'body', body_id, sort_order, source_id, passage_number, marker, quote FROM body_citation
UNION ALL SELECT 'person', person_id, sort_order, source_id, passage_number, marker, quote FROM person_citation
UNION ALL SELECT 'role', role_id, sort_order, source_id, passage_number, marker, quote FROM person_role_citation
UNION ALL SELECT 'event', event_id, sort_order, source_id, passage_number, marker, quote FROM event_citation
UNION ALL SELECT 'statement', statement_id, sort_order, source_id, passage_number, marker, quote FROM statement_citation;
