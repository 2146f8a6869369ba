-- The admission rules completed (issue 13): failed votes kept as facts, confirmation with its own deadlines and the
-- date from which the member is official, re-admission, the 232-QĐ/TW rule set of 20/01/2025, and citations checked
-- against the texts. Every citation says what it was checked against; an empty entry means not yet verified.

-- --- rule values that were missing ---------------------------------------------------------------------------
alter table rule_set
    add column confirmation_decision_working_days smallint not null default 30,
    add column confirmation_attempts_before_referral smallint not null default 3,
    add column readmission_min_months smallint not null default 36,
    add column readmission_after_minor_crime_months smallint not null default 60,
    add column readmission_barred jsonb not null default '[]',
    add column legal_basis_checked jsonb not null default '{}';

-- the rules of 24-QĐ/TW until 232-QĐ/TW replaced them; the guidance of the Central Organisation Commission is dated
-- 18/01/2022 (not 18/4)
update rule_set set
    name = 'Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng; Hướng dẫn 01-HD/TW ngày 28/9/2021; '
        || 'Hướng dẫn 12-HD/BTCTW ngày 18/01/2022',
    readmission_barred = '["SELF_ABANDONED", "RESIGNED", "DISUNITY", "CORRUPTION_CONVICTION", "SERIOUS_CRIME_CONVICTION"]',
    legal_basis = '{
      "MEM-AGE": "Điều lệ Đảng, Điều 1 khoản 2; Quy định 24-QĐ/TW ngày 30/7/2021, điểm 1.1 (đủ 18 đến đủ 60 tuổi, tính theo tháng, tại thời điểm chi bộ xét kết nạp)",
      "MEM-CERTIFICATE": "Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 (giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị 60 tháng)",
      "MEM-INTRODUCERS": "Điều lệ Đảng, Điều 4 khoản 1 và 2; Quy định 24-QĐ/TW, điểm 3.1 (ban chấp hành đoàn cơ sở, công đoàn cơ sở giới thiệu) và điểm 3.2.1 (đảng viên chính thức, cùng công tác, học tập, sinh sống ít nhất 12 tháng)",
      "MEM-VERIFICATION": "Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 (thẩm tra lý lịch người vào Đảng)",
      "MEM-VOTE": "Điều lệ Đảng, Điều 4 khoản 3 (ít nhất hai phần ba số đảng viên chính thức, số cấp ủy viên tán thành); Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 3.6 (không đủ hai phần ba thì báo cáo đầy đủ kết quả biểu quyết lên cấp ủy cấp trên)",
      "MEM-AUTHORITY": "Quy định 24-QĐ/TW, điểm 4.3.2 (ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng xem xét, quyết định)",
      "MEM-DECISION-DEADLINE": "Quy định 24-QĐ/TW, điểm 4.3.1 (60 ngày làm việc kể từ ngày chi bộ có nghị quyết đề nghị kết nạp; 30 ngày làm việc với công nhận đảng viên chính thức; gia hạn tối đa 30 ngày làm việc)",
      "MEM-CEREMONY-DEADLINE": "Quy định 24-QĐ/TW, điểm 4.1 (30 ngày làm việc kể từ ngày nhận được quyết định kết nạp; quá hạn phải báo cáo và được cấp ủy cấp trên trực tiếp đồng ý)",
      "MEM-PROBATION": "Điều lệ Đảng, Điều 5 khoản 1 (dự bị mười hai tháng, tính từ ngày chi bộ tổ chức lễ kết nạp)",
      "MEM-CONFIRMATION-DEADLINE": "Quy định 24-QĐ/TW, điểm 4.2.1 (trong 30 ngày làm việc kể từ ngày đảng viên hết 12 tháng dự bị, chi bộ phải xét và đề nghị công nhận chính thức hoặc đề nghị xóa tên)",
      "MEM-CONFIRMATION-VOTE": "Điều lệ Đảng, Điều 5 khoản 2 (xét công nhận từng người một và biểu quyết như khi xét kết nạp); Quy định 24-QĐ/TW, điểm 4.2.3 (ba lần biểu quyết không đủ hai phần ba thì báo cáo cấp ủy cấp trên trực tiếp và cấp ủy có thẩm quyền xem xét, quyết định)",
      "MEM-OFFICIAL-FROM": "Quy định 24-QĐ/TW, điểm 4.2.2 (được công nhận chính thức đúng thời điểm hết 12 tháng dự bị, dù chi bộ họp chậm hay cấp ủy chuẩn y chậm)",
      "MEM-READMISSION": "Quy định 24-QĐ/TW, điểm 3.5.1 (ít nhất 36 tháng kể từ khi ra khỏi Đảng, 60 tháng từ khi được xóa án tích với tội ít nghiêm trọng; ban thường vụ tỉnh ủy đồng ý bằng văn bản), 3.5.2 (không kết nạp lại), 3.5.3 (chỉ kết nạp lại một lần), 3.5.4 (phải trải qua thời gian dự bị)",
      "MEM-DOSSIER-LOCK": "Điều lệ Đảng, Điều 4 khoản 3 (chi bộ xét kết nạp trên hồ sơ đã hoàn chỉnh); quy tắc của coso: sau nghị quyết của chi bộ, hồ sơ giữ như khi biểu quyết",
      "MEM-ORDER": "Điều lệ Đảng, Điều 4; Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 (trình tự, thủ tục kết nạp)"}',
    legal_basis_checked = '{
      "MEM-AGE": "điểm 1.1 theo bản tóm tắt của Đảng ủy khối Bình Định (dukccqold.binhdinh.gov.vn); chưa đối chiếu nguyên văn",
      "MEM-INTRODUCERS": "điểm 3.1, 3.2.1 theo bản dịch tiếng Anh của mục 3 Quy định 24-QĐ/TW (lawnet.vn)",
      "MEM-AUTHORITY": "điểm 4.3.2 theo nguyên văn Quy định 29-QĐ/TW (thuvienphapluat.vn), 24-QĐ/TW giữ cùng số điểm",
      "MEM-DECISION-DEADLINE": "điểm 4.3.1 theo nguyên văn (thuvienphapluat.vn; lawnet.vn cho 24-QĐ/TW)",
      "MEM-CEREMONY-DEADLINE": "điểm 4.1 theo nguyên văn Quy định 24-QĐ/TW (thuvienphapluat.vn)",
      "MEM-PROBATION": "Điều 5 khoản 1 và 2 theo luatvietnam.vn",
      "MEM-CONFIRMATION-DEADLINE": "điểm 4.2.1 theo nguyên văn Quy định 24-QĐ/TW (thuvienphapluat.vn)",
      "MEM-CONFIRMATION-VOTE": "điểm 4.2.3 theo lawnet.vn; Điều 5 khoản 2 theo luatvietnam.vn",
      "MEM-OFFICIAL-FROM": "điểm 4.2.2 theo nguyên văn Quy định 24-QĐ/TW (thuvienphapluat.vn)",
      "MEM-READMISSION": "điểm 3.5.1 theo nguyên văn Quy định 24-QĐ/TW; 3.5.2–3.5.4 theo Quy định 29-QĐ/TW và bản so sánh 232/24 (vietnam.vn)",
      "MEM-VOTE": "Hướng dẫn 01-HD/TW điểm 3.6 theo luatvietnam.vn; số khoản của Điều 4 chưa đối chiếu"}'
