package th.go.cdd.fastdata.womenfund.document;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of document in the project file (ประเภทเอกสาร), e.g. สัญญาค้ำประกัน: data, so the office
 * adds kinds (measure applications, court papers, visit photos) and decides which are required.
 */
@Entity
@Table(name = "wf_document_type")
public class DocumentType {

	@Id
	private String code;

	private String nameTh;

	private boolean required;

	private int sortOrder;

	private boolean active;

	protected DocumentType() {
	}

	DocumentType(String code, String nameTh, boolean required, int sortOrder) {
		this.code = code;
		this.nameTh = nameTh;
		this.required = required;
		this.sortOrder = sortOrder;
		this.active = true;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameTh() {
		return this.nameTh;
	}

	public boolean isRequired() {
		return this.required;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

}
