package th.go.cdd.fastdata.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A subdistrict (ตำบล; แขวง in Bangkok) with its official six-digit code. */
@Entity
public class Subdistrict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private District district;

	private String code;

	private String nameTh;

	private String nameEn;

	private String postcode;

	protected Subdistrict() {
	}

	public Long getId() {
		return this.id;
	}

	public District getDistrict() {
		return this.district;
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

	public String getPostcode() {
		return this.postcode;
	}

	/** "ตำบลกะทู้"; in Bangkok "แขวง…". */
	public String label() {
		return (this.code.startsWith("10") ? "แขวง" : "ตำบล") + this.nameTh;
	}

}
