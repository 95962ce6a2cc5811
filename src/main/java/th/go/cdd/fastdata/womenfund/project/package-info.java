/**
 * Projects and everything on them (โครงการ ผู้กู้ ผู้ค้ำ สัญญา งวด การชำระ): entities,
 * repositories, the stored classification and the pages of the registry.
 */
package th.go.cdd.fastdata.womenfund.project;
