-- Citizens linked by a moderator: "one person across platforms". A linked citizen points at the citizen it was
-- merged into (citizens.merged_into, V1); nothing is copied or rewritten, so an unlink restores exactly the
-- state before the link. Version 7.1 rather than 7 so that another area's V7 cannot collide with it.

alter table citizens add constraint citizens_not_merged_into_self check (merged_into is null or merged_into <> id);

-- A group is walked downwards from its root (who was merged into me?) and a case's citizen upwards.
create index citizens_merged_into_idx on citizens (merged_into) where merged_into is not null;
-- A person's profile lists their platform identities and cases.
create index citizen_identities_citizen_idx on citizen_identities (citizen_id);
create index cases_citizen_idx on cases (citizen_id, created_at desc) where citizen_id is not null;
