-- Issue 8 (reports under 1 s at 1,000,000 cases). The report's counts come from a roll-up instead of ~8 grouped
-- scans of every case in the range. Exactness is kept by construction: each case (and each satisfaction check)
-- contributes a fixed set of rows, a function of its own columns (report_case_rows, report_check_rows); a trigger
-- writes the difference between a row's old and new contribution to report_deltas whenever it changes (a
-- correction, a forward, a status change, an answer), and report_compact() folds the deltas into report_counts.
-- A report reads report_counts plus the deltas not folded yet, in one snapshot, so it never waits for a fold.
-- Triggers only append (no hot counter row is updated by ingest transactions, so concurrent batches never wait
-- on each other); only report_compact() updates counters, one caller at a time.
--
-- report_counts holds each figure per day (grain 'D') and per month (grain 'M', day = the 1st): a 365-day
-- report reads the whole months it covers at month grain and only its edge days at day grain.
-- Needs PostgreSQL 15+ (unique ... nulls not distinct).

create table report_counts (
    grain          char(1) not null check (grain in ('D', 'M')),
    dim            char(1) not null,
    day            date not null,
    department_id  bigint,
    k1             text,
    k2             text,
    n              bigint not null
);
create unique index report_counts_key on report_counts (grain, dim, day, department_id, k1, k2) nulls not distinct;
-- rows that cancelled out to zero are deleted by the fold; this finds them without a scan
create index report_counts_zero_idx on report_counts (grain) where n = 0;

create table report_deltas (
    day            date not null,
    department_id  bigint,
    dim            char(1) not null,
    k1             text,
    k2             text,
    n              bigint not null
);

-- The Istanbul day a report puts a case in (reports cover whole Europe/Istanbul days).
create function report_day(t timestamptz) returns date language sql stable parallel safe as
$$ select (t at time zone 'Europe/Istanbul')::date $$;

-- A duration's histogram bucket: 0 below one second, then 8 buckets per doubling (each ≈ 9 % wide). Monotonic, so
-- the buckets' counts in order locate the k-th duration, and only that bucket's cases are read to find it.
create function report_bucket(s numeric) returns integer language sql immutable parallel safe as
$$ select case when s is null then null when s < 1 then 0 else 1 + floor(8 * ln(s::float8) / ln(2::float8))::integer end $$;

-- What one case counts for. dim: P platform (per day: by day and channel, by department), C category,
-- L place (district, neighbourhood), R referral (out-of-scope institution), F flags (the SLA, first response,
-- resolution and reopen counts), H duration histograms (first response, resolution).
create function report_case_rows(c cases)
returns table (day date, department_id bigint, dim char(1), k1 text, k2 text, n bigint)
language sql stable parallel safe as $$
    select report_day(c.created_at), c.department_id, r.dim::char(1), r.k1, r.k2, 1::bigint
    from (values
        ('P', c.platform, null::text, true),
        ('C', c.category, null, true),
        ('L', c.district, c.neighborhood, c.district is not null or c.neighborhood is not null),
        ('R', c.out_of_scope, null, c.status = 'REFERRED'),
        ('F', 'first_response', null, c.first_response_at is not null),
        ('F', 'resolved', null, c.resolved_at is not null),
        ('F', 'due', null, c.due_at is not null),
        ('F', 'met', null, c.due_at is not null and c.resolved_at is not null and c.resolved_at <= c.due_at),
        ('F', 'late', null, c.due_at is not null and c.resolved_at is not null and c.resolved_at > c.due_at),
        ('F', 'reopened', null, c.reopen_count > 0),
        ('F', 'resolved_once', null, c.resolved_at is not null or c.reopen_count > 0),
        ('H', 'first_response', report_bucket(extract(epoch from c.first_response_at - c.created_at))::text,
              c.first_response_at is not null),
        ('H', 'resolution', report_bucket(extract(epoch from c.resolved_at - c.created_at))::text,
              c.resolved_at is not null)
    ) r(dim, k1, k2, keep)
    where r.keep and c.id is not null
$$;

