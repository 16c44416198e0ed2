-- security: a clinic that sets itself up, and the lifecycle of the accounts of the people who work in it.
-- Runs unchanged on H2 and PostgreSQL.

-- What the clinic says about itself: its time zone (dates and times on pages and in email), the
-- languages its clients may answer in, whether it is the simulated demo clinic, and whether its
-- therapists must use a second factor (admins and supervisors always must, unless the clinic is
-- the demo).
alter table clinic add column time_zone varchar(60) default 'Europe/London' not null;
alter table clinic add column languages varchar(60) default 'en,es' not null;
alter table clinic add column demo boolean default false not null;
alter table clinic add column mfa_for_therapists boolean default false not null;
alter table clinic add column crisis_phone varchar(40);

-- The crisis text a client reads after a risk answer, in each language the clinic offers.
create table clinic_crisis_text (
    clinic_id uuid not null references clinic (id),
    language varchar(10) not null,
    crisis_text varchar(2000) not null,
    primary key (clinic_id, language)
);

-- An account is invited (no password yet), active, or disabled (its sessions and tokens stop at
-- the next request). credentials_version grows whenever the password changes or the account is
-- disabled: a web session signed in under an older version is ended. administers marks a
-- therapist or supervisor who also manages the clinic (a role ADMIN account manages it alone and
-- reads no clinical record).
alter table app_user add column status varchar(20) default 'active' not null;
alter table app_user add column credentials_version integer default 0 not null;
alter table app_user add column administers boolean default false not null;
alter table app_user add column updated_at timestamp with time zone;
alter table app_user alter column password_hash drop not null;
