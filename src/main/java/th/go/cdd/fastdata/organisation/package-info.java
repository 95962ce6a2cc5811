/**
 * Organisation (โครงสร้างองค์กรและผู้ใช้งาน): the administrative areas of Thailand as data
 * (province, district, subdistrict, village with official codes), the provinces a deployment
 * serves, the users with their role and area, and the {@link th.go.cdd.fastdata.organisation.Scope}
 * that limits every query to the districts a user may see.
 * <p>
 * API: {@link th.go.cdd.fastdata.organisation.CurrentUsers}, {@link th.go.cdd.fastdata.organisation.SignedInUser},
 * {@link th.go.cdd.fastdata.organisation.Scope}, {@link th.go.cdd.fastdata.organisation.Role},
 * {@link th.go.cdd.fastdata.organisation.OrganisationDirectory}, {@link th.go.cdd.fastdata.organisation.NotFoundInScope}.
 */
package th.go.cdd.fastdata.organisation;
