-- H2 (the embedded default, small data) searches without trigram indexes; PostgreSQL gets
-- pg_trgm GIN indexes (db/vendor/postgresql).
select 1;
