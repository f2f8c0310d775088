-- Sign-in throttling (Bucket4j): one row a bucket, keyed by source address, or by source
-- address and account, so every instance of Harbor enforces the same limits. A row that has
-- refilled completely has expired and is cleared away.
create table sign_in_bucket (
    id         varchar(400) not null primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_bucket_expires_ix on sign_in_bucket (expires_at);
