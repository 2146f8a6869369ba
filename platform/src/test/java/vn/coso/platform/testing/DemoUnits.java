package vn.coso.platform.testing;

import java.util.UUID;

/**
 * Ids of the demo units (planning-service's {@code db/demo/R__demo_units.sql}, the realm's demo users) that tests use
 * as fixtures. Sibling communes: {@link #COMMUNE_KA_DO} and {@link #COMMUNE_DRAN}.
 */
public final class DemoUnits {

    /** Đảng bộ tỉnh Lâm Đồng until 30/06/2025. */
    public static final UUID PROVINCE_OLD = UUID.fromString("d812de22-e8ae-47be-b246-fad5d33e86ea");

    /** Đảng bộ tỉnh Lâm Đồng from 01/07/2025. */
    public static final UUID PROVINCE = UUID.fromString("4bd9ae65-6ea9-4caf-8ffc-f3dbdc014ddd");

    /** Huyện ủy Đơn Dương (until 30/06/2025). */
    public static final UUID DISTRICT_DON_DUONG = UUID.fromString("8894a8cd-4ddd-46de-ac91-59cacba90434");

    /** Đảng ủy xã Lạc Xuân (until 30/06/2025). */
    public static final UUID COMMUNE_LAC_XUAN = UUID.fromString("1747da7b-a7eb-4713-9ef4-1cf476f1004d");

    /** Đảng ủy xã Đạ Ròn (until 30/06/2025). */
    public static final UUID COMMUNE_DA_RON = UUID.fromString("1b3abd7e-44c4-4e75-8be4-bde0e88ae7f4");

    /** Đảng ủy xã Quảng Lập (until 30/06/2025). */
    public static final UUID COMMUNE_QUANG_LAP = UUID.fromString("dc638b00-8f2a-46e8-86b3-417d02752c13");

    /** Đảng ủy xã Ka Đơn (until 30/06/2025). */
    public static final UUID COMMUNE_KA_DON = UUID.fromString("c7872131-6cfa-41b9-a8e4-f2cfdb4824e3");

    /** Đảng ủy xã D'Ran (from 01/07/2025; succeeds Lạc Xuân). */
    public static final UUID COMMUNE_DRAN = UUID.fromString("06bba860-31db-46c3-98ea-f6039cf0254f");

    /** Đảng ủy xã Ka Đô (from 01/07/2025; succeeds Quảng Lập and Ka Đơn). */
    public static final UUID COMMUNE_KA_DO = UUID.fromString("abe32a0b-0bca-43b0-8563-5fbe4b5b9188");

    /** Đảng ủy xã Đơn Dương (from 01/07/2025; succeeds Đạ Ròn and Lạc Lâm). */
    public static final UUID COMMUNE_DON_DUONG = UUID.fromString("3bd6c280-0d16-4d76-992d-9ce2eaf1d041");

    /** Chi bộ thôn Lạc Xuân 1. */
    public static final UUID CELL_LAC_XUAN_1 = UUID.fromString("13b607e3-c0f0-4ebf-aa23-5ef9b8227eb8");

    /** Chi bộ Trường THCS Lạc Xuân (a school cell: its admissions are not rural). */
    public static final UUID CELL_LAC_XUAN_SCHOOL = UUID.fromString("e5c57825-6143-4a43-ab55-03f7d9edfc6a");

    /** Chi bộ thôn 1 Quảng Lập. */
    public static final UUID CELL_QUANG_LAP_1 = UUID.fromString("ae861b5a-9d18-4d99-ad4c-13aeb0322634");

    /** Chi bộ thôn 2 Quảng Lập. */
    public static final UUID CELL_QUANG_LAP_2 = UUID.fromString("733284b9-56c0-4498-ba88-f9bd9c46d238");

    /** Chi bộ thôn 1 Đạ Ròn. */
    public static final UUID CELL_DA_RON_1 = UUID.fromString("03a5b1d8-70ed-4440-b565-5b383f129270");

    /** Thôn 1 Quảng Lập. */
    public static final UUID VILLAGE_QUANG_LAP_1 = UUID.fromString("349c3958-9d96-4e68-9d42-14e606b49af3");

    /** Thôn 2 to 5 Quảng Lập: with thôn 1, the five villages of Quảng Lập's rotation. */
    public static final UUID VILLAGE_QUANG_LAP_2 = UUID.fromString("e70b17f5-a9d2-4ede-9ac7-7a7223cfe900");

    public static final UUID VILLAGE_QUANG_LAP_3 = UUID.fromString("fb789f84-5049-41b3-9ab4-97b04b501f64");

    public static final UUID VILLAGE_QUANG_LAP_4 = UUID.fromString("db6329c1-0b18-41e3-9b14-74be4a59f767");

    public static final UUID VILLAGE_QUANG_LAP_5 = UUID.fromString("0f1434a4-590c-4ca9-afb0-042828ce16f4");

    /** Thôn Lạc Xuân 1. */
    public static final UUID VILLAGE_LAC_XUAN_1 = UUID.fromString("f7791117-1f65-49ca-8a03-6f068b655768");

    /** Thôn 1 Đạ Ròn. */
    public static final UUID VILLAGE_DA_RON_1 = UUID.fromString("fe3843e8-52a3-4634-955a-7e5280316c9e");

    /** Ủy ban nhân dân xã Ka Đô. */
    public static final UUID PEOPLES_COMMITTEE_KA_DO = UUID.fromString("ab63f35b-0212-4667-9ee2-d6b50a5e975e");

    /** Văn phòng HĐND và UBND xã Ka Đô. */
    public static final UUID OFFICE_KA_DO = UUID.fromString("f33a70ec-fcff-4ecd-9be3-444843678621");

    private DemoUnits() {
    }
}
