package th.go.cdd.fastdata.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** หมู่ที่ and name of a village, as an officer types them. */
public class VillageForm {

	@NotNull(message = "กรุณากรอกหมู่ที่")
	@Min(value = 1, message = "หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99")
	@Max(value = 99, message = "หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99")
	private Integer moo;

	@NotBlank(message = "กรุณากรอกชื่อหมู่บ้าน")
	@Size(max = 200, message = "ชื่อหมู่บ้านยาวได้ไม่เกิน 200 ตัวอักษร")
	private String name;

	public Integer getMoo() {
		return this.moo;
	}

	public void setMoo(Integer moo) {
		this.moo = moo;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
