-- Demo dialogue data (dev stack only): Ka Đô keeps Quảng Lập's model in 2026, the last Friday of each month rotating
-- through the five villages of former Quảng Lập; ten sessions held (245 people, 50 speakers), two still planned;
-- opinions in every state, so that demo-officer, demo-handler and demo-supervisor each find their work.
-- Runs only where the placeholder demo is true; ids are derived from names, so re-running changes nothing.
do $demo$
declare
    ka_do     constant uuid := 'abe32a0b-0bca-43b0-8563-5fbe4b5b9188';
    office    constant uuid := 'f33a70ec-fcff-4ecd-9be3-444843678621';
    villages  constant uuid[] := array['349c3958-9d96-4e68-9d42-14e606b49af3', 'e70b17f5-a9d2-4ede-9ac7-7a7223cfe900',
                                       'fb789f84-5049-41b3-9ab4-97b04b501f64', 'db6329c1-0b18-41e3-9b14-74be4a59f767',
                                       '0f1434a4-590c-4ca9-afb0-042828ce16f4']::uuid[];
    fridays   constant date[] := array['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29',
                                       '2026-06-26', '2026-07-31', '2026-08-28', '2026-09-25', '2026-10-30',
                                       '2026-11-27', '2026-12-25']::date[];
    schedule  constant uuid := md5('demo-schedule-kado-2026')::uuid;
    today     date := (now() at time zone 'Asia/Ho_Chi_Minh')::date;
    i int;
    s uuid;
begin
if '${demo}' <> 'true' then
    return;
end if;
if exists (select 1 from dialogue_schedule where id = schedule) then
    return;
end if;

insert into dialogue_schedule (id, commune_id, kind, weekday, villages, host, place, starts_on, ends_on,
                               holiday_policy)
values (schedule, ka_do, 'MONTHLY_LAST_WEEKDAY', 'FRIDAY', villages, 'Bí thư Đảng ủy xã Ka Đô',
        'Nhà văn hóa thôn', '2026-01-01', '2026-12-31', 'PREVIOUS_WORKING_DAY');

for i in 1..12 loop
    s := md5('demo-session-' || i)::uuid;
    insert into dialogue_session (id, level, commune_id, village_id, held_on, place, status, schedule_id, host,
                                  attendees, households, speakers, agenda, conclusion_number, conclusion_date,
                                  recorded_by, recorded_at, created_at)
    values (s, 'COMMUNE', ka_do, villages[(i - 1) % 5 + 1], fridays[i], 'Nhà văn hóa thôn',
            case when i <= 10 then 'CONCLUDED' else 'PLANNED' end, schedule,
            case when i <= 10 then 'Bí thư Đảng ủy xã Ka Đô' end,
            case when i <= 10 then case when i % 2 = 1 then 25 else 24 end end,
            case when i <= 10 then 20 end,
            case when i <= 10 then 5 end,
            case when i <= 10 then 'Xã báo cáo tình hình kinh tế - xã hội; người dân phát biểu' end,
            case when i <= 10 then (30 + i) || '-TB/ĐU' end,
            case when i <= 10 then fridays[i] + 7 end,
            case when i <= 10 then 'demo-officer' end,
            case when i <= 10 then fridays[i] + 1 end, now());
end loop;

-- opinions of the October session: one in each state
perform 1;
insert into opinion (id, tracking_code, session_id, channel, commune_id, village_id, speaker_name, topic, legal_type,
                     text, received_on, status, answered_by, answer, handler_unit_id, assigned_on, due_on,
                     extensions, extension_days, reply, replied_on, reply_sent_on, reopened)
