"""The check families verify runs, in order. A family is one module under `families/`
with a `find(doc) -> list[dict]` function returning its checks (see `checks.make`);
adding a family is adding the module and one line here."""
from __future__ import annotations

from .families import (adjusted_prices, amount_adjustments, appraisals, capital_splits, deposit_income, group_totals, listed_totals, price_bounds, holding_tables, dividend_taxes, clause_totals, percent_restated, unit_subscriptions, provision_effects, stake_parts, stake_values, verb_sums, ai_compute, buyback_counts, convertible_bonds, meeting_votes, sector_pulls, share_shifts, amount_changes, level_changes, quarter_levels, column_sums, pulls, tallies, index_contributions, parallel_parts, crop_yields, median_ratios, share_moves, growth_contributions, quantity_shares, stated_identities, table_trees, unit_restatements, bracketed_shares, flat_rows, list_means, cash_ratios, listed_shares, listed_part_shares, part_margins, column_averages, dupont, monthly, net_change, repeated, change_columns, column_ratios, common_size, comparables, conversions, count_shares, daily_averages, deductions, defined_ratios, dividend, expense_ratios, named_shares, named_sums, offering, per_share, section_totals, forecast_ranges, growth, growth_gaps, margins, market, movements,
                       listed_growths, operating_ratios, parts, partitions, product_identities, qualified_parts, ratio_spreads, performance, period_sums, price_mix, progress, quarter_lists, range_midpoints, restated, results, revised_lists, revisions, row_ratios, segment_tables, segments, series_growths, share_capital, share_deals, share_of_total, spreads, stated_cagr, sum_of_parts, unit_margins,
                       share_lists, stated_change, stated_gaps, stated_margins, stated_shares, target, totals, unit_slips, unit_values, unstated_wholes, valuation, volume_price, written_arithmetic, written_ratios, year_ago_columns)

