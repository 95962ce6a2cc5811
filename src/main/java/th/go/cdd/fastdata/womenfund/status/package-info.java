/**
 * The status-group rule (กลุ่มสถานะลูกหนี้): classification of a loan as of a date, with
 * reasons in Thai, and the order of urgency for follow-up. Pure functions over plain records.
 */
@org.springframework.modulith.NamedInterface("status")
package th.go.cdd.fastdata.womenfund.status;
