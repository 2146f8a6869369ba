-- Categories as flags beside the one occupation (issue 13): a farmer in the militia counts as a farmer and as militia;
-- demobilised soldiers, commune police and security team leaders (seeds 002, 004) get their own; the trade union
-- joins the organisations that propose candidates. The education requirement becomes rule data.
alter table candidate
    add column militia                 boolean not null default false,
    add column demobilised_soldier     boolean not null default false,
    add column commune_police          boolean not null default false,
    add column security_team_leader    boolean not null default false,
    add column lives_in_difficult_area boolean not null default false;
update candidate set militia = true, occupation = 'OTHER' where occupation = 'MILITIA';

-- the organisation that proposed the candidate, frozen with each event like the categories
alter table membership_event add column source_organisation varchar(30);
update membership_event e set source_organisation = c.source_organisation
from candidate c where c.id = e.candidate_id;

-- Quy định 24-QĐ/TW (and 232, 294), điểm 1.2.1: lower secondary school; Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 1.2:
-- in mountain, border, island and ethnic-minority areas and areas of particular hardship, or for fishermen working at
-- sea, at least the primary programme completed
alter table rule_set
    add column min_general_education varchar(30) not null default 'LOWER_SECONDARY'
        check (min_general_education in ('PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY')),
    add column min_general_education_difficult_area varchar(30) not null default 'PRIMARY'
        check (min_general_education_difficult_area in ('PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY'));
update rule_set set
    legal_basis = legal_basis || jsonb_build_object('MEM-EDUCATION',
        'Quy định ' || case id when 'QD24-2021' then '24-QĐ/TW' when 'QD232-2025' then '232-QĐ/TW' else '294-QĐ/TW' end
        || ', điểm 1.2.1 (bằng tốt nghiệp trung học cơ sở trở lên) và 1.2.2; '
        || case id when 'QD294-2025' then 'Hướng dẫn 06-HD/TW ngày 09/6/2025, điểm 1.2'
                   else 'Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 1.2' end
        || ' (miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn: tối thiểu hoàn thành '
        || 'chương trình tiểu học)'),
    legal_basis_checked = legal_basis_checked || jsonb_build_object('MEM-EDUCATION',
        case id when 'QD24-2021' then 'điểm 1.2.1–1.2.2 theo nguyên văn (thukyluat.vn); 01-HD/TW điểm 1.2 theo vndoc.com và boxhoidap.com'
                when 'QD232-2025' then 'Điều 1 của Quy định 232-QĐ/TW theo thuvienphapluat.vn (20/01/2025)'
                else 'điểm 1.2 của Hướng dẫn 06-HD/TW: chỉ biết nội dung chung (bhtpa.dongnai.gov.vn); số điểm chưa đối chiếu' end);
-- 06-HD/TW's own point is not verified: the 294 set must not claim it was
update rule_set set legal_basis_checked = legal_basis_checked - 'MEM-EDUCATION' where id = 'QD294-2025';
