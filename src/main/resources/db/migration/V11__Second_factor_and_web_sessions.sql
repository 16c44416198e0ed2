-- security: the second factor (TOTP, RFC 6238) with its recovery codes, and the web sessions a
-- person has open. Runs unchanged on H2 and PostgreSQL.

-- A person's authenticator secret, encrypted with AES-GCM under a key kept outside the database
-- (alliance.security.key-file). pending_secret holds a new secret between showing it and its
-- confirmation with a code, so that changing the authenticator never leaves the person without one.
-- last_used_step is the RFC 6238 time step of the last code accepted: a code of that step or an
-- earlier one is a replay.
create table second_factor (
    user_id uuid primary key references app_user (id),
    clinic_id uuid not null references clinic (id),
    secret varchar(200),
    pending_secret varchar(200),
    last_used_step bigint,
    enrolled_at timestamp with time zone
);

-- One-time recovery codes, stored only as salted slow hashes (bcrypt): ten random characters hold
-- about 50 bits, too few for a fast hash (OWASP ASVS 5.0, 6.5.2).
create table recovery_code (
    id uuid primary key,
    user_id uuid not null references app_user (id),
    clinic_id uuid not null references clinic (id),
    code_hash varchar(100) not null,
    used_at timestamp with time zone
);
create index recovery_code_user on recovery_code (user_id);

-- Every signed-in web session: read at every page request (by its primary key, joined to the
-- account) to end it when idle, too old, ended elsewhere, or when the account's credentials
-- version grew or its status is no longer active. stage is 'second-factor' (password checked,
-- code awaited), 'enrol' (the person must enrol a second factor first) or 'signed-in'.
create table web_session (
    id varchar(64) primary key,
    user_id uuid not null references app_user (id),
    clinic_id uuid not null references clinic (id),
    credentials_version integer not null,
    stage varchar(20) not null,
    started_at timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    second_factor_at timestamp with time zone,
    user_agent varchar(200),
    remote_address varchar(64),
    ended_at timestamp with time zone,
    end_reason varchar(40)
);
create index web_session_user on web_session (user_id, ended_at);
