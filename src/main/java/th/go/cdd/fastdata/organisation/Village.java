package th.go.cdd.fastdata.organisation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A village (หมู่บ้าน), "หมู่ที่ 3 บ้านกะทู้", entered by officers. Its code is the
 * subdistrict code followed by the two-digit หมู่ number, as in the department's surveys.
 */
@Entity
public class Village {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Subdistrict subdistrict;

	private int moo;

	private String nameTh;

	private String code;

	private Instant createdAt;

	private String createdBy;

	protected Village() {
	}

	Village(Subdistrict subdistrict, int moo, String nameTh, String createdBy) {
		this.subdistrict = subdistrict;
		this.moo = moo;
		this.nameTh = nameTh.strip();
		this.code = subdistrict.getCode() + String.format("%02d", moo);
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public Subdistrict getSubdistrict() {
		return this.subdistrict;
	}

	public int getMoo() {
		return this.moo;
	}

	public String getNameTh() {
		return this.nameTh;
	}

	public String getCode() {
		return this.code;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	void rename(String nameTh) {
		this.nameTh = nameTh.strip();
	}

	/** "หมู่ที่ 3 บ้านกะทู้". */
	public String label() {
		return "หมู่ที่ " + this.moo + " " + this.nameTh;
	}

}
