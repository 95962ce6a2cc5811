/**
 * Audit (บันทึกการใช้งาน): an append-only log of who signed in, who saw a person's record,
 * who changed what (before and after) and who exported what, with time and network address.
 * Other modules write through {@link th.go.cdd.fastdata.audit.AuditLog}; sign-ins and sign-in
 * failures are taken from Spring Security's events. Administrators search it at {@code /admin/audit}.
 */
package th.go.cdd.fastdata.audit;
