-- Issue 18: every actor in the role its sentence gives it (V5 made the roles). event_participant keeps only
-- who or what took part; a place is where it happened, with its country only where the same sentence
-- gives it; a concern is what an event is about or directed at without taking part; a statement's
-- "about" is what it speaks of. A state is not a participant merely because its official took part: the
-- official acts for it. New citations come after the existing ones (sort_order) and are verbatim.
-- Plain SQL only, for PostgreSQL and H2 (PostgreSQL mode).

-- 1. Participants: who or what took part, as the sentence says. Every event's rows are replaced.
DELETE FROM event_participant;

INSERT INTO event_participant (event_id, sort_order, ref_type, ref_id) VALUES
    -- p8 "The CSTO was founded in 2002"
    ('csto-founding', 1, 'organization', 'csto'),
    -- p7 "the GUAM group, established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova"
    ('guam-established', 1, 'organization', 'guam'),
    ('guam-established', 2, 'country', 'GEO'),
    ('guam-established', 3, 'country', 'UKR'),
    ('guam-established', 4, 'country', 'AZE'),
    ('guam-established', 5, 'country', 'MDA'),
    -- p4 "was reached by five of the seven members": the CSTO's members; the force is what it creates
    ('collective-rapid-reaction-force-agreement', 1, 'organization', 'csto'),
    -- p4 "with plans finalized on 14 June": no one is said to have finalized them
    -- p3 "The Collective Security Treaty Organization (CSTO) maintains a peacekeeping force that has been deployed"
    ('peacekeeping-force-deployments', 1, 'body', 'peacekeeping-force'),
    ('peacekeeping-force-deployments', 2, 'organization', 'csto'),
    -- p6 "the Ministry of Foreign Affairs of Uzbekistan criticized plans by Russia"
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 1, 'organization', 'ministry-of-foreign-affairs-of-uzbekistan'),
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 2, 'country', 'UZB'),
    -- p7 "Uzbekistan joined the GUAM group"
    ('uzbekistan-joins-guam', 1, 'country', 'UZB'),
    -- p9 "During a trip to Ukraine ... Russian President Dmitry Medvedev was asked"
    ('dmitry-medvedev-trip-to-ukraine', 1, 'person', 'dmitry-medvedev'),
    -- p10 "the Russian television channel NTV, run by Gazprom, aired a documentary film"
    ('ntv-documentary-comparing-lukashenko-to-bakiyev', 1, 'organization', 'ntv'),
    -- p11 "Sergei Prikhodko threatened to publish the transcript"
    ('prikhodko-threatens-to-publish-csto-meeting-transcript', 1, 'person', 'sergei-prikhodko'),
    -- p11 "a CSTO meeting where Lukashenko said"
    ('csto-meeting-lukashenko-on-abkhazia-and-south-ossetia', 1, 'organization', 'csto'),
    ('csto-meeting-lukashenko-on-abkhazia-and-south-ossetia', 2, 'person', 'alexander-lukashenko'),
    -- p12 "the Kyrgyz violence": the CSTO only responded ("the CSTO response may have been inadequate")
    ('kyrgyz-violence-against-ethnic-uzbek-minorities', 1, 'country', 'KGZ'),
    -- p13 "The CSTO was unable to agree ... which was attended by Roza Otunbayeva as well as Alexander Lukashenko"
    ('yerevan-meeting-on-military-assistance-to-kyrgyzstan', 1, 'organization', 'csto'),
    ('yerevan-meeting-on-military-assistance-to-kyrgyzstan', 2, 'person', 'roza-otunbayeva'),
    ('yerevan-meeting-on-military-assistance-to-kyrgyzstan', 3, 'person', 'alexander-lukashenko'),
    -- p14 "Thousands of Afghans, including police and government troops, fled"
    ('afghans-flee-to-tajikistan', 1, 'country', 'AFG'),
    -- p15 "a national debate in Armenia, as an increasing percentage of the population indicated doubt"
    ('armenian-national-debate-on-csto-membership', 1, 'country', 'ARM'),
    -- p16 "a visit from Speaker of the United States House of Representatives Nancy Pelosi"
    ('nancy-pelosi-visit-to-yerevan', 1, 'person', 'nancy-pelosi'),
    -- p17 "With the leaders of all member states and CSTO Secretary General Stanislav Zas in attendance, the
    -- meeting was chaired by Armenian Prime Minister Nikol Pashinyan"
    ('meeting-chaired-by-nikol-pashinyan', 1, 'person', 'nikol-pashinyan'),
    ('meeting-chaired-by-nikol-pashinyan', 2, 'person', 'stanislav-zas'),
    ('meeting-chaired-by-nikol-pashinyan', 3, 'organization', 'csto'),
    -- p18 "large groups of protestors gathered": unnamed
    -- p19 "Pashinyan refused to hold common military drills"
    ('pashinyan-refuses-common-military-drills', 1, 'person', 'nikol-pashinyan'),
    -- p21 "Sergey Lavrov offered the deployment of a CSTO mission"
    ('lavrov-offers-csto-mission-on-armenia-azerbaijan-border', 1, 'person', 'sergey-lavrov'),
    -- p22 "during an interview, Armenian prime minister Nikol Pashinyan stated"
    ('pashinyan-interview-2023-09-03', 1, 'person', 'nikol-pashinyan'),
    -- p24 "Armenia declined participating in military exercises"
    ('armenia-declines-military-exercises-at-cis-summit', 1, 'country', 'ARM'),
    -- p25 "Pashinyan stated ... during a live broadcast interview"
    ('pashinyan-live-broadcast-interview', 1, 'person', 'nikol-pashinyan'),
    -- p27 "Armenia announced it had stopped making financial contributions"
    ('armenia-stops-financial-contributions-to-csto', 1, 'country', 'ARM'),
    -- p28 "The member states adopted measures ... in a Foreign Ministers Council meeting"
    ('foreign-ministers-council-meeting-in-minsk', 1, 'body', 'foreign-ministers-council'),
    ('foreign-ministers-council-meeting-in-minsk', 2, 'organization', 'csto'),
    -- p31 "CSTO and EAEC leaders in 2006"
    ('csto-and-eaec-leaders-2006', 1, 'organization', 'csto'),
    ('csto-and-eaec-leaders-2006', 2, 'organization', 'eaec'),
    -- p32 "The CSTO meeting in Nur-Sultan , Kazakhstan"
    ('csto-meeting-nur-sultan-2018-11-08', 1, 'organization', 'csto'),
    -- p33, p34
    ('csto-summit-2021', 1, 'organization', 'csto'),
    ('csto-summit-2022', 1, 'organization', 'csto'),
    -- p35 "Meeting of the Council of the Parliamentary Assembly of the Collective Security Treaty Organization"
    ('council-of-the-parliamentary-assembly-meeting-minsk-2023-05', 1, 'body', 'council-of-the-parliamentary-assembly'),
    ('council-of-the-parliamentary-assembly-meeting-minsk-2023-05', 2, 'body', 'parliamentary-assembly-of-the-collective-security-treaty-organization'),
    ('council-of-the-parliamentary-assembly-meeting-minsk-2023-05', 3, 'organization', 'csto');

