-- The age rule's point read in the text after V8: Quy định 24-QĐ/TW, 1.1.1 (18 to 60 full years, counted by month, on
-- the day the cell considers the admission) and 1.1.2 (over 60 only by decision of a committee directly under the
-- Central Committee), as quoted by thukyluat.vn; 232-QĐ/TW keeps them (thuvienphapluat.vn, Điều 1).
update rule_set set
    legal_basis = legal_basis || jsonb_build_object('MEM-AGE',
        'Điều lệ Đảng, Điều 1 khoản 2; Quy định ' || case id when 'QD24-2021' then '24-QĐ/TW ngày 30/7/2021'
                                                          else '232-QĐ/TW ngày 20/01/2025' end
        || ', điểm 1.1.1 (đủ 18 đến đủ 60 tuổi, tính theo tháng, tại thời điểm chi bộ xét kết nạp) và 1.1.2 (trên 60 '
        || 'tuổi do cấp ủy trực thuộc Trung ương xem xét, quyết định)'),
    legal_basis_checked = legal_basis_checked || jsonb_build_object('MEM-AGE',
        case id when 'QD24-2021' then 'điểm 1.1.1–1.1.2 theo nguyên văn Quy định 24-QĐ/TW (thukyluat.vn, 16/8/2021)'
                else 'Điều 1 của Quy định 232-QĐ/TW theo thuvienphapluat.vn' end)
where id in ('QD24-2021', 'QD232-2025');
