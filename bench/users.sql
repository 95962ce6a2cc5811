-- Benchmark users, all with the administrator's password (its BCrypt hash, produced by the app
-- from FASTDATA_ADMIN_PASSWORD, is copied): no password change required.
--   bench.province  PROVINCE_OFFICER of :province (a large province)
--   bench.district  DISTRICT_OFFICER of that province's first district
\set ON_ERROR_STOP 1
update user_account set must_change_password = false where username = :'admin';
delete from user_account where username in ('bench.province', 'bench.district');
insert into user_account (username, display_name, password_hash, role, province_id, must_change_password,
  password_changed_at, created_at)
select u.username, u.display_name, a.password_hash, u.role, p.id, false, now(), now()
from user_account a, province p,
  (values ('bench.province', 'เจ้าหน้าที่จังหวัด (bench)', 'PROVINCE_OFFICER'),
          ('bench.district', 'พัฒนากร (bench)', 'DISTRICT_OFFICER')) u(username, display_name, role)
where a.username = :'admin' and p.code = :'province';
insert into user_district (user_id, district_id)
select u.id, (select min(d.id) from district d join province p on p.id = d.province_id where p.code = :'province')
from user_account u where u.username = 'bench.district';
select username, role, (select count(*) from user_district ud where ud.user_id = u.id) districts
from user_account u order by id;
