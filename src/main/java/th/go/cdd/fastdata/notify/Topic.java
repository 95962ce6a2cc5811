package th.go.cdd.fastdata.notify;

import java.util.EnumSet;
import java.util.Set;

import th.go.cdd.fastdata.organisation.Role;

/**
 * What a message is about (เรื่องที่แจ้งเตือน). Each user may switch each topic on or off per
 * channel; until she does, she receives the topics meant for her role.
 */
public enum Topic {

	/** รายงานอำเภอใกล้ครบกำหนด: a twice-monthly district report is due before week 1 or 3 ends. */
	REPORT_DUE("รายงานอำเภอใกล้ครบกำหนดส่ง", EnumSet.of(Role.DISTRICT_OFFICER)),
	/** รายงานอำเภอส่งล่าช้า. */
	REPORT_LATE("รายงานอำเภอส่งล่าช้า", EnumSet.of(Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER)),
	/** รายงานอำเภอถูกส่งกลับให้แก้ไข: the province returned a submitted report to the district. */
	REPORT_RETURNED("รายงานอำเภอถูกส่งกลับให้แก้ไข", EnumSet.of(Role.DISTRICT_OFFICER)),
	/** ลูกหนี้ใกล้ขาดอายุความ: debtors whose limitation period ends within the configured days. */
	LIMITATION_ENDING("ลูกหนี้ใกล้ขาดอายุความ", EnumSet.of(Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER)),
	/** คำขอรอการกลั่นกรองหรืออนุมัติ: measure applications waiting for endorsement or approval. */
	APPLICATION_WAITING("คำขอเข้ามาตรการรอกลั่นกรอง/อนุมัติ",
			EnumSet.of(Role.DISTRICT_COMMITTEE, Role.PROVINCE_COMMITTEE, Role.PROVINCE_OFFICER)),
	/** นัดพิจารณาคดีพรุ่งนี้. */
	HEARING_TOMORROW("นัดพิจารณาคดีพรุ่งนี้", EnumSet.of(Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER)),
	/** นำเข้าข้อมูล LM เสร็จ: sent to the user who uploaded the file. */
	IMPORT_FINISHED("นำเข้าข้อมูล LM เสร็จแล้ว", EnumSet.allOf(Role.class)),
	/** นำเข้าข้อมูล LM ไม่สำเร็จ: sent to the user who uploaded the file. */
	IMPORT_FAILED("นำเข้าข้อมูล LM ไม่สำเร็จ", EnumSet.allOf(Role.class));

	private final String label;

	private final Set<Role> defaultRoles;

	Topic(String label, Set<Role> defaultRoles) {
		this.label = label;
		this.defaultRoles = defaultRoles;
	}

	/** The Thai name shown on the preferences page and as the e-mail subject. */
	public String label() {
		return this.label;
	}

	/** Whether a user of this role receives the topic before she has chosen. */
	public boolean onByDefaultFor(Role role) {
		return this.defaultRoles.contains(role);
	}

}
