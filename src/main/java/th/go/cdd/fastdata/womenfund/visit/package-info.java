/**
 * Field visits (การติดตามเยี่ยมลูกหนี้, handbook §5 steps 3–5): monthly visit plans per district
 * built from the urgent-first order and grouped by subdistrict and village, the printable field
 * packet with payment slips, visit records made on a phone (kept on the phone while there is no
 * signal and sent again without duplicates), and the list of debtors who cannot be traced (§5.3).
 */
package th.go.cdd.fastdata.womenfund.visit;
