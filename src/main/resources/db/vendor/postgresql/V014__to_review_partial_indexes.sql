-- The dashboard's "to review" counts read only the entries not yet reviewed or flagged: a
-- partial index holds just those, so the read follows the clinician's caseload and that
-- small share, never every entry the practice ever kept (issue 15). The counted columns are
-- included, so PostgreSQL can answer from the index alone.
create index diary_entry_to_review_ix on diary_entry (client_id) include (reviewed_at, flagged)
    where reviewed_at is null or flagged;
create index corrective_experience_to_review_ix on corrective_experience (client_id) include (reviewed_at, flagged)
    where reviewed_at is null or flagged;