-- 2. Places, as the sentence writes them; the country only where the same sentence gives it.
INSERT INTO event_place (event_id, sort_order, name, country_code) VALUES
    -- p3 "deployed to areas of conflict, including Tajikistan and Kyrgyzstan"
    ('peacekeeping-force-deployments', 1, 'Tajikistan', 'TJK'),
    ('peacekeeping-force-deployments', 2, 'Kyrgyzstan', 'KGZ'),
    -- p9 "During a trip to Ukraine"
    ('dmitry-medvedev-trip-to-ukraine', 1, 'Ukraine', 'UKR'),
    -- p13 "at a meeting in Yerevan, Armenia"
    ('yerevan-meeting-on-military-assistance-to-kyrgyzstan', 1, 'Yerevan', 'ARM'),
    -- p14 "fled to Tajikistan"
    ('afghans-flee-to-tajikistan', 1, 'Tajikistan', 'TJK'),
    -- p15 "a national debate in Armenia"
    ('armenian-national-debate-on-csto-membership', 1, 'Armenia', 'ARM'),
    -- p16 "Nancy Pelosi to Yerevan on 17 September 2022": no country for Yerevan in the sentence
    ('nancy-pelosi-visit-to-yerevan', 1, 'Yerevan', NULL),
    -- p18 "during the meeting in Yerevan": the meeting of p17 (cited below)
    ('meeting-chaired-by-nikol-pashinyan', 1, 'Yerevan', NULL),
    -- p18 "during the meeting in Yerevan, large groups of protestors gathered"
    ('protests-in-yerevan-during-csto-meeting', 1, 'Yerevan', NULL),
    -- p24 "at the CIS summit in Kyrgyzstan"
    ('armenia-declines-military-exercises-at-cis-summit', 1, 'Kyrgyzstan', 'KGZ'),
    -- p28 "in a Foreign Ministers Council meeting in Minsk, Belarus"
    ('foreign-ministers-council-meeting-in-minsk', 1, 'Minsk', 'BLR'),
    -- p32 "The CSTO meeting in Nur-Sultan , Kazakhstan"
    ('csto-meeting-nur-sultan-2018-11-08', 1, 'Nur-Sultan', 'KAZ'),
    -- p35 "in Minsk (May 2023)"
    ('council-of-the-parliamentary-assembly-meeting-minsk-2023-05', 1, 'Minsk', NULL);

