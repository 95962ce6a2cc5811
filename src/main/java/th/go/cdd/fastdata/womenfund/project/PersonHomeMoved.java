package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;

/**
 * The coordinates of a person's house were typed on her record (the person form): the debtor map
 * keeps them as a location of the projects she borrows for, so both say the same place.
 */
public record PersonHomeMoved(long personId, BigDecimal latitude, BigDecimal longitude, String movedBy) {
}