where id = 'QD24-2021';

-- 20/01/2025 to 30/06/2025: 232-QĐ/TW, same numbering, districts still decide
insert into rule_set (id, valid_from, name, deciding_unit_kind, deciding_authority, min_age_years, max_age_years,
                      certificate_valid_months, introducers_required, introducer_min_months, vote_share_numerator,
                      vote_share_denominator, decision_working_days, decision_extension_max_days,
                      ceremony_working_days, probation_months, confirmation_working_days,
                      confirmation_decision_working_days, confirmation_attempts_before_referral,
                      readmission_min_months, readmission_after_minor_crime_months, readmission_barred,
                      legal_basis, legal_basis_checked)
select 'QD232-2025', date '2025-01-20',
       'Quy định 232-QĐ/TW ngày 20/01/2025 thi hành Điều lệ Đảng (hiệu lực từ ngày ký); Hướng dẫn 01-HD/TW ngày '
           || '28/9/2021; Hướng dẫn 12-HD/BTCTW ngày 18/01/2022',
       deciding_unit_kind, deciding_authority, min_age_years, max_age_years, certificate_valid_months,
       introducers_required, introducer_min_months, vote_share_numerator, vote_share_denominator,
       decision_working_days, decision_extension_max_days, ceremony_working_days, probation_months,
       confirmation_working_days, confirmation_decision_working_days, confirmation_attempts_before_referral,
       readmission_min_months, readmission_after_minor_crime_months, readmission_barred,
       legal_basis, '{}'
