-- Issue 20: the knowledge base grows through reviewed, cited proposals, with history. The seeded data is
-- revision 1 of every item, authored by the migrations; the tables before this one stay as they are.
-- Plain SQL only, for PostgreSQL and H2 (PostgreSQL mode).

-- The version JPA checks against lost updates: an item's revision is its version + 1.
ALTER TABLE country ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE organization ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE body ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE person ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE event ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE statement ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE source ADD COLUMN version INT DEFAULT 0 NOT NULL;

-- A source's text is a resource on the classpath when it was shipped, and stored here when it was proposed.
ALTER TABLE source ALTER COLUMN resource DROP NOT NULL;
ALTER TABLE source ADD COLUMN text VARCHAR(1000000);

-- The knowledge base as a whole: the number of the last published change, which publications take in
-- turn (a row lock), and which every instance's data version follows.
CREATE TABLE knowledge_base (
    id          INT    PRIMARY KEY,
    last_change BIGINT NOT NULL,
    CHECK (id = 1)
);
INSERT INTO knowledge_base (id, last_change) VALUES (1, 0);

-- A curator's proposal: changes to items, each with the item as proposed (the API's JSON).
CREATE TABLE proposal (
    id          VARCHAR(32)  PRIMARY KEY,
    summary     VARCHAR(500) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    author      VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  VARCHAR(128),
    decided_at  TIMESTAMP WITH TIME ZONE,
    reason      VARCHAR(2000),
    version     INT          NOT NULL
);

CREATE TABLE proposal_change (
    proposal_id   VARCHAR(32)      NOT NULL REFERENCES proposal (id),
    sort_order    INT              NOT NULL,
    action        VARCHAR(8)       NOT NULL,
    item_type     VARCHAR(16)      NOT NULL,
    item_id       VARCHAR(128)     NOT NULL,
    base_revision INT,
    item          VARCHAR(1000000),
    PRIMARY KEY (proposal_id, sort_order)
);

-- Every revision of every item: its action, who proposed and who published it, when, and why. Once a later
-- revision supersedes it, the item as it was, as the API served it; the latest revision is the item itself.
CREATE TABLE item_revision (
    item_type    VARCHAR(16)      NOT NULL,
    item_id      VARCHAR(128)     NOT NULL,
    revision     INT              NOT NULL,
    action       VARCHAR(8)       NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    author       VARCHAR(128)     NOT NULL,
    reviewer     VARCHAR(128),
    proposal_id  VARCHAR(32)      REFERENCES proposal (id),
    summary      VARCHAR(500)     NOT NULL,
    content      VARCHAR(1000000),
    PRIMARY KEY (item_type, item_id, revision)
);

INSERT INTO item_revision (item_type, item_id, revision, action, published_at, author, summary)
          SELECT 'country', code, 1, 'create', CURRENT_TIMESTAMP, 'migrations', 'Seeded from the source text' FROM country
UNION ALL SELECT 'organization', id, 1, 'create', CURRENT_TIMESTAMP, 'migrations', 'Seeded from the source text' FROM organization
UNION ALL SELECT 'body', id, 1, 'create', CURRENT_TIMESTAMP, 'migrations', 'Seeded from the source text' FROM body
UNION ALL SELECT 'person', id, 1, 'create', CURRENT_TIMESTAMP, 'migrations', 'Seeded from the source text' FROM person
UNION ALL SELECT 'event', id, 1, 'create', CURRENT_TIMESTAMP, 'migrations', 'Seeded from the source text' FROM event
UNION ALL SELECT 'statement', id, 1, 'create', CURRENT_TIMESTAMP, 'migrations', 'Seeded from the source text' FROM statement
UNION ALL SELECT 'source', id, 1, 'create', CURRENT_TIMESTAMP, 'migrations', 'Loaded from the shipped text' FROM source;

-- The change feed: every published change, in the order of publication.
CREATE TABLE published_change (
    seq          BIGINT      PRIMARY KEY,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    item_type    VARCHAR(16) NOT NULL,
    item_id      VARCHAR(128) NOT NULL,
    action       VARCHAR(8)  NOT NULL,
    revision     INT         NOT NULL,
    proposal_id  VARCHAR(32) NOT NULL REFERENCES proposal (id)
);

-- A proposed source may have a licence with no page to read it at.
ALTER TABLE source ALTER COLUMN licence_url DROP NOT NULL;
