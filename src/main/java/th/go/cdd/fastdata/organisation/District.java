package th.go.cdd.fastdata.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A district (อำเภอ; เขต in Bangkok) with its official four-digit code. */
@Entity
public class District {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Province province;

	private String code;

	private String nameTh;

	private String nameEn;

	protected District() {
	}

	public Long getId() {
		return this.id;
	}

	public Province getProvince() {
		return this.province;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameTh() {
		return this.nameTh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	/** "อำเภอกะทู้"; in Bangkok "เขตพระนคร". */
	public String label() {
		return (this.code.startsWith("10") ? "เขต" : "อำเภอ") + this.nameTh;
	}

}
