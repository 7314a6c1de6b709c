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

-- 2. Relations: an event's participants are the actors its sentence names taking part in it (acting,
--    attending, hosting, undergoing it, or the state or organization a participant acts for). Not
--    participants: a people rather than a state ("ethnic Uzbek minorities"), an actor named only in what
--    someone said at the event (that statement has it), and someone who only comments on the event: that
--    statement points to the event instead.

UPDATE event
SET note = 'Left undated: its sentence (passage 15) gives no date. The next sentence says "This coincided with" Nancy Pelosi''s visit to Yerevan on 17 September 2022, which places the debate around that visit but does not date the debate itself. Russia takes part through "the lack of Russian support", NATO as what part of the population called for realignment with.'
WHERE id = 'armenian-national-debate-on-csto-membership';

UPDATE event
SET summary = 'Kyrgyz violence against ethnic Uzbek minorities, which, Bordyuzha claimed, "foreign mercenaries" provoked; in the same sentence he admitted that the CSTO response may have been inadequate. The source gives no date or place and says no more about the violence itself.',
    note = 'Participants as its sentence (passage 12) names them: Kyrgyzstan through "the Kyrgyz violence", and the CSTO through "the CSTO response", which the same sentence ties to this violence. "ethnic Uzbek minorities" names a people, not the state of Uzbekistan. Bordyuzha only speaks about the violence: his two statements point to this event.'
WHERE id = 'kyrgyz-violence-against-ethnic-uzbek-minorities';

INSERT INTO event_participant (event_id, sort_order, ref_type, ref_id) VALUES
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 4, 'country', 'UZB'),
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 5, 'country', 'KGZ'),
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 6, 'organization', 'csto'),
    ('dmitry-medvedev-trip-to-ukraine', 3, 'country', 'RUS'),
    ('ntv-documentary-comparing-lukashenko-to-bakiyev', 4, 'organization', 'gazprom'),
    ('prikhodko-threatens-to-publish-csto-meeting-transcript', 3, 'country', 'RUS'),
    ('prikhodko-threatens-to-publish-csto-meeting-transcript', 4, 'organization', 'csto'),
    ('kyrgyz-violence-against-ethnic-uzbek-minorities', 1, 'country', 'KGZ'),
    ('kyrgyz-violence-against-ethnic-uzbek-minorities', 2, 'organization', 'csto'),
    ('yerevan-meeting-on-military-assistance-to-kyrgyzstan', 5, 'country', 'ARM'),
    ('armenian-national-debate-on-csto-membership', 3, 'country', 'RUS'),
    ('armenian-national-debate-on-csto-membership', 4, 'organization', 'nato'),
    ('nancy-pelosi-visit-to-yerevan', 4, 'country', 'USA'),
    ('meeting-chaired-by-nikol-pashinyan', 4, 'body', 'secretary-general'),
    ('meeting-chaired-by-nikol-pashinyan', 5, 'country', 'ARM'),
    ('protests-in-yerevan-during-csto-meeting', 3, 'country', 'USA'),
    ('pashinyan-refuses-common-military-drills', 3, 'country', 'AZE'),
    ('lavrov-offers-csto-mission-on-armenia-azerbaijan-border', 4, 'country', 'AZE'),
    ('pashinyan-interview-2023-09-03', 2, 'country', 'ARM'),
    ('armenia-declines-military-exercises-at-cis-summit', 3, 'country', 'KGZ'),
    ('foreign-ministers-council-meeting-in-minsk', 3, 'country', 'BLR'),
    ('csto-meeting-nur-sultan-2018-11-08', 2, 'country', 'KAZ');

-- The CSTO's response beside the Kyrgyz violence, and participants that V3's quotes stopped short of naming.
INSERT INTO event_citation (event_id, sort_order, source_id, passage_number, marker, quote) VALUES
    ('kyrgyz-violence-against-ethnic-uzbek-minorities', 2, 'csto-wikipedia-extract', 12, '[32]', 'Later, however, Bordyuzha admitted that the CSTO response may have been inadequate and claimed that "foreign mercenaries" provoked the Kyrgyz violence against ethnic Uzbek minorities.'),
    ('prikhodko-threatens-to-publish-csto-meeting-transcript', 2, 'csto-wikipedia-extract', 11, '[28]', 'a CSTO meeting where Lukashenko said that his administration would recognize Abkhazian and South Ossetian independence.'),
    ('pashinyan-live-broadcast-interview', 2, 'csto-wikipedia-extract', 25, NULL, 'Pashinyan stated, "We have now in practical terms frozen our participation in this treaty"');

-- Statements the source ties to an event.
UPDATE statement
SET event_id = 'kyrgyz-violence-against-ethnic-uzbek-minorities',
    note = 'The sentence (passage 12) does not say in so many words what "the CSTO response" responded to; it points to the Kyrgyz violence against ethnic Uzbek minorities because in the same sentence Bordyuzha, admitting this, claims that "foreign mercenaries" provoked that violence. No occasion or date is given ("Later").'
WHERE id = 'bordyuzha-csto-response-may-have-been-inadequate';

UPDATE statement
SET event_id = 'kyrgyz-violence-against-ethnic-uzbek-minorities',
    note = 'Reported speech; only the words "foreign mercenaries" are in quotation marks in the source. It is about the Kyrgyz violence against ethnic Uzbek minorities, the event it points to. No occasion or date is given ("Later").'
WHERE id = 'bordyuzha-foreign-mercenaries-provoked-kyrgyz-violence';

UPDATE statement
SET event_id = 'pashinyan-refuses-common-military-drills',
    note = 'The source introduces it with "In response", right after its account of Pashinyan''s refusal to hold common military drills, the event it points to. It gives no date of its own for the words: "January 2023" in the preceding sentence dates the friction, not the response.'
WHERE id = 'peskov-armenia-remains-very-close-ally';

UPDATE statement
SET event_id = 'pashinyan-live-broadcast-interview',
    note = 'It answers the remarks about frozen participation that Pashinyan made during a live broadcast interview ("Responding to Pashinyan''s remarks"), so it points to that interview; the source gives no date.'
WHERE id = 'peskov-charter-has-no-frozen-membership-status';

UPDATE statement
SET event_id = 'armenia-stops-financial-contributions-to-csto',
    note = 'A response to Armenia''s announcement of 8 May 2024 ("leading Russia to state"), the event it points to. The sentence dates only the announcement, so the statement is left undated; the source does not name who spoke for Russia.'
WHERE id = 'russia-armenia-still-obligated-to-pay-dues';
