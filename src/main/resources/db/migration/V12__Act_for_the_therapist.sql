-- security: a supervisor acts on another therapist's client only through an explicit grant, with a
-- reason, for a limited time ("act for the therapist"). Every write under it is audited naming the
-- therapist acted for and the grant. Runs unchanged on H2 and PostgreSQL.
--
-- therapist_id is the client's therapist when the grant started: a grant is for acting in that
-- therapist's place, so it no longer applies once the client is reassigned. ended_at is set when
-- the supervisor ends it early; otherwise it lapses at expires_at. The reason is the supervisor's
-- own words, read by the clinic, never copied into the audit trail (which names the grant's id).
create table act_for_grant (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    supervisor_id uuid not null references app_user (id),
    client_id uuid not null references client (id),
    therapist_id uuid not null references app_user (id),
    reason varchar(500) not null,
    started_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    ended_at timestamp with time zone
);
create index act_for_grant_supervisor on act_for_grant (clinic_id, supervisor_id, expires_at);
