-- Moderation workflow: explicit state history, notes, forwarding/SLA fields, reply approval, satisfaction
-- checks, and the transactional outbox that carries everything we send.

alter table cases
    add column status_changed_at timestamptz not null default now(),
    add column forwarded_at      timestamptz,
    add column accepted_at       timestamptz,
    add column resolution        text,
    add column reopen_count      integer not null default 0;

-- Time in each state comes from here.
create table case_status_history (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references cases (id),
    from_status  text,
    to_status    text not null,
    actor        text not null,
    note         text,
    at           timestamptz not null default now()
);
create index case_status_history_case_idx on case_status_history (case_id, at);

create table case_notes (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references cases (id),
    kind         text not null check (kind in ('NOTE', 'FORWARD', 'SEND_BACK', 'RESOLUTION', 'REOPEN', 'SYSTEM')),
    text         text not null,
    actor        text not null,
    department_id bigint references departments (id),
    created_at   timestamptz not null default now()
);
create index case_notes_case_idx on case_notes (case_id, created_at);

-- Moderators are told when a department resolves or sends back a case.
create table notifications (
    id          bigint generated always as identity primary key,
    user_id     bigint references app_users (id),
    case_id     bigint references cases (id),
    text        text not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index notifications_unread_idx on notifications (created_at desc) where read_at is null;

alter table replies
    drop column status,
    add column status text not null default 'QUEUED'
        check (status in ('PENDING_APPROVAL', 'QUEUED', 'SENT', 'FAILED', 'REJECTED', 'NOT_SENT')),
    add column pii_masked boolean not null default false,
    add column approved_at timestamptz,
    add column rejected_reason text;
alter table replies alter column external_id drop not null;

alter table satisfaction_checks
    drop column status,
    add column status text not null default 'SCHEDULED'
        check (status in ('SCHEDULED', 'SENT', 'ANSWERED', 'UNANSWERED', 'NOT_SENT')),
    add column answer_message_id bigint references messages (id),
    add column answer_deadline timestamptz;
create index satisfaction_due_idx on satisfaction_checks (due_at) where status = 'SCHEDULED';
create index satisfaction_open_idx on satisfaction_checks (case_id) where status = 'SENT';

-- The transactional outbox: written in the same transaction as the state change it announces; a dispatcher
-- sends each item at most once (row claims, the platform's id kept, an idempotency key in the text).
create table outbox (
    id                  bigint generated always as identity primary key,
    case_id             bigint not null references cases (id),
    kind                text not null check (kind in ('REPLY', 'RESOLVED', 'SATISFACTION', 'INCIDENT_UPDATE')),
    platform            text not null,
    visibility          text not null check (visibility in ('PUBLIC', 'PRIVATE')),
    target_external_id  text,
    text                text not null,
    idempotency_key     text not null unique,
    status              text not null default 'PENDING'
                        check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts            integer not null default 0,
    next_attempt_at     timestamptz not null default now(),
    claimed_at          timestamptz,
    claimed_by          text,
    external_id         text,
    sent_at             timestamptz,
    last_error          text,
    reply_id            bigint references replies (id),
    satisfaction_id     bigint references satisfaction_checks (id),
    created_at          timestamptz not null default now()
);
create index outbox_due_idx on outbox (next_attempt_at, id) where status = 'PENDING';
create index outbox_sending_idx on outbox (claimed_at) where status = 'SENDING';
create index outbox_case_idx on outbox (case_id);

create index cases_overdue_idx on cases (due_at) where status in ('FORWARDED', 'IN_PROGRESS', 'REOPENED');
