-- Inspection and supervision programmes (chương trình kiểm tra, giám sát), each inspection or supervision as it
-- happens, its conclusion, the points to remedy and their follow-up, and a discipline matter handed on (issue 17).
--
-- Sources, as found (issue 17's closing note lists what was read):
--   * Quy định 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của
--     Đảng (7 chương, 35 điều) replaced Quy định 22-QĐ/TW ngày 28/7/2021 and Quy định 262-QĐ/TW ngày 3/2/2025
--     (tcnnld.vn 05/06/2025; vietnam.vn). Its article-level text was not found in a public copy: rows citing it say so.
--   * Điều lệ Đảng (2011), Điều 32 (nhiệm vụ của ủy ban kiểm tra các cấp): khoản 1, 2 and 6 quoted by
--     congan.hatinh.gov.vn and accgroup.vn.
--   * Hướng dẫn 02-HD/TW ngày 09/12/2021 của Ban Bí thư (guidance of 22-QĐ/TW), hethongphapluatvietnam.net: its
--     opening (mục I, giải thích từ ngữ, điểm 5 "Thời hạn làm việc") only. No guidance of 296-QĐ/TW was found.
--   * Seed 004 (Đơn Dương, 01/2025): the contents a cell inspects in practice.

-- The contents an inspection or supervision looks at; effective-dated, each with its source.
create table inspection_content (
    code            varchar(40)   not null,
    valid_from      date          not null,
    valid_to        date,
    name            varchar(300)  not null,
    position        smallint      not null,
    source_document varchar(300)  not null,
    source_article  varchar(200),
    -- false while the article has not been read in a public copy of the text
    source_verified boolean       not null,
    primary key (code, valid_from),
    constraint inspection_content_range check (valid_to is null or valid_to >= valid_from)
);

insert into inspection_content (code, valid_from, name, position, source_document, source_article, source_verified) values
    ('MEMBER_DUTIES', '2011-01-19', 'Tiêu chuẩn đảng viên và việc thực hiện nhiệm vụ đảng viên', 1,
     'Điều lệ Đảng (Đại hội XI, 19/01/2011)', 'Điều 32, khoản 1', true),
    ('PARTY_RULES', '2011-01-19', 'Chấp hành Cương lĩnh, Điều lệ Đảng, nghị quyết, chỉ thị và nguyên tắc tổ chức, sinh hoạt Đảng', 2,
     'Điều lệ Đảng (Đại hội XI, 19/01/2011)', 'Điều 32, khoản 2', true),
    ('INSPECTION_DUTIES', '2011-01-19', 'Thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng', 3,
     'Điều lệ Đảng (Đại hội XI, 19/01/2011)', 'Điều 32, khoản 2', true),
    ('PARTY_FINANCE', '2011-01-19', 'Tài chính đảng, thu, nộp và sử dụng đảng phí', 4,
     'Điều lệ Đảng (Đại hội XI, 19/01/2011)', 'Điều 32, khoản 6', true),
    ('FORBIDDEN_CONDUCT', '2021-10-25', 'Những điều đảng viên không được làm', 5,
     'Quy định 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương', null, false),
    ('DUTIES_WHERE_LIVING', '2020-01-02', 'Thực hiện nhiệm vụ đảng viên và nghĩa vụ công dân nơi cư trú', 6,
     'Quy định 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị', null, false),
    ('EXAMPLE_SETTING', '2018-10-25', 'Trách nhiệm nêu gương của đảng viên', 7,
     'Quy định 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương', null, false),
    ('HO_CHI_MINH_STUDY', '2016-05-15', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 8,
     'Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; seed 004 (Chi bộ Trung tâm Nông nghiệp)', null, false),
    ('INTERNAL_UNITY', '2011-01-19', 'Giữ gìn đoàn kết nội bộ', 9,
     'Seed 004 (Chi bộ Trung tâm Nông nghiệp, 01/2025): nội dung kiểm tra, giám sát của chi bộ', null, false),
    ('RESOLUTIONS', '2011-01-19', 'Lãnh đạo, tổ chức thực hiện chủ trương, nghị quyết của Đảng', 10,
     'Điều lệ Đảng (Đại hội XI, 19/01/2011)', 'Điều 32, khoản 3', false);

-- Rules of the work with their source, effective-dated like the admission rules. A rule the text gives no figure
-- for has value null and says so.
create table inspection_rule (
    code            varchar(40)   not null,
    valid_from      date          not null,
    valid_to        date,
    value           integer,
    text            varchar(1000) not null,
    source_document varchar(300)  not null,
    source_article  varchar(200),
    source_verified boolean       not null,
    primary key (code, valid_from),
    constraint inspection_rule_range check (valid_to is null or valid_to >= valid_from)
);

insert into inspection_rule (code, valid_from, valid_to, value, text, source_document, source_article, source_verified) values
    ('REMEDY_DEADLINE', '2021-07-28', '2025-05-29', null,
     'Thời hạn khắc phục từng nội dung do thông báo kết luận ấn định; không thấy quy định một số ngày chung.',
     'Quy định 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương', null, false),
    ('REMEDY_DEADLINE', '2025-05-30', null, null,
     'Thời hạn khắc phục từng nội dung do thông báo kết luận ấn định; không thấy quy định một số ngày chung.',
     'Quy định 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương', null, false),
    ('WORKING_PERIODS', '2021-12-09', '2025-05-29', null,
     'Hướng dẫn thực hiện Quy định 22-QĐ/TW, mục I.5 "Thời hạn làm việc": thời hạn của các cuộc kiểm tra, giám sát; '
     || 'chỉ đọc được tiêu đề mục trong bản công khai, chưa đọc được số ngày.',
     'Hướng dẫn 02-HD/TW ngày 09/12/2021 của Ban Bí thư', 'Mục I, điểm 5', false),
    ('DISCIPLINE_FORMS', '2011-01-19', null, null,
     'Tổ chức đảng: khiển trách, cảnh cáo, giải tán; đảng viên chính thức: khiển trách, cảnh cáo, cách chức, khai trừ; '
     || 'đảng viên dự bị: khiển trách, cảnh cáo. coso ghi lại hình thức và cơ quan quyết định, không quyết định thay.',
     'Điều lệ Đảng (Đại hội XI, 19/01/2011)', 'Điều 35', false);

-- A unit's yearly programme, itself a numbered document (05-CTr/ĐU).
create table inspection_programme (
    id          uuid primary key,
    unit_id     uuid         not null references unit (id),
    year        integer      not null check (year between 2000 and 2100),
    -- who carries it out: the committee, its inspection committee, or a cell
    body        varchar(24)  not null check (body in ('COMMITTEE', 'INSPECTION_COMMITTEE', 'CELL')),
    document_id uuid         not null references document (id),
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    constraint inspection_programme_once unique (unit_id, year, body)
);
create index inspection_programme_year on inspection_programme (year, unit_id);

-- One inspection or supervision: planned in the programme (or added in the year), then carried out.
create table inspection (
    id                   uuid primary key,
    programme_id         uuid          not null references inspection_programme (id),
    kind                 varchar(12)   not null check (kind in ('INSPECTION', 'SUPERVISION')),
    mode                 varchar(24)   not null check (mode in ('REGULAR', 'THEMATIC', 'ON_SIGNS_OF_VIOLATION')),
    -- false: not in the programme as issued, added during the year (đột xuất)
    planned              boolean       not null,
    quarter              smallint      not null check (quarter between 1 and 4),
    contents             varchar(40)[] not null,
    lead                 varchar(300)  not null,
    status               varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CANCELLED')),
    decision_document_id uuid references document (id),
    team                 varchar(1000),
    started_on           date,
    findings             varchar(8000),
    conclusion           varchar(8000),
    notice_document_id   uuid references document (id),
    concluded_on         date,
    violation            boolean,
    cancel_reason        varchar(1000),
    discipline_form      varchar(12) check (discipline_form in ('NONE', 'REPRIMAND', 'WARNING', 'REMOVAL',
                                                               'EXPULSION', 'DISSOLUTION')),
    discipline_body      varchar(300),
    discipline_decided_on date,
    discipline_reference varchar(100),
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    constraint inspection_concluded check ((status = 'CONCLUDED') = (concluded_on is not null))
);
create index inspection_programme_items on inspection (programme_id);

-- Whom it looks at: a party organisation, or a member named with their cell. A member's name is personal data:
-- it appears only in the inspection's own view, which is audited.
create table inspection_subject (
    inspection_id uuid         not null references inspection (id),
    position      smallint     not null,
    unit_id       uuid         not null references unit (id),
    member_name   varchar(200),
    primary key (inspection_id, position)
);

-- A point of the conclusion to remedy, due a number of working days after the notice (or on a date it names).
create table inspection_remedy (
    id            uuid primary key,
    inspection_id uuid          not null references inspection (id),
    position      smallint      not null,
    text          varchar(2000) not null,
    working_days  integer check (working_days between 1 and 365),
    due_on        date          not null,
    done_on       date,
    evidence      varchar(4000),
    version       bigint        not null default 0,
    constraint inspection_remedy_position unique (inspection_id, position),
    constraint inspection_remedy_done check ((done_on is null) = (evidence is null))
);
create index inspection_remedy_open on inspection_remedy (due_on) where done_on is null;

-- The programmes' held inspections and supervisions as indicators of /progress, broken down by whom they looked at
insert into indicator (code, name, measure, source) values
    ('INSPECTIONS', 'Cuộc kiểm tra theo chương trình kiểm tra, giám sát đã tiến hành', 'COUNT', 'PLANNING_INSPECTIONS'),
    ('SUPERVISIONS', 'Cuộc giám sát theo chương trình kiểm tra, giám sát đã tiến hành', 'COUNT', 'PLANNING_SUPERVISIONS');
insert into indicator_category (indicator, code, name, position) values
    ('INSPECTIONS', 'ORGANISATIONS', 'Tổ chức đảng được kiểm tra', 1),
    ('INSPECTIONS', 'MEMBERS', 'Đảng viên được kiểm tra', 2),
    ('SUPERVISIONS', 'ORGANISATIONS', 'Tổ chức đảng được giám sát', 1),
    ('SUPERVISIONS', 'MEMBERS', 'Đảng viên được giám sát', 2);
