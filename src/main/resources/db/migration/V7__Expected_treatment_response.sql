-- etr_fit: each clinic's latest fit of the expected-treatment-response model (Finch, Lambert &
-- Schaalje 2001), score ~ log(session) * I(intake - centre) + (1 + log(session) | client) on its
-- finished episodes' PHQ-9 totals. Fitted nightly or on demand, never in a request; every instance
-- reads the same fit. One row per clinic, replaced by each refit.
create table etr_fit (
    clinic_id uuid not null primary key references clinic (id),
    instrument varchar(40) not null,
    fitted_at timestamp with time zone not null,
    episodes integer not null,
    observations integer not null,
    centre double precision not null,
    intercept double precision not null,
    log_session double precision not null,
    intake double precision not null,
    log_session_intake double precision not null,
    g_intercept double precision not null,
    g_covariance double precision not null,
    g_log_session double precision not null,
    sigma2 double precision not null
);
