-- The therapist as a setting of a corrective experience, and accepting help as a thing risked.
alter table corrective_experience drop constraint corrective_experience_setting_ck;
alter table corrective_experience add constraint corrective_experience_setting_ck check (setting in ('PARTNER',
    'FRIEND', 'FAMILY', 'THERAPIST', 'THERAPY_GROUP', 'COMMUNITY', 'WORK'));
alter table corrective_experience drop constraint corrective_experience_risk_ck;
alter table corrective_experience add constraint corrective_experience_risk_ck check (risk in ('ASKED_FOR_SUPPORT',
    'ACCEPTED_HELP', 'SHARED_VULNERABLE', 'SET_BOUNDARY', 'REPAIRED', 'TOLERATED_DISTANCE'));

-- The session note's optional part on the working relationship.
alter table therapy_session add column relationship_strain varchar(4000);
alter table therapy_session add column relationship_repair varchar(4000);

-- The language a clinician works in, and the language of a client's portal, handouts and letters.
alter table user_account add column language varchar(5) default 'en' not null;
alter table user_account add constraint user_account_language_ck check (language in ('en', 'nl'));
alter table client add column language varchar(5) default 'en' not null;
alter table client add constraint client_language_ck check (language in ('en', 'nl'));
