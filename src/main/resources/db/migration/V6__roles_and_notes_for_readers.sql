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
