-- security: sign-in that an attacker cannot turn against clinicians, and a client's pseudonym that
-- tells no one about clients they may not see. Runs unchanged on H2 and PostgreSQL.

-- Failed sign-ins no longer lock an email: they delay its next attempt, progressively and capped,
-- and a recognised device is not held by that delay.
alter table sign_in_failure rename column locked_until to delayed_until;

-- Devices a person has signed in on (OWASP "Slow Down Online Guessing Attacks with Device
-- Cookies"): only a SHA-256 hash of each cookie's 256 random bits is kept. A device counts its own
-- failed sign-ins and earns its own delay, apart from the account's.
create table recognised_device (
    token_hash varchar(64) primary key,
    user_id uuid not null references app_user (id),
    clinic_id uuid not null references clinic (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    failures integer default 0 not null,
    last_failure_at timestamp with time zone,
    delayed_until timestamp with time zone
);
create index recognised_device_user on recognised_device (user_id);

-- Pseudonyms unique per therapist: V13_1 (Java, since V1's constraint has no name of its own).
