-- Connector state beyond the spine: the platform's id of our own account (so its posts are never ingested),
-- when the next poll is due (shared by every replica, so back-off survives restarts and fail-over), and
-- the delivery status of what we sent, which WhatsApp reports later through webhooks.
alter table connector_accounts add column if not exists external_user_id text;
alter table connector_accounts add column if not exists next_poll_at timestamptz;
alter table connector_accounts add column if not exists push_only boolean not null default false;
alter table connector_accounts add column if not exists simulated boolean not null default false;

create table connector_outbound (
    platform         text not null,
    external_id      text not null,
    account_id       bigint references connector_accounts (id),
    recipient        text,
    visibility       text not null check (visibility in ('PUBLIC', 'PRIVATE')),
    kind             text not null,
    delivery_status  text not null default 'SENT',
    status_at        timestamptz not null default now(),
    error            text,
    created_at       timestamptz not null default now(),
    primary key (platform, external_id)
);
