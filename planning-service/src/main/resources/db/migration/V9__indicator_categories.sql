-- The reporting categories an indicator may be broken down by (issue 13): a target naming a category its indicator
-- does not report is refused, instead of counting 0 for ever. The admissions categories are membership-service's
-- (vn.coso.membership.candidate.Category), frozen with each admission; their titles are the offices' report headings.
create table indicator_category (
    indicator  varchar(40)  not null references indicator (code),
    code       varchar(40)  not null,
    name       varchar(200) not null,
    position   smallint     not null,
    primary key (indicator, code)
);

insert into indicator_category (indicator, code, name, position) values
    ('ADMISSIONS', 'WOMEN', 'Nữ', 1),
    ('ADMISSIONS', 'ETHNIC_MINORITY', 'Người dân tộc thiểu số', 2),
    ('ADMISSIONS', 'RELIGIOUS', 'Người có đạo', 3),
    ('ADMISSIONS', 'YOUTH_UNION', 'Đoàn viên thanh niên', 4),
    ('ADMISSIONS', 'AGE_18_30', 'Từ 18 đến 30 tuổi', 5),
    ('ADMISSIONS', 'PUPILS_STUDENTS', 'Học sinh, sinh viên', 6),
    ('ADMISSIONS', 'CIVIL_SERVANTS', 'Cán bộ, công chức, viên chức', 7),
    ('ADMISSIONS', 'WORKERS', 'Công nhân', 8),
    ('ADMISSIONS', 'FARMERS', 'Nông dân', 9),
    ('ADMISSIONS', 'PRIVATE_ENTERPRISE', 'Trong doanh nghiệp tư nhân', 10),
    ('ADMISSIONS', 'ARMED_FORCES', 'Lực lượng vũ trang', 11),
    ('ADMISSIONS', 'MILITIA', 'Dân quân tự vệ', 12),
    ('ADMISSIONS', 'VILLAGE_MILITARY_LEADERS', 'Thôn đội trưởng', 13),
    ('ADMISSIONS', 'SECURITY_TEAM', 'Tổ an ninh trật tự', 14),
    ('ADMISSIONS', 'SECURITY_TEAM_LEADERS', 'Tổ trưởng tổ an ninh trật tự', 15),
    ('ADMISSIONS', 'DEMOBILISED_SOLDIERS', 'Bộ đội xuất ngũ', 16),
    ('ADMISSIONS', 'COMMUNE_POLICE', 'Công an xã', 17),
    ('ADMISSIONS', 'RURAL_CELLS', 'Ở chi bộ nông thôn', 18);