-- 3. Concerns: what the event is about or directed at, which did not take part.
INSERT INTO event_concern (event_id, sort_order, ref_type, ref_id) VALUES
    -- p4 "an agreement to create the Collective Rapid Reaction Force (KSOR)"
    ('collective-rapid-reaction-force-agreement', 1, 'body', 'collective-rapid-reaction-force'),
    -- p4 "with plans finalized on 14 June": the force's plans
    ('collective-rapid-reaction-force-plans-finalized', 1, 'body', 'collective-rapid-reaction-force'),
    -- p6 "criticized plans by Russia to establish a military base in southern Kyrgyzstan for the CSTO rapid reaction force"
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 1, 'country', 'RUS'),
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 2, 'country', 'KGZ'),
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 3, 'body', 'collective-rapid-reaction-force'),
    ('uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan', 4, 'organization', 'csto'),
    -- p7 "Uzbekistan joined the GUAM group"
    ('uzbekistan-joins-guam', 1, 'organization', 'guam'),
    -- p10 "a documentary film which compared Lukashenko to Bakiyev"
    ('ntv-documentary-comparing-lukashenko-to-bakiyev', 1, 'person', 'alexander-lukashenko'),
    ('ntv-documentary-comparing-lukashenko-to-bakiyev', 2, 'person', 'bakiyev'),
    -- p11 "threatened to publish the transcript of a CSTO meeting where Lukashenko said"
    ('prikhodko-threatens-to-publish-csto-meeting-transcript', 1, 'person', 'alexander-lukashenko'),
    ('prikhodko-threatens-to-publish-csto-meeting-transcript', 2, 'organization', 'csto'),
    -- p13 "unable to agree on providing military assistance to Kyrgyzstan"
    ('yerevan-meeting-on-military-assistance-to-kyrgyzstan', 1, 'country', 'KGZ'),
    -- p14 "after Taliban insurgents took control of many parts of Afghanistan"
    ('afghans-flee-to-tajikistan', 1, 'organization', 'taliban'),
    -- p15 "The lack of Russian support ... prompted", "continue CSTO membership", "realignment of the state with NATO"
    ('armenian-national-debate-on-csto-membership', 1, 'country', 'RUS'),
    ('armenian-national-debate-on-csto-membership', 2, 'organization', 'nato'),
    ('armenian-national-debate-on-csto-membership', 3, 'organization', 'csto'),
    -- p16 "largely seen as an effort to reorient the security alliance structure of Armenia"
    ('nancy-pelosi-visit-to-yerevan', 1, 'country', 'ARM'),
    -- p18 "called for the withdrawal of Armenia from the CSTO and for the country to develop closer relations with the United States"
    ('protests-in-yerevan-during-csto-meeting', 1, 'country', 'ARM'),
    ('protests-in-yerevan-during-csto-meeting', 2, 'organization', 'csto'),
    ('protests-in-yerevan-during-csto-meeting', 3, 'country', 'USA'),
    -- p19 "because the organization did not unequivocally condemn Azerbaijan"
    ('pashinyan-refuses-common-military-drills', 1, 'organization', 'csto'),
    ('pashinyan-refuses-common-military-drills', 2, 'country', 'AZE'),
    -- p21 "a CSTO mission along the Armenia-Azerbaijan border", "if our Armenian allies"
    ('lavrov-offers-csto-mission-on-armenia-azerbaijan-border', 1, 'organization', 'csto'),
    ('lavrov-offers-csto-mission-on-armenia-azerbaijan-border', 2, 'country', 'ARM'),
    ('lavrov-offers-csto-mission-on-armenia-azerbaijan-border', 3, 'country', 'AZE'),
    -- p24 "military exercises at the CIS summit"
    ('armenia-declines-military-exercises-at-cis-summit', 1, 'organization', 'commonwealth-of-independent-states'),
    -- p27 "stopped making financial contributions to the CSTO"
    ('armenia-stops-financial-contributions-to-csto', 1, 'organization', 'csto');

