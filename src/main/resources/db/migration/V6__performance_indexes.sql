-- Issue 8 (benchmarks). Queue pages filtered on something other than status (urgent, platform, assignee, text, or no
-- filter at all) read cases in queue order from an index instead of sorting every matching case.
create index cases_order_idx on cases (urgent desc, created_at, id);
-- The place filter in queue order; it also serves every (district) and (district, neighborhood) look-up of the
-- index it replaces.
create index cases_place_order_idx on cases (district, neighborhood, urgent desc, created_at, id);
drop index cases_district_idx;
-- Ingestion asks, for every message of an author without an open case, whether a resolved case of theirs awaits
-- a satisfaction answer: without this index that is a scan of all resolved cases.
create index cases_author_resolved_idx on cases (platform, author_id) where status = 'RESOLVED';
