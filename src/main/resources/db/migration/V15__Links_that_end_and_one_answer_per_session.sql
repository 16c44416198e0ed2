-- measure: personal links that end, and one answer per session and measure. Runs unchanged on H2
-- and PostgreSQL.
--
-- client_link.id names a link to the people who revoke it (the token is shown once and only its hash
-- is kept). Links issued before this version take the first half of their hash as their id: as
-- unguessable as a random one, and a hash opens nothing. revoked_at and revoked_by say when and by
-- whom a link was ended; revoked_why is 'revoked' (a person ended it) or 'replaced' (a newer link
-- for the same session and measures ended it). Whether a link still works is also decided, at every
-- visit and submission, by its session (not cancelled) and episode (still open): nothing is
-- written here when those change.
alter table client_link add column id uuid;
update client_link set id = cast(substring(token_hash, 1, 32) as uuid);
alter table client_link alter column id set not null;
alter table client_link add constraint client_link_id unique (id);
alter table client_link add column revoked_at timestamp with time zone;
alter table client_link add column revoked_by varchar(320);
alter table client_link add column revoked_why varchar(20);
create index client_link_session on client_link (session_id);

-- One answer per session, measure and respondent, held by the database so that concurrent requests
-- cannot store two: current_for_session is the session's id while the response is the current
-- version and null once a correction superseded it (a unique constraint allows many nulls on H2 and
-- PostgreSQL alike, as V4's open_for_client). A correction is a new row that names the version it
-- corrects and why; the old row stays, marked superseded_by the new one, and is never deleted.
alter table response add column current_for_session uuid;
alter table response add column corrects uuid;
alter table response add column correction_reason varchar(500);
alter table response add column superseded_by uuid;

-- Before this version a second answer for a session was stored beside the first and the newest was
-- the one shown: the newest stays current, and each earlier one is marked superseded by it.
update response r set current_for_session = session_id
where not exists (select 1 from response later
                  where later.session_id = r.session_id and later.instrument_code = r.instrument_code
                    and later.respondent = r.respondent
                    and (later.submitted_at > r.submitted_at
                         or (later.submitted_at = r.submitted_at and later.id > r.id)));
update response r set superseded_by = (select c.id from response c
                                       where c.current_for_session = r.session_id
                                         and c.instrument_code = r.instrument_code
                                         and c.respondent = r.respondent)
where current_for_session is null;
update response r set corrects = (select s.id from response s where s.superseded_by = r.id
                                  and not exists (select 1 from response t where t.superseded_by = r.id
                                                  and (t.submitted_at > s.submitted_at
                                                       or (t.submitted_at = s.submitted_at and t.id > s.id)))),
                      correction_reason = 'Answered again for the same session before corrections were an explicit act'
where exists (select 1 from response s where s.superseded_by = r.id);

alter table response add constraint response_one_per_session
    unique (current_for_session, instrument_code, respondent);
