-- The figures of the interest-reduction and penalty-waiver calculators (rules are data).
-- Interest reduction (§5.2.4, App. 25, L2433–2437): contract and default rate 0.10 %/yr; after the
-- provincial subcommittee approves, default interest 1 %/yr for the first 2 months; 0.10 %/yr from
-- month 4 when paid on time, otherwise 7.5 %/yr. The handbook says nothing of month 3: its rate is a
-- figure of its own, set here to the first months' rate until the announcement is checked.
insert into wf_measure_parameter (measure, name, numeric_value, effective_from, source) values
  ('INTEREST_REDUCTION', 'CONTRACT_RATE', 0.10, date '2023-09-30',
   'คู่มือฯ §5.2.4 (L2433–2434): อัตราดอกเบี้ยเงินกู้และดอกเบี้ยผิดนัดร้อยละ 0.10 ต่อปี'),
  ('INTEREST_REDUCTION', 'FIRST_MONTHS', 2, date '2023-09-30',
   'คู่มือฯ §5.2.4 (L2435): ดอกเบี้ยผิดนัดร้อยละ 1 ต่อปี ใน 2 เดือนแรก'),
  ('INTEREST_REDUCTION', 'FIRST_MONTHS_RATE', 1.00, date '2023-09-30',
   'คู่มือฯ §5.2.4 (L2435): ดอกเบี้ยผิดนัดร้อยละ 1 ต่อปี ใน 2 เดือนแรก'),
  ('INTEREST_REDUCTION', 'MONTH_3_RATE', 1.00, date '2023-09-30',
   'คู่มือไม่ระบุอัตราของเดือนที่ 3: ตั้งเท่าอัตรา 2 เดือนแรกไว้ก่อน ต้องตรวจกับประกาศฯ 2566'),
  ('INTEREST_REDUCTION', 'ON_TIME_RATE', 0.10, date '2023-09-30',
   'คู่มือฯ §5.2.4 (L2436): ชำระตรงตามกำหนด ตั้งแต่เดือนที่ 4 ร้อยละ 0.10 ต่อปี'),
  ('INTEREST_REDUCTION', 'LATE_RATE', 7.50, date '2023-09-30',
   'คู่มือฯ §5.2.4 (L2436–2437): หากยังผิดนัด ร้อยละ 7.5 ต่อปี'),
  ('PENALTY_WAIVER', 'CLOSE_OUT_DAYS', 30, date '1990-01-01',
   'คู่มือฯ §5.2.5 (L2439–2441): ผ่อนให้เสร็จภายใน 30 วันนับแต่อนุกรรมการจังหวัดอนุมัติ (ตารางแนวทางเรียกว่า "90 วัน")');