-- 4. During: the protests gathered "during the meeting in Yerevan" (p18), the meeting of p17.
UPDATE event SET during_event_id = 'meeting-chaired-by-nikol-pashinyan'
WHERE id = 'protests-in-yerevan-during-csto-meeting';

INSERT INTO event_citation (event_id, sort_order, source_id, passage_number, marker, quote) VALUES
    ('meeting-chaired-by-nikol-pashinyan', 2, 'csto-wikipedia-extract', 18, '[57]', 'during the meeting in Yerevan');

-- 5. About: the parties a statement speaks of, other than its speaker and its event.
INSERT INTO statement_about (statement_id, sort_order, ref_type, ref_id) VALUES
    -- p9 "was asked about whether Belarus could expect a similar deal and responded"
    ('medvedev-on-real-partnership', 1, 'country', 'BLR'),
    -- p11 "would recognize Abkhazian and South Ossetian independence"
    ('lukashenko-on-recognizing-abkhazia-and-south-ossetia', 1, 'country', 'abkhazia'),
    ('lukashenko-on-recognizing-abkhazia-and-south-ossetia', 2, 'country', 'south-ossetia'),
    -- p12 "the CSTO response may have been inadequate"
    ('bordyuzha-csto-response-may-have-been-inadequate', 1, 'organization', 'csto'),
    -- p17 "the report presented by the Secretary General", "Azerbaijani aggression"
    ('pashinyan-concurs-with-secretary-general-report', 1, 'body', 'secretary-general'),
    ('pashinyan-concurs-with-secretary-general-report', 2, 'country', 'AZE'),
    -- p20 "stated that Armenia remains a very close ally"
    ('peskov-armenia-remains-very-close-ally', 1, 'country', 'ARM'),
    -- p21 "if our Armenian allies, friends are still interested"
    ('lavrov-if-armenian-allies-still-interested', 1, 'country', 'ARM'),
    -- p22 "to solely rely on Russia"
    ('pashinyan-strategic-mistake-to-rely-solely-on-russia', 1, 'country', 'RUS'),
    -- p23 "Moscow has been unable to deliver"
    ('pashinyan-moscow-unable-to-deliver', 1, 'country', 'RUS'),
    -- p23 "the Russian Federation cannot meet Armenia's security needs"
    ('pashinyan-russian-federation-cannot-meet-armenias-security-needs', 1, 'country', 'RUS'),
    -- p24 "asked for Russian peacekeeping forces to return to Russia"
    ('armenia-asks-russian-peacekeepers-to-return-to-russia', 1, 'country', 'RUS'),
    -- p25 "membership of the CSTO was under review"
    ('pashinyan-csto-membership-under-review', 1, 'organization', 'csto'),
    -- p26 "the CSTO charter does not include provisions"
    ('peskov-charter-has-no-frozen-membership-status', 1, 'organization', 'csto');

-- The speaker of the second quotation of p23 is in the passage's "Pashinyan stated".
INSERT INTO statement_citation (statement_id, sort_order, source_id, passage_number, marker, quote) VALUES
    ('pashinyan-russian-federation-cannot-meet-armenias-security-needs', 2, 'csto-wikipedia-extract', 23, NULL, 'Pashinyan stated, "Moscow has been unable to deliver and is in the process of winding down its role in the wider South Caucasus region" and "the Russian Federation cannot meet Armenia''s security needs.');

-- 6. Dates given by the item's own sentence. p24 reports the refusal and the request in one coordinated
--    clause of one subject: "Armenia declined ... in October 2023 and asked for ...".
UPDATE statement
SET date_value = '2023-10',
    date_precision = 'MONTH',
    note = 'Dated October 2023 because its sentence reports the request together with the refusal "at the CIS summit in Kyrgyzstan in October 2023", in one coordinated clause with Armenia as the subject.'
WHERE id = 'armenia-asks-russian-peacekeepers-to-return-to-russia';

INSERT INTO statement_citation (statement_id, sort_order, source_id, passage_number, marker, quote) VALUES
    ('armenia-asks-russian-peacekeepers-to-return-to-russia', 2, 'csto-wikipedia-extract', 24, '[66]', 'Armenia declined participating in military exercises at the CIS summit in Kyrgyzstan in October 2023 and asked for Russian peacekeeping forces to return to Russia.');

-- 7. Notes, summaries and descriptions for a reader of the data. A summary tells what happened, in the
--    source's terms; a note says in one sentence how a date or a reading was made, or what the source
--    leaves open, and is NULL where the fields already say it (a NULL date says "no date").

