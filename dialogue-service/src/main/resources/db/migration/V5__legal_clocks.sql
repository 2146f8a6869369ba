-- Citizens' deadlines as the laws count them (issue: right by law). Each row is one clock of one legal type and step:
-- what it counts (calendar days or working days), how long, from which event, the extensions allowed, the area
-- condition, the text that says so, its validity, and whether that text was read. Replaces deadline_rule, which
-- counted every clock in working days from the assignment.
create table legal_clock (
    legal_type          varchar(20)  not null check (legal_type in ('PETITION', 'COMPLAINT', 'DENUNCIATION')),
    step                varchar(20)  not null check (step in ('ACCEPTANCE', 'RESOLUTION')),
    variant             varchar(30)  not null check (variant in ('STANDARD', 'COMPLEX', 'ESPECIALLY_COMPLEX',
                                                                 'SEVERAL_PLACES')),
    remote_area         boolean      not null,
    valid_from          date         not null,
    valid_to            date,
    day_count           varchar(20)  not null check (day_count in ('CALENDAR_DAYS', 'WORKING_DAYS')),
    length              smallint     not null check (length > 0),
    starts_from         varchar(20)  not null check (starts_from in ('RECEIPT', 'ACCEPTANCE')),
    extensions_allowed  smallint     not null check (extensions_allowed >= 0),
    extension_length    smallint     not null check (extension_length >= 0),
    legal_basis         varchar(400) not null,
    source_verified     boolean      not null,
    primary key (legal_type, step, variant, remote_area, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
insert into legal_clock (legal_type, step, variant, remote_area, valid_from, day_count, length, starts_from,
                         extensions_allowed, extension_length, legal_basis, source_verified) values
    ('COMPLAINT', 'ACCEPTANCE', 'STANDARD', false, '2012-07-01', 'CALENDAR_DAYS', 10, 'RECEIPT', 0, 0,
     'Luật Khiếu nại 2011 (02/2011/QH13), Điều 27: thụ lý trong thời hạn 10 ngày kể từ ngày nhận được khiếu nại', true),
    ('COMPLAINT', 'RESOLUTION', 'STANDARD', false, '2012-07-01', 'CALENDAR_DAYS', 30, 'ACCEPTANCE', 0, 0,
     'Luật Khiếu nại 2011, Điều 28: không quá 30 ngày kể từ ngày thụ lý', false),
    ('COMPLAINT', 'RESOLUTION', 'COMPLEX', false, '2012-07-01', 'CALENDAR_DAYS', 45, 'ACCEPTANCE', 0, 0,
     'Luật Khiếu nại 2011, Điều 28: vụ việc phức tạp không quá 45 ngày kể từ ngày thụ lý', false),
    ('COMPLAINT', 'RESOLUTION', 'STANDARD', true, '2012-07-01', 'CALENDAR_DAYS', 45, 'ACCEPTANCE', 0, 0,
     'Luật Khiếu nại 2011, Điều 28: ở vùng sâu, vùng xa đi lại khó khăn không quá 45 ngày kể từ ngày thụ lý', false),
    ('COMPLAINT', 'RESOLUTION', 'COMPLEX', true, '2012-07-01', 'CALENDAR_DAYS', 60, 'ACCEPTANCE', 0, 0,
     'Luật Khiếu nại 2011, Điều 28: vùng sâu, vùng xa, vụ việc phức tạp không quá 60 ngày kể từ ngày thụ lý', false),
    ('DENUNCIATION', 'ACCEPTANCE', 'STANDARD', false, '2019-01-01', 'WORKING_DAYS', 7, 'RECEIPT', 0, 0,
     'Luật Tố cáo 2018 (25/2018/QH14), Điều 24(1): 07 ngày làm việc kể từ ngày nhận được tố cáo', true),
    ('DENUNCIATION', 'ACCEPTANCE', 'SEVERAL_PLACES', false, '2019-01-01', 'WORKING_DAYS', 10, 'RECEIPT', 0, 0,
     'Luật Tố cáo 2018, Điều 24(1): phải kiểm tra, xác minh tại nhiều địa điểm, không quá 10 ngày làm việc', true),
    ('DENUNCIATION', 'RESOLUTION', 'STANDARD', false, '2019-01-01', 'CALENDAR_DAYS', 30, 'ACCEPTANCE', 0, 0,
     'Luật Tố cáo 2018, Điều 30(1): không quá 30 ngày kể từ ngày thụ lý tố cáo', true),
    ('DENUNCIATION', 'RESOLUTION', 'COMPLEX', false, '2019-01-01', 'CALENDAR_DAYS', 30, 'ACCEPTANCE', 1, 30,
     'Luật Tố cáo 2018, Điều 30(1), (2): vụ việc phức tạp gia hạn một lần, không quá 30 ngày', true),
    ('DENUNCIATION', 'RESOLUTION', 'ESPECIALLY_COMPLEX', false, '2019-01-01', 'CALENDAR_DAYS', 30, 'ACCEPTANCE', 2,
     30, 'Luật Tố cáo 2018, Điều 30(1), (3): vụ việc đặc biệt phức tạp gia hạn hai lần, mỗi lần không quá 30 ngày',
     true),
    ('PETITION', 'RESOLUTION', 'STANDARD', false, '2015-01-01', 'WORKING_DAYS', 10, 'RECEIPT', 1, 10,
     'Luật Tiếp công dân 2013 và Nghị định 64/2014/NĐ-CP (kiến nghị, phản ánh): độ dài, cách đếm ngày và sự kiện '
     || 'bắt đầu CHƯA XÁC MINH; giữ giá trị cũ (10 ngày làm việc, gia hạn 10)', false);

drop table deadline_rule;

-- Communes marked remote or difficult to travel (vùng sâu, vùng xa đi lại khó khăn), dated: complaints there run
-- longer (Luật Khiếu nại 2011, Điều 28). The basis names the decision that lists the commune.
create table difficult_area (
    commune_id  uuid         not null,
    valid_from  date         not null,
    valid_to    date,
    basis       varchar(300) not null,
    recorded_by varchar(200) not null,
    recorded_at timestamptz  not null,
    primary key (commune_id, valid_from),
    check (valid_to is null or valid_to > valid_from)
);

-- The clock an opinion runs on: accepted (thụ lý) when, how complex, whether the intake must check several places,
-- and which step its due date belongs to. The due date may now precede the assignment (a clock from receipt).
alter table opinion
    add column accepted_on    date,
    add column complexity     varchar(20) not null default 'STANDARD'
        check (complexity in ('STANDARD', 'COMPLEX', 'ESPECIALLY_COMPLEX')),
    add column several_places boolean     not null default false,
    add column due_step       varchar(20) check (due_step in ('ACCEPTANCE', 'RESOLUTION')),
    add column clock_started_on date,
    add constraint opinion_accepted_after_receipt check (accepted_on is null or accepted_on >= received_on);
do $$
declare c text;
begin
    select conname into c from pg_constraint
    where conrelid = 'opinion'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%due_on >= assigned_on%';
    execute format('alter table opinion drop constraint %I', c);
end $$;
alter table opinion add constraint opinion_due_after_receipt check (due_on is null or due_on >= received_on);
update opinion set due_step = 'RESOLUTION', clock_started_on = assigned_on,
    accepted_on = case when legal_type <> 'PETITION' then assigned_on end
where due_on is not null;
create index opinion_due on opinion (status, due_on);
