package th.go.cdd.fastdata.notify;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for a LINE group or user. */
class LineTargetForm {

	/** LINE's ids: U… a user, C… a group, R… a room, then 32 hexadecimal digits. */
	@NotBlank(message = "กรุณากรอกรหัส LINE ของกลุ่มหรือผู้ใช้")
	@Pattern(regexp = "\\s*[UCR][0-9a-f]{32}\\s*",
			message = "รหัส LINE ต้องขึ้นต้นด้วย U (ผู้ใช้) C (กลุ่ม) หรือ R (ห้อง) ตามด้วยเลขฐานสิบหก 32 ตัว")
	private String lineId;

	@NotBlank(message = "กรุณากรอกชื่อที่ใช้เรียก เช่น กลุ่มไลน์พัฒนากรอำเภอกะทู้")
	@Size(max = 200, message = "ชื่อยาวได้ไม่เกิน 200 ตัวอักษร")
	private String label;

	private Long userId;

	private Long districtId;

	private Set<Topic> topics = EnumSet.noneOf(Topic.class);

	public String getLineId() {
		return this.lineId;
	}

	public void setLineId(String lineId) {
		this.lineId = lineId;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public Long getDistrictId() {
		return this.districtId;
	}

	public void setDistrictId(Long districtId) {
		this.districtId = districtId;
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	public void setTopics(Set<Topic> topics) {
		this.topics = topics == null ? EnumSet.noneOf(Topic.class) : topics;
	}

}
