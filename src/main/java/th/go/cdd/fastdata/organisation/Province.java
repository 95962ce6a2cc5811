package th.go.cdd.fastdata.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A province (จังหวัด) with its official two-digit code. */
@Entity
public class Province {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameTh;

	private String nameEn;

	/** Served by this deployment: its districts can have users and records. */
	private boolean served;

	protected Province() {
	}

	public Long getId() {
		return this.id;
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

	public boolean isServed() {
		return this.served;
	}

	void serve() {
		this.served = true;
	}

	void stopServing() {
		this.served = false;
	}

	/** "จังหวัดภูเก็ต"; Bangkok is not a จังหวัด. */
	public String label() {
		return "10".equals(this.code) ? this.nameTh : "จังหวัด" + this.nameTh;
	}

}
