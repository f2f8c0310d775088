-- What a clinician marks reviewed while a session is open, and the homework assigned from it,
-- keep that session's id: the session shows what was gone through and what was agreed in it.

alter table diary_entry add column reviewed_in_session bigint;
alter table diary_entry add constraint diary_entry_review_session_fk
    foreign key (reviewed_in_session) references therapy_session (id);
create index diary_entry_review_session_ix on diary_entry (reviewed_in_session);

alter table corrective_experience add column reviewed_in_session bigint;
alter table corrective_experience add constraint corrective_experience_review_session_fk
    foreign key (reviewed_in_session) references therapy_session (id);
create index corrective_experience_review_session_ix on corrective_experience (reviewed_in_session);

alter table homework_assignment add column assigned_in_session bigint;
alter table homework_assignment add constraint homework_assignment_session_fk
    foreign key (assigned_in_session) references therapy_session (id);
create index homework_assignment_session_ix on homework_assignment (assigned_in_session);