-- What one satisfaction check counts for, on its case's day and department (dim S).
create function report_check_rows(s satisfaction_checks, case_day date, case_department_id bigint)
returns table (day date, department_id bigint, dim char(1), k1 text, k2 text, n bigint)
language sql stable parallel safe as $$
    select case_day, case_department_id, 'S'::char(1), r.k1, null::text, r.n
    from (values
        ('asked', 1::bigint, s.status in ('SENT', 'ANSWERED', 'UNANSWERED')),
        ('answered', 1, s.status = 'ANSWERED'),
        ('fixed_yes', 1, s.fixed),
        ('fixed_no', 1, s.fixed = false),
        ('score_sum', s.score::bigint, s.score is not null),
        ('score_count', 1, s.score is not null),
        ('score_' || s.score, 1, s.score is not null)
    ) r(k1, n, keep)
    where r.keep and s.id is not null
$$;

create function report_case_changed() returns trigger language plpgsql as $$
begin
    insert into report_deltas (day, department_id, dim, k1, k2, n)
    select x.day, x.department_id, x.dim, x.k1, x.k2, sum(x.n) from (
        select r.day, r.department_id, r.dim, r.k1, r.k2, r.n from report_case_rows(new) r where tg_op <> 'DELETE'
        union all
        select r.day, r.department_id, r.dim, r.k1, r.k2, -r.n from report_case_rows(old) r where tg_op <> 'INSERT'
        -- a forwarded case takes its satisfaction checks to its new department
        union all
        select r.day, r.department_id, r.dim, r.k1, r.k2, r.n
        from satisfaction_checks s, report_check_rows(s, report_day(new.created_at), new.department_id) r
        where tg_op = 'UPDATE' and s.case_id = new.id
          and (old.department_id is distinct from new.department_id or old.created_at <> new.created_at)
        union all
        select r.day, r.department_id, r.dim, r.k1, r.k2, -r.n
        from satisfaction_checks s, report_check_rows(s, report_day(old.created_at), old.department_id) r
        where tg_op = 'UPDATE' and s.case_id = old.id
          and (old.department_id is distinct from new.department_id or old.created_at <> new.created_at)
    ) x
    group by x.day, x.department_id, x.dim, x.k1, x.k2
    having sum(x.n) <> 0;
    return null;
end $$;

create function report_check_changed() returns trigger language plpgsql as $$
declare
    old_day date;
    old_dept bigint;
    new_day date;
    new_dept bigint;
begin
    -- FOR SHARE waits for a transaction forwarding the case, then reads its new department: the check's rows
    -- and the forward's move of the case's checks can never miss each other
    if tg_op <> 'INSERT' then
        select report_day(c.created_at), c.department_id into old_day, old_dept
        from cases c where c.id = old.case_id for share;
    end if;
    if tg_op <> 'DELETE' then
        select report_day(c.created_at), c.department_id into new_day, new_dept
        from cases c where c.id = new.case_id for share;
    end if;
    insert into report_deltas (day, department_id, dim, k1, k2, n)
    select x.day, x.department_id, x.dim, x.k1, x.k2, sum(x.n) from (
        select r.day, r.department_id, r.dim, r.k1, r.k2, r.n
        from report_check_rows(new, new_day, new_dept) r where tg_op <> 'DELETE'
        union all
        select r.day, r.department_id, r.dim, r.k1, r.k2, -r.n
        from report_check_rows(old, old_day, old_dept) r where tg_op <> 'INSERT'
    ) x
    group by x.day, x.department_id, x.dim, x.k1, x.k2
    having sum(x.n) <> 0;
    return null;
end $$;

create trigger cases_report_insert_delete after insert or delete on cases
    for each row execute function report_case_changed();
-- claims, message counts and timestamps the reports do not read fire nothing
create trigger cases_report_update after update on cases for each row
    when (old.created_at is distinct from new.created_at or old.department_id is distinct from new.department_id
          or old.platform is distinct from new.platform or old.category is distinct from new.category
          or old.district is distinct from new.district or old.neighborhood is distinct from new.neighborhood
          or old.status is distinct from new.status or old.out_of_scope is distinct from new.out_of_scope
          or old.first_response_at is distinct from new.first_response_at
          or old.resolved_at is distinct from new.resolved_at or old.due_at is distinct from new.due_at
          or old.reopen_count is distinct from new.reopen_count)
    execute function report_case_changed();
