-- A planned interruption's announcement as staff wrote it. Its public text changes with every status update
-- ("Ekiplerimiz çalışıyor..."), but grouping keeps matching reports against the announcement and the mahalles and
-- street it lists, also after a restart.
alter table incidents add column announcement text;
update incidents set announcement = public_text where kind = 'PLANNED' and announcement is null;