-- Countries
UPDATE country SET note = NULL
WHERE code IN ('BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB', 'GEO', 'UKR', 'AZE', 'MDA', 'AFG', 'USA',
               'abkhazia', 'south-ossetia', 'soviet-union');

UPDATE country
SET note = 'The status rests on Pashinyan''s words "We have now in practical terms frozen our participation in this treaty".'
WHERE code = 'ARM';

UPDATE country
SET note = 'Named only as a label in the Euler diagram of supranational organisations in the territory of the former Soviet Union.'
WHERE code IN ('TKM', 'LTU', 'LVA', 'EST', 'transnistria');

-- Organizations
UPDATE organization
SET description = 'An intergovernmental military alliance in Eurasia consisting of six post-Soviet states: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. It was founded in 2002 when the six member states agreed to create it as a military alliance.',
    note = 'Passage 4 counts "five of the seven members" in 2009, a count the source leaves unexplained beside the six member states it names.'
WHERE id = 'csto';

UPDATE organization
SET description = 'A group established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova, largely seen as intending to counter Russian influence in the region. Uzbekistan joined it.',
    note = 'Passage 7 calls it "the GUAM group"; the full name is a label in the Euler diagram (passage 29).'
WHERE id = 'guam';

UPDATE organization
SET description = 'Armenia declined participating in military exercises at the CIS summit in Kyrgyzstan in October 2023. Its full name is also a label in the Euler diagram of supranational organisations in the territory of the former Soviet Union.',
    note = '"CIS" in passage 24 is taken as the abbreviation of the diagram label "Commonwealth of Independent States", an identification the source leaves implicit.'
WHERE id = 'commonwealth-of-independent-states';

UPDATE organization
SET description = 'A label in the Euler diagram of supranational organisations in the territory of the former Soviet Union; the diagram''s labels state no memberships.'
WHERE id IN ('commonwealth-of-independent-states-free-trade-area', 'eurasian-economic-union', 'union-state',
             'baltic-assembly', 'community-for-democracy-and-rights-of-nations');

UPDATE organization
SET description = 'Its leaders appear with the CSTO''s in an image captioned "CSTO and EAEC leaders in 2006".',
    note = 'The source never expands "EAEC", so it is kept apart from the Eurasian Economic Union of the diagram.'
WHERE id = 'eaec';

UPDATE organization
SET description = 'An increasing percentage of the population of Armenia called for realignment of the state with NATO instead of continued CSTO membership.',
    note = NULL
WHERE id = 'nato';

UPDATE organization
SET description = 'A Russian television channel, run by Gazprom; it aired a documentary film which compared Lukashenko to Bakiyev.'
WHERE id = 'ntv';

UPDATE organization
SET description = 'Runs the Russian television channel NTV.'
WHERE id = 'gazprom';

UPDATE organization
SET description = 'Insurgents who took control of many parts of Afghanistan, after which thousands of Afghans fled to Tajikistan.'
WHERE id = 'taliban';

UPDATE organization
SET description = 'On 3 August 2009 it criticized plans by Russia to establish a military base in southern Kyrgyzstan for the CSTO rapid reaction force.'
WHERE id = 'ministry-of-foreign-affairs-of-uzbekistan';

UPDATE organization
SET description = 'Its Speaker, Nancy Pelosi, visited Yerevan on 17 September 2022.'
WHERE id = 'united-states-house-of-representatives';

-- Bodies
UPDATE body
SET description = 'An agreement to create it was reached on 4 February 2009 by five of the seven members, with plans finalized on 14 June 2009. It is intended to be used to repulse military aggression, conduct anti-terrorist operations, fight transnational crime and drug trafficking, and neutralize the effects of natural disasters. On 3 August 2009 the Ministry of Foreign Affairs of Uzbekistan criticized plans by Russia to establish a military base for it in southern Kyrgyzstan.'
WHERE id = 'collective-rapid-reaction-force';

UPDATE body
SET description = 'A peacekeeping force maintained by the CSTO that has been deployed to areas of conflict, including Tajikistan and Kyrgyzstan.'
WHERE id = 'peacekeeping-force';

UPDATE body
SET description = 'The CSTO Secretary General, an office held by Stanislav Zas; the Secretary General presented a report at the meeting chaired by Nikol Pashinyan, with which Pashinyan concurred.'
WHERE id = 'secretary-general';