values
    (md5('demo-op-spot')::uuid, 'DEMO2SPOT2AN', md5('demo-session-10')::uuid, 'SESSION', ka_do, villages[5],
     'Ông K''Brêu', 'LIGHTING', 'PETITION', 'Đề nghị lắp đèn đường đoạn qua trường tiểu học', '2026-10-30',
     'ANSWERED_ON_SPOT', 'Chủ tịch UBND xã', 'Xã lắp 12 bóng đèn trong tháng 11', null, null, null, 0, 0, null,
     '2026-10-30', null, 0),
    (md5('demo-op-received')::uuid, 'DEMO3RECEIVE', md5('demo-session-10')::uuid, 'SESSION', ka_do, villages[5],
     null, 'FARM_PRICES_MARKETS', 'PETITION', 'Giá cà phê xuống thấp, đề nghị hỗ trợ tìm đầu ra', today - 1,
     'RECEIVED', null, null, null, null, null, 0, 0, null, null, null, 0),
    (md5('demo-op-ontime')::uuid, 'DEMO4ONTIME4', md5('demo-session-10')::uuid, 'SESSION', ka_do, villages[5],
     'Bà Ka Sô Liêng', 'RURAL_ROADS', 'PETITION', 'Đường liên thôn bị sạt lở sau mưa', today - 3, 'ASSIGNED', null,
     null, office, today - 2, today + 12, 0, 0, null, null, null, 0),
    (md5('demo-op-overdue')::uuid, 'DEMO5OVERDUE', md5('demo-session-9')::uuid, 'SESSION', ka_do, villages[4],
     'Ông Ya Tuấn', 'LAND', 'PETITION', 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất', '2026-09-25', 'ASSIGNED',
     null, null, office, '2026-09-28', today - 5, 0, 0, null, null, null, 0),
    (md5('demo-op-veryoverdue')::uuid, 'DEMO6VERYLAT', md5('demo-session-8')::uuid, 'SESSION', ka_do, villages[3],
     'Ông Bon Niêng Ha', 'ENVIRONMENT', 'COMPLAINT', 'Trại heo xả thải ra suối', '2026-08-28', 'ASSIGNED', null,
     null, office, '2026-08-31', today - 25, 1, 10, null, null, null, 0),
    (md5('demo-op-replied')::uuid, 'DEMO7REPLIED', md5('demo-session-9')::uuid, 'SESSION', ka_do, villages[4],
     'Bà Liêng Hót Nhung', 'SOCIAL_WELFARE', 'PETITION', 'Hộ nghèo chưa được hỗ trợ sửa nhà', '2026-09-25',
     'REPLIED', null, null, office, '2026-09-28', '2026-10-12', 0, 0,
     'Xã đã đưa vào danh sách hỗ trợ năm 2027', '2026-10-09', null, 0),
    (md5('demo-op-closed')::uuid, 'DEMO8CLOSED8', md5('demo-session-7')::uuid, 'SESSION', ka_do, villages[2],
     'Ông Đinh Văn Khải', 'ADMINISTRATIVE_PROCEDURES', 'PETITION', 'Thủ tục chứng thực còn chậm', '2026-07-31',
     'CLOSED', null, null, office, '2026-08-03', '2026-08-17', 0, 0,
     'Bộ phận một cửa bố trí thêm một cán bộ tiếp nhận', '2026-08-12', '2026-08-13', 0),
    (md5('demo-op-reopened')::uuid, 'DEMO9REOPENS', md5('demo-session-6')::uuid, 'SESSION', ka_do, villages[1],
     'Ông Ha Văn Tuấn', 'SECURITY_ORDER', 'PETITION', 'Thanh niên tụ tập đua xe ban đêm', '2026-06-26', 'ASSIGNED',
     null, null, office, today - 1, today + 13, 0, 0, null, null, null, 1),
    (md5('demo-op-online')::uuid, 'DEMOAONLINE2', null, 'ONLINE', ka_do, villages[1], null, 'CONSTRUCTION_ORDER',
     'PETITION', 'Công trình xây dựng lấn chiếm hành lang đường', today - 2, 'RECEIVED', null, null, null, null,
     null, 0, 0, null, null, null, 0);

insert into opinion_event (opinion_id, kind, occurred_at, actor, note, assessment)
select md5(k)::uuid, e, now(), a, n, x::varchar
from (values
    ('demo-op-spot', 'RECORDED', 'demo-officer', null, null),
    ('demo-op-spot', 'ANSWERED_ON_SPOT', 'demo-leader', null, null),
    ('demo-op-received', 'RECORDED', 'demo-officer', null, null),
    ('demo-op-ontime', 'ASSIGNED', 'demo-leader', null, null),
    ('demo-op-overdue', 'ASSIGNED', 'demo-leader', null, null),
    ('demo-op-veryoverdue', 'ASSIGNED', 'demo-leader', null, null),
    ('demo-op-veryoverdue', 'EXTENDED', 'demo-handler', 'Chờ kết quả quan trắc môi trường', null),
    ('demo-op-replied', 'REPLIED', 'demo-handler', null, null),
    ('demo-op-closed', 'REPLY_SENT', 'demo-handler', null, null),
    ('demo-op-closed', 'ASSESSED', 'demo-supervisor', 'Trả lời đầy đủ', 'ACCEPTED'),
    ('demo-op-reopened', 'REPLIED', 'demo-handler', 'Sẽ tăng cường tuần tra', null),
    ('demo-op-reopened', 'ASSESSED', 'demo-supervisor', 'Chưa nêu biện pháp cụ thể', 'INSUFFICIENT'),
    ('demo-op-reopened', 'REOPENED', 'demo-supervisor', null, null),
    ('demo-op-online', 'SUBMITTED_ONLINE', 'anonymous', null, null)) as t(k, e, a, n, x);
end
$demo$;
