-- Issue 8: what the items' own sentences give but V3 left out (V3 is applied on deployed databases and
-- stays as it is). New participants and citations come after V3's (sort_order); every new quote is verbatim.
-- Plain SQL only, for PostgreSQL and H2 (PostgreSQL mode).

-- An event says how its date or its participants were read, as a statement already can.
ALTER TABLE event ADD COLUMN note VARCHAR(2000);

-- 1. Dates given in context: a date whose own sentence gives the missing part is carried, with a note on
--    how it was read. A date that needs more than the item's own sentence stays NULL, and says why.

-- The KSOR plans: "with plans finalized on 14 June" closes the sentence that opens "On 4 February 2009".
UPDATE event
SET date_value = '2009-06-14',
    date_precision = 'DAY',
    summary = 'The plans for the Collective Rapid Reaction Force were finalized on 14 June 2009, after the agreement of 4 February 2009 to create it. The source does not say who finalized them.',
    note = 'Dated from its own sentence (passage 4): "14 June" gives the day and month, and the sentence, which opens "On 4 February 2009" and closes "with plans finalized on 14 June", gives the year 2009.'
WHERE id = 'collective-rapid-reaction-force-plans-finalized';

INSERT INTO event_citation (event_id, sort_order, source_id, passage_number, marker, quote) VALUES
    ('collective-rapid-reaction-force-plans-finalized', 2, 'csto-wikipedia-extract', 4, '[10]', 'On 4 February 2009, an agreement to create the Collective Rapid Reaction Force (KSOR) (Russian: Коллекти́вные си́лы операти́вного реаги́рования (КСОР)) was reached by five of the seven members, with plans finalized on 14 June.');

UPDATE body
SET description = 'An agreement to create it was reached on 4 February 2009 by five of the seven members, with plans finalized on 14 June 2009 (the year is read from the same sentence). The force is intended to be used to repulse military aggression, conduct anti-terrorist operations, fight transnational crime and drug trafficking, and neutralize the effects of natural disasters. Passage 6 calls it the "CSTO rapid reaction force": on 3 August 2009 Uzbekistan''s Ministry of Foreign Affairs criticized plans by Russia to establish a military base in southern Kyrgyzstan for it.'
WHERE id = 'collective-rapid-reaction-force';

-- Undated on purpose: what their sentences give is not a date of their own.
UPDATE event
SET note = 'Left undated: its sentence (passage 7) dates it only "At the same time", relative to the preceding sentence, and the "1997" in it is the year GUAM was established, not the year Uzbekistan joined.'
WHERE id = 'uzbekistan-joins-guam';

UPDATE statement
SET note = 'Reported in the same sentence as Armenia declining the military exercises at the CIS summit in Kyrgyzstan in October 2023 ("and asked for"). "in October 2023" belongs to the summit, so the request is neither dated nor tied to that event: the source does not say when or where it was made, nor where the peacekeepers were.'
WHERE id = 'armenia-asks-russian-peacekeepers-to-return-to-russia';