from rule_set where id = 'QD24-2021';
-- the same citations, naming 232-QĐ/TW
update rule_set set
    legal_basis = (select jsonb_object_agg(key,
                       replace(replace(value, 'Quy định 24-QĐ/TW ngày 30/7/2021', 'Quy định 232-QĐ/TW ngày 20/01/2025'),
                               'Quy định 24-QĐ/TW', 'Quy định 232-QĐ/TW'))
                   from rule_set s, jsonb_each_text(s.legal_basis) where s.id = 'QD24-2021'),
    legal_basis_checked = '{
      "MEM-DECISION-DEADLINE": "điểm 4.3.1 của Quy định 232-QĐ/TW theo nguyên văn (118.69.201.250, tư vấn pháp luật)",
      "MEM-CEREMONY-DEADLINE": "điểm 4.1 của Quy định 232-QĐ/TW theo nguyên văn (cùng nguồn)",
      "MEM-READMISSION": "điểm 3.5.1 của Quy định 232-QĐ/TW theo phamkietsonha.edu.vn; 3.5.2 theo vietnam.vn"}'
where id = 'QD232-2025';

-- from 01/07/2025: 294-QĐ/TW of 26/5/2025 with Hướng dẫn 06-HD/TW of 09/6/2025; the commune committee decides
update rule_set set
    name = 'Quy định 294-QĐ/TW ngày 26/5/2025 thi hành Điều lệ Đảng; Hướng dẫn 06-HD/TW ngày 09/6/2025; '
        || 'chính quyền địa phương hai cấp từ 01/7/2025',
    readmission_barred = '["SELF_ABANDONED", "RESIGNED", "DISUNITY", "CORRUPTION_CONVICTION", "SERIOUS_CRIME_CONVICTION"]',
    legal_basis = '{
      "MEM-AGE": "Điều lệ Đảng, Điều 1 khoản 2; Quy định 294-QĐ/TW ngày 26/5/2025, điểm 1.1; Hướng dẫn 06-HD/TW ngày 09/6/2025, điểm 1.1 (tuổi đời trong trường hợp đặc biệt)",
      "MEM-CERTIFICATE": "Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 (giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị 60 tháng)",
      "MEM-INTRODUCERS": "Điều lệ Đảng, Điều 4 khoản 1 và 2; Quy định 294-QĐ/TW, điểm 3.1 và 3.2.1",
      "MEM-VERIFICATION": "Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 (thẩm tra lý lịch người vào Đảng)",
      "MEM-VOTE": "Điều lệ Đảng, Điều 4 khoản 3 (ít nhất hai phần ba số đảng viên chính thức, số cấp ủy viên tán thành); Hướng dẫn 06-HD/TW ngày 09/6/2025 (thủ tục xem xét kết nạp đảng viên)",
      "MEM-AUTHORITY": "Quy định 294-QĐ/TW, điểm 4.3.2; đảng ủy xã trực thuộc tỉnh ủy từ 01/7/2025",
      "MEM-DECISION-DEADLINE": "Quy định 294-QĐ/TW, điểm 4.3.1 (60 ngày làm việc; 30 ngày làm việc với công nhận đảng viên chính thức; gia hạn tối đa 30 ngày làm việc)",
      "MEM-CEREMONY-DEADLINE": "Quy định 294-QĐ/TW, điểm 4.1 (30 ngày làm việc kể từ ngày nhận được quyết định kết nạp)",
      "MEM-PROBATION": "Điều lệ Đảng, Điều 5 khoản 1 (dự bị mười hai tháng, tính từ ngày chi bộ tổ chức lễ kết nạp)",
      "MEM-CONFIRMATION-DEADLINE": "Quy định 294-QĐ/TW, điểm 4.2.1 (trong 30 ngày làm việc kể từ ngày hết 12 tháng dự bị)",
      "MEM-CONFIRMATION-VOTE": "Điều lệ Đảng, Điều 5 khoản 2; Quy định 294-QĐ/TW, điểm 4.2.3 (ba lần biểu quyết không đủ hai phần ba)",
      "MEM-OFFICIAL-FROM": "Quy định 294-QĐ/TW, điểm 4.2.2 (công nhận chính thức đúng thời điểm hết 12 tháng dự bị)",
      "MEM-READMISSION": "Quy định 294-QĐ/TW, điểm 3.5.1 (36 tháng; 60 tháng từ khi xóa án tích với tội ít nghiêm trọng; ban thường vụ tỉnh ủy đồng ý bằng văn bản), 3.5.2 (năm trường hợp không kết nạp lại), 3.5.3, 3.5.4",
      "MEM-DOSSIER-LOCK": "Điều lệ Đảng, Điều 4 khoản 3; quy tắc của coso: sau nghị quyết của chi bộ, hồ sơ giữ như khi biểu quyết",
      "MEM-ORDER": "Điều lệ Đảng, Điều 4; Hướng dẫn 06-HD/TW ngày 09/6/2025 (thủ tục xem xét kết nạp đảng viên)"}',
    legal_basis_checked = '{
      "MEM-READMISSION": "điểm 3.5.1 và 3.5.2 của Quy định 294-QĐ/TW theo ngoisao.vn (13/6/2025)",
      "MEM-VOTE": "ngày và nội dung Hướng dẫn 06-HD/TW theo bhtpa.dongnai.gov.vn; số điểm chưa đối chiếu",
      "MEM-PROBATION": "Điều 5 khoản 1 và 2 theo luatvietnam.vn"}'