create trigger satisfaction_report_insert_delete after insert or delete on satisfaction_checks
    for each row execute function report_check_changed();
create trigger satisfaction_report_update after update on satisfaction_checks for each row
    when (old.case_id is distinct from new.case_id or old.status is distinct from new.status
          or old.score is distinct from new.score or old.fixed is distinct from new.fixed)
    execute function report_check_changed();

-- Folds the deltas stored in heap blocks [from_block, to_block) into the counters; one caller at a time (the others
-- return 0 at once). Returns the number of deltas folded. The caller walks the table in block ranges, each its own
-- transaction, so a burst (a bulk import) is folded in steps that each commit, and no step rescans the dead rows
-- the steps before it left (a "limit n" chunk would, from the table's start, each time).
create function report_compact(from_block bigint, to_block bigint) returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    if not pg_try_advisory_xact_lock(1213416242, 1) then
        return 0;
    end if;
    with moved as (
        delete from report_deltas
        where ctid >= format('(%s,0)', from_block)::tid and ctid < format('(%s,0)', to_block)::tid
        returning day, department_id, dim, k1, k2, n
    ), up as (
        insert into report_counts (grain, dim, day, department_id, k1, k2, n)
        select g.grain, g.dim, g.day, g.department_id, g.k1, g.k2, sum(g.n) from (
            select 'D' as grain, m.dim, m.day, m.department_id, m.k1, m.k2, m.n from moved m
            union all
            select 'M', m.dim, date_trunc('month', m.day::timestamp)::date, m.department_id, m.k1, m.k2, m.n from moved m
        ) g
        group by g.grain, g.dim, g.day, g.department_id, g.k1, g.k2
        -- the same order in every fold, so two folds could never deadlock on counter rows
        order by g.grain, g.dim, g.day, g.department_id, g.k1, g.k2
        on conflict (grain, dim, day, department_id, k1, k2) do update set n = report_counts.n + excluded.n
    )
    select count(*) into folded from moved;
    delete from report_counts where n = 0;
    return folded;
end $$;

-- The percentiles: the k-th duration is found in its histogram bucket by walking only that bucket's cases, in
-- duration order, from these indexes. Index-only: the range and department filters are included columns, and so
-- is the time the duration is measured to (PostgreSQL reads an expression from an index only when it also has
-- the expression's columns).
create index cases_first_response_rank_idx on cases
    ((report_bucket(extract(epoch from first_response_at - created_at))),
     (extract(epoch from first_response_at - created_at))) include (created_at, department_id, first_response_at)
    where first_response_at is not null;
create index cases_resolution_rank_idx on cases
    ((report_bucket(extract(epoch from resolved_at - created_at))),
     (extract(epoch from resolved_at - created_at))) include (created_at, department_id, resolved_at)
    where resolved_at is not null;
-- Open cases past their due time depend on the clock, so they are counted from the cases, through this index.
create index cases_open_due_idx on cases (created_at) include (due_at, department_id)
    where due_at is not null and resolved_at is null;

-- The existing cases and checks, counted straight into both grains (a million cases: one pass, no deltas).
set local work_mem = '256MB';
insert into report_counts (grain, dim, day, department_id, k1, k2, n)
select gd.grain, x.dim, gd.day, x.department_id, x.k1, x.k2, sum(x.n)
from (
    select r.day, r.department_id, r.dim, r.k1, r.k2, r.n from cases c, report_case_rows(c) r
    union all
    select r.day, r.department_id, r.dim, r.k1, r.k2, r.n
    from satisfaction_checks s join cases c on c.id = s.case_id,
         report_check_rows(s, report_day(c.created_at), c.department_id) r
) x
cross join lateral (values ('D', x.day), ('M', date_trunc('month', x.day::timestamp)::date)) gd(grain, day)
group by 1, 2, 3, 4, 5, 6;
-- the planner needs the new index expressions' statistics to walk a bucket through its index
analyze cases;
analyze report_counts;
