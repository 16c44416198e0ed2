-- alliance_norm_at_session: the clinic norms each client session was first judged with, so that
-- later ratings of other clients (which move the clinic's level and SD) never move or erase a past
-- rupture. One row per scale; written once, never updated.
create table alliance_norm_at_session (
    clinic_id uuid not null references clinic (id),
    episode_id uuid not null,
    session_number integer not null,
    scale varchar(10) not null,
    level double precision not null,
    within_client_sd double precision not null,
    between_client_sd double precision not null,
    frozen_at timestamp with time zone not null,
    primary key (clinic_id, episode_id, session_number, scale)
);

-- signal.occurred_on: the date of the session a finding belongs to (not the day it was found), so
-- that signals found while catching up carry their session's date. Status HISTORY marks a finding
-- whose window had long closed when it was found: recorded, never in the open inbox.
alter table signal add column occurred_on date;