FAMILIES = [
    ("ai_compute", ai_compute.find),    # compute, GPUs, servers, prices, demand (industry notes)
    ("stated_cagr", stated_cagr.find),  # '从2022年的82万吨提升至2025年的232万吨,CAGR达42%': a CAGR between two figures stated with their years
    ("totals", totals.find),            # 合计/总计 and statement identities from their listed parts
    ("growth", growth.find),            # 同比/增长率 rows from the amounts of the same line item
    ("margins", margins.find),          # 毛利率, 净利率, 资产负债率, 流动比率 from amounts
    ("valuation", valuation.find),      # PE/PB × EPS/BVPS is one price; upside from target and close
    ("comparables", comparables.find),  # 平均值/中值 rows of a comparables table
    ("period_sums", period_sums.find),  # a quarter from the year and 前三季度 it completes (Q4 = year − 前三季度)
    ("restated", restated.find),        # one line item, ratio or per-share figure printed in two tables agrees
    ("revisions", revisions.find),      # 调整前/调整后/变动: each change from the old and the new forecast
    ("revised_lists", revised_lists.find),  # '由8.0/9.0亿元上调至10.0/11.0亿元，上调幅度分别为25%/22%': new ÷ earlier − 1
    ("results", results.find),          # sentences on line items (同比, 环比, 个百分点, 分别为, CAGR, PE) against the tables
    ("target", target.find),            # a target price at a multiple of one year's EPS/BVPS
    ("market", market.find),            # the first page's 总市值, 流通市值, 市净率 from the close
    ("stated_change", stated_change.find),  # '单价6639元/片，较2023年的6967元下降4.71%': a change between two stated figures
    ("amount_changes", amount_changes.find),  # '销量3434万吨,同比+15万吨(+0.4%),环比-9万吨(-0.3%)': change ÷ (amount − change)
    ("parts", parts.find),              # '新增贷款88亿，对公/票据/零售分别新增66/19/3亿': a stated total from the parts listed after it
    ("dividend", dividend.find),        # '每股不低于0.22元,当前股息率不低于4.88%': a yield from the dividend per share and the close
    ("performance", performance.find),  # a backtest's 卡玛比率, 夏普比率, 信息比率, 超额收益 from its returns and risks
    ("movements", movements.find),      # a note's 期末余额 = 期初余额 + 本期增加 − 本期减少, row by row
    ("per_share", per_share.find),      # '归母净资产100.0亿元,总股本10.00亿股,每股净资产10.00元': the amount ÷ the shares
    ("share_deals", share_deals.find),  # '转让6300万股…转让价款14.7亿元…定价23.337元/股': shares × price per share
    ("share_capital", share_capital.find),  # '注销完成后,公司总股本将由2,368,966,150股减少为2,358,968,436股' less the 9,997,714 cancelled; '每10股转增4股'
    ("adjusted_prices", adjusted_prices.find),  # '转股价格为11.50元/股…调整后…11.48元/股' less '折算每股现金红利为0.0217230元'
    ("buyback_counts", buyback_counts.find),  # '回购资金总额不低于8,000万元且不超过12,000万元…55.45元/股…预计回购数量为1,442,742股至2,164,111股'
    ("convertible_bonds", convertible_bonds.find),  # '发行可转换公司债券400万张,每张面值100元…4亿元'; '未转股…3.99889亿元,占发行总量的99.9723%'
    ("meeting_votes", meeting_votes.find),  # '股东558人,代表股份458,054,680股…其中:…现场…2人…网络…556人'; '同意A股,占…;反对B股…;弃权C股…'
    ("amount_adjustments", amount_adjustments.find),  # '在原审批担保额度2.3亿元的基础上…不超过2亿元…增至人民币4.3亿元': before + change
    ("verb_sums", verb_sums.find),  # '计提应收款项坏账准备8262.33万元,计提存货减值准备283.01万元,…。…整体变动为计提18810.63万元'
    ("stated_gaps", stated_gaps.find),  # '实际余额22,422.57万元,与应结余57,222.57万元的差异34,800万元': the larger less the smaller
    ("provision_effects", provision_effects.find),  # '计提减值准备合计…7,759.45万元,转销减少3,994.93万元,影响…利润总额3,764.52万元'
    ("capital_splits", capital_splits.find),  # '以11,300.00万元的价格认缴…注册资本7,258.65万元,溢价部分4,041.35万元计入…资本公积'
    ("appraisals", appraisals.find),  # '评估值10,850.00万元,评估增值3,245.80万元,增值率42.68%': the increment over the book value
    ("stake_values", stake_values.find),  # '全部股东权益评估值为2,893,040.38万元,…47.09%股权评估值为1,362,332.72万元'
    ("stake_parts", stake_parts.find),  # '…70%的股权,其中…42%股权,…28%股权'
    ("deposit_income", deposit_income.find),  # '…91天…收回本金人民币1500万元,取得理财收益为人民币142,109.59元,实际年化收益率3.80%'
    ("listed_totals", listed_totals.find),  # '使用人民币4500万元…,分别向…购买人民币1500万元…、向…购买人民币3000万元'; '总收益…' over '收益分别为…'
    ("price_bounds", price_bounds.find),  # '累计回购股份4,587,845股…最高成交价为19.998元/股、最低成交价为13.71元/股,支付总金额为…79,794,047.03元'
    ("holding_tables", holding_tables.find),  # '| 中央汇金投资有限责任公司 | … | 124,004,660,940 | 34.79 |': each holding's share of the whole the other rows imply
    ("dividend_taxes", dividend_taxes.find),  # '每10股派8.000000元(含税;扣税后,…QFII…每10股派7.200000元': the dividend less its tax
    ("clause_totals", clause_totals.find),  # '…数量为427.56万份,占…0.847%;…数量为18.44万份,占…0.037%;合计…数量为446万份,占…0.884%'
    ("percent_restated", percent_restated.find),  # '回购股份交易均价110.01元/股的50%,即55.00元/股': the amount × its percentage
    ("unit_subscriptions", unit_subscriptions.find),  # '筹集资金总额上限为3981.00万元…每份…1元…份数上限为3981.00万份'
    ("deductions", deductions.find),  # '募集资金总额…49,028.50万元,扣除发行费用…5,585.48万元后,募集资金净额为…43,443.01万元': amount − fee
    ("offering", offering.find),        # '每股发行价18.00元…发行市盈率14.75倍…发行后每股收益1.22元': an offering's terms at its price
    ("share_lists", share_lists.find),  # '3奈米23%,5奈米37%,7奈米14%,其他共36%': shares of one whole make 100
    ("named_shares", named_shares.find),  # '收入结构如下:经纪20.6%、投行6.1%…' over the amounts stated by those names
    ("stated_margins", stated_margins.find),  # '净营收1024.66亿美元…毛利润483.41亿美元,毛利率47.2%': the profit over the revenue (not company reports)
    ("stated_shares", stated_shares.find),  # '自营业务收入1123.54亿元…占总营收44.61%' over the 营业收入 the text stated before (not company reports)
    ("unstated_wholes", unstated_wholes.find),  # '60,000万元,占…经审计净资产的9.27%', '119,852.47万元,占…净资产的18.51%': one whole implied
    ("named_sums", named_sums.find),    # '自营与经纪业务合计收入1758.08亿元' from '自营业务收入1123.54亿元', '经纪业务…634.54亿元' (not company reports)
    ("written_ratios", written_ratios.find),  # '现金分红总额/归母净利润 = 2.22亿元/1.59亿元 ≈ 139.62%': a division written out
    ("written_arithmetic", written_arithmetic.find),  # '7e9×512×500×3600 ≈ 6.45×10^18': arithmetic written out with its result
    ("defined_ratios", defined_ratios.find),  # '管理费率(占证券主营业务收入比)为47.4%': the stem's amount ÷ the named one
    ("section_totals", section_totals.find),  # an untyped statement's 'X合计' = the lines under its heading X
    ("group_totals", group_totals.find),  # '| | 小计 | | 1,064,814.73 |' over the rows of its group; a 合计 over the 小计s
    ("table_trees", table_trees.find),  # a yearbook table's '保费收入' row from the rows after it that make it up, found by their sums; a 合计 column
    ("common_size", common_size.find),  # '营业成本合计 | 852,519 | 82.53' under '营业收入合计 | 1,032,936 | 100.00': amount ÷ base × 100
    ("column_ratios", column_ratios.find),  # '现金分红的数额 | …净利润 | 占…净利润的比率(%)': a ratio column from its row's amounts
    ("row_ratios", row_ratios.find),    # '研发投入占营业收入的比例(%) | 30.83 | 增加18.46个百分点': a ratio row from the rows it names
    ("change_columns", change_columns.find),  # '收入 192,869 167,193 15% 184,504 5%' under 同比变动/环比变动: first ÷ each − 1
    ("year_ago_columns", year_ago_columns.find),  # '本年 本月 | 上年同期 上年本月 | 增长(%) 本月': this year's ÷ the year before's − 1
    ("segment_tables", segment_tables.find),  # '分产品 | 营业收入 | 占比': each part's share from its amount over the group's whole
    ("segments", segments.find),        # a total revenue's growth from its segments' amounts and growths (the mix)
    ("forecast_ranges", forecast_ranges.find),  # 业绩预告: '净利润1.01亿元-1.09亿元,同比增长28.63%-38.82%', end by end
    ("unit_values", unit_values.find),  # '销售金额80.55亿元…面积61.42万平方米…平均价格每平方米13115元': amount ÷ quantity
    ("unit_margins", unit_margins.find),  # '吨煤售价523元/吨…吨煤成本327元/吨…吨煤毛利196元/吨': price − cost, and their changes
    ("price_mix", price_mix.find),      # '其中动力煤/炼焦煤销量3183/251万吨…售价442/993元/吨' make '自产煤售价482元/吨': Σ volume × price ÷ Σ volume
    ("progress", progress.find),        # '目标1200亿元…前8个月累计751.36亿元…完成年度目标约63%': so far ÷ target
    ("quarter_lists", quarter_lists.find),  # a sector's '25Q1/Q2/Q3收入5586/5593/5588亿元' add up to its 'Q1-Q3收入16766.9亿元'
    ("count_shares", count_shares.find),  # '选取了388家…正增长的公司有197家,占比51%': count ÷ population
    ("share_of_total", share_of_total.find),  # '新能源汽车新车销量达到汽车新车总销量的49.7%' over both subjects' 销量
    ("growth_gaps", growth_gaps.find),  # '增长5.3%,高于GDP增速1.1个百分点': a growth less the one it is compared with
    ("partitions", partitions.find),    # a release's '按经营单位所在地分,城镇…;乡村…' add up to its total; '占…比重为22.7%'
    ("qualified_parts", qualified_parts.find),  # '原保险保费收入27449.58亿元' from '产险业务原保险保费收入…;寿险业务原保险保费收入…': parts named by the total's name
    ("stated_identities", stated_identities.find),  # '出生率6.13‰…死亡率8.38‰…自然增长率-2.25‰', '性别比104.33' after 男性/女性: data/identities.json
    ("quantity_shares", quantity_shares.find),  # '全省常住人口共8367.5万人…男性人口为4229万人,占50.54%': a counted amount over the whole it names or the nearest before
    ("share_moves", share_moves.find),  # '…4218.20万人,比上年增加135.37万人…占…87.78%,比上年提高3.05个百分点': the share less last year's, from the amounts' changes
    ("tallies", tallies.find),          # '八大类价格“六升二降”:食品烟酒类价格上涨6.0%,…' against the items listed after it
    ("parallel_parts", parallel_parts.find),  # '贸易收入14322亿元,支出13352亿元,顺差970亿元。其中,货物贸易收入…,支出…,顺差…;服务贸易…': each measure's parts
    ("index_contributions", index_contributions.find),  # '生产资料…影响…总水平下降约2.56个百分点…生活资料…上涨约0.19个百分点' make the index's −2.4%; 翘尾 + 新涨价
    ("median_ratios", median_ratios.find),  # '城镇居民人均可支配收入中位数18048元,…是平均数的91.3%': the median over the same people's mean
    ("growth_contributions", growth_contributions.find),  # '收入2044亿元,同比增长4.2%,…拉动电信业务收入增长0.6个百分点': the part's change over the whole's level a year before
    ("expense_ratios", expense_ratios.find),  # '期间费用率为11.68%…其中销售/管理/研发/财务费用率分别为1.95%/4.04%/4.27%/1.42%': the sum
    ("unit_slips", unit_slips.find),    # '新增社融19,900亿元' printed again as '19,900万亿元': a 万/亿 slip
    ("product_identities", product_identities.find),  # 'ADR为304元…OCC为84.1%…RevPAR为256元': a product of two stated before it
    ("sum_of_parts", sum_of_parts.find),  # '目标市值507亿元由三部分构成:饲料业务估值180亿元…养殖业务估值250亿元(…1668万头,头均市值1500元)…': the parts' sum
    ("daily_averages", daily_averages.find),  # '9月份,生产原煤3.9亿吨,…,日均产量1289万吨': the month's total ÷ its calendar days
    ("series_growths", series_growths.find),  # '642.66亿元,同比增长5.4%' on the 609.76亿 a '2017-2019年票房分别为…' series lists for the year before; a share's move in points on a series of percentages
    ("listed_growths", listed_growths.find),  # '2025-2027年饲料外销量分别达到2,953万吨、3,246万吨、3,567万吨,同比增速分别为20.9%、9.9%、9.9%'
    ("cash_ratios", cash_ratios.find),  # '经营性现金流净额19.67亿元…净现比达1.22' after '归母净利润16.19亿元': cash ÷ the line (data/cash_ratios.json)
    ("ratio_spreads", ratio_spreads.find),  # '毛利率79.8%(yoy+2.0pct)…销售费率39.1%(+16.1pct)…毛销差40.7%(同比-14.2pct)': the first less the second
    ("spreads", spreads.find),          # 'M1≈8.6%,M2≈5.6%,M1–M2差值≈3.0%': the first rate less the second
    ("conversions", conversions.find),  # '收入为人民币2071.76亿元(合291.24亿美元)': at the printed rate, else at the one rate the text's others share
    ("unit_restatements", unit_restatements.find),  # '2802万吨(560.4亿斤)', '4734千公顷(7101万亩)': one quantity in two units of its measure
    ("crop_yields", crop_yields.find),  # '早稻总产量2802万吨…播种面积4734千公顷…单产5918公斤/公顷': output ÷ sown area
    ("repeated", repeated.find),        # a passage printed twice (a first page's bullet again in the body) gives the same figures
    ("monthly", monthly.find),          # a table of months: 月增率, 年增率, 累計營收, 近三月累計 from each month's amount
    ("column_sums", column_sums.find),  # a space-set table's lines: '2000 568.07 133.24 323.33 111.5 …', one figure the sum of those after it
    ("column_averages", column_averages.find),  # '近5年平均' beside a row of years: the mean of its latest five
    ("dupont", dupont.find),            # ROA = 净利率 × 总资产周转率, ROE = ROA × 权益乘数, column by column
    ("level_changes", level_changes.find),  # '今年前三季度…474.7万对' … '2023年前三季度…569.0万对' … '同比减少94.3万对'
    ("quarter_levels", quarter_levels.find),  # '2022年…683.3万对' … '2022年一季度…210.7万对,二季度为162.5万对,…': the quarters' sum
    ("share_shifts", share_shifts.find),  # '林业、牧业…比重分别提高0.4个、1.1个、0.4个百分点;农业和渔业…分别下降1.8和0.1个百分点': every member's, to nothing
    ("sector_pulls", sector_pulls.find),  # '贡献率109.7%,上拉全市工业增加值增速10.6个百分点;…': contribution × growth, shares/contributions/pulls summed
    ("pulls", pulls.find),              # '贡献率分别为6%、41.4%、52.6%,分别拉动GDP增长0.7个、5.1个、6.5个百分点': contribution × the GDP's growth
    ("net_change", net_change.find),    # '新开门店120家,关闭门店30家,净增门店90家': the additions less the reductions
    ("operating_ratios", operating_ratios.find),  # '旅客周转量533.50亿客公里…客运运力657.58亿座公里…客座率81.13%': RPK ÷ ASK
    ("volume_price", volume_price.find),  # '营收同比17.12%,量价分别同比+25.71%/-6.84%': (1 + volume) × (1 + price) − 1
    ("part_margins", part_margins.find),  # '西北区营业收入38.84亿元,营业成本19.65亿元,毛利率49.42%': a part's (revenue − cost) ÷ revenue
    ("listed_shares", listed_shares.find),  # '中高档酒类/其他酒类分别实现营收275.85/34.67亿元…其他酒类…占比至11.17%': a part over the parts listed
    ("listed_part_shares", listed_part_shares.find),  # '至172亿元、37.41亿元及2.29亿元,分占总营业额79.9%、17.4%及1.1%': each over the whole
    ("list_means", list_means.find),    # '2025-2026年BVPS分别为9.40、9.53元(均值9.47元)': the mean of the figures listed before it
    ("bracketed_shares", bracketed_shares.find),  # '一线城市2356家(占比4.9%)、新一线城市8878家(18.4%)、…': a counted part over the parts' sum or the total before
    ("flat_rows", flat_rows.find),      # '销售电力 95,334 109,593 (14,259) (13.0%)' under '变动 变动百分比': a table run into one line
    ("range_midpoints", range_midpoints.find),  # '净利润1.37-1.58亿,同比增30-50%,…中值为1.47亿,同比增40%': each range's (low + high) ÷ 2
]
