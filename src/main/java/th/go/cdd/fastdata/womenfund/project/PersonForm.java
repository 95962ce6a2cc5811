package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;

import th.go.cdd.fastdata.thai.ThaiDates;

/** A person's particulars as the officer corrects them; the national ID is not among them. */
public class PersonForm {

	private String title;

	private String firstName;

	private String lastName;

	private String birthDate;

	private String phone;

	private String address;

	private String latitude;

	private String longitude;

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.title = person.getTitle();
		form.firstName = person.getFirstName();
		form.lastName = person.getLastName();
		form.birthDate = person.getBirthDate() == null ? null : ThaiDates.shortDate(person.getBirthDate());
		form.phone = person.getPhone();
		form.address = person.getAddress();
		form.latitude = plain(person.getLatitude());
		form.longitude = plain(person.getLongitude());
		return form;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(String birthDate) {
		this.birthDate = birthDate;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

}