UPDATE body
SET description = 'At a Foreign Ministers Council meeting in Minsk, Belarus, the member states adopted measures to counter cyber security threats and information technology crimes.'
WHERE id = 'foreign-ministers-council';

UPDATE body
SET description = 'The Parliamentary Assembly of the CSTO; its Council met in Minsk in May 2023.'
WHERE id = 'parliamentary-assembly-of-the-collective-security-treaty-organization';

UPDATE body
SET description = 'The Council of the Parliamentary Assembly of the CSTO; it met in Minsk in May 2023.'
WHERE id = 'council-of-the-parliamentary-assembly';

-- Persons
UPDATE person SET note = NULL
WHERE id IN ('dmitry-medvedev', 'bakiyev', 'sergei-prikhodko', 'bordyuzha', 'roza-otunbayeva', 'nancy-pelosi',
             'stanislav-zas', 'nikol-pashinyan', 'sergey-lavrov');

UPDATE person
SET note = 'The "Lukashenko" of passages 10 and 11 is taken to be the Alexander Lukashenko of passage 13.'
WHERE id = 'alexander-lukashenko';

UPDATE person
SET note = 'The "Dmitry Peskov" of passage 20 and the "Dmitri Peskov" of passage 26 are taken to be one person.'
WHERE id = 'dmitry-peskov';

-- Events: every summary, and a note only where it says what the fields cannot.
UPDATE event
SET summary = 'The CSTO was founded in 2002 when the six member states agreed to create the Collective Security Treaty Organization as a military alliance.',
    note = NULL
WHERE id = 'csto-founding';

UPDATE event
SET summary = 'The GUAM group was established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova; it is largely seen as intending to counter Russian influence in the region.',
    note = NULL
WHERE id = 'guam-established';

UPDATE event
SET summary = 'On 4 February 2009 an agreement to create the Collective Rapid Reaction Force (KSOR) was reached by five of the seven members.',
    note = '"Five of the seven members" are taken to be members of the CSTO, whose force the KSOR is.'
WHERE id = 'collective-rapid-reaction-force-agreement';

UPDATE event
SET summary = 'The plans for the Collective Rapid Reaction Force were finalized on 14 June 2009, after the agreement of 4 February 2009 to create it.',
    note = 'Dated 14 June 2009 because the sentence that opens "On 4 February 2009" closes "with plans finalized on 14 June", giving the day and month in the same year.'
WHERE id = 'collective-rapid-reaction-force-plans-finalized';

UPDATE event
SET summary = 'The CSTO maintains a peacekeeping force that has been deployed to areas of conflict, including Tajikistan and Kyrgyzstan.',
    note = NULL
WHERE id = 'peacekeeping-force-deployments';

UPDATE event
SET summary = 'On 3 August 2009 the Ministry of Foreign Affairs of Uzbekistan criticized plans by Russia to establish a military base in southern Kyrgyzstan for the CSTO rapid reaction force, warning of militarization and nationalistic confrontations.',
    note = NULL
WHERE id = 'uzbekistan-criticizes-planned-russian-base-in-southern-kyrgyzstan';

UPDATE event
SET summary = 'Uzbekistan joined the GUAM group, at the same time as its Ministry of Foreign Affairs criticized the planned Russian base in southern Kyrgyzstan.',
    note = 'Left undated because its sentence says only "At the same time", after the account of the foreign ministry''s criticism of 3 August 2009.'
WHERE id = 'uzbekistan-joins-guam';

UPDATE event
SET summary = 'During a trip to Ukraine to extend Russia''s lease of the Crimean port Sevastopol in return for discounted natural gas supplies, Russian President Dmitry Medvedev was asked whether Belarus could expect a similar deal, and answered with a remark on real partnership.',
    note = NULL
WHERE id = 'dmitry-medvedev-trip-to-ukraine';

UPDATE event
SET summary = 'The Russian television channel NTV, run by Gazprom, aired a documentary film which compared Lukashenko to Bakiyev.',
    note = 'Placed after Medvedev''s answer on his trip to Ukraine by its opening word, "Subsequently".'
WHERE id = 'ntv-documentary-comparing-lukashenko-to-bakiyev';

UPDATE event
SET summary = 'The Russian President''s foreign policy adviser Sergei Prikhodko threatened to publish the transcript of a CSTO meeting where Lukashenko said that his administration would recognize Abkhazian and South Ossetian independence.',
    note = 'Placed after the NTV documentary by its opening word, "Then".'
WHERE id = 'prikhodko-threatens-to-publish-csto-meeting-transcript';

