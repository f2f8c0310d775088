-- A client's diary, corrective experiences and ladder tries are read by day: the Diary part's
-- year of patterns, the summary's period, the keeping plan's year. The indexes on
-- (client_id, happened_at) serve the newest-first pages, but a range of days on happened_on
-- could only use their client_id, so every row the client ever wrote was visited and
-- filtered (issue 15: about 15 ms under load for a client with ten years of diary). With
-- these, a year reads a year's rows, and counting them needs no table visit.
create index diary_entry_period_ix on diary_entry (client_id, happened_on);
create index corrective_experience_period_ix on corrective_experience (client_id, happened_on);
create index ladder_attempt_period_ix on ladder_attempt (client_id, happened_on);
