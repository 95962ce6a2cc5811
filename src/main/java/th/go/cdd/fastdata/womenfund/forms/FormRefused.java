package th.go.cdd.fastdata.womenfund.forms;

/** A form, announcement file or field not taken, with the reason in Thai for the officer. */
class FormRefused extends RuntimeException {

	FormRefused(String reason) {
		super(reason);
	}

}
