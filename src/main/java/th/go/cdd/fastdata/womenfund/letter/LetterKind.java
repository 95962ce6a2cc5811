package th.go.cdd.fastdata.womenfund.letter;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of letter the system fills (หนังสือบอกกล่าวทวงถาม, ...): data, with its shipped default template. */
@Entity
@Table(name = "wf_letter_kind")
public class LetterKind {

	/** The kind whose template speaks of the mediation hearing. */
	static final String MEDIATION_INVITATION = "MEDIATION_INVITATION";

	@Id
	private String code;

	private String nameTh;

	private String defaultFile;

	private int sortOrder;

	private boolean active;

	protected LetterKind() {
	}

	public String getCode() {
		return this.code;
	}

	public String getNameTh() {
		return this.nameTh;
	}

	/** A file name under classpath letters/, from the migration: never from user input. */
	String getDefaultFile() {
		return this.defaultFile;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

}
