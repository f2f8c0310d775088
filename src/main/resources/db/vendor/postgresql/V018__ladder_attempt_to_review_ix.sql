-- The dashboard's "to review" count of ladder attempts reads only those not yet reviewed or
-- flagged, as for the diary and the experiences (V014).
create index ladder_attempt_to_review_ix on ladder_attempt (client_id) include (reviewed_at, flagged)
    where reviewed_at is null or flagged;
