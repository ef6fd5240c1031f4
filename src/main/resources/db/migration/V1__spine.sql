-- Hemşehri core schema. Statuses and kinds are text with CHECK constraints (readable in psql, easy to extend
-- in a later migration); timestamps are timestamptz; raw platform payloads are JSONB.

create extension if not exists pg_trgm;

create table departments (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    name        text not null,
    active      boolean not null default true,
    created_at  timestamptz not null default now()
);

create table app_users (
    id             bigint generated always as identity primary key,
    username       text not null unique,
    password_hash  text not null,
    display_name   text,
    role           text not null check (role in ('admin', 'moderator', 'department')),
    department_id  bigint references departments (id),
    approver       boolean not null default false,
    enabled        boolean not null default true,
    created_at     timestamptz not null default now(),
    check ((role = 'department') = (department_id is not null))
);

create table connector_accounts (
    id                    bigint generated always as identity primary key,
    platform              text not null check (platform in ('X', 'FACEBOOK', 'INSTAGRAM', 'WHATSAPP', 'MANUAL')),
    account               text not null,
    display_name          text,
    enabled               boolean not null default true,
    status                text not null default 'ACTIVE'
                          check (status in ('ACTIVE', 'NEEDS_REAUTH', 'ERROR', 'RATE_LIMITED', 'DISABLED')),
    last_poll_at          timestamptz,
    last_success_at       timestamptz,
    last_message_at       timestamptz,
    last_error            text,
    last_error_at         timestamptz,
    consecutive_failures  integer not null default 0,
    rate_limit_remaining  integer,
    rate_limit_reset_at   timestamptz,
    created_at            timestamptz not null default now(),
    unique (platform, account)
);

-- The connector owns the cursor's meaning; we only store it, in the same transaction as the messages it covers.
create table checkpoints (
    account_id  bigint primary key references connector_accounts (id) on delete cascade,
    cursor      text,
    updated_at  timestamptz not null default now()
);

create table citizens (
    id            bigint generated always as identity primary key,
    display_name  text,
    merged_into   bigint references citizens (id),
    created_at    timestamptz not null default now()
);

create table citizen_identities (
    id            bigint generated always as identity primary key,
    citizen_id    bigint not null references citizens (id),
    platform      text not null,
    author_id     text not null,
    handle        text,
    display_name  text,
    created_at    timestamptz not null default now(),
    unique (platform, author_id)
);

create table cases (
    id                  bigint generated always as identity primary key,
    status              text not null default 'NEW'
                        check (status in ('NEW', 'TRIAGED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED',
                                          'REFERRED', 'REOPENED')),
    category            text check (category in ('COMPLAINT', 'REQUEST', 'SUPPORT')),
    confidence          real,
    urgent              boolean not null default false,
    urgency_reason      text,
    priority            integer not null default 0,
    out_of_scope        text,
    department_id       bigint references departments (id),
    district            text,
    neighborhood        text,
    neighborhood_id     bigint,
    platform            text not null,
    account_id          bigint references connector_accounts (id),
    thread_key          text,
    citizen_id          bigint references citizens (id),
    author_id           text,
    assignee_id         bigint references app_users (id),
    claimed_at          timestamptz,
    due_at              timestamptz,
    first_response_at   timestamptz,
    resolved_at         timestamptz,
    closed_at           timestamptz,
    last_message_at     timestamptz not null default now(),
    message_count       integer not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint not null default 0
);

-- The moderation queue's hot path: unclaimed, untriaged cases, urgent first then oldest.
create index cases_queue_idx on cases (urgent desc, created_at, id)
    where assignee_id is null and status in ('NEW', 'TRIAGED');
create index cases_status_idx on cases (status, urgent desc, created_at);
create index cases_department_idx on cases (department_id, status, created_at);
create index cases_district_idx on cases (district, neighborhood);
create index cases_assignee_idx on cases (assignee_id) where assignee_id is not null;
create index cases_created_idx on cases (created_at);
-- Threading looks up the open case of a thread or of an author.
create index cases_thread_open_idx on cases (platform, thread_key)
    where status not in ('RESOLVED', 'CLOSED', 'REFERRED');
create index cases_author_open_idx on cases (platform, author_id, last_message_at desc)
    where status not in ('RESOLVED', 'CLOSED', 'REFERRED');

create table messages (
    id                  bigint generated always as identity primary key,
    platform            text not null,
    external_id         text not null,
    account_id          bigint references connector_accounts (id),
    case_id             bigint references cases (id),
    thread_external_id  text,
    parent_external_id  text,
    author_id           text,
    author_handle       text,
    author_name         text,
    text                text not null,
    direction           text not null check (direction in ('IN', 'OUT')),
    visibility          text not null default 'PUBLIC' check (visibility in ('PUBLIC', 'PRIVATE')),
    created_at          timestamptz not null,
    received_at         timestamptz not null default now(),
    raw                 jsonb,
    unique (platform, external_id)
);
create index messages_case_idx on messages (case_id, created_at);
create index messages_text_trgm_idx on messages using gin (text gin_trgm_ops);

-- Every moderator override of the NLP stage's output, exported later as training data.
create table classification_corrections (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references cases (id),
    field       text not null,
    old_value   text,
    new_value   text,
    text        text not null,
    user_id     bigint references app_users (id),
    created_at  timestamptz not null default now()
);
create index corrections_created_idx on classification_corrections (created_at);

create table replies (
    id                   bigint generated always as identity primary key,
    case_id              bigint not null references cases (id),
    visibility           text not null check (visibility in ('PUBLIC', 'PRIVATE')),
    text                 text not null,
    template             text,
    status               text not null default 'DRAFT',
    author_id            bigint references app_users (id),
    approved_by          bigint references app_users (id),
    external_id          text,
    error                text,
    created_at           timestamptz not null default now(),
    sent_at              timestamptz
);
create index replies_case_idx on replies (case_id);

create table satisfaction_checks (
    id             bigint generated always as identity primary key,
    case_id        bigint not null references cases (id),
    status         text not null default 'PENDING',
    channel        text,
    score          integer check (score between 1 and 5),
    fixed          boolean,
    answer_text    text,
    not_sent_reason text,
    due_at         timestamptz,
    sent_at        timestamptz,
    answered_at    timestamptz,
    created_at     timestamptz not null default now()
);
create index satisfaction_case_idx on satisfaction_checks (case_id);

create table audit_events (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    actor        text not null,
    entity_type  text not null,
    entity_id    bigint,
    action       text not null,
    before       jsonb,
    after        jsonb
);
create index audit_entity_idx on audit_events (entity_type, entity_id, at);
