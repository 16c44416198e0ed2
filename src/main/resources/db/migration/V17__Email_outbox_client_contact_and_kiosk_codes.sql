-- Email: the outbox, clients' contact emails, measures sent and reminded, staff notifications and
-- kiosk codes. Runs unchanged on H2 and PostgreSQL.

-- mail: each email waits here, sealed (AES-GCM, key outside the database), until it is handed to
-- the mail server; then only when and how it went is kept.
create table mail_outbox (
    id uuid primary key,
    clinic_id uuid references clinic (id),
    purpose varchar(40) not null,
    message varchar(200000),
    status varchar(10) not null,
    attempts integer default 0 not null,
    created_at timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    claimed_until timestamp with time zone,
    sent_at timestamp with time zone,
    last_error varchar(300)
);
create index mail_outbox_due on mail_outbox (status, next_attempt_at);

-- care: a client's contact email, optional, sealed like the outbox, and the language the client
-- is written to in.
alter table client add column contact_email varchar(1000);
alter table client add column contact_language varchar(8);

-- outreach: the clinic's timing of emailed measures (hours).
create table outreach_settings (
    clinic_id uuid primary key references clinic (id),
    hours_before_session integer not null,
    reminder_after_hours integer not null,
    link_valid_hours integer not null
);

-- outreach: a personal link emailed to a client, by schedule or by hand ("send again"). The link
-- itself is kept sealed until the reminder is sent or the link expires, for the reminder to hold
-- the same link; scheduled_key makes the schedule send each session's measures once, whatever
-- the number of servers.
create table measure_send (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    client_id uuid not null references client (id),
    session_id uuid not null references care_session (id),
    kind varchar(20) not null,
    scheduled_key varchar(120) unique,
    link_token_hash varchar(64) not null references client_link (token_hash),
    link_sealed varchar(1000),
    language varchar(8) not null,
    sent_by varchar(320) not null,
    sent_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    outbox_id uuid,
    reminded_at timestamp with time zone,
    reminder_outbox_id uuid
);
create index measure_send_clinic on measure_send (clinic_id, sent_at);
create index measure_send_link on measure_send (link_token_hash);

-- outreach: a short one-time code typed on the waiting room's tablet, leading to a personal link.
-- Only the code's hash is kept; the link is sealed until the code is used or expires.
create table kiosk_code (
    code_hash varchar(64) primary key,
    clinic_id uuid not null references clinic (id),
    session_id uuid not null references care_session (id),
    link_token_hash varchar(64) not null references client_link (token_hash),
    link_sealed varchar(1000),
    created_by varchar(320) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone
);

-- notification: who is on duty for the clinic, written to at once about a risk answer.
create table duty_contact (
    clinic_id uuid primary key references clinic (id),
    email varchar(254) not null
);
