-- The admission pipeline (DOMAIN.md §2). Rules are data: each rule set is in force from its date, and every step
-- records the rule set it was checked against, so that a 2024 case keeps its 2024 rules.
create table rule_set (
    id                          varchar(40)  primary key,
    valid_from                  date         not null unique,
    name                        varchar(300) not null,
    -- the committee that decides admissions: its unit kind in the registry and its title
    deciding_unit_kind          varchar(40)  not null,
    deciding_authority          varchar(200) not null,
    min_age_years               smallint     not null,
    max_age_years               smallint     not null,
    certificate_valid_months    smallint     not null,
    introducers_required        smallint     not null,
    introducer_min_months       smallint     not null,
    vote_share_numerator        smallint     not null,
    vote_share_denominator      smallint     not null,
    decision_working_days       smallint     not null,
    decision_extension_max_days smallint     not null,
    ceremony_working_days       smallint     not null,
    probation_months            smallint     not null,
    confirmation_working_days   smallint     not null,
    -- rule code -> the text that sets it
    legal_basis                 jsonb        not null
);

insert into rule_set values
    ('QD24-2021', '2021-07-30',
     'Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng; Hướng dẫn 12-HD/BTCTW ngày 18/4/2022',
     'DISTRICT_COMMITTEE', 'Ban Thường vụ Huyện ủy', 18, 60, 60, 2, 12, 2, 3, 60, 30, 30, 12, 30,
     '{"MEM-AGE": "Điều lệ Đảng, Điều 1; Quy định 24-QĐ/TW, điểm 1.1",
       "MEM-CERTIFICATE": "Hướng dẫn 12-HD/BTCTW, điểm 3.1 (giấy chứng nhận bồi dưỡng có giá trị 60 tháng)",
       "MEM-INTRODUCERS": "Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW, điểm 3.3",
       "MEM-VERIFICATION": "Hướng dẫn 12-HD/BTCTW, điểm 3.4 (thẩm tra lý lịch)",
       "MEM-VOTE": "Điều lệ Đảng, Điều 4 (ít nhất hai phần ba số đảng viên chính thức tán thành)",
       "MEM-AUTHORITY": "Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW, điểm 3.5",
       "MEM-DECISION-DEADLINE": "Quy định 24-QĐ/TW, điểm 3.5 (60 ngày làm việc, gia hạn không quá 30 ngày)",
       "MEM-CEREMONY-DEADLINE": "Quy định 24-QĐ/TW, điểm 3.6 (30 ngày làm việc)",
       "MEM-PROBATION": "Điều lệ Đảng, Điều 5 (dự bị 12 tháng)",
       "MEM-ORDER": "Hướng dẫn 12-HD/BTCTW, mục 3 (thủ tục kết nạp theo trình tự)"}'),
    ('QD294-2025', '2025-07-01',
     'Quy định 294-QĐ/TW ngày 26/5/2025 thi hành Điều lệ Đảng; chính quyền địa phương hai cấp từ 01/7/2025',
     'COMMUNE_COMMITTEE', 'Ban Thường vụ Đảng ủy xã', 18, 60, 60, 2, 12, 2, 3, 60, 30, 30, 12, 30,
     '{"MEM-AGE": "Điều lệ Đảng, Điều 1; Quy định 294-QĐ/TW, điểm 1.1",
       "MEM-CERTIFICATE": "Quy định 294-QĐ/TW, điểm 3 (giấy chứng nhận bồi dưỡng có giá trị 60 tháng)",
       "MEM-INTRODUCERS": "Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW, điểm 3",
       "MEM-VERIFICATION": "Quy định 294-QĐ/TW, điểm 3 (thẩm tra lý lịch)",
       "MEM-VOTE": "Điều lệ Đảng, Điều 4 (ít nhất hai phần ba số đảng viên chính thức tán thành)",
       "MEM-AUTHORITY": "Quy định 294-QĐ/TW, điểm 3; Đảng ủy xã trực thuộc Tỉnh ủy từ 01/7/2025",
       "MEM-DECISION-DEADLINE": "Quy định 294-QĐ/TW, điểm 3 (60 ngày làm việc, gia hạn không quá 30 ngày)",
       "MEM-CEREMONY-DEADLINE": "Quy định 294-QĐ/TW, điểm 3 (30 ngày làm việc)",
       "MEM-PROBATION": "Điều lệ Đảng, Điều 5 (dự bị 12 tháng)",
       "MEM-ORDER": "Quy định 294-QĐ/TW, điểm 3 (thủ tục kết nạp theo trình tự)"}');

-- Awareness-class certificate (giấy chứng nhận bồi dưỡng nhận thức về Đảng)
create table awareness_certificate (
    candidate_id uuid         primary key references candidate,
    number       varchar(50),
    issued_on    date         not null,
    issuer       varchar(200) not null,
    class_id     uuid,
    recorded_at  timestamptz  not null default now()
);

