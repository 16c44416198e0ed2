-- signal: what the alliance, outcome and collaboration modules find, in the therapist's inbox,
-- followed through open -> acknowledged -> action recorded -> resolved, with who and when.

create table signal (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    client_id uuid not null references client (id),
    therapist_id uuid not null references app_user (id),
    session_id uuid references care_session (id),
    kind varchar(40) not null,
    source_key varchar(200) not null,
    summary varchar(400) not null,
    evidence varchar(8000),
    status varchar(20) not null,
    raised_at timestamp with time zone not null,
    acknowledged_at timestamp with time zone,
    acknowledged_by varchar(320),
    resolved_at timestamp with time zone,
    resolved_by varchar(320),
    resolution varchar(400),
    unique (clinic_id, source_key)
);
create index signal_therapist_status on signal (clinic_id, therapist_id, status);

create table signal_action (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    signal_id uuid not null references signal (id),
    step varchar(40) not null,
    note varchar(4000),
    recorded_by varchar(320) not null,
    recorded_at timestamp with time zone not null
);
create index signal_action_signal on signal_action (signal_id);
