-- reflection_note: a therapist's private notes on a session (countertransference, issue #10).
-- Readable by their author alone: every query of the reflection module names author_id, and no
-- other module reads these tables (ReflectionPrivacyTests holds both). Written once, never updated.
create table reflection_note (
    id uuid primary key,
    clinic_id uuid not null,
    author_id uuid not null,
    client_id uuid not null,
    session_id uuid not null,
    note varchar(4000) not null,
    written_at timestamp with time zone not null
);
create index reflection_note_author on reflection_note (clinic_id, author_id);
alter table reflection_note add foreign key (clinic_id) references clinic (id);
alter table reflection_note add foreign key (author_id) references app_user (id);
alter table reflection_note add foreign key (client_id) references client (id);
alter table reflection_note add foreign key (session_id) references care_session (id);

-- The note's tags, from the closed list of org.alliance.reflection.ReflectionTag; the clinic is
-- the note's.
create table reflection_tag (
    note_id uuid not null references reflection_note (id),
    clinic_id uuid not null,
    tag varchar(40) not null,
    primary key (note_id, tag)
);

-- response.on_behalf: staff entered the client's answers (a paper form, a client without a phone)
-- on the client's behalf; submitted_by then names the staff member who entered them.
alter table response add column on_behalf boolean default false not null;
