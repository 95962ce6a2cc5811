package th.go.cdd.fastdata.audit;

/** What happened, as the audit log page names it. */
public enum AuditAction {

	LOGIN("เข้าสู่ระบบ"),
	LOGIN_FAILED("เข้าสู่ระบบไม่สำเร็จ"),
	LOGOUT("ออกจากระบบ"),
	VIEW("เปิดดูข้อมูล"),
	VIEW_NATIONAL_ID("เปิดดูเลขประจำตัวประชาชนเต็ม"),
	CREATE("เพิ่มข้อมูล"),
	UPDATE("แก้ไขข้อมูล"),
	DELETE("ลบข้อมูล"),
	EXPORT("ส่งออกข้อมูล"),
	PASSWORD_CHANGE("เปลี่ยนรหัสผ่าน"),
	PASSWORD_RESET("ตั้งรหัสผ่านใหม่โดยผู้ดูแล"),
	LOCK("ระงับบัญชี"),
	UNLOCK("ปลดระงับบัญชี");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
