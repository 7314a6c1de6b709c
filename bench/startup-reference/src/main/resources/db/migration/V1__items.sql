CREATE TABLE item (id VARCHAR(100) PRIMARY KEY, name VARCHAR(200) NOT NULL);
INSERT INTO item (id, name) VALUES ('one', 'One'), ('two', 'Two');
