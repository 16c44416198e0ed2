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

-- A pseudonym is unique among one therapist's clients, not in the whole clinic: a clinic-wide rule
-- told a therapist that a colleague's client held the name. The clinic-wide constraint was made
-- without a name in V1; each database named it its own way, and each statement below is a no-op on
-- the other database.
alter table client drop constraint if exists client_clinic_id_pseudonym_key;
alter table client drop constraint if exists constraint_76a5e7;
alter table client add constraint client_pseudonym_per_therapist unique (clinic_id, therapist_id, pseudonym);