UPDATE event
SET summary = 'A CSTO meeting where Lukashenko said that his administration would recognize Abkhazian and South Ossetian independence; Sergei Prikhodko threatened to publish its transcript.',
    note = NULL
WHERE id = 'csto-meeting-lukashenko-on-abkhazia-and-south-ossetia';

UPDATE event
SET summary = 'Kyrgyz violence against ethnic Uzbek minorities, which, Bordyuzha claimed, "foreign mercenaries" provoked; he also admitted that the CSTO response may have been inadequate.',
    note = '"The Kyrgyz violence" is taken as Kyrgyzstan''s part in it, while "ethnic Uzbek minorities" names a people, not the state of Uzbekistan.'
WHERE id = 'kyrgyz-violence-against-ethnic-uzbek-minorities';

UPDATE event
SET summary = 'The CSTO was unable to agree on providing military assistance to Kyrgyzstan at a meeting in Yerevan, Armenia, which was attended by Roza Otunbayeva as well as Alexander Lukashenko.',
    note = NULL
WHERE id = 'yerevan-meeting-on-military-assistance-to-kyrgyzstan';

UPDATE event
SET summary = 'Thousands of Afghans, including police and government troops, fled to Tajikistan after Taliban insurgents took control of many parts of Afghanistan.',
    note = NULL
WHERE id = 'afghans-flee-to-tajikistan';

UPDATE event
SET summary = 'The lack of Russian support during the conflict prompted a national debate in Armenia, as an increasing percentage of the population doubted whether continued CSTO membership is beneficial and called for realignment of the state with NATO instead.',
    note = 'The next passage says Nancy Pelosi''s visit to Yerevan on 17 September 2022 "coincided with" this debate, which places the debate around that visit without dating it.'
WHERE id = 'armenian-national-debate-on-csto-membership';

UPDATE event
SET summary = 'Speaker of the United States House of Representatives Nancy Pelosi visited Yerevan on 17 September 2022, a visit largely seen as an effort to reorient the security alliance structure of Armenia.',
    note = NULL
WHERE id = 'nancy-pelosi-visit-to-yerevan';

UPDATE event
SET summary = 'With the leaders of all member states and CSTO Secretary General Stanislav Zas in attendance, the meeting in Yerevan was chaired by Armenian Prime Minister Nikol Pashinyan, who concurred with the report presented by the Secretary General while reiterating the importance of a clear political assessment of Azerbaijani aggression and a roadmap for the restoration of Armenian territorial integrity.',
    note = 'Placed in Yerevan because passage 18, right after this one, speaks of "the meeting in Yerevan", taken to be this meeting.'
WHERE id = 'meeting-chaired-by-nikol-pashinyan';

UPDATE event
SET summary = 'During the meeting in Yerevan, large groups of protestors gathered and called for the withdrawal of Armenia from the CSTO and for the country to develop closer relations with the United States and the West.',
    note = NULL
WHERE id = 'protests-in-yerevan-during-csto-meeting';

UPDATE event
SET summary = 'Pashinyan refused to hold common military drills because the organization did not unequivocally condemn Azerbaijan over its perceived aggression, and the diplomatic friction continued into January 2023.',
    note = 'Dated January 2023 from "The diplomatic friction continued into January 2023, after Pashinyan refused", read as placing the refusal in that month.'
WHERE id = 'pashinyan-refuses-common-military-drills';

UPDATE event
SET summary = 'To mend ties, Sergey Lavrov offered on 2 February 2023 the deployment of a CSTO mission along the Armenia-Azerbaijan border within one or two days, "if our Armenian allies, friends are still interested in it like before".',
    note = NULL
WHERE id = 'lavrov-offers-csto-mission-on-armenia-azerbaijan-border';

UPDATE event
SET summary = 'On 3 September 2023, during an interview, Armenian prime minister Nikol Pashinyan stated that it was a strategic mistake for Armenia to solely rely on Russia to guarantee its security.',
    note = NULL
WHERE id = 'pashinyan-interview-2023-09-03';

UPDATE event
SET summary = 'Armenia declined participating in military exercises at the CIS summit in Kyrgyzstan in October 2023, and asked for Russian peacekeeping forces to return to Russia.',
    note = NULL
WHERE id = 'armenia-declines-military-exercises-at-cis-summit';

UPDATE event
SET summary = 'During a live broadcast interview Pashinyan stated, "We have now in practical terms frozen our participation in this treaty", and that "membership of the CSTO was under review".',
    note = NULL
