-- security: one-time invitation links to an account (a new one, or one whose password an admin reset).
-- Only a SHA-256 hash of each link's 256-bit random token is stored, as for clients' personal links.
-- Runs unchanged on H2 and PostgreSQL.
create table invitation (
    token_hash varchar(64) primary key,
    clinic_id uuid not null references clinic (id),
    user_id uuid not null references app_user (id),
    issued_by varchar(320) not null,
    issued_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    -- set when the invitee chose a password, or when a newer invitation or a disable replaced it
    closed_at timestamp with time zone
);
create index invitation_user on invitation (user_id);

-- A demo clinic seeded before the demo flag existed is still the demo: ./alliance demo keeps serving
-- its data folder, and its pages say it is a demo. The demo seeds its admin under this address alone.
update clinic set demo = true
where id in (select clinic_id from app_user where email = 'admin@demo.alliance.test');
