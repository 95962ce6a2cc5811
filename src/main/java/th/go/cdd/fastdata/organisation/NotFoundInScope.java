package th.go.cdd.fastdata.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that lies outside the user's districts: both answer
 * 404, so ids of other districts cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundInScope extends RuntimeException {

	public NotFoundInScope() {
		super("ไม่พบข้อมูล");
	}

}
