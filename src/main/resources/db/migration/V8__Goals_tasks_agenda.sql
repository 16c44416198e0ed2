-- collaboration: the client's goals in their own words with a Goal Attainment Scaling ladder
-- (Kiresuk & Sherman 1968) and the level reached at each review; tasks (homework) with their
-- rationale, the client's agreement, size and completions; agenda items the client proposes
-- before a session. Sessions are named by their number in the episode, since a task's due session
-- need not be booked yet. Every row names who entered it and whether staff entered it on the
-- client's behalf.

create table goal (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    client_id uuid not null references client (id),
    episode_id uuid not null references episode (id),
    wording varchar(500) not null,
    level_minus_2 varchar(500) not null,
    level_minus_1 varchar(500) not null,
    level_0 varchar(500) not null,
    level_plus_1 varchar(500) not null,
    level_plus_2 varchar(500) not null,
    weight integer not null,
    status varchar(20) not null,
    written_by varchar(20) not null,
    set_session integer not null,
    revises uuid references goal (id),
    entered_by varchar(320) not null,
    created_at timestamp with time zone not null
);
create index goal_client on goal (client_id);

create table goal_rating (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    goal_id uuid not null references goal (id),
    session_number integer not null,
    attained_level integer not null,
    rater varchar(20) not null,
    entered_by varchar(320) not null,
    on_behalf boolean not null,
    recorded_at timestamp with time zone not null
);
create index goal_rating_goal on goal_rating (goal_id);

create table homework_task (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    client_id uuid not null references client (id),
    episode_id uuid not null references episode (id),
    description varchar(500) not null,
    rationale varchar(1000) not null,
    agreement varchar(20) not null,
    size_minutes integer not null,
    set_session integer not null,
    due_session integer not null,
    replaces uuid references homework_task (id),
    signal_id uuid references signal (id),
    entered_by varchar(320) not null,
    created_at timestamp with time zone not null
);
create index homework_task_client on homework_task (client_id);

create table task_completion (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    task_id uuid not null references homework_task (id),
    status varchar(20) not null,
    session_number integer not null,
    entered_by varchar(320) not null,
    on_behalf boolean not null,
    recorded_at timestamp with time zone not null
);
create index task_completion_task on task_completion (task_id);

create table agenda_item (
    id uuid primary key,
    clinic_id uuid not null references clinic (id),
    client_id uuid not null references client (id),
    session_id uuid not null references care_session (id),
    wording varchar(300) not null,
    entered_by varchar(320) not null,
    on_behalf boolean not null,
    proposed_at timestamp with time zone not null,
    taken_up_at timestamp with time zone,
    taken_up_by varchar(320)
);
create index agenda_item_session on agenda_item (session_id);
create index agenda_item_client on agenda_item (client_id);
