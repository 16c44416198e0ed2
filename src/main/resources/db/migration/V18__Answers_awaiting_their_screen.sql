-- measure: an answer that a screen must judge before it is acknowledged (a risk answer, for the
-- risk screen) is marked here in the transaction that stores it; the mark goes once the screen has
-- judged it. After a crash between the two, the server re-screens what is marked, and only that:
-- never every answer ever stored. Runs unchanged on H2 and PostgreSQL.
create table response_awaiting_screen (
    response_id uuid primary key references response (id),
    clinic_id uuid not null,
    stored_at timestamp with time zone not null
);

-- Answers stored before this version were re-screened at every start; those whose risk signal
-- is missing (PHQ-9 item 9 above 0, the rule of safety.RiskAnswer when this ran) are marked now,
-- so that the next start raises them as the old sweep would have.
insert into response_awaiting_screen (response_id, clinic_id, stored_at)
select r.id, r.clinic_id, r.submitted_at
from response r
where r.instrument_code = 'phq9'
  and exists (select 1 from response_answer a
              where a.response_id = r.id and a.item_id = '9' and a.choice_value > 0)
  and not exists (select 1 from signal s
                  where s.clinic_id = r.clinic_id and s.source_key = concat('risk:', cast(r.id as varchar(36))));
