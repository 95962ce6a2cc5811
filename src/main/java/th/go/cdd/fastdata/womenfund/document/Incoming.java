package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/** A file as it arrives (a form's or the API's multipart part, a ZIP entry): a name to show and its bytes. */
interface Incoming {

	String name();

	InputStream open() throws IOException;

	static Incoming of(MultipartFile file) {
		return new Incoming() {

			@Override
			public String name() {
				return file.getOriginalFilename();
			}

			@Override
			public InputStream open() throws IOException {
				return file.getInputStream();
			}

		};
	}

}
