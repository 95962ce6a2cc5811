package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.go.cdd.fastdata.thai.NationalId;

/** A borrower, co-borrower or guarantor (บุคคล); one person may sit on several projects. */
@Entity
@Table(name = "wf_person")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nationalId;

	private String title;

	private String firstName;

	private String lastName;

	private LocalDate birthDate;

	private String phone;

	private String address;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Person() {
	}

	/** A person entered by an officer, with an ID already checked by {@link NationalId}. */
	Person(NationalId nationalId, PersonDetails details) {
		this.nationalId = nationalId.digits();
		this.createdAt = Instant.now();
		revise(details);
	}

	/** Everything but the national ID, the natural key that LM imports match people on. */
	void revise(PersonDetails details) {
		this.title = details.title();
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.birthDate = details.birthDate();
		this.phone = details.phone();
		this.address = details.address();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.updatedAt = Instant.now();
	}

	/** The person as the audit log keeps it; the national ID masked, as everywhere outside its own view. */
	String auditState() {
		return "nationalId=" + maskedNationalId() + "; title=" + this.title + "; firstName=" + this.firstName
				+ "; lastName=" + this.lastName + "; birthDate=" + this.birthDate + "; phone=" + this.phone
				+ "; address=" + this.address + "; latitude=" + this.latitude + "; longitude=" + this.longitude;
	}

	public Long getId() {
		return this.id;
	}

	/** The ID as stored; show it through {@link #maskedNationalId()} unless the role needs it. */
	String getNationalId() {
		return this.nationalId;
	}

	public String maskedNationalId() {
		return NationalId.isValid(this.nationalId) ? NationalId.parse(this.nationalId).masked() : "–";
	}

	String formattedNationalId() {
		return NationalId.isValid(this.nationalId) ? NationalId.parse(this.nationalId).formatted() : this.nationalId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String fullName() {
		return (this.title == null ? "" : this.title) + this.firstName + " " + this.lastName;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getAddress() {
		return this.address;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

}
