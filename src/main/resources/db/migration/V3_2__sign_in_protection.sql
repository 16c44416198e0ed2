-- security: what stops guessing passwords, kept in the database so that a restart does not lift a
-- lock and several instances behind one load balancer share one count.

-- Consecutive failed sign-ins per email as typed, whether or not an account has it (so that the
-- answer never tells whether an account exists), and the lock they earned. A success deletes the row.
create table sign_in_failure (
    email varchar(320) primary key,
    failures integer not null,
    last_failure_at timestamp with time zone not null,
    locked_until timestamp with time zone
);

-- Sign-in attempts per remote address in the current one-minute window.
create table sign_in_rate (
    remote_address varchar(64) primary key,
    window_start timestamp with time zone not null,
    attempts integer not null
);

-- What the action and resource alone do not say, e.g. "GET 404" for a refused call or the length of
-- a lock. Never clinical data.
alter table audit_event add column detail varchar(200);
