package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;

/** A project's particulars as checked from a form or the API, ready to store. */
record ProjectDetails(String name, String groupName, Long districtId, Long subdistrictId, Long villageId,
		int fiscalYear, BigDecimal approvedAmount, String lmUrl) {
}