where id = 'QD294-2025';

-- --- votes are facts: every attempt kept, with its proposal, the threshold applied and its result --------------
alter table vote drop constraint vote_candidate_id_purpose_body_key;
alter table vote
    add column attempt smallint not null default 1 check (attempt >= 1),
    add column proposal varchar(20) check (proposal in ('ADMIT', 'CONFIRM', 'STRIKE_OFF')),
    add column votes_needed smallint check (votes_needed >= 1),
    add column late_reason varchar(1000);
-- a confirmation vote recorded before this migration counted the votes for confirming the member
update vote set proposal = case purpose when 'ADMISSION' then 'ADMIT' else 'CONFIRM' end,
                votes_needed = (entitled * 2 + 2) / 3;
alter table vote alter column proposal set not null, alter column votes_needed set not null;
alter table vote add constraint vote_attempt_unique unique (candidate_id, purpose, body, attempt);

-- --- decisions: the date from which a confirmed member is official; whether the higher committee decided after
-- three votes without two thirds
alter table decision
    add column official_from date,
    add column referred boolean not null default false,
    add constraint decision_official_only_when_confirmed check (official_from is null or outcome = 'CONFIRMED');
update decision d set official_from = (c.held_on + interval '12 months')::date
from ceremony c where c.candidate_id = d.candidate_id and d.outcome = 'CONFIRMED';

-- --- the ceremony: its clock runs from the cell's receipt of the decision; a delay beyond the 30 working days needs
-- the higher committee's consent
alter table ceremony
    add column decision_received_on date,
    add column delay_approval varchar(200),
    add constraint ceremony_after_receipt check (decision_received_on is null or held_on >= decision_received_on);

-- --- re-admission: the former membership of a candidate who was a member before ---------------------------------
create table former_membership (
    candidate_id          uuid         primary key references candidate,
    left_on               date         not null,
    leaving_reason        varchar(40)  not null check (leaving_reason in ('SELF_ABANDONED', 'RESIGNED',
                              'RESIGNED_FAMILY_HARDSHIP', 'DISUNITY', 'CORRUPTION_CONVICTION',
                              'SERIOUS_CRIME_CONVICTION', 'MINOR_CRIME_CONVICTION', 'POPULATION_POLICY',
                              'STRUCK_OFF', 'EXPELLED', 'OTHER')),
    record_cleared_on     date,
    readmitted_before     boolean      not null,
    consent_number        varchar(50),
    consent_on            date,
    version               bigint       not null default 0,
    recorded_at           timestamptz  not null,
    check ((consent_number is null) = (consent_on is null)),
    check (consent_on is null or consent_on >= left_on),
    check (record_cleared_on is null or leaving_reason = 'MINOR_CRIME_CONVICTION')
);
