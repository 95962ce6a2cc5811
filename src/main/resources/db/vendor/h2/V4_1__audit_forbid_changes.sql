-- On H2 (the embedded default) the application alone keeps the audit log append-only:
-- AuditLog offers no update or delete. PostgreSQL adds a trigger (db/vendor/postgresql).
select 1;
