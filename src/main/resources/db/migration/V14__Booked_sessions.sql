-- care: a session can be booked ahead, for a moment and a length. Rows recorded before
-- this carry only their date, so both columns stay empty for them.
alter table care_session add column starts_at timestamp with time zone;
alter table care_session add column length_minutes integer;
