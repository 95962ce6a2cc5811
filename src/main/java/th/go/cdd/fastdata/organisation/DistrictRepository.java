package th.go.cdd.fastdata.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DistrictRepository extends JpaRepository<District, Long> {

	Optional<District> findByCode(String code);

	List<District> findByProvinceIdOrderByCode(Long provinceId);

	@Query("select d.id from District d where d.province.id = :provinceId")
	List<Long> findIdsByProvinceId(Long provinceId);

	@Query("select d.id from District d where d.province.served = true")
	List<Long> findIdsOfServedProvinces();

	@Query("select d from District d join fetch d.province where d.id in :ids order by d.code")
	List<District> findAllInScope(Collection<Long> ids);

}
