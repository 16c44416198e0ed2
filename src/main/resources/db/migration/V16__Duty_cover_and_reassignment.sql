-- Risk answers covered by more than the client's own therapist, when the client was reached, and
-- clients moved to another therapist. Runs unchanged on H2 and PostgreSQL.

-- A therapist or supervisor the clinic names as duty clinician works any risk signal of the clinic
-- (and reads only what it needs: the signal and how to reach the client).
alter table app_user add column duty_clinician boolean default false not null;

-- How long a risk signal may stay unacknowledged before it is overdue (4 hours by default).
alter table clinic add column risk_acknowledge_minutes integer default 240 not null;

-- When the person working a risk signal reached the client, as they entered it (recorded_at is
-- when they typed it).
alter table signal_action add column contacted_at timestamp with time zone;

-- When the signal was announced as overdue: once per signal, whichever server's check claims it.
alter table signal add column overdue_announced_at timestamp with time zone;
create index signal_kind_status on signal (clinic_id, kind, status);

-- Each move of a client to another therapist: from whom, to whom, by whom and why.
create table client_reassignment (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    client_id uuid not null references client (id),
    from_therapist_id uuid not null references app_user (id),
    to_therapist_id uuid not null references app_user (id),
    reassigned_by varchar(320) not null,
    reason varchar(400) not null,
    reassigned_at timestamp with time zone not null
);
create index client_reassignment_client on client_reassignment (clinic_id, client_id);