-- Application (1-KNĐ), personal history (2-KNĐ), the committee's certification of the history
create table dossier_document (
    id           uuid         primary key,
    candidate_id uuid         not null references candidate,
    kind         varchar(30)  not null check (kind in ('APPLICATION', 'PERSONAL_HISTORY', 'HISTORY_CERTIFIED')),
    received_on  date         not null,
    note         varchar(500),
    recorded_at  timestamptz  not null default now(),
    unique (candidate_id, kind)
);

-- Background verification (thẩm tra lý lịch): one request per person and place
create table verification (
    id             uuid         primary key,
    candidate_id   uuid         not null references candidate,
    subject        varchar(20)  not null check (subject in ('SELF', 'FATHER', 'MOTHER', 'SPOUSE', 'FATHER_IN_LAW',
                                                            'MOTHER_IN_LAW', 'GUARDIAN', 'ADULT_CHILD')),
    place          varchar(300) not null,
    sent_on        date         not null,
    due_on         date         not null,
    result         varchar(20)  check (result in ('CLEAR', 'ISSUE', 'EXEMPT')),
    issue_resolved boolean      not null default false,
    received_on    date,
    result_note    varchar(2000),
    version        bigint       not null default 0,
    recorded_at    timestamptz  not null default now(),
    check (due_on >= sent_on),
    check ((result is null) = (received_on is null))
);
create index verification_candidate on verification (candidate_id);

-- Introductions (4-KNĐ, 4A-KNĐ)
create table introduction (
    id               uuid         primary key,
    candidate_id     uuid         not null references candidate,
    kind             varchar(30)  not null check (kind in ('MEMBER', 'YOUTH_UNION_COMMITTEE', 'TRADE_UNION_COMMITTEE')),
    introducer       varchar(200) not null,
    official_member  boolean      not null,
    months_known     smallint     not null check (months_known >= 0),
    introduced_on    date         not null,
    rule_set_id      varchar(40)  not null references rule_set,
    recorded_at      timestamptz  not null default now()
);
create index introduction_candidate on introduction (candidate_id);

-- Opinions of mass organisations and of the cell where the candidate lives (5-KNĐ)
create table organisation_opinion (
    id           uuid         primary key,
    candidate_id uuid         not null references candidate,
    body         varchar(30)  not null check (body in ('YOUTH_UNION', 'FATHERLAND_FRONT', 'WOMENS_UNION',
                                              'FARMERS_UNION', 'VETERANS_UNION', 'TRADE_UNION', 'RESIDENCE_CELL')),
    given_on     date         not null,
    favourable   boolean      not null,
    summary      varchar(2000),
    recorded_at  timestamptz  not null default now()
);
create index organisation_opinion_candidate on organisation_opinion (candidate_id);

-- Votes of the cell (6-KNĐ) and of the committee (8-KNĐ), for admission or for confirmation
create table vote (
    id                uuid         primary key,
    candidate_id      uuid         not null references candidate,
    purpose           varchar(20)  not null check (purpose in ('ADMISSION', 'CONFIRMATION')),
    body              varchar(20)  not null check (body in ('CELL', 'COMMITTEE')),
    held_on           date         not null,
    entitled          smallint     not null check (entitled > 0),
    present           smallint     not null check (present between 0 and entitled),
    yes               smallint     not null check (yes >= 0),
    no                smallint     not null check (no >= 0),
    abstain           smallint     not null check (abstain >= 0),
    resolution_number varchar(50)  not null,
    passed            boolean      not null,
    rule_set_id       varchar(40)  not null references rule_set,
    recorded_at       timestamptz  not null default now(),
    check (yes + no + abstain <= present),
    unique (candidate_id, purpose, body)
);

-- Admission decision (9-KNĐ) and confirmation decision
create table decision (
    id               uuid         primary key,
    candidate_id     uuid         not null references candidate,
    purpose          varchar(20)  not null check (purpose in ('ADMISSION', 'CONFIRMATION')),
    number           varchar(50)  not null,
    decided_on       date         not null,
    deciding_unit_id uuid         not null,
    extension_days   smallint     not null default 0 check (extension_days >= 0),
    extension_reason varchar(1000),
    outcome          varchar(20)  check (outcome in ('CONFIRMED', 'STRUCK_OFF')),
    rule_set_id      varchar(40)  not null references rule_set,
    recorded_at      timestamptz  not null default now(),
    unique (candidate_id, purpose),
    check ((purpose = 'CONFIRMATION') = (outcome is not null)),
    check ((extension_days = 0) = (extension_reason is null))
);

-- Admission ceremony (lễ kết nạp)
create table ceremony (
    candidate_id uuid         primary key references candidate,
    held_on      date         not null,
    place        varchar(300),
    rule_set_id  varchar(40)  not null references rule_set,
    recorded_at  timestamptz  not null default now()
);
