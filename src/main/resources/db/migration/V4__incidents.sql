-- Incidents: many citizen reports of one problem in one place (an outage day), answered once.
-- kind: DETECTED (grouping or spike), MANUAL (a moderator made it), PLANNED (announced interruption).
create table incidents (
    id               bigint generated always as identity primary key,
    kind             text not null default 'DETECTED' check (kind in ('DETECTED', 'MANUAL', 'PLANNED')),
    status           text not null default 'SUGGESTED'
                     check (status in ('SUGGESTED', 'OPEN', 'IN_PROGRESS', 'RESOLVED', 'DISMISSED', 'MERGED')),
    title            text,
    department_id    bigint references departments (id),
    district         text,
    neighborhood     text,
    neighborhood_id  bigint,
    -- the latest update sent to citizens; a citizen who writes later gets it at once
    public_text      text,
    eta              timestamptz,
    planned_start    timestamptz,
    planned_end      timestamptz,
    merged_into      bigint references incidents (id),
    created_by       text not null default 'system',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    confirmed_at     timestamptz,
    resolved_at      timestamptz,
    version          bigint not null default 0
);
create index incidents_status_idx on incidents (status, created_at desc);

-- A case belongs to at most one incident.
create table incident_cases (
    case_id      bigint primary key references cases (id),
    incident_id  bigint not null references incidents (id),
    linked_by    text not null check (linked_by in ('AUTO', 'SPIKE', 'PLANNED', 'MANUAL')),
    similarity   real,
    linked_at    timestamptz not null default now()
);
create index incident_cases_incident_idx on incident_cases (incident_id);

create table incident_updates (
    id           bigint generated always as identity primary key,
    incident_id  bigint not null references incidents (id),
    status       text not null,
    text         text not null,
    eta          timestamptz,
    actor        text not null,
    recipients   integer not null default 0,
    created_at   timestamptz not null default now()
);
create index incident_updates_incident_idx on incident_updates (incident_id, created_at);
