-- On PostgreSQL the database itself keeps the audit log append-only.
create function audit_entry_forbid_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_append_only
  before update or delete on audit_entry
  for each statement execute function audit_entry_forbid_change();
