-- H2 (the embedded default, small data) searches without trigram indexes; PostgreSQL gets one
-- on "first last" (db/vendor/postgresql).
select 1;
