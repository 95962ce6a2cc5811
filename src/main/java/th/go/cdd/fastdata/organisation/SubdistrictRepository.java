package th.go.cdd.fastdata.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubdistrictRepository extends JpaRepository<Subdistrict, Long> {

	Optional<Subdistrict> findByCode(String code);

	List<Subdistrict> findByDistrictIdOrderByCode(Long districtId);

	/** A subdistrict by id, only if its district is in scope. */
	@Query("select s from Subdistrict s join fetch s.district d join fetch d.province"
			+ " where s.id = :id and d.id in :districtIds")
	Optional<Subdistrict> findInScope(Long id, Collection<Long> districtIds);

	@Query("select count(s) from Subdistrict s where s.district.id in :districtIds")
	long countInScope(Collection<Long> districtIds);

	@Query("select s from Subdistrict s join fetch s.district d where d.id in :districtIds order by s.code")
	List<Subdistrict> findAllInScope(Collection<Long> districtIds);

}
