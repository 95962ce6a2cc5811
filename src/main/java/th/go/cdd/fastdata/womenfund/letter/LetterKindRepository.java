package th.go.cdd.fastdata.womenfund.letter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterKindRepository extends JpaRepository<LetterKind, String> {

	List<LetterKind> findByActiveTrueOrderBySortOrder();

}
