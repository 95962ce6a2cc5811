package th.go.cdd.fastdata.womenfund.map;

import java.math.BigDecimal;
import java.time.Instant;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/** A project on the map: where, what, and how urgent. No person's name or national ID. */
record MapPoint(long projectId, String code, String name, String groupName, long districtId, Long subdistrictId,
		int fiscalYear, StatusGroup group, BigDecimal overdueAmount, BigDecimal outstandingAmount,
		BigDecimal latitude, BigDecimal longitude, Integer accuracyMetres, LocationMethod method, String note,
		Instant recordedAt) {
}
