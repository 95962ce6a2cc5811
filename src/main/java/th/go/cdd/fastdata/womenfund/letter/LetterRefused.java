package th.go.cdd.fastdata.womenfund.letter;

/** A template or a letter request not taken, with the reason in Thai for the officer. */
public class LetterRefused extends RuntimeException {

	LetterRefused(String reason) {
		super(reason);
	}

}
