package th.go.cdd.fastdata.womenfund.lmimport;

/** Where an import stands. The two "-ING" states last while a large file is worked on in the background. */
public enum ImportState {

	PREVIEWING("กำลังตรวจสอบไฟล์"), PREVIEWED("ตรวจสอบแล้ว"), APPLYING("กำลังนำเข้า"), APPLIED("นำเข้าแล้ว"),
	FAILED("ไม่สำเร็จ");

	private final String label;

	ImportState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean running() {
		return this == PREVIEWING || this == APPLYING;
	}

}