WHERE id = 'pashinyan-live-broadcast-interview';

UPDATE event
SET summary = 'On 8 May 2024, Armenia announced it had stopped making financial contributions to the CSTO, leading Russia to state that it was still obligated to pay its membership dues.',
    note = NULL
WHERE id = 'armenia-stops-financial-contributions-to-csto';

UPDATE event
SET summary = 'The member states adopted measures to counter cyber security threats and information technology crimes in a Foreign Ministers Council meeting in Minsk, Belarus.',
    note = '"The member states" are taken to be the CSTO''s, meeting in its Foreign Ministers Council.'
WHERE id = 'foreign-ministers-council-meeting-in-minsk';

UPDATE event
SET summary = 'CSTO and EAEC leaders in 2006, as an image caption shows them.',
    note = NULL
WHERE id = 'csto-and-eaec-leaders-2006';

UPDATE event
SET summary = 'The CSTO meeting in Nur-Sultan, Kazakhstan, on 8 November 2018, as an image caption shows it.',
    note = NULL
WHERE id = 'csto-meeting-nur-sultan-2018-11-08';

UPDATE event
SET summary = 'The CSTO Summit of 2021, as an image caption shows it.',
    note = NULL
WHERE id = 'csto-summit-2021';

UPDATE event
SET summary = 'The CSTO Summit of 2022, as an image caption shows it.',
    note = NULL
WHERE id = 'csto-summit-2022';

UPDATE event
SET summary = 'A meeting of the Council of the Parliamentary Assembly of the Collective Security Treaty Organization in Minsk in May 2023, as an image caption shows it.',
    note = NULL
WHERE id = 'council-of-the-parliamentary-assembly-meeting-minsk-2023-05';

-- Statements (the request for the Russian peacekeepers has its note in section 6).
UPDATE statement
SET note = 'The source prints these words after "stating," without quotation marks, as direct speech.'
WHERE id = 'uzbekistan-mfa-on-russian-base-in-southern-kyrgyzstan';

UPDATE statement
SET note = 'His answer to whether Belarus could expect a deal similar to Russia''s lease of Sevastopol in return for discounted natural gas supplies.'
WHERE id = 'medvedev-on-real-partnership';

UPDATE statement
SET note = 'Known only through Sergei Prikhodko''s threat to publish the transcript of the meeting.'
WHERE id = 'lukashenko-on-recognizing-abkhazia-and-south-ossetia';

UPDATE statement
SET note = 'Tied to the Kyrgyz violence because, in the same sentence, Bordyuzha claims that "foreign mercenaries" provoked it.'
WHERE id = 'bordyuzha-csto-response-may-have-been-inadequate';

UPDATE statement
SET note = 'Only the words "foreign mercenaries" are in quotation marks in the source.'
WHERE id = 'bordyuzha-foreign-mercenaries-provoked-kyrgyz-violence';

UPDATE statement
SET note = 'Left undated because "In response" ties it to Pashinyan''s refusal, and the "January 2023" of the preceding sentence dates the friction, not this response.'
WHERE id = 'peskov-armenia-remains-very-close-ally';

UPDATE statement
SET note = '"Moscow" is taken to stand for Russia, and its passage, which follows the interview of 3 September 2023, ties the words to no occasion.'
WHERE id = 'pashinyan-moscow-unable-to-deliver';

UPDATE statement
SET note = 'The source opens this quotation without closing it, so it is quoted to the end of the passage.'
WHERE id = 'pashinyan-russian-federation-cannot-meet-armenias-security-needs';

UPDATE statement
SET note = 'The source quotes these words in reported form, with the past tense "was".'
WHERE id = 'pashinyan-csto-membership-under-review';

UPDATE statement
SET note = 'Tied to the live broadcast interview because it responds to "Pashinyan''s remarks" on frozen participation made there.'
WHERE id = 'peskov-charter-has-no-frozen-membership-status';

UPDATE statement
SET note = 'Left undated because "leading Russia to state" makes it a consequence of the announcement of 8 May 2024, not a statement dated by it.'
WHERE id = 'russia-armenia-still-obligated-to-pay-dues';

UPDATE statement SET note = NULL
WHERE id IN ('prikhodko-threatens-to-publish-csto-meeting-transcript', 'pashinyan-concurs-with-secretary-general-report',
             'lavrov-if-armenian-allies-still-interested', 'pashinyan-strategic-mistake-to-rely-solely-on-russia',
             'pashinyan-frozen-participation-in-treaty', 'armenia-stopped-financial-contributions-to-csto');
