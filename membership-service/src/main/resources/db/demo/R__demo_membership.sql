-- Demo candidates (dev stack only): the seeds' cases and a living pipeline for the demo accounts.
-- Lạc Xuân 2024: 9 admitted (5 in rural cells, 1 ethnic minority, 5 religious), confirmed in 2025.
-- Đạ Ròn: 2022 2 admitted, 2023 3, 2024 5 with 15 sent to the class; the others still on their way.
-- Quảng Lập thôn 1 (demo-secretary's cell): one candidate at every stage in 2026.
-- Runs only where the placeholder demo is true (./stack up, dev mode); ids are derived from names, so that
-- re-running it changes nothing that exists.
do $demo$
declare
    -- units (planning-service's demo registry)
    province_old  constant uuid := 'd812de22-e8ae-47be-b246-fad5d33e86ea';
    province      constant uuid := '4bd9ae65-6ea9-4caf-8ffc-f3dbdc014ddd';
    district_dd   constant uuid := '8894a8cd-4ddd-46de-ac91-59cacba90434';
    lac_xuan      constant uuid := '1747da7b-a7eb-4713-9ef4-1cf476f1004d';
    da_ron        constant uuid := '1b3abd7e-44c4-4e75-8be4-bde0e88ae7f4';
    quang_lap     constant uuid := 'dc638b00-8f2a-46e8-86b3-417d02752c13';
    dran          constant uuid := '06bba860-31db-46c3-98ea-f6039cf0254f';
    ka_do         constant uuid := 'abe32a0b-0bca-43b0-8563-5fbe4b5b9188';
    don_duong     constant uuid := '3bd6c280-0d16-4d76-992d-9ce2eaf1d041';
    cell_lx1      constant uuid := '13b607e3-c0f0-4ebf-aa23-5ef9b8227eb8';
    cell_lx_thcs  constant uuid := 'e5c57825-6143-4a43-ab55-03f7d9edfc6a';
    cell_dr1      constant uuid := '03a5b1d8-70ed-4440-b565-5b383f129270';
    cell_ql1      constant uuid := 'ae861b5a-9d18-4d99-ad4c-13aeb0322634';
    given_names   constant text[] := array['An', 'Bình', 'Cúc', 'Dũng', 'Đào', 'Giang', 'Hà', 'Hải', 'Hoa', 'Hùng',
                                           'Lan', 'Long', 'Mai', 'Minh', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Vy'];
    i int;
begin
if '${demo}' <> 'true' then
    return;
end if;
if exists (select 1 from candidate where id = md5('demo-lx-0')::uuid) then
    return;
end if;

-- a candidate and the steps up to a stage; dates run from the class (start); the committee of each date decides
create function pg_temp.demo_candidate(p_key text, p_cell uuid, p_name text, p_dob date, p_gender text,
        p_ethnicity text, p_religion text, p_occupation text, p_start date, p_upto text,
        p_old_commune uuid, p_new_commune uuid, p_pending_verification boolean default false)
returns void language plpgsql as $fn$
declare
    cid uuid := md5(p_key)::uuid;
    stages text[] := array['LISTED', 'CERTIFIED', 'DOSSIER', 'CELL_APPROVED', 'COMMITTEE_APPROVED', 'ADMITTED',
                           'PROBATION', 'OFFICIAL'];
    upto int := array_position(stages, p_upto);
    reform date := date '2025-07-01';
    cell_kind text := case when p_cell = 'e5c57825-6143-4a43-ab55-03f7d9edfc6a' then 'SCHOOL' else 'RURAL' end;
    cats text[];
    d_decision date := p_start + 70;
    d_ceremony date := p_start + 80;
    d_confirm date := (p_start + 80) + interval '12 months' + interval '25 days';
begin
    insert into candidate (id, cell_id, full_name, date_of_birth, gender, ethnicity_code, religion_code,
                           general_education, occupation, youth_union, source_organisation, helper_name,
                           listed_on, stage, version, created_at, updated_at)
    values (cid, p_cell, p_name, p_dob, p_gender, p_ethnicity, p_religion, 'UPPER_SECONDARY', p_occupation,
            p_dob > p_start - interval '30 years', 'YOUTH_UNION', 'Đảng viên hướng dẫn', p_start - 60,
            p_upto, 0, now(), now());
    cats := array_remove(array[
        case when p_gender = 'FEMALE' then 'WOMEN' end,
        case when p_ethnicity <> '01' then 'ETHNIC_MINORITY' end,
        case when p_religion <> 'NONE' then 'RELIGIOUS' end,
        case when p_dob > p_start - interval '30 years' then 'YOUTH_UNION' end,
        case when p_dob > d_decision - interval '31 years' then 'AGE_18_30' end,
        case p_occupation when 'CIVIL_SERVANT' then 'CIVIL_SERVANTS' when 'FARMER' then 'FARMERS'
                          when 'WORKER' then 'WORKERS' when 'PUPIL_STUDENT' then 'PUPILS_STUDENTS' end,
        case when cell_kind = 'RURAL' then 'RURAL_CELLS' end], null);
    if upto >= 2 then
        insert into awareness_certificate (candidate_id, number, issued_on, issuer)
        values (cid, 'GCN-' || substr(cid::text, 1, 4), p_start, 'Trung tâm Chính trị huyện Đơn Dương');
        insert into membership_event (candidate_id, kind, occurred_on, cell_id, unit_path, categories)
        values (cid, 'SENT_TO_CLASS', p_start, p_cell, pg_temp.demo_path(p_cell, p_start, p_old_commune,
                p_new_commune), cats);
    end if;
    if upto >= 3 then
        insert into dossier_document (id, candidate_id, kind, received_on) values
            (md5(p_key || '-app')::uuid, cid, 'APPLICATION', p_start + 5),
            (md5(p_key || '-hist')::uuid, cid, 'PERSONAL_HISTORY', p_start + 10);
        insert into verification (id, candidate_id, subject, place, sent_on, due_on, result, received_on)
        values (md5(p_key || '-v1')::uuid, cid, 'SELF', 'Đảng ủy xã nơi cư trú', p_start + 12, p_start + 42,
                'CLEAR', p_start + 30),
               (md5(p_key || '-v2')::uuid, cid, 'FATHER', 'Đảng ủy xã quê cha', p_start + 12, p_start + 42,
                case when p_pending_verification then null else 'CLEAR' end,
                case when p_pending_verification then null else p_start + 30 end),
               (md5(p_key || '-v3')::uuid, cid, 'MOTHER', 'Đảng ủy xã quê mẹ', p_start + 12, p_start + 42,
                'CLEAR', p_start + 30);
        if not p_pending_verification then
            insert into dossier_document (id, candidate_id, kind, received_on)
            values (md5(p_key || '-cert')::uuid, cid, 'HISTORY_CERTIFIED', p_start + 32);
            insert into introduction (id, candidate_id, kind, introducer, official_member, months_known,
                                      introduced_on, rule_set_id)
            values (md5(p_key || '-i1')::uuid, cid, 'MEMBER', 'Đảng viên giới thiệu thứ nhất', true, 24,
                    p_start + 35, pg_temp.demo_rules(p_start + 35)),
                   (md5(p_key || '-i2')::uuid, cid, 'MEMBER', 'Đảng viên giới thiệu thứ hai', true, 36,
                    p_start + 35, pg_temp.demo_rules(p_start + 35));
            insert into organisation_opinion (id, candidate_id, body, given_on, favourable)
            values (md5(p_key || '-o')::uuid, cid, 'YOUTH_UNION', p_start + 38, true);
        end if;
    end if;
    if upto >= 4 then
        insert into vote (id, candidate_id, purpose, body, held_on, entitled, present, yes, no, abstain,
                          resolution_number, passed, rule_set_id, attempt, proposal, votes_needed)
        values (md5(p_key || '-vc')::uuid, cid, 'ADMISSION', 'CELL', p_start + 45, 12, 11, 11, 0, 0, '05-NQ/CB',
                true, pg_temp.demo_rules(p_start + 45), 1, 'ADMIT', 8);
    end if;
    if upto >= 5 then
        insert into vote (id, candidate_id, purpose, body, held_on, entitled, present, yes, no, abstain,
                          resolution_number, passed, rule_set_id, attempt, proposal, votes_needed)
        values (md5(p_key || '-vk')::uuid, cid, 'ADMISSION', 'COMMITTEE', p_start + 55, 9, 9, 9, 0, 0,
                '12-NQ/ĐU', true, pg_temp.demo_rules(p_start + 55), 1, 'ADMIT', 6);
    end if;
    if upto >= 6 then
        insert into decision (id, candidate_id, purpose, number, decided_on, deciding_unit_id, rule_set_id)
        values (md5(p_key || '-d')::uuid, cid, 'ADMISSION',
                case when d_decision < reform then '45-QĐ/HU' else '12-QĐ/ĐU' end, d_decision,
                case when d_decision < reform then '8894a8cd-4ddd-46de-ac91-59cacba90434'::uuid else p_new_commune end,
                pg_temp.demo_rules(d_decision));
        insert into membership_event (candidate_id, kind, occurred_on, cell_id, unit_path, categories)
        values (cid, 'ADMITTED', d_decision, p_cell,
                pg_temp.demo_path(p_cell, d_decision, p_old_commune, p_new_commune), cats);
    end if;
    if upto >= 7 then
        insert into ceremony (candidate_id, held_on, place, rule_set_id)
        values (cid, d_ceremony, 'Hội trường thôn', pg_temp.demo_rules(d_ceremony));
    end if;
    if upto >= 8 then
        insert into vote (id, candidate_id, purpose, body, held_on, entitled, present, yes, no, abstain,
                          resolution_number, passed, rule_set_id, attempt, proposal, votes_needed)
        values (md5(p_key || '-vo')::uuid, cid, 'CONFIRMATION', 'CELL', d_confirm - 15, 12, 12, 12, 0, 0,
                '09-NQ/CB', true, pg_temp.demo_rules(d_confirm - 15), 1, 'CONFIRM', 8);
        insert into decision (id, candidate_id, purpose, number, decided_on, deciding_unit_id, outcome, rule_set_id,
                              official_from)
        values (md5(p_key || '-do')::uuid, cid, 'CONFIRMATION',
                case when d_confirm < reform then '60-QĐ/HU' else '20-QĐ/ĐU' end, d_confirm,
                case when d_confirm < reform then '8894a8cd-4ddd-46de-ac91-59cacba90434'::uuid else p_new_commune end,
                'CONFIRMED', pg_temp.demo_rules(d_confirm), (d_ceremony + interval '12 months')::date);
        insert into membership_event (candidate_id, kind, occurred_on, cell_id, unit_path, categories)
        values (cid, 'CONFIRMED', d_confirm, p_cell,
                pg_temp.demo_path(p_cell, d_confirm, p_old_commune, p_new_commune), cats);
    end if;
end
$fn$;

-- where a cell stood on a day: under its old commune, the district and the old province until 30/06/2025
create function pg_temp.demo_path(p_cell uuid, p_day date, p_old uuid, p_new uuid) returns uuid[]
language sql immutable as $fn$
    select case when p_day < date '2025-07-01'
        then array[p_cell, p_old, '8894a8cd-4ddd-46de-ac91-59cacba90434'::uuid,
                   'd812de22-e8ae-47be-b246-fad5d33e86ea'::uuid]
        else array[p_cell, p_new, '4bd9ae65-6ea9-4caf-8ffc-f3dbdc014ddd'::uuid] end
$fn$;

create function pg_temp.demo_rules(p_day date) returns varchar language sql stable as $fn$
    select id from rule_set where valid_from <= p_day order by valid_from desc limit 1
$fn$;

-- Lạc Xuân 2024: 5 in thôn Lạc Xuân 1 (one K'Ho), 4 teachers of the lower-secondary school; 5 Catholics
for i in 0..8 loop
    perform pg_temp.demo_candidate('demo-lx-' || i,
        case when i < 5 then cell_lx1 else cell_lx_thcs end,
        case when i = 0 then 'K''Bang ' || given_names[i + 1] else
            (array['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Thị', 'Hoàng Văn', 'Vũ Thị', 'Đặng Thị',
                   'Bùi Văn', 'Đỗ Thị'])[i + 1] || ' ' || given_names[i + 1] end,
        date '1994-04-01' + i * 97, case when i % 3 = 1 then 'FEMALE' else 'MALE' end,
        case when i = 0 then '16' else '01' end, case when i % 2 = 0 then 'CATHOLICISM' else 'NONE' end,
        case when i < 5 then 'FARMER' else 'CIVIL_SERVANT' end,
        date '2024-02-05' + i * 14, 'OFFICIAL', lac_xuan, dran);
end loop;

-- Đạ Ròn: 2 admitted in 2022, 3 in 2023, 5 in 2024 out of 15 sent to the class
for i in 0..1 loop
    perform pg_temp.demo_candidate('demo-dr22-' || i, cell_dr1, 'Ya ' || given_names[i + 5],
        date '1990-06-01' + i * 200, 'FEMALE', '28', 'NONE', 'FARMER', date '2022-03-07' + i * 21, 'OFFICIAL',
        da_ron, don_duong);
end loop;
for i in 0..2 loop
    perform pg_temp.demo_candidate('demo-dr23-' || i, cell_dr1, 'Ka ' || given_names[i + 8],
        date '1992-02-01' + i * 150, 'MALE', '28', 'PROTESTANTISM', 'FARMER', date '2023-03-06' + i * 21,
        'OFFICIAL', da_ron, don_duong);
end loop;
for i in 0..14 loop
    perform pg_temp.demo_candidate('demo-dr24-' || i, cell_dr1,
        (array['Touneh', 'Ma', 'Ya', 'K''', 'Păng Ting'])[i % 5 + 1] || ' ' || given_names[i + 1],
        date '1998-01-15' + i * 61, case when i % 2 = 0 then 'MALE' else 'FEMALE' end,
        case when i % 4 = 0 then '01' else '36' end, 'NONE', 'FARMER', date '2024-03-04' + (i % 5) * 14,
        case when i < 5 then 'OFFICIAL' when i < 8 then 'DOSSIER' else 'CERTIFIED' end, da_ron, don_duong,
        i between 5 and 6);
end loop;

-- Quảng Lập thôn 1 in 2026: one at every stage, for demo-secretary and demo-organizer
perform pg_temp.demo_candidate('demo-ql-listed', cell_ql1, 'Kơ Să Hồng', date '2002-05-09', 'FEMALE', '16',
    'NONE', 'FARMER', date '2026-10-05', 'LISTED', quang_lap, ka_do);
perform pg_temp.demo_candidate('demo-ql-certified', cell_ql1, 'Ka Sô Liêng', date '2001-08-19', 'FEMALE', '16',
    'CATHOLICISM', 'FARMER', date '2026-09-07', 'CERTIFIED', quang_lap, ka_do);
perform pg_temp.demo_candidate('demo-ql-dossier', cell_ql1, 'Bon Niêng Ha Dũng', date '1999-11-02', 'MALE', '16',
    'NONE', 'FARMER', date '2026-08-03', 'DOSSIER', quang_lap, ka_do, true);
-- a farmer in the militia: counted as both
update candidate set militia = true where id = md5('demo-ql-dossier')::uuid;
update membership_event set categories = categories || array['MILITIA'] where candidate_id = md5('demo-ql-dossier')::uuid;
perform pg_temp.demo_candidate('demo-ql-cell', cell_ql1, 'Nguyễn Văn Phúc', date '1997-03-30', 'MALE', '01',
    'BUDDHISM', 'WORKER', date '2026-07-06', 'CELL_APPROVED', quang_lap, ka_do);
perform pg_temp.demo_candidate('demo-ql-committee', cell_ql1, 'Trần Thị Ngọc Mai', date '1996-12-12', 'FEMALE',
    '01', 'NONE', 'CIVIL_SERVANT', date '2026-06-01', 'COMMITTEE_APPROVED', quang_lap, ka_do);
perform pg_temp.demo_candidate('demo-ql-admitted', cell_ql1, 'Ha Văn Tuấn', date '1995-07-21', 'MALE', '16',
    'NONE', 'FARMER', date '2026-06-15', 'ADMITTED', quang_lap, ka_do);
perform pg_temp.demo_candidate('demo-ql-probation', cell_ql1, 'Liêng Hót Thị Nhung', date '1994-02-14', 'FEMALE',
    '16', 'PROTESTANTISM', 'FARMER', date '2025-09-01', 'PROBATION', quang_lap, ka_do);
perform pg_temp.demo_candidate('demo-ql-official', cell_ql1, 'Lê Quang Vinh', date '1993-10-10', 'MALE', '01',
    'NONE', 'PRIVATE_ENTERPRISE', date '2024-09-02', 'OFFICIAL', quang_lap, ka_do);
perform pg_temp.demo_candidate('demo-ql-withdrawn', cell_ql1, 'Đinh Văn Khải', date '2000-01-01', 'MALE', '01',
    'NONE', 'FARMER', date '2026-03-02', 'CERTIFIED', quang_lap, ka_do);
update candidate set stage = 'WITHDRAWN', closed_on = date '2026-05-04', closed_reason = 'Đi làm ăn xa'
where id = md5('demo-ql-withdrawn')::uuid;

drop function pg_temp.demo_candidate(text, uuid, text, date, text, text, text, text, date, text, uuid, uuid, boolean);
drop function pg_temp.demo_path(uuid, date, uuid, uuid);
update membership_event e set source_organisation = c.source_organisation
from candidate c where c.id = e.candidate_id and e.source_organisation is null;
drop function pg_temp.demo_rules(date);
end
$demo$;
