-- The candidate's dossier (DOMAIN.md §2): code lists, the fields the reports count by, and name search.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Vietnamese alphabetical order (ă after a, đ after d, tones after the base letter)
create collation if not exists vi_vn (provider = icu, locale = 'vi-VN');

-- Lower case without diacritics, đ as d: "Nguyễn Văn Đức" -> "nguyen van duc". Immutable so that it can be indexed.
create function fold(text) returns text language sql immutable strict parallel safe as
$$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- The 54 ethnic groups of Vietnam, with the General Statistics Office's codes (Quyết định 121-TCTK/PPCĐ, 1979)
create table ethnicity (
    code     char(2)     primary key,
    name     varchar(40) not null unique,
    majority boolean     not null default false
);
insert into ethnicity (code, name, majority) values
    ('01', 'Kinh', true), ('02', 'Tày', false), ('03', 'Thái', false), ('04', 'Hoa', false),
    ('05', 'Khmer', false), ('06', 'Mường', false), ('07', 'Nùng', false), ('08', 'Mông', false),
    ('09', 'Dao', false), ('10', 'Gia Rai', false), ('11', 'Ngái', false), ('12', 'Ê Đê', false),
    ('13', 'Ba Na', false), ('14', 'Xơ Đăng', false), ('15', 'Sán Chay', false), ('16', 'Cơ Ho', false),
    ('17', 'Chăm', false), ('18', 'Sán Dìu', false), ('19', 'Hrê', false), ('20', 'Mnông', false),
    ('21', 'Ra Glai', false), ('22', 'Xtiêng', false), ('23', 'Bru - Vân Kiều', false), ('24', 'Thổ', false),
    ('25', 'Giáy', false), ('26', 'Cơ Tu', false), ('27', 'Gié Triêng', false), ('28', 'Mạ', false),
    ('29', 'Khơ Mú', false), ('30', 'Co', false), ('31', 'Tà Ôi', false), ('32', 'Chơ Ro', false),
    ('33', 'Kháng', false), ('34', 'Xinh Mun', false), ('35', 'Hà Nhì', false), ('36', 'Chu Ru', false),
    ('37', 'Lào', false), ('38', 'La Chí', false), ('39', 'La Ha', false), ('40', 'Phù Lá', false),
    ('41', 'La Hủ', false), ('42', 'Lự', false), ('43', 'Lô Lô', false), ('44', 'Chứt', false),
    ('45', 'Mảng', false), ('46', 'Pà Thẻn', false), ('47', 'Cờ Lao', false), ('48', 'Cống', false),
    ('49', 'Bố Y', false), ('50', 'Si La', false), ('51', 'Pu Péo', false), ('52', 'Brâu', false),
    ('53', 'Ơ Đu', false), ('54', 'Rơ Măm', false);

-- Religions recognised in Vietnam, and none
create table religion (
    code varchar(20) primary key,
    name varchar(60) not null unique
);
insert into religion (code, name) values
    ('NONE', 'Không'), ('BUDDHISM', 'Phật giáo'), ('CATHOLICISM', 'Công giáo'), ('PROTESTANTISM', 'Tin lành'),
    ('CAO_DAI', 'Cao Đài'), ('HOA_HAO', 'Phật giáo Hòa Hảo'), ('ISLAM', 'Hồi giáo'), ('BAHAI', 'Baha''i'),
    ('TU_AN_HIEU_NGHIA', 'Tịnh độ Cư sĩ Phật hội Việt Nam'), ('BUU_SON_KY_HUONG', 'Bửu Sơn Kỳ Hương'),
    ('MINH_SU_DAO', 'Minh Sư đạo'), ('MINH_LY_DAO', 'Minh Lý đạo'), ('BRAHMANISM', 'Bà-la-môn'),
    ('OTHER', 'Khác');

alter table candidate
    add column ethnicity_code         char(2)      not null default '01' references ethnicity,
    add column religion_code          varchar(20)  not null default 'NONE' references religion,
    add column general_education      varchar(20)  not null default 'LOWER_SECONDARY'
        check (general_education in ('PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY')),
    add column professional_education varchar(200),
    add column political_theory       varchar(20)  not null default 'NONE'
        check (political_theory in ('NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED')),
    add column occupation             varchar(30)  not null default 'OTHER',
    add column youth_union            boolean      not null default false,
    add column trade_union            boolean      not null default false,
    add column village_military_leader boolean     not null default false,
    add column security_team          boolean      not null default false,
    add column source_organisation    varchar(30)  not null default 'OTHER',
    add column helper_name            varchar(200),
    add column phone                  varchar(30),
    add column address                varchar(300),
    add column married                boolean      not null default false,
    add column raised_by_guardian     boolean      not null default false,
    add column adult_children         smallint     not null default 0 check (adult_children between 0 and 30),
    add column listed_on              date         not null default current_date,
    add column stage                  varchar(30)  not null default 'LISTED',
    add column closed_on              date,
    add column closed_reason          varchar(1000),
    add column provincial_approval    varchar(100),
    add column erased_at              timestamptz,
    -- for search and sorting: folded full name, and the given name (the last word), by which Vietnamese lists sort
    add column search_key             text generated always as (fold(full_name)) stored,
    add column given_name             varchar(200) generated always as
        (regexp_replace(full_name, '^.*\s', '')) stored;

alter table candidate alter column ethnicity_code drop default,
                      alter column religion_code drop default,
                      alter column listed_on drop default;

create index candidate_search on candidate using gin (search_key gin_trgm_ops);
create index candidate_cell_order on candidate (cell_id, given_name collate vi_vn, full_name collate vi_vn, id);
create index candidate_stage on candidate (stage);
