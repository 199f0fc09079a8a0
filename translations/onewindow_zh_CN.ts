<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicantRules</name>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>内容过长：最多%n个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名。</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>请输入企业名称。</translation>
    </message>
    <message>
        <source>A person&apos;s name has letters only (a middle dot · is allowed), at most 30.</source>
        <translation>姓名只能包含汉字或字母（可使用间隔号“·”），最多30个字。</translation>
    </message>
    <message>
        <source>Enter the legal representative&apos;s name.</source>
        <translation>请输入法定代表人姓名。</translation>
    </message>
    <message>
        <source>The legal representative&apos;s name has letters only.</source>
        <translation>法定代表人姓名只能包含汉字或字母。</translation>
    </message>
    <message>
        <source>The contact&apos;s name has letters only.</source>
        <translation>联系人姓名只能包含汉字或字母。</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message numerus="yes">
        <source>Chain intact: %n row(s) verified.</source>
        <translation>
            <numerusform>审计链完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at row %1 (%2): the row was changed after it was written. %3 row(s) before it are intact.</source>
        <translation>审计链在第 %1 条（%2）处断开：该记录写入后被修改过。其前 %3 条记录完好。</translation>
    </message>
    <message>
        <source>Chain broken at row %1 (%2): it does not follow the row before it — a row was deleted, inserted or moved there. %3 row(s) before it are intact.</source>
        <translation>审计链在第 %1 条（%2）处断开：它与前一条记录接不上——此处有记录被删除、插入或挪动。其前 %3 条记录完好。</translation>
    </message>
    <message>
        <source>Rows are missing at the end: the chain no longer reaches row %1, which the server acknowledged. %2 row(s) are intact.</source>
        <translation>末尾缺少记录：审计链已到不了服务器确认过的记录 %1。%2 条记录完好。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>record the audit trail</source>
        <translation>记录审计日志</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
</context>
<context>
    <name>AuditSync</name>
    <message>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>record what the server received</source>
        <translation>记录服务器已收到的内容</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>save the working-day calendar</source>
        <translation>保存工作日历</translation>
    </message>
    <message>
        <source>read the working-day calendar</source>
        <translation>读取工作日历</translation>
    </message>
    <message>
        <source>No working-day calendar has been loaded yet.</source>
        <translation>尚未导入工作日历。请联系系统管理员导入。</translation>
    </message>
    <message>
        <source>The stored working-day calendar cannot be read. Load it again.</source>
        <translation>已保存的工作日历无法读取，请重新导入。</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>the Administrative Licensing Law of the People&apos;s Republic of China</source>
        <translation>《中华人民共和国行政许可法》</translation>
    </message>
    <message>
        <source>Article 32 of %1</source>
        <translation>%1第三十二条</translation>
    </message>
    <message>
        <source>Article 38, paragraph 1, of %1</source>
        <translation>%1第三十八条第一款</translation>
    </message>
    <message>
        <source>Article 38, paragraph 2, of %1</source>
        <translation>%1第三十八条第二款</translation>
    </message>
    <message>
        <source>Article 45 of %1</source>
        <translation>%1第四十五条</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <source>Original received</source>
        <translation>已收原件</translation>
    </message>
    <message>
        <source>Copy received</source>
        <translation>已收复印件</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>To be corrected</source>
        <translation>需补正</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>Supply by %1</source>
        <translation>请于%1前补交</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Applicant and application</source>
        <translation>申请信息</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Enquiries: %1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>the competent administrative reconsideration authority</source>
        <translation>有管辖权的行政复议机关</translation>
    </message>
    <message>
        <source>the competent people&apos;s court</source>
        <translation>有管辖权的人民法院</translation>
    </message>
    <message>
        <source>the Administrative Reconsideration Law of the People&apos;s Republic of China</source>
        <translation>《中华人民共和国行政复议法》</translation>
    </message>
    <message>
        <source>Article 46 of the Administrative Litigation Law of the People&apos;s Republic of China</source>
        <translation>《中华人民共和国行政诉讼法》第四十六条</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>权利告知</translation>
    </message>
    <message>
        <source>If you do not accept this decision, you may apply to %1 for administrative reconsideration within 60 days from the day you receive this notice, in accordance with %2; or you may bring an administrative lawsuit before %3 within six months from the day you receive this notice, in accordance with %4.</source>
        <translation>如对本不予受理决定不服，可以自收到本通知书之日起六十日内依照%2的规定向%1申请行政复议，也可以自收到本通知书之日起六个月内依照%4的规定向%3提起行政诉讼。</translation>
    </message>
    <message>
        <source>If you do not accept this decision, you may apply to %1 for administrative reconsideration within 60 days from the day you receive this decision, in accordance with %2; or you may bring an administrative lawsuit before %3 within six months from the day you receive this decision, in accordance with %4.</source>
        <translation>如对本决定不服，可以自收到本决定书之日起六十日内依照%2的规定向%1申请行政复议，也可以自收到本决定书之日起六个月内依照%4的规定向%3提起行政诉讼。</translation>
    </message>
    <message>
        <source>On %1 you submitted an application for &quot;%2&quot; (item code: %3).</source>
        <translation>您（单位）于%1提交的“%2”（事项编码：%3）申请材料已收悉。</translation>
    </message>
    <message>
        <source>Your application for &quot;%2&quot; submitted on %1 was accepted on %3 under case number %4.</source>
        <translation>您（单位）于%1提交的“%2”申请，本机关已于%3受理（办件编号：%4）。</translation>
    </message>
    <message>
        <source>Please keep this notice; the case number or the QR code lets you check progress.</source>
        <translation>请妥善保管本通知书，可凭办件编号或者扫描二维码查询办理进度。</translation>
    </message>
    <message>
        <source>On %1 we received from %2 the materials listed below for &quot;%3&quot; (item code: %4).</source>
        <translation>今收到%2于%1提交的“%3”（事项编码：%4）申请材料，清单如下。</translation>
    </message>
    <message>
        <source>This receipt certifies only that the materials were received. Whether the application is accepted is stated in the acceptance notice or the one-time notice.</source>
        <translation>本凭证仅证明申请材料已经接收，是否受理以受理通知书或者一次性告知书为准。</translation>
    </message>
    <message>
        <source>In accordance with %1, if the materials are incomplete or not in the statutory form, you will be told on the spot or within five days everything that must be supplemented; if you are not told in time, the application is deemed accepted from the day the materials were received.</source>
        <translation>根据%1的规定，申请材料不齐全或者不符合法定形式的，本机关将当场或者在五日内一次性告知需要补正的全部内容；逾期不告知的，自收到申请材料之日起即为受理。</translation>
    </message>
    <message>
        <source>Please keep this receipt; the case number or the QR code lets you check progress.</source>
        <translation>请妥善保管本凭证，可凭办件编号或者扫描二维码查询办理进度。</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Applicant (signature):</source>
        <translation>申请人（签字）：</translation>
    </message>
    <message>
        <source>Upon examination, the application materials are complete and in the statutory form. It is decided to accept the application.</source>
        <translation>经审查，您（单位）提交的申请材料齐全、符合法定形式，决定予以受理。</translation>
    </message>
    <message>
        <source>Upon examination, the application materials are complete and in the statutory form. In accordance with %1, it is decided to accept the application.</source>
        <translation>经审查，您（单位）提交的申请材料齐全、符合法定形式，根据%1的规定，决定予以受理。</translation>
    </message>
    <message>
        <source>The item is handled on the spot.</source>
        <translation>本事项即时办结。</translation>
    </message>
    <message>
        <source>The promised time limit is %1 working days; the case is due to be completed by %2 (public holidays are not counted).</source>
        <translation>本事项承诺办结时限为%1个工作日，预计于%2前办结（法定节假日不计算在内）。</translation>
    </message>
    <message>
        <source>The promised time limit is %1 working days (public holidays are not counted).</source>
        <translation>本事项承诺办结时限为%1个工作日（法定节假日不计算在内）。</translation>
    </message>
    <message>
        <source>Some materials were accepted as deferred: please supply them by the dates in the table below, as promised in your letter of commitment.</source>
        <translation>部分申请材料按容缺方式受理，请按照《容缺受理承诺书》的承诺，在下表所列期限内补齐。</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Received by the applicant (signature):</source>
        <translation>申请人签收：</translation>
    </message>
    <message>
        <source>Upon examination, the application materials are incomplete or not in the statutory form. In accordance with %1, you are hereby told at one time everything that must be supplemented or corrected, as listed below.</source>
        <translation>经审查，您（单位）提交的申请材料不齐全或者不符合法定形式，根据%1的规定，现一次性告知需要补正的全部内容如下。</translation>
    </message>
    <message>
        <source>Upon examination, the application materials are incomplete or not in the statutory form. You are hereby told at one time everything that must be supplemented or corrected, as listed below.</source>
        <translation>经审查，您（单位）提交的申请材料不齐全或者不符合法定形式，现一次性告知需要补正的全部内容如下。</translation>
    </message>
    <message>
        <source>Materials to supplement or correct</source>
        <translation>需要补正的材料</translation>
    </message>
    <message>
        <source>Once you have supplied everything listed above and the materials are complete and in the statutory form, the application will be accepted. Apart from what this notice lists, you will not be asked to supplement any other material.</source>
        <translation>您（单位）按本告知书补正全部内容、申请材料齐全且符合法定形式的，本机关将予以受理。除本告知书所列内容外，不再要求您（单位）补正其他材料。</translation>
    </message>
    <message>
        <source>The materials can be handed in at any integrated window of %1.</source>
        <translation>补正材料可在%1任一综合窗口提交。</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已接收的材料</translation>
    </message>
    <message>
        <source>Upon examination, your application does not meet the conditions for acceptance, for the reasons stated below. It is decided not to accept the application.</source>
        <translation>经审查，您（单位）的申请不符合受理条件（理由见下文），决定不予受理。</translation>
    </message>
    <message>
        <source>Upon examination, your application does not meet the conditions for acceptance, for the reasons stated below. In accordance with %1, it is decided not to accept the application.</source>
        <translation>经审查，您（单位）的申请不符合受理条件（理由见下文），根据%1的规定，决定不予受理。</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>I (my organisation), %1, have applied for &quot;%2&quot; (case number: %3). As the materials listed below are not yet complete, I ask for acceptance with deferred materials and hereby promise:</source>
        <translation>本人（单位）%1申请办理“%2”（办件编号：%3），因下列材料暂不齐全，申请容缺受理，现郑重承诺：</translation>
    </message>
    <message>
        <source>1. I will supply every material listed below by the date stated for it;</source>
        <translation>一、在下表所列期限内补齐全部容缺材料；</translation>
    </message>
    <message>
        <source>2. The materials submitted and the information given are true, accurate and complete, and I am responsible for their truthfulness;</source>
        <translation>二、所提交的申请材料和填报的信息真实、准确、完整，并对其真实性负责；</translation>
    </message>
    <message>
        <source>3. If I fail to supply the materials in time, or what I supply does not meet the requirements, I accept that the application be dealt with according to the rules, and I bear the consequences.</source>
        <translation>三、逾期未补齐材料或者补交的材料不符合要求的，自愿接受依照有关规定作出的处理，并承担由此产生的后果。</translation>
    </message>
    <message>
        <source>Deferred materials</source>
        <translation>容缺材料</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Sign or seal here</source>
        <translation>签字（盖章）处</translation>
    </message>
    <message>
        <source>Promisor: %1</source>
        <translation>承诺人：%1</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>受理人：</translation>
    </message>
    <message>
        <source>Upon review, your application meets the statutory conditions and standards. In accordance with %1, it is decided to grant the administrative licence.</source>
        <translation>经审查，您（单位）的申请符合法定条件、标准，根据%1的规定，决定准予行政许可。</translation>
    </message>
    <message>
        <source>Upon review, your application meets the required conditions. In accordance with %1, it is decided to approve it.</source>
        <translation>经审查，您（单位）的申请符合规定条件，根据%1的规定，决定予以办理。</translation>
    </message>
    <message>
        <source>Upon review, your application meets the required conditions. It is decided to approve it.</source>
        <translation>经审查，您（单位）的申请符合规定条件，决定予以办理。</translation>
    </message>
    <message>
        <source>Please collect the result at %1 with this decision and a valid identity document.</source>
        <translation>请持本决定书和有效身份证件到%1领取办理结果。</translation>
    </message>
    <message>
        <source>Upon review, your application does not meet the statutory conditions and standards. In accordance with %1, it is decided not to grant the administrative licence, for the reasons stated below.</source>
        <translation>经审查，您（单位）的申请不符合法定条件、标准，根据%1的规定，决定不予行政许可。理由如下：</translation>
    </message>
    <message>
        <source>Upon review, your application does not meet the required conditions. In accordance with %1, it is decided not to approve it, for the reasons stated below.</source>
        <translation>经审查，您（单位）的申请不符合规定条件，根据%1的规定，决定不予办理。理由如下：</translation>
    </message>
    <message>
        <source>Upon review, your application does not meet the required conditions. It is decided not to approve it, for the reasons stated below.</source>
        <translation>经审查，您（单位）的申请不符合规定条件，决定不予办理。理由如下：</translation>
    </message>
    <message>
        <source>Your application requires the special procedure described below. In accordance with %1, the time it takes is not counted in the time limit for the licensing decision.</source>
        <translation>您（单位）的申请需要履行下列特别程序，根据%1的规定，特别程序所需时间不计算在行政许可期限内。</translation>
    </message>
    <message>
        <source>Your application requires the special procedure described below. The time it takes is not counted in the promised time limit.</source>
        <translation>您（单位）的申请需要履行下列特别程序，特别程序所需时间不计算在承诺办结时限内。</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Procedure and reason</source>
        <translation>程序及事由</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Expected time needed</source>
        <translation>预计所需时间</translation>
    </message>
    <message>
        <source>Expected to end by</source>
        <translation>预计结束日期</translation>
    </message>
    <message>
        <source>When the special procedure ends, the time limit runs on from where it stopped, and we will tell you the result in time.</source>
        <translation>特别程序结束后，办理时限接续计算，本机关将及时告知您（单位）办理结果。</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Scan to check progress</source>
        <translation>扫码查询办理进度</translation>
    </message>
    <message>
        <source>Seal here</source>
        <translation>盖章处</translation>
    </message>
    <message>
        <source>Receipt of Materials</source>
        <translation>材料接收凭证</translation>
    </message>
    <message>
        <source>Acceptance Notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>One-Time Notice of Materials to Supplement</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Notice of Non-Acceptance</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Letter of Commitment for Deferred Materials</source>
        <translation>容缺受理承诺书</translation>
    </message>
    <message>
        <source>Decision to Grant an Administrative Licence</source>
        <translation>准予行政许可决定书</translation>
    </message>
    <message>
        <source>Decision to Approve the Application</source>
        <translation>准予办理决定书</translation>
    </message>
    <message>
        <source>Decision Not to Grant an Administrative Licence</source>
        <translation>不予行政许可决定书</translation>
    </message>
    <message>
        <source>Decision Not to Approve the Application</source>
        <translation>不予办理决定书</translation>
    </message>
    <message>
        <source>Notice of Special Procedure</source>
        <translation>特别程序告知书</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <extracomment>Year, month and day without leading zeros, as official documents write dates.</extracomment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>If the materials are not supplied by the dates stated in the table, the handling of the application will be terminated.</source>
        <translation>逾期未按上表所列期限补正的，将终止办理该申请。</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>准予</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止办理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>申请人撤回</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未作出决定</translation>
    </message>
    <message>
        <source>Outcome of each part of this one-visit application</source>
        <translation>“一件事”各事项办理结果</translation>
    </message>
    <message>
        <source>Each part was decided by its own department. A part that was not approved does not affect the others; the reasons for it and your rights are stated in that department&apos;s decision.</source>
        <translation>各事项由相应部门分别作出决定。某一事项未获批准的，不影响其他事项；其理由及您依法享有的权利见该部门出具的决定书。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>The materials listed below had to be supplied by the dates stated, as set out in the one-time notice or in your letter of commitment for deferred materials. They were not supplied in time.</source>
        <translation>下列材料应按一次性告知书或容缺受理承诺书载明的期限提交，您未在期限内提交。</translation>
    </message>
    <message>
        <source>The handling of your application is therefore terminated.</source>
        <translation>据此，决定终止办理您的申请。</translation>
    </message>
    <message>
        <source>In accordance with %1, the handling of your application is terminated.</source>
        <translation>根据%1的规定，决定终止办理您的申请。</translation>
    </message>
    <message>
        <source>Materials not supplied</source>
        <translation>未按期提交的材料</translation>
    </message>
    <message>
        <source>You may apply again at any time with complete materials; the materials already handed in can be collected at the window.</source>
        <translation>您备齐材料后可随时重新申请；已提交的材料可到窗口领回。</translation>
    </message>
    <message>
        <source>Notice of Termination</source>
        <translation>终止办理通知书</translation>
    </message>
</context>
<context>
    <name>CaseFlagStore</name>
    <message>
        <source>The duplicate-application flag could not be saved.</source>
        <translation>重复申请标记未能保存。</translation>
    </message>
</context>
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>特别程序中（暂停计时）</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>准予办理</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <source>Ready for release</source>
        <translation>待出件</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已出件</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Issue one-time notice</source>
        <translation>出具一次性告知书</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accept supplemented materials</source>
        <translation>补正后受理</translation>
    </message>
    <message>
        <source>Forward to department</source>
        <translation>转部门审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>作出准予决定</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>作出不予决定</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>启动特别程序</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复审批</translation>
    </message>
    <message>
        <source>Mark ready for release</source>
        <translation>标记为待出件</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>Release by post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止办理</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>The case has not been received yet.</source>
        <translation>该办件尚未收件。</translation>
    </message>
    <message>
        <source>The case has already been received.</source>
        <translation>该办件已经收件。</translation>
    </message>
    <message>
        <source>A one-time notice has already been issued; a second notice is not allowed.</source>
        <translation>该办件已出具过一次性告知书，不能再次告知。</translation>
    </message>
    <message>
        <source>The case is closed (%1); nothing more can be done with it.</source>
        <translation>该办件已结束（%1），不能再进行任何操作。</translation>
    </message>
    <message>
        <source>The case has been decided; it can no longer be withdrawn.</source>
        <translation>该办件已作出决定，不能再撤回。</translation>
    </message>
    <message>
        <source>“%1” is not possible for a case that is “%2”.</source>
        <translation>处于“%2”状态的办件不能执行“%1”。</translation>
    </message>
    <message>
        <source>Auditors may look at cases but not change them.</source>
        <translation>审计人员只能查看办件，不能进行修改。</translation>
    </message>
    <message>
        <source>A township point may forward this case but not decide it.</source>
        <translation>乡镇便民服务中心可以转报此办件，但不能作出决定。</translation>
    </message>
    <message>
        <source>Only an approver of the case&apos;s department decides it.</source>
        <translation>只有该办件所属部门的审批人员才能作出决定。</translation>
    </message>
    <message>
        <source>The role “%1” may not do this: %2.</source>
        <translation>“%1”无权执行此操作：%2。</translation>
    </message>
    <message>
        <source>The result is held at another place and is released there.</source>
        <translation>办理结果存放在其他服务网点，须由该网点出件。</translation>
    </message>
    <message>
        <source>A case is received at the place where you work.</source>
        <translation>只能在您所在的服务网点收件。</translation>
    </message>
    <message>
        <source>This case belongs to another place.</source>
        <translation>该办件属于其他服务网点，您不能办理。</translation>
    </message>
    <message>
        <source>This case belongs to another department; approvers decide only their own department&apos;s cases.</source>
        <translation>该办件属于其他部门；审批人员只能审批本部门的办件。</translation>
    </message>
    <message>
        <source>This item cannot be accepted at a township point; forward the materials to the hall.</source>
        <translation>该事项不能在乡镇便民服务中心受理，请将材料转交政务服务中心。</translation>
    </message>
    <message>
        <source>Your role cannot receive a case through this channel.</source>
        <translation>您的角色不能通过此渠道收件。</translation>
    </message>
    <message numerus="yes">
        <source>The %n working day(s) for a one-time notice have passed: the application counts as accepted from the day it was received.</source>
        <translation>
            <numerusform>一次性告知的%n个工作日期限已过：自收到申请材料之日起即视为受理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required materials are still missing.</source>
        <translation>仍缺少必需的申请材料。</translation>
    </message>
    <message>
        <source>Required materials are missing: issue a one-time notice instead.</source>
        <translation>缺少必需的申请材料：请出具一次性告知书。</translation>
    </message>
    <message>
        <source>The deadline for the outstanding materials has not passed yet.</source>
        <translation>待补材料的期限尚未届满。</translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation>请填写此操作的理由。</translation>
    </message>
    <message>
        <source>A part of this one-visit bundle is not decided yet; the results are released together once every part is decided.</source>
        <translation>该“一件事”中尚有事项未作出决定；各事项全部决定后统一出件。</translation>
    </message>
    <message>
        <source>This result is part of a one-visit bundle: release the bundle&apos;s main case, and every part&apos;s result goes out with it, so that the applicant gets all outcomes at once.</source>
        <translation>该结果属于“一件事一次办”的组成事项：请对主办件出件，各事项结果随之一并送达，申请人一次取得全部结果。</translation>
    </message>
</context>
<context>
    <name>CaseQueues</name>
    <message>
        <source>read the work queue</source>
        <translation>读取待办队列</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>save the applicant</source>
        <translation>保存申请人信息</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>保存办件</translation>
    </message>
    <message>
        <source>save the materials</source>
        <translation>保存申请材料</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else meanwhile. Open it again and repeat the action.</source>
        <translation>办件 %1 已被他人修改。请重新打开该办件后再操作一次。</translation>
    </message>
    <message>
        <source>save the case history</source>
        <translation>保存办件流转记录</translation>
    </message>
    <message>
        <source>Choose the item the applicant applies for.</source>
        <translation>请选择申请人办理的事项。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>理由过长：最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be supplied later only if the catalogue allows it, with a promised date after today.</source>
        <translation>“%1”只有在事项目录允许容缺时才能后补，且承诺补交日期须晚于今天。</translation>
    </message>
    <message>
        <source>The note on &quot;%1&quot; is too long.</source>
        <translation>“%1”的备注过长。</translation>
    </message>
    <message>
        <source>The parts of this one-visit bundle are missing from the catalogue.</source>
        <translation>事项目录中缺少这个“一件事”所包含的事项。</translation>
    </message>
    <message>
        <source>Every material was handed in: there is nothing to put on a one-time notice.</source>
        <translation>材料已全部提交，无需出具一次性告知书。</translation>
    </message>
    <message>
        <source>The materials list does not match the case.</source>
        <translation>材料清单与该办件不一致。</translation>
    </message>
    <message>
        <source>The ID number does not match the applicant&apos;s or an authorised agent&apos;s. The result can be handed only to them.</source>
        <translation>证件号码与申请人或受托代理人的不一致。办理结果只能交给申请人或受托代理人。</translation>
    </message>
    <message>
        <source>read the case</source>
        <translation>读取办件</translation>
    </message>
    <message>
        <source>The case was not found.</source>
        <translation>未找到该办件。</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>受托代理人：%1</translation>
    </message>
    <message>
        <source>A case reaches the server in the state received, not %1.</source>
        <translation>办件到达服务器时应为“已收件”状态，而不是 %1。</translation>
    </message>
    <message>
        <source>Case %1 was received at %2, not at the device&apos;s place %3.</source>
        <translation>办件 %1 的收件地点是 %2，不是本设备所在的 %3。</translation>
    </message>
    <message>
        <source>Case %1 has no time of receipt.</source>
        <translation>办件 %1 没有收件时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number of place %2 on %3.</source>
        <translation>“%1”不是 %2 在 %3 的办件编号。</translation>
    </message>
    <message>
        <source>read the catalogue</source>
        <translation>读取事项目录</translation>
    </message>
    <message>
        <source>Item %1 is not in the catalogue.</source>
        <translation>事项 %1 不在事项目录中。</translation>
    </message>
    <message>
        <source>The bundle case of %1 is not known.</source>
        <translation>办件 %1 所属的“一件事”主办件不存在。</translation>
    </message>
    <message>
        <source>A case with the id or number of %1 exists already.</source>
        <translation>与 %1 相同标识或编号的办件已存在。</translation>
    </message>
    <message>
        <source>Released together with bundle case %1</source>
        <translation>随“一件事”主办件%1一并出件</translation>
    </message>
    <message>
        <source>The ID number does not match the applicant&apos;s or an authorised agent&apos;s of case %1.</source>
        <translation>证件号码与办件%1的申请人或受托代理人不符。</translation>
    </message>
    <message>
        <source>Case %1 of this bundle: %2</source>
        <translation>本“一件事”中的办件%1：%2</translation>
    </message>
    <message>
        <source>find the cases past their deadline</source>
        <translation>查找已过材料期限的办件</translation>
    </message>
    <message>
        <source>The materials listed on the one-time notice were not supplied by %1.</source>
        <translation>一次性告知书所列材料未在补正期限%1前补齐。</translation>
    </message>
    <message>
        <source>The deferred materials promised for %1 were not supplied.</source>
        <translation>容缺材料未在承诺期限%1前补交。</translation>
    </message>
    <message>
        <source>Sign in to see personal data.</source>
        <translation>请先登录再查看个人信息。</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第%2行：%3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1，第%2行第%3列：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Catalogue, field %1: %2</source>
        <translation>事项目录，字段 %1：%2</translation>
    </message>
    <message>
        <source>Item %1, field %2: %3</source>
        <translation>事项 %1，字段 %2：%3</translation>
    </message>
    <message>
        <source>“%1” is not a valid department code (upper-case letters and digits, starting with a letter, at most 16)</source>
        <translation>“%1”不是有效的部门编码（由大写字母和数字组成，以字母开头，最多16位）</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>“%1” is not a valid item code (letters, digits, “-”, “.” and “_”, at most 64)</source>
        <translation>“%1”不是有效的事项编码（由字母、数字和“-”“.”“_”组成，最多64位）</translation>
    </message>
    <message>
        <source>unknown department “%1”</source>
        <translation>未知部门“%1”</translation>
    </message>
    <message>
        <source>%1 is not a number of working days from 0 to %2</source>
        <translation>%1不是0至%2之间的工作日数</translation>
    </message>
    <message>
        <source>the promised time limit (%1 working days) exceeds the legal one (%2)</source>
        <translation>承诺时限（%1个工作日）超过了法定时限（%2个工作日）</translation>
    </message>
    <message>
        <source>an item handled immediately (马上办) must promise 0 working days, not %1</source>
        <translation>马上办事项的承诺时限应为0个工作日，不能是%1个工作日</translation>
    </message>
    <message>
        <source>the fee is out of range</source>
        <translation>收费金额超出范围</translation>
    </message>
    <message>
        <source>the legal basis is empty</source>
        <translation>法律依据为空</translation>
    </message>
    <message>
        <source>the material&apos;s name is empty</source>
        <translation>材料名称为空</translation>
    </message>
    <message>
        <source>%1 copies: expected 0 to %2</source>
        <translation>份数%1无效：应为0至%2份</translation>
    </message>
    <message>
        <source>a material that is asked for needs at least one copy</source>
        <translation>需要提交的材料至少为1份</translation>
    </message>
    <message>
        <source>the certificate&apos;s name is empty</source>
        <translation>证照名称为空</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>a bundle cannot contain itself</source>
        <translation>“一件事”不能包含其自身</translation>
    </message>
    <message>
        <source>the part “%1” is not an item of the catalogue</source>
        <translation>组成事项“%1”不在事项目录中</translation>
    </message>
    <message>
        <source>the part “%1” is itself a bundle</source>
        <translation>组成事项“%1”本身也是“一件事”</translation>
    </message>
    <message>
        <source>the part “%1” is listed twice</source>
        <translation>组成事项“%1”重复列出</translation>
    </message>
    <message>
        <source>a bundle (一件事) needs at least two parts</source>
        <translation>“一件事”至少需要包含两个事项</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是UTF-8编码的文本</translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation>“%1”列出现了两次</translation>
    </message>
    <message>
        <source>the header has no column “%1”</source>
        <translation>表头中缺少“%1”列</translation>
    </message>
    <message>
        <source>unknown column “%1” (expected: %2)</source>
        <translation>未知列“%1”（应为：%2）</translation>
    </message>
    <message>
        <source>%1 tab-separated fields, but the header has %2</source>
        <translation>本行有%1个以制表符分隔的字段，但表头有%2个</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>文件缺少表头行</translation>
    </message>
    <message>
        <source>“%1” is not a whole number in range</source>
        <translation>“%1”不是有效范围内的整数</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>单元格为空</translation>
    </message>
    <message>
        <source>expected 是 or 否, found “%1”</source>
        <translation>应为“是”或“否”，实际为“%1”</translation>
    </message>
    <message>
        <source>no item “%1” in %2</source>
        <translation>%2中没有事项“%1”</translation>
    </message>
    <message>
        <source>the order %1 appears twice for this item</source>
        <translation>该事项的序号%1重复出现</translation>
    </message>
    <message>
        <source>the file must have exactly one row below its header</source>
        <translation>表头下方必须有且只有一行数据</translation>
    </message>
    <message>
        <source>“%1” is not a six-digit GB/T 2260 code</source>
        <translation>“%1”不是六位GB/T 2260行政区划代码</translation>
    </message>
    <message>
        <source>the department “%1” is listed twice</source>
        <translation>部门“%1”重复列出</translation>
    </message>
    <message>
        <source>no departments</source>
        <translation>没有任何部门</translation>
    </message>
    <message>
        <source>unknown kind “%1” (expected one of: 行政许可, 行政确认, 行政给付, 行政裁决, 行政征收, 行政奖励, 其他行政权力, 公共服务)</source>
        <translation>未知事项类型“%1”（应为以下之一：行政许可、行政确认、行政给付、行政裁决、行政征收、行政奖励、其他行政权力、公共服务）</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan (e.g. 0, 20 or 12.50)</source>
        <translation>“%1”不是以元为单位的金额（如0、20或12.50）</translation>
    </message>
    <message>
        <source>the item code “%1” appears twice</source>
        <translation>事项编码“%1”重复出现</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>没有任何事项</translation>
    </message>
    <message>
        <source>unknown form “%1” (expected 原件, 复印件 or 原件和复印件)</source>
        <translation>未知材料形式“%1”（应为原件、复印件或原件和复印件）</translation>
    </message>
    <message>
        <source>unknown requirement “%1” (expected 必需, 容缺 or 已取消)</source>
        <translation>未知提交要求“%1”（应为必需、容缺或已取消）</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a whole number, at least 0</source>
        <translation>应为不小于0的整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>应为字符串列表</translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation>应为对象列表</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>第%1项</translation>
    </message>
    <message>
        <source>“%1” is not a OneWindow catalogue</source>
        <translation>“%1”不是一窗通事项目录</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program understands (%2); update the program</source>
        <translation>格式版本%1高于本程序支持的版本（%2），请升级本程序</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>未知事项类型“%1”</translation>
    </message>
    <message>
        <source>unknown form “%1”</source>
        <translation>未知材料形式“%1”</translation>
    </message>
    <message>
        <source>unknown requirement “%1”</source>
        <translation>未知提交要求“%1”</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>save the service catalogue</source>
        <translation>保存事项目录</translation>
    </message>
    <message>
        <source>read the service catalogue</source>
        <translation>读取事项目录</translation>
    </message>
    <message>
        <source>No service catalogue has been loaded yet.</source>
        <translation>尚未导入事项目录。请联系系统管理员导入。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The unified social credit code is valid.</source>
        <translation>统一社会信用代码有效。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters: check for a missing or an extra character.</source>
        <translation>统一社会信用代码应为18位：请检查是否漏输或多输了字符。</translation>
    </message>
    <message>
        <source>A unified social credit code holds only digits and capital letters other than I, O, S, V and Z: check for a 0 typed as O, a 1 as I, a 5 as S, a 2 as Z, or a space.</source>
        <translation>统一社会信用代码只包含数字和大写字母（不含I、O、S、V、Z）：请检查是否把0输成了O、1输成了I、5输成了S、2输成了Z，或多输了空格。</translation>
    </message>
    <message>
        <source>The first character is not a registration authority code: compare it with the licence.</source>
        <translation>第1位不是有效的登记管理部门代码：请与证照核对。</translation>
    </message>
    <message>
        <source>The second character is not an entity type that this registration authority issues: compare the first two characters with the licence.</source>
        <translation>第2位不是该登记管理部门使用的机构类别代码：请将前两位与证照核对。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 are not a valid region code: compare them with the licence.</source>
        <translation>第3至8位不是有效的行政区划码：请与证照核对。</translation>
    </message>
    <message>
        <source>The check character does not match: please check each character again.</source>
        <translation>校验码不符：请逐位重新核对。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvSaveDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This device has no valid place or device number yet, so it cannot number cases. Enrol the device first.</source>
        <translation>本设备尚未设置有效的服务网点或设备编号，无法为办件编号。请先完成设备登记。</translation>
    </message>
    <message>
        <source>number the case</source>
        <translation>为办件编号</translation>
    </message>
    <message>
        <source>The local database could not %1. Nothing was saved. If this happens again, tell the IT administrator.</source>
        <translation>本地数据库未能%1，本次操作的内容均未保存。如果再次出现此问题，请联系信息技术运维人员。</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose another place for the database.</source>
        <translation>%1 不是文件。请为数据库另选存放位置。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>无法创建文件夹 %1。请检查文件夹权限。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Check that the file exists, is readable and is not used by another program.</source>
        <translation>无法打开数据库 %1。请检查该文件是否存在、是否可读，以及是否被其他程序占用。</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database (or it is damaged). It was not changed.</source>
        <translation>%1 不是一窗通数据库（或已损坏）。该文件未被改动。</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data. It was not changed; choose another file.</source>
        <translation>%1 存有其他程序的数据。该文件未被改动，请另选文件。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version; the file was not changed.</source>
        <translation>数据库 %1 由较新版本的一窗通写入（数据版本 %2，本程序最高支持 %3）。请安装新版本；该文件未被改动。</translation>
    </message>
    <message>
        <source>be prepared</source>
        <translation>完成初始化</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to data version %2. It was not changed. Tell the IT administrator.</source>
        <translation>数据库 %1 无法升级到数据版本 %2，该文件未被改动。请联系信息技术运维人员。</translation>
    </message>
    <message>
        <source>be upgraded</source>
        <translation>完成升级</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>queue the change for the server</source>
        <translation>将更改加入待同步队列</translation>
    </message>
    <message>
        <source>This program cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql.</source>
        <translation>本程序无法连接 PostgreSQL：缺少 Qt 的 PostgreSQL 驱动。请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Check that PostgreSQL runs, that the database exists and that the user may log in.</source>
        <translation>无法打开数据库 %1。请检查 PostgreSQL 是否在运行、数据库是否存在、用户能否登录。</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data. It was not changed; choose another database.</source>
        <translation>%1 存有其他程序的数据，未作任何修改；请选择另一个数据库。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version; the database was not changed.</source>
        <translation>数据库 %1 由更新版本的一窗通写入（数据版本 %2；本程序最高支持 %3）。请安装新版本；数据库未作任何修改。</translation>
    </message>
    <message>
        <source>write the database file</source>
        <translation>写入数据库文件</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The working-day calendar cannot be read.</source>
        <translation>无法读取工作日历。</translation>
    </message>
    <message>
        <source>The working-day calendar must cover %1 and the %2 working days after it.</source>
        <translation>工作日历须覆盖 %1 及其后 %2 个工作日。</translation>
    </message>
    <message>
        <source>The demo name and region tables built into this program are missing.</source>
        <translation>程序内置的演示姓名表和行政区划表缺失。</translation>
    </message>
    <message>
        <source>The embedded catalogue has no items to generate cases for.</source>
        <translation>内置事项目录中没有可用于生成办件的事项。</translation>
    </message>
    <message>
        <source>The demo directory built into this program cannot be read.</source>
        <translation>无法读取程序内置的演示机构和人员数据。</translation>
    </message>
    <message>
        <source>Place %1 has no staff to receive cases.</source>
        <translation>服务网点 %1 没有可受理办件的工作人员。</translation>
    </message>
    <message>
        <source>The store has no places or users table.</source>
        <translation>数据库中没有服务网点表或用户表。</translation>
    </message>
    <message>
        <source>Cannot save the places.</source>
        <translation>无法保存服务网点。</translation>
    </message>
    <message>
        <source>Cannot save the users.</source>
        <translation>无法保存用户。</translation>
    </message>
    <message>
        <source>Cannot save case %1.</source>
        <translation>无法保存办件 %1。</translation>
    </message>
    <message>
        <source>Cannot save the materials.</source>
        <translation>无法保存申请材料。</translation>
    </message>
    <message>
        <source>Cannot save the case history.</source>
        <translation>无法保存办件流转记录。</translation>
    </message>
    <message>
        <source>This database has no case tables, so there is nowhere to put generated cases.</source>
        <translation>该数据库没有办件表，无法写入生成的办件。</translation>
    </message>
    <message>
        <source>This database already holds cases: generate demo data into a new store only.</source>
        <translation>该数据库中已有办件：演示数据只能生成到新的数据库中。</translation>
    </message>
    <message>
        <source>Cannot start writing.</source>
        <translation>无法开始写入。</translation>
    </message>
    <message>
        <source>The store&apos;s case tables do not have the columns this program writes.</source>
        <translation>数据库的办件表缺少本程序要写入的字段。</translation>
    </message>
    <message>
        <source>The period has no working days.</source>
        <translation>该期间没有工作日。</translation>
    </message>
    <message>
        <source>Cannot save the case numbers.</source>
        <translation>无法保存办件编号。</translation>
    </message>
    <message>
        <source>Cannot save the applicants.</source>
        <translation>无法保存申请人。</translation>
    </message>
    <message>
        <source>Cannot build the indexes.</source>
        <translation>无法建立索引。</translation>
    </message>
    <message>
        <source>Cannot save the demo data.</source>
        <translation>无法保存演示数据。</translation>
    </message>
    <message>
        <source>The number of cases, places and days must not be negative.</source>
        <translation>办件数、网点数和天数不能为负数。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder beside %1: check that its folder is writable and has room.</source>
        <translation>无法在 %1 旁创建临时文件夹：请检查其所在文件夹是否可写、空间是否足够。</translation>
    </message>
</context>
<context>
    <name>DemoRatings</name>
    <message>
        <source>Cannot generate ratings.</source>
        <translation>无法生成评价数据。</translation>
    </message>
</context>
<context>
    <name>DirectoryJson</name>
    <message>
        <source>Place %1: the code and the name are required.</source>
        <translation>服务网点 %1：必须填写编码和名称。</translation>
    </message>
    <message>
        <source>Place %1: unknown kind &quot;%2&quot; (hall or township).</source>
        <translation>服务网点 %1：未知类型“%2”（应为 hall 或 township）。</translation>
    </message>
    <message>
        <source>Place %1: its hall %2 must be listed before it.</source>
        <translation>服务网点 %1：其所属政务服务中心 %2 必须列在它之前。</translation>
    </message>
    <message>
        <source>Place %1 is listed twice.</source>
        <translation>服务网点 %1 重复列出。</translation>
    </message>
    <message>
        <source>User %1: the id, the user name and the name are required.</source>
        <translation>用户 %1：必须填写编号、用户名和姓名。</translation>
    </message>
    <message>
        <source>User %1: unknown role &quot;%2&quot;.</source>
        <translation>用户 %1：未知角色“%2”。</translation>
    </message>
    <message>
        <source>User %1: unknown place %2.</source>
        <translation>用户 %1：未知服务网点 %2。</translation>
    </message>
    <message>
        <source>User %1 is listed twice.</source>
        <translation>用户 %1 重复列出。</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>save the places</source>
        <translation>保存服务网点</translation>
    </message>
    <message>
        <source>save the users</source>
        <translation>保存用户</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>No Chinese font is installed, so the document cannot be written. Ask the administrator to install one (for example WenQuanYi Micro Hei).</source>
        <translation>本机未安装中文字体，无法生成文书。请联系系统管理员安装中文字体（例如文泉驿微米黑）。</translation>
    </message>
    <message>
        <source>The document cannot be saved as %1: %2. Choose another folder.</source>
        <translation>无法将文书保存为 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The document could not be laid out as a PDF. Try again, or print it instead.</source>
        <translation>文书无法排版为PDF。请重试，或直接打印。</translation>
    </message>
</context>
<context>
    <name>DueStatus</name>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临近到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>暂停计时</translation>
    </message>
</context>
<context>
    <name>DuplicateApplication</name>
    <message>
        <source>Possible duplicate application: case %1 at place %2 is open for the same applicant and the same item (%3).</source>
        <translation>可能重复申请：网点 %2 的办件 %1 为同一申请人的同一事项（%3），尚未办结。</translation>
    </message>
    <message>
        <source>%1 (place %2) and %3 (place %4): the same applicant applied for %5 at both places.</source>
        <translation>%1（网点 %2）与 %3（网点 %4）：同一申请人在两个网点申请了%5。</translation>
    </message>
    <message>
        <source>Call the other place and agree which case goes on; the other one is withdrawn at the applicant&apos;s request or terminated. Do not handle both.</source>
        <translation>请与另一网点联系，商定由哪一件继续办理；另一件按申请人意愿撤回或予以终止。不要两件同时办理。</translation>
    </message>
</context>
<context>
    <name>FirstRunService</name>
    <message>
        <source>the connection was refused (the server is not running there, or the address or port is wrong).</source>
        <translation>连接被拒绝（该地址上没有运行服务器，或地址、端口有误）。</translation>
    </message>
    <message>
        <source>the name %1 is not known on this network.</source>
        <translation>本网络中找不到名称 %1。</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds.</source>
        <translation>
            <numerusform>%n 秒内没有应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>something answered (HTTP %1), but not a OneWindow server that is ready.</source>
        <translation>有程序应答（HTTP %1），但不是已就绪的一窗通服务器。</translation>
    </message>
</context>
<context>
    <name>LocalSyncStore</name>
    <message>
        <source>The server sent data this version of OneWindow cannot read (%1). Nothing of it was saved; tell the IT administrator.</source>
        <translation>服务器发来的数据（%1）本版一窗通无法读取，未保存任何内容；请告知信息技术管理员。</translation>
    </message>
    <message>
        <source>The server sent a case this version of OneWindow cannot read. Nothing of the page was saved; tell the IT administrator.</source>
        <translation>服务器发来的办件本版一窗通无法读取，本页未保存任何内容；请告知信息技术管理员。</translation>
    </message>
    <message>
        <source>apply the server&apos;s changes</source>
        <translation>写入服务器的变更</translation>
    </message>
    <message>
        <source>save the enrollment</source>
        <translation>保存设备注册信息</translation>
    </message>
    <message>
        <source>start a new sync stream</source>
        <translation>开始新的同步序列</translation>
    </message>
    <message>
        <source>save the sync state</source>
        <translation>保存同步状态</translation>
    </message>
    <message>
        <source>save what the server answered</source>
        <translation>保存服务器的答复</translation>
    </message>
    <message>
        <source>remove the personal data</source>
        <translation>清除个人信息</translation>
    </message>
</context>
<context>
    <name>ManifestDocument</name>
    <message>
        <source>Case Handoff Manifest</source>
        <translation>办件流转单</translation>
    </message>
    <message>
        <source>Result Return Manifest</source>
        <translation>办理结果返还单</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Scan to receive the batch</source>
        <translation>扫码签收整批</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n case(s) with %3 material packet(s).</source>
        <translation>
            <numerusform>自 %1 至 %2：办件 %n 件，材料袋 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>The receiving side checks every packet against this list and records any packet that is missing; both sides see the difference.</source>
        <translation>接收方按本单逐袋核对，并登记缺失的材料袋；双方均可看到差异。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件清单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>材料袋</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Seal here</source>
        <translation>盖章处</translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation>移交人：</translation>
    </message>
    <message>
        <source>Carried by:</source>
        <translation>送件人：</translation>
    </message>
    <message>
        <source>Received by (%1):</source>
        <translation>签收人（%1）：</translation>
    </message>
</context>
<context>
    <name>ManifestRules</name>
    <message>
        <source>Only a township point sends cases to the county hall.</source>
        <translation>只有乡镇便民服务中心向县政务服务中心流转办件。</translation>
    </message>
    <message>
        <source>A manifest is sent from where you work.</source>
        <translation>流转单须从您所在的场所发出。</translation>
    </message>
    <message>
        <source>A township point sends its cases to its own county hall.</source>
        <translation>乡镇便民服务中心只向所属县政务服务中心流转办件。</translation>
    </message>
    <message>
        <source>Only a hall counter returns results to a township point.</source>
        <translation>只有政务服务中心窗口向乡镇便民服务中心返还结果。</translation>
    </message>
    <message>
        <source>Results go back to a township point of this hall.</source>
        <translation>结果只返还本中心所属的乡镇便民服务中心。</translation>
    </message>
    <message>
        <source>Only cases received at this township point are sent from it.</source>
        <translation>只能流转在本乡镇便民服务中心收件的办件。</translation>
    </message>
    <message>
        <source>The case is accepted but not forwarded yet: forward it to the department first.</source>
        <translation>办件已受理但尚未转办：请先转至部门。</translation>
    </message>
    <message>
        <source>This item is accepted here: accept and forward the case first.</source>
        <translation>本中心可受理此事项：请先受理并转办。</translation>
    </message>
    <message>
        <source>A case that is “%1” is not sent to the county.</source>
        <translation>“%1”状态的办件不向县里流转。</translation>
    </message>
    <message>
        <source>Only results of cases received at that township point go back to it.</source>
        <translation>只向收件的乡镇便民服务中心返还其办件的结果。</translation>
    </message>
    <message>
        <source>Only results ready for release are returned.</source>
        <translation>只返还待出件的结果。</translation>
    </message>
    <message>
        <source>The result is not held here.</source>
        <translation>结果不在本场所。</translation>
    </message>
    <message>
        <source>Manifest %1 has been received already.</source>
        <translation>流转单 %1 已签收。</translation>
    </message>
    <message>
        <source>The hall&apos;s counter receives manifests from township points.</source>
        <translation>乡镇流转单由政务服务中心窗口签收。</translation>
    </message>
    <message>
        <source>The township point receives returned results.</source>
        <translation>返还的结果由乡镇便民服务中心签收。</translation>
    </message>
    <message>
        <source>Manifest %1 is addressed to another place.</source>
        <translation>流转单 %1 不是发往本场所的。</translation>
    </message>
    <message>
        <source>Return (results to the township)</source>
        <translation>返还（结果返回乡镇）</translation>
    </message>
    <message>
        <source>Forward (cases to the county)</source>
        <translation>流转（办件送往县里）</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Received — packets missing</source>
        <translation>已签收——材料袋缺失</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Packet missing</source>
        <translation>材料袋缺失</translation>
    </message>
    <message>
        <source>Awaiting sync</source>
        <translation>等待同步</translation>
    </message>
</context>
<context>
    <name>ManifestStore</name>
    <message>
        <source>Choose at least one case for the manifest.</source>
        <translation>请为流转单至少选择一件办件。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>备注过长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A case is listed twice.</source>
        <translation>同一办件列了两次。</translation>
    </message>
    <message>
        <source>Each case goes with 1 to %1 packets.</source>
        <translation>每件办件附 1 至 %1 个材料袋。</translation>
    </message>
    <message>
        <source>The case was not found.</source>
        <translation>未找到该办件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>number the manifest</source>
        <translation>为流转单编号</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>保存办件</translation>
    </message>
    <message>
        <source>Say for every case on the manifest how many packets arrived.</source>
        <translation>请为流转单上的每件办件填写实到材料袋数。</translation>
    </message>
    <message>
        <source>%1: between 0 and %2 packets can arrive.</source>
        <translation>%1：实到材料袋数应在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>save the manifest</source>
        <translation>保存流转单</translation>
    </message>
    <message>
        <source>The manifest was changed meanwhile. Open it again.</source>
        <translation>流转单已被他人更改。请重新打开。</translation>
    </message>
    <message>
        <source>read the manifest</source>
        <translation>读取流转单</translation>
    </message>
    <message>
        <source>No manifest %1 here. If it was sent just now, wait for the next sync.</source>
        <translation>本机没有流转单 %1。如刚刚发出，请等待下次同步。</translation>
    </message>
    <message>
        <source>The manifest was not found.</source>
        <translation>未找到该流转单。</translation>
    </message>
    <message>
        <source>The manifest from the server is incomplete.</source>
        <translation>服务器发来的流转单不完整。</translation>
    </message>
</context>
<context>
    <name>OfflineGrant</name>
    <message>
        <source>The stored offline sign-in is damaged; sign in once while the server can be reached.</source>
        <translation>本机保存的离线登录凭证已损坏，请在能连接服务器时在线登录一次。</translation>
    </message>
</context>
<context>
    <name>OfflineSignIn</name>
    <message>
        <source>The local database could not be read.</source>
        <translation>无法读取本机数据库。</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is locked for a while. Check them and try again, or ask the administrator.</source>
        <translation>用户名或密码错误，或账号暂时被锁定。请核对后重试，或联系系统管理员。</translation>
    </message>
    <message>
        <source>The server&apos;s offline sign-in permit does not check out; offline sign-in stays off for this user.</source>
        <translation>服务器签发的离线登录凭证校验未通过，该用户暂不能离线登录。</translation>
    </message>
    <message>
        <source>Your role signs in with a second factor, and this device holds none for you yet: sign in once with your one-time code while the server can be reached.</source>
        <translation>您的角色登录需要第二重验证，而本设备尚未保存您的验证信息：请在能连接服务器时用一次性验证码登录一次。</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>Choose a password of at least %1 characters with at least three of: lower case letters, upper case letters, digits, other characters.</source>
        <translation>请设置至少%1位的密码，且至少包含以下三类字符：小写字母、大写字母、数字、其他字符。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A %1 may not do this: %2.</source>
        <translation>%1无权执行此操作：%2。</translation>
    </message>
    <message>
        <source>This record belongs to another place: %1 is done where it is held.</source>
        <translation>该记录属于其他地点：%1须在记录所在地点办理。</translation>
    </message>
    <message>
        <source>create a help-agent task</source>
        <translation>创建帮办代办任务</translation>
    </message>
    <message>
        <source>claim a task</source>
        <translation>认领任务</translation>
    </message>
    <message>
        <source>release a task</source>
        <translation>释放任务</translation>
    </message>
    <message>
        <source>hand a task over</source>
        <translation>移交任务</translation>
    </message>
    <message>
        <source>record a task&apos;s progress</source>
        <translation>记录任务进度</translation>
    </message>
    <message>
        <source>complete a task</source>
        <translation>办结任务</translation>
    </message>
    <message>
        <source>return a task</source>
        <translation>退回任务</translation>
    </message>
    <message>
        <source>send cases to the county hall</source>
        <translation>向县政务服务中心报送办件</translation>
    </message>
    <message>
        <source>return results to a township point</source>
        <translation>向乡镇便民服务中心返还办理结果</translation>
    </message>
    <message>
        <source>receive a township point&apos;s manifest</source>
        <translation>接收乡镇报送清单</translation>
    </message>
    <message>
        <source>receive returned results</source>
        <translation>接收返还的办理结果</translation>
    </message>
    <message>
        <source>record a rating</source>
        <translation>记录好差评</translation>
    </message>
    <message>
        <source>follow up a bad rating</source>
        <translation>回访整改差评</translation>
    </message>
    <message>
        <source>appeal a rating</source>
        <translation>对评价提出申诉</translation>
    </message>
    <message>
        <source>decide an appeal</source>
        <translation>裁定申诉</translation>
    </message>
    <message>
        <source>import the service catalogue</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <source>import the working-day calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>manage devices</source>
        <translation>管理设备</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>show personal data in full</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>read every place&apos;s statistics</source>
        <translation>查看各地统计数据</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is valid.</source>
        <translation>电话号码有效。</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>A phone number holds only half-width digits, spaces and hyphens: remove any letters or other signs.</source>
        <translation>电话号码只能包含半角数字、空格和连字符：请删除字母或其他符号。</translation>
    </message>
    <message>
        <source>Only numbers in mainland China can be entered: the country code must be +86.</source>
        <translation>只能输入中国大陆的电话号码：国家代码必须为+86。</translation>
    </message>
    <message>
        <source>This is not a phone number: a mobile number starts with 1, a landline number with its area code (0...), a service number with 400 or 800.</source>
        <translation>这不是电话号码：手机号码以1开头，固定电话以区号（0……）开头，服务号码以400或800开头。</translation>
    </message>
    <message>
        <source>The number has too few or too many digits: a mobile number has 11 digits, a landline number an area code and 7 or 8 digits, a service number 10 digits.</source>
        <translation>号码位数不对：手机号码为11位，固定电话为区号加7位或8位号码，服务号码为10位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19: check the first two digits.</source>
        <translation>手机号码以13至19开头：请检查前两位。</translation>
    </message>
    <message>
        <source>The area code is not valid: it is 010, 02x or four digits starting with 0, such as 0931.</source>
        <translation>区号无效：区号应为010、02x，或以0开头的四位数字（如0931）。</translation>
    </message>
    <message>
        <source>A local number never starts with 0 or 1: check the digits after the area code.</source>
        <translation>本地号码不能以0或1开头：请检查区号后面的数字。</translation>
    </message>
    <message>
        <source>The extension is not valid: only a landline number can have one, of up to 6 digits after a hyphen.</source>
        <translation>分机号无效：只有固定电话可以带分机号，写在连字符之后，最多6位。</translation>
    </message>
</context>
<context>
    <name>PracticeMode</name>
    <message>
        <source>count the practice data</source>
        <translation>统计练习数据</translation>
    </message>
    <message>
        <source>clear the practice data</source>
        <translation>清除练习数据</translation>
    </message>
    <message>
        <source>%1 case(s), %2 applicant(s), %3 task(s), %4 manifest(s), %5 rating(s)</source>
        <translation>%1 件办件、%2 位申请人、%3 项帮办任务、%4 份交接清单、%5 条评价</translation>
    </message>
</context>
<context>
    <name>PullBulkLoad</name>
    <message>
        <source>prepare the pulled cases for searching</source>
        <translation>为同步下来的办件建立检索</translation>
    </message>
</context>
<context>
    <name>RatingRules</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Call back and verify</source>
        <translation>回访核实</translation>
    </message>
    <message>
        <source>Rectify</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Applicant&apos;s feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>申诉复核中</translation>
    </message>
    <message>
        <source>Appeal upheld: not counted</source>
        <translation>申诉成立：不计入</translation>
    </message>
    <message>
        <source>Appeal dismissed</source>
        <translation>申诉驳回</translation>
    </message>
    <message>
        <source>Choose the case to rate.</source>
        <translation>请选择要评价的办件。</translation>
    </message>
    <message numerus="yes">
        <source>The comment is too long: at most %n characters.</source>
        <translation>
            <numerusform>评价内容过长：最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>A rating on site belongs to a visit; none was given.</source>
        <translation>现场评价须对应一次办事，未指明是哪一次。</translation>
    </message>
    <message>
        <source>Only a supervisor records the follow-up of a bad rating.</source>
        <translation>差评整改只能由管理人员记录。</translation>
    </message>
    <message>
        <source>This follow-up is closed.</source>
        <translation>该差评整改已办结。</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; first.</source>
        <translation>请先记录“%1”。</translation>
    </message>
    <message>
        <source>Write down what was done for &quot;%1&quot;.</source>
        <translation>请写明“%1”的处理情况。</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>说明过长：最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a bad rating can be appealed.</source>
        <translation>只有差评可以申诉。</translation>
    </message>
    <message>
        <source>Only the staff member who was rated may appeal this rating.</source>
        <translation>只有被评价的工作人员可以申诉。</translation>
    </message>
    <message>
        <source>This rating was appealed already.</source>
        <translation>该评价已申诉过。</translation>
    </message>
    <message>
        <source>Say why the rating is mistaken or malicious.</source>
        <translation>请说明该评价为何属于误评或恶意差评。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>理由过长：最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>This rating has no appeal.</source>
        <translation>该评价没有申诉。</translation>
    </message>
    <message>
        <source>This appeal is decided already.</source>
        <translation>该申诉已复核。</translation>
    </message>
    <message>
        <source>Only a supervisor decides appeals.</source>
        <translation>申诉只能由管理人员复核。</translation>
    </message>
    <message>
        <source>An appeal is decided by someone else.</source>
        <translation>申诉须由他人复核。</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>请填写复核理由。</translation>
    </message>
</context>
<context>
    <name>RatingStore</name>
    <message>
        <source>Cannot read the case.</source>
        <translation>无法读取办件。</translation>
    </message>
    <message>
        <source>The case to rate was not found.</source>
        <translation>找不到要评价的办件。</translation>
    </message>
    <message>
        <source>That visit is not part of the case.</source>
        <translation>该次办事不属于此办件。</translation>
    </message>
    <message>
        <source>This visit has been rated already: one rating per visit.</source>
        <translation>本次办事已评价过：一次一评。</translation>
    </message>
    <message>
        <source>This case has been rated already: one rating per case.</source>
        <translation>该办件已评价过：一事一评。</translation>
    </message>
    <message>
        <source>Cannot save the rating.</source>
        <translation>无法保存评价。</translation>
    </message>
    <message>
        <source>Cannot open the follow-up.</source>
        <translation>无法建立差评整改记录。</translation>
    </message>
    <message>
        <source>This rating has no follow-up: only a bad rating has one.</source>
        <translation>该评价没有整改记录：只有差评需要整改。</translation>
    </message>
    <message>
        <source>Cannot save the follow-up.</source>
        <translation>无法保存整改记录。</translation>
    </message>
    <message>
        <source>The rating was not found.</source>
        <translation>找不到该评价。</translation>
    </message>
    <message>
        <source>Cannot save the appeal.</source>
        <translation>无法保存申诉。</translation>
    </message>
    <message>
        <source>Cannot save the decision.</source>
        <translation>无法保存复核结果。</translation>
    </message>
    <message>
        <source>Choose a follow-up deadline between 1 and 30 working days.</source>
        <translation>回访期限请设为 1 至 30 个工作日。</translation>
    </message>
</context>
<context>
    <name>RefusalWording</name>
    <message>
        <source>The server could not read this device&apos;s request. Tell the IT administrator; changes stay queued here.</source>
        <translation>服务器无法读取本设备的请求。请告知信息管理员；变更仍保留在本机队列中。</translation>
    </message>
    <message>
        <source>The server found a wrong field in this device&apos;s request. Tell the IT administrator; changes stay queued here.</source>
        <translation>服务器发现本设备请求中有字段不正确。请告知信息管理员；变更仍保留在本机队列中。</translation>
    </message>
    <message>
        <source>The request was too large for the server. Sync sends smaller batches; tell the IT administrator if this repeats.</source>
        <translation>请求超出服务器的大小限制。同步将分批发送；如反复出现请告知信息管理员。</translation>
    </message>
    <message>
        <source>The server is busy with this device&apos;s requests. Sync tries again shortly.</source>
        <translation>服务器正忙于处理本设备的请求，稍后自动重试同步。</translation>
    </message>
    <message>
        <source>The server stopped the upload because it took too long. The rest is sent at the next sync.</source>
        <translation>上传耗时过长，服务器已中止；其余变更将在下次同步时发送。</translation>
    </message>
    <message>
        <source>The request carried no credentials. Enroll this device again; changes stay queued here.</source>
        <translation>请求未携带凭据。请重新登记本设备；变更仍保留在本机队列中。</translation>
    </message>
    <message>
        <source>The server does not accept this device&apos;s credentials any more. Ask the administrator for a new enrollment code; changes stay queued here.</source>
        <translation>服务器不再接受本设备的凭据。请向管理员申请新的登记码；变更仍保留在本机队列中。</translation>
    </message>
    <message>
        <source>This device&apos;s sign-in to the server has expired. Ask the administrator for a new enrollment code; changes stay queued here.</source>
        <translation>本设备在服务器上的登记已过期。请向管理员申请新的登记码；变更仍保留在本机队列中。</translation>
    </message>
    <message>
        <source>The enrollment code is unknown, used or expired. Ask the administrator for a new code (codes are valid for 7 days and work once).</source>
        <translation>登记码无效、已使用或已过期。请向管理员申请新的登记码（登记码7天内有效，仅可使用一次）。</translation>
    </message>
    <message>
        <source>The server has revoked this device: it no longer syncs. Changes made here stay on this device. Ask the administrator to enroll it again.</source>
        <translation>服务器已停用本设备，不再同步。本机所做的变更保留在本机。请管理员重新登记本设备。</translation>
    </message>
    <message>
        <source>The server does not know this request; it may be of another version. Tell the IT administrator.</source>
        <translation>服务器不认识此请求，可能版本不一致。请告知信息管理员。</translation>
    </message>
    <message>
        <source>This device&apos;s data went back in time (restored from a backup). Sync starts a new stream and sends the changes again; nothing is lost.</source>
        <translation>本设备数据已回退（从备份恢复）。同步将启用新的序列并重新发送变更，不会丢失数据。</translation>
    </message>
    <message>
        <source>The server expects this device&apos;s newer stream. Sync starts again with it; nothing is lost.</source>
        <translation>服务器要求使用本设备较新的序列，同步将重新开始，不会丢失数据。</translation>
    </message>
    <message>
        <source>The server no longer keeps the changes since this device&apos;s last sync. Sync downloads everything again.</source>
        <translation>服务器已不再保存本设备上次同步以来的变更，同步将重新下载全部数据。</translation>
    </message>
    <message>
        <source>The server already has a change with this id but different content. Nothing of the batch was saved there; tell the IT administrator.</source>
        <translation>服务器上已有同一编号但内容不同的变更，本批次未写入。请告知信息管理员。</translation>
    </message>
    <message>
        <source>The server is missing earlier changes of this device. Sync sends them again first.</source>
        <translation>服务器缺少本设备之前的变更，同步将先补发。</translation>
    </message>
    <message>
        <source>The server no longer accepts this version of OneWindow. Changes stay queued here; install the new version.</source>
        <translation>服务器已不再接受此版本的一窗通。变更仍保留在本机队列中；请安装新版本。</translation>
    </message>
    <message>
        <source>The server&apos;s database is not available. Changes wait in the queue; tell the IT administrator if this lasts.</source>
        <translation>服务器数据库暂不可用。变更在队列中等待；如持续出现请告知信息管理员。</translation>
    </message>
    <message>
        <source>The server failed with an internal error. Changes wait in the queue; tell the IT administrator.</source>
        <translation>服务器发生内部错误。变更在队列中等待；请告知信息管理员。</translation>
    </message>
    <message>
        <source>The user who made this change has been disabled, so the server did not apply it.</source>
        <translation>做出此变更的用户已被停用，服务器未予执行。</translation>
    </message>
    <message>
        <source>Your role may not do this; the server did not apply it. Ask a colleague with the right role.</source>
        <translation>您的角色无权进行此操作，服务器未予执行。请由具备相应角色的同事办理。</translation>
    </message>
    <message>
        <source>This may not be done at your place; the server did not apply it. The case&apos;s own place must do it.</source>
        <translation>本网点无权进行此操作，服务器未予执行。须由办件所属网点办理。</translation>
    </message>
    <message>
        <source>The case (or task) had already moved on, so this step is not possible any more.</source>
        <translation>办件（或任务）已进入其他环节，此操作已无法进行。</translation>
    </message>
    <message>
        <source>The case belongs to another department; only its staff may do this.</source>
        <translation>该办件属于其他部门，只有该部门人员可以办理。</translation>
    </message>
    <message>
        <source>This item may not be accepted at a township point; the county hall must accept it.</source>
        <translation>该事项不可在乡镇便民服务点受理，须由县政务服务大厅受理。</translation>
    </message>
    <message>
        <source>This step is not allowed for the way the case was received.</source>
        <translation>该办件的受理渠道不允许此操作。</translation>
    </message>
    <message>
        <source>The one-time notice was too late: the deadline of 5 working days had passed.</source>
        <translation>一次性告知超出5个工作日期限，已不能出具。</translation>
    </message>
    <message>
        <source>Materials are still missing, so the case cannot be accepted yet.</source>
        <translation>材料尚不齐全，暂不能受理。</translation>
    </message>
    <message>
        <source>The deadline for the missing materials has not passed yet, so the case cannot be terminated.</source>
        <translation>补正期限尚未届满，不能终止办件。</translation>
    </message>
    <message>
        <source>This step needs a reason. Make it again and give the reason.</source>
        <translation>此操作需要填写理由。请重新操作并填写理由。</translation>
    </message>
    <message>
        <source>The case changed on the server before your change arrived. Open the case and check it.</source>
        <translation>您的变更到达前，服务器上的办件已发生变化。请打开办件核对。</translation>
    </message>
    <message>
        <source>The server found the intake data of this case invalid (applicant, agent, number or place). Check the case with the applicant.</source>
        <translation>服务器认为该办件的收件信息有误（申请人、代理人、编号或网点）。请与申请人核对。</translation>
    </message>
    <message>
        <source>The server&apos;s catalogue does not have this item. Tell the IT administrator to update the catalogue.</source>
        <translation>服务器事项目录中没有该事项。请告知信息管理员更新目录。</translation>
    </message>
    <message>
        <source>The server does not have this case.</source>
        <translation>服务器上没有该办件。</translation>
    </message>
    <message>
        <source>The server already has a case with this id or number (this device&apos;s data went back in time). Tell the IT administrator.</source>
        <translation>服务器上已有相同编号的办件（本设备数据曾回退）。请告知信息管理员。</translation>
    </message>
    <message>
        <source>The case number does not belong to this device. Tell the IT administrator.</source>
        <translation>办件编号不属于本设备。请告知信息管理员。</translation>
    </message>
    <message>
        <source>The person collecting the result is neither the applicant nor an authorised agent.</source>
        <translation>领取人既不是申请人，也不是授权代理人。</translation>
    </message>
    <message>
        <source>Parts of this bundle are not decided yet, so it cannot be released.</source>
        <translation>联办件中尚有事项未办结，不能出件。</translation>
    </message>
    <message>
        <source>A part of this bundle is held elsewhere, so it cannot be released here.</source>
        <translation>联办件中有事项的结果在其他网点，不能在此出件。</translation>
    </message>
    <message>
        <source>Someone else claimed this task first.</source>
        <translation>该任务已被他人先行认领。</translation>
    </message>
    <message>
        <source>Only the help agent who has the task may do this.</source>
        <translation>只有认领该任务的帮办员可以进行此操作。</translation>
    </message>
    <message>
        <source>A proxy task needs the power of attorney (委托书) first.</source>
        <translation>代办任务须先登记委托书。</translation>
    </message>
    <message>
        <source>The power of attorney (委托书) has expired.</source>
        <translation>委托书已过期。</translation>
    </message>
    <message>
        <source>This step needs a note. Make it again and write the note.</source>
        <translation>此操作需要填写说明。请重新操作并填写说明。</translation>
    </message>
    <message>
        <source>The note is too long. Shorten it and make the step again.</source>
        <translation>说明过长。请缩短后重新操作。</translation>
    </message>
    <message>
        <source>Completing a task needs its outcome. Make it again and give the outcome.</source>
        <translation>完成任务需要填写办理结果。请重新操作并填写结果。</translation>
    </message>
    <message>
        <source>The task cannot be handed over to that person.</source>
        <translation>该任务不能转交给此人。</translation>
    </message>
    <message>
        <source>This step of the task is out of order.</source>
        <translation>该任务步骤顺序不正确。</translation>
    </message>
    <message>
        <source>Only archiving, reporting or a follow-up may come after the task was completed.</source>
        <translation>任务完成后只能进行归档、上报或回访。</translation>
    </message>
    <message>
        <source>That department sub-step does not exist in this task.</source>
        <translation>该任务中不存在此部门子步骤。</translation>
    </message>
    <message>
        <source>A department&apos;s sub-step of this task is not done yet.</source>
        <translation>该任务尚有部门子步骤未完成。</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>任务须填写标题。</translation>
    </message>
    <message>
        <source>The server could not read this task. Tell the IT administrator.</source>
        <translation>服务器无法读取该任务。请告知信息管理员。</translation>
    </message>
    <message>
        <source>The server does not have this task.</source>
        <translation>服务器上没有该任务。</translation>
    </message>
    <message>
        <source>The server already has a task with this id.</source>
        <translation>服务器上已有相同编号的任务。</translation>
    </message>
    <message>
        <source>The task changed on the server before your change arrived. Open it and check.</source>
        <translation>您的变更到达前，服务器上的任务已发生变化。请打开核对。</translation>
    </message>
    <message>
        <source>The server found this task&apos;s data invalid. Tell the IT administrator.</source>
        <translation>服务器认为该任务的数据有误。请告知信息管理员。</translation>
    </message>
    <message>
        <source>The handoff manifest goes to a place it may not go to.</source>
        <translation>流转单的目的网点不正确。</translation>
    </message>
    <message>
        <source>The case was not forwarded to this place, so its result cannot be returned from here.</source>
        <translation>该办件未流转至本网点，不能从此退回结果。</translation>
    </message>
    <message>
        <source>A case on the manifest is held at another place.</source>
        <translation>流转单上有办件在其他网点。</translation>
    </message>
    <message>
        <source>A case on the manifest is not in a state that may be sent.</source>
        <translation>流转单上有办件的状态不允许流转。</translation>
    </message>
    <message>
        <source>A case on the manifest has not been accepted yet.</source>
        <translation>流转单上有办件尚未受理。</translation>
    </message>
    <message>
        <source>The result of a case on the manifest is not held here.</source>
        <translation>流转单上有办件的结果不在本网点。</translation>
    </message>
    <message>
        <source>The manifest was received already.</source>
        <translation>该流转单已签收。</translation>
    </message>
    <message>
        <source>The server could not read this manifest. Tell the IT administrator.</source>
        <translation>服务器无法读取该流转单。请告知信息管理员。</translation>
    </message>
    <message>
        <source>The server does not have this manifest.</source>
        <translation>服务器上没有该流转单。</translation>
    </message>
    <message>
        <source>The server already has a manifest with this id or number.</source>
        <translation>服务器上已有相同编号的流转单。</translation>
    </message>
    <message>
        <source>The server found this manifest&apos;s data invalid (packet counts or entries).</source>
        <translation>服务器认为该流转单的数据有误（件数或明细）。</translation>
    </message>
    <message>
        <source>The manifest changed on the server before your change arrived.</source>
        <translation>您的变更到达前，服务器上的流转单已发生变化。</translation>
    </message>
    <message>
        <source>The rating&apos;s comment is too long.</source>
        <translation>评价内容过长。</translation>
    </message>
    <message>
        <source>The visit this rating is for is not on the server.</source>
        <translation>服务器上没有该评价对应的办理记录。</translation>
    </message>
    <message>
        <source>This visit (or case) was rated already; the first rating stands.</source>
        <translation>该次办理（或办件）已评价过，以首次评价为准。</translation>
    </message>
    <message>
        <source>The server already has a rating with this id.</source>
        <translation>服务器上已有相同编号的评价。</translation>
    </message>
    <message>
        <source>The server found this rating&apos;s data invalid.</source>
        <translation>服务器认为该评价的数据有误。</translation>
    </message>
    <message>
        <source>The server does not have this rating.</source>
        <translation>服务器上没有该评价。</translation>
    </message>
    <message>
        <source>The case of this rating is not on the server.</source>
        <translation>服务器上没有该评价对应的办件。</translation>
    </message>
    <message>
        <source>This rating has no follow-up (整改) to record a step in.</source>
        <translation>该评价没有需要整改的事项。</translation>
    </message>
    <message>
        <source>The follow-up of this rating is already closed.</source>
        <translation>该评价的整改已办结。</translation>
    </message>
    <message>
        <source>Follow-up steps go in order: call back, rectify, feedback.</source>
        <translation>整改须按回访、整改、反馈的顺序进行。</translation>
    </message>
    <message>
        <source>Only the rated staff member may appeal this rating.</source>
        <translation>只有被评价的工作人员可以申诉。</translation>
    </message>
    <message>
        <source>Only a bad rating may be appealed.</source>
        <translation>只有差评可以申诉。</translation>
    </message>
    <message>
        <source>This rating was appealed already.</source>
        <translation>该评价已提出申诉。</translation>
    </message>
    <message>
        <source>This rating has no appeal to decide.</source>
        <translation>该评价没有待处理的申诉。</translation>
    </message>
    <message>
        <source>The appeal was decided already.</source>
        <translation>该申诉已有处理结果。</translation>
    </message>
    <message>
        <source>The appeal must come from the staff member who was rated.</source>
        <translation>申诉须由被评价的工作人员提出。</translation>
    </message>
    <message>
        <source>The server refused the change (%1). Tell the IT administrator.</source>
        <translation>服务器拒绝了此变更（%1）。请告知信息管理员。</translation>
    </message>
    <message>
        <source>Server&apos;s message (%1): %2</source>
        <translation>服务器原文（%1）：%2</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>The ID number is valid.</source>
        <translation>身份证件号码有效。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证件号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: check for a missing or an extra digit.</source>
        <translation>身份证件号码应为18位：请检查是否漏输或多输了数字。</translation>
    </message>
    <message>
        <source>An ID number holds only the digits 0-9 and, as its last character, X: remove spaces and type half-width digits.</source>
        <translation>身份证件号码只能包含数字0-9，最后一位可以是X：请删除空格，并使用半角数字输入。</translation>
    </message>
    <message>
        <source>The first digits are not a valid region code: compare the first six digits with the card.</source>
        <translation>开头几位不是有效的行政区划代码：请将前六位与证件核对。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a real birth date: compare them with the card.</source>
        <translation>第7至14位不是有效的出生日期：请与证件核对。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 give a birth date in the future: compare them with the card.</source>
        <translation>第7至14位的出生日期晚于今天：请与证件核对。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 give a birth date before 1900: compare them with the card.</source>
        <translation>第7至14位的出生日期早于1900年：请与证件核对。</translation>
    </message>
    <message>
        <source>The check character does not match: please check each digit again.</source>
        <translation>校验码不符：请逐位重新核对。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number, which is no longer accepted: ask for the current 18-digit ID card.</source>
        <translation>这是已停用的15位身份证号码，不能受理：请申请人出示现行的18位居民身份证。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counter staff</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Help agent</source>
        <translation>帮办代办员</translation>
    </message>
    <message>
        <source>Township point staff</source>
        <translation>乡镇便民服务中心人员</translation>
    </message>
    <message>
        <source>Department approver</source>
        <translation>部门审批人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>ServiceItem</name>
    <message>
        <source>Administrative licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>Administrative payment</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <source>Administrative adjudication</source>
        <translation>行政裁决</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>行政征收</translation>
    </message>
    <message>
        <source>Administrative award</source>
        <translation>行政奖励</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>其他行政权力</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件和复印件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>May be supplied later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>No longer required</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>SignInClient</name>
    <message>
        <source>This device does not know user %1 yet. Sync the device (F5) and sign in again.</source>
        <translation>本机尚无用户 %1 的信息。请先同步（F5）后再登录。</translation>
    </message>
    <message>
        <source>The server cannot be reached: the new password is not set. Try again when it can.</source>
        <translation>无法连接服务器，新密码未设置。请在网络恢复后重试。</translation>
    </message>
    <message>
        <source>The administrator has revoked this device: nobody can sign in on it. Ask the administrator for a new enrollment code and enroll it again.</source>
        <translation>管理员已吊销本设备：任何人都不能在本设备上登录。请向管理员申请新的注册码，重新注册本设备。</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>The backup failed; try again. The database was not changed.</source>
        <translation>备份失败，请重试。数据库未被改动。</translation>
    </message>
    <message>
        <source>The restore failed; the database was not changed. Close other programs that use it and try again.</source>
        <translation>恢复失败，数据库未被改动。请关闭正在使用它的其他程序后重试。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a sound database (damaged or not SQLite). Use another backup.</source>
        <translation>%1 不是完好的数据库（已损坏或不是 SQLite 文件）。请使用其他备份。</translation>
    </message>
    <message>
        <source>%1 is not a backup of this kind of OneWindow database. Choose a backup made by OneWindow.</source>
        <translation>%1 不是这类一窗通数据库的备份。请选择一窗通生成的备份。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version first.</source>
        <translation>备份 %1 由更新版本的一窗通生成（数据版本 %2，本程序最高支持 %3）。请先安装新版本。</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name for the backup.</source>
        <translation>%1 已存在。请为备份另选一个文件名。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>无法创建文件夹 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written. Check the folder&apos;s permissions and free space.</source>
        <translation>无法写入备份文件 %1。请检查文件夹权限和剩余空间。</translation>
    </message>
    <message>
        <source>The backup could not be renamed to %1.</source>
        <translation>备份无法重命名为 %1。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for the restore; nothing was changed.</source>
        <translation>恢复时无法打开数据库 %1，未做任何改动。</translation>
    </message>
</context>
<context>
    <name>StatisticsDefinitions</name>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Near due</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>At most one trip</source>
        <translation>最多跑一次</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation>平均办理工作日</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>办件量前列事项</translation>
    </message>
    <message>
        <source>Cases accepted in the period (by the day of acceptance). Rejected applications were never accepted; withdrawn cases are left out. A one-visit bundle counts its department cases, not the bundle itself.</source>
        <translation>期间内受理的办件（按受理日）。不予受理的申请不计；撤回的办件不计；“一件事”按各部门办件计，不计总件。</translation>
    </message>
    <message>
        <source>Cases decided (approved or denied) in the period, by the day of the decision, wherever they were accepted.</source>
        <translation>期间内作出决定（准予或不予）的办件，按决定日计，不论何时受理。</translation>
    </message>
    <message>
        <source>Completed cases decided on or before their due date / completed. The due date already moves by the working days a case was suspended.</source>
        <translation>在承诺办结日（含）前作出决定的办结件 / 办结数。特别程序的工作日已顺延在承诺办结日中。</translation>
    </message>
    <message>
        <source>Open cases (accepted or in review, not suspended) whose due date has passed, counted today.</source>
        <translation>截至今日，已超过承诺办结日的在办件（已受理或审批中，不含特别程序中）。</translation>
    </message>
    <message>
        <source>Open cases with at most one working day left or at least 80% of the promised working days used, counted today.</source>
        <translation>截至今日，剩余不超过 1 个工作日或已用承诺时限 80% 以上的在办件。</translation>
    </message>
    <message>
        <source>(Very satisfied + satisfied + basically satisfied) / ratings given in the period. Ratings whose appeal was upheld are not counted.</source>
        <translation>（非常满意 + 满意 + 基本满意）/ 期间内评价总数。申诉成立的评价不计。</translation>
    </message>
    <message>
        <source>Ratings given in the period at each of the five levels; appeals upheld left out.</source>
        <translation>期间内五个等级的评价数；申诉成立的不计。</translation>
    </message>
    <message>
        <source>Of the applicants&apos; matters whose result went out in the period, the share for which the applicant came at most once. A bundle counts once.</source>
        <translation>期间内出件的事项中，申请人最多跑一次的比例。“一件事”计一次。</translation>
    </message>
    <message>
        <source>Cases accepted in the period by how they reached the hall: window, township point, help agent, online.</source>
        <translation>期间内受理的办件按渠道分：窗口、乡镇便民服务中心、帮办代办、网上办。</translation>
    </message>
    <message>
        <source>For cases completed in the period: working days from the day of acceptance to the day of the decision, on the working-day calendar, averaged.</source>
        <translation>期间内办结的办件，从受理日到决定日的工作日数（按工作日历）的平均值。</translation>
    </message>
    <message>
        <source>The items with the most cases accepted in the period.</source>
        <translation>期间内受理量最多的事项。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Township point</source>
        <translation>乡镇便民服务中心</translation>
    </message>
    <message>
        <source>Help agent</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上办</translation>
    </message>
    <message>
        <source>Completion of accepted</source>
        <translation>本期受理办结率</translation>
    </message>
    <message>
        <source>Completed / accepted in the same period, rejected and withdrawn applications excluded. A case accepted in one period and decided in the next counts in each period for what happened in it, so a period that decides more than it accepts shows more than 100%; &quot;Completion of accepted&quot; never does.</source>
        <translation>同一期间的办结数 / 受理数，不予受理和撤回的申请不计。本期受理、下期办结的办件，在各期分别按当期发生的事项计，因此办结多于受理的期间会超过 100%；“本期受理办结率”不会。</translation>
    </message>
    <message>
        <source>Of the cases accepted in the period, the share decided (approved or denied) to date, whenever the decision came. At most 100%; it still grows while cases of the period are open.</source>
        <translation>期间内受理的办件中，截至目前已作出决定（准予或不予）的比例，不论何时决定。不超过 100%；本期办件仍在办理时，该比例还会上升。</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>请选择开始日期不晚于结束日期的统计期间。</translation>
    </message>
    <message>
        <source>Cannot count the accepted cases.</source>
        <translation>无法统计受理件。</translation>
    </message>
    <message>
        <source>Cannot count the completed cases.</source>
        <translation>无法统计办结件。</translation>
    </message>
    <message>
        <source>Cannot count the ratings.</source>
        <translation>无法统计评价。</translation>
    </message>
    <message>
        <source>Cannot count the trips.</source>
        <translation>无法统计跑动次数。</translation>
    </message>
    <message>
        <source>Cannot count the overdue cases.</source>
        <translation>无法统计超期件。</translation>
    </message>
    <message>
        <source>Cannot count the cases near their due date.</source>
        <translation>无法统计临期件。</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Statistics report, %1</source>
        <translation>%1政务服务统计报告</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Statistics report, %1 to %2</source>
        <translation>政务服务统计报告（%1 至 %2）</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · counted on %4</source>
        <translation>%1 · %2 至 %3 · 统计日期 %4</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Accepted and completed</source>
        <translation>受理与办结</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Ratings (%1 given, satisfaction rate %2)</source>
        <translation>好差评（共 %1 条，满意率 %2）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>%1 (the %2 with the most accepted cases of %3)</source>
        <translation>%1（共 %3 个，列出受理量最多的 %2 个）</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>指标口径</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so the report cannot be written. Ask the administrator to install one (for example WenQuanYi Micro Hei).</source>
        <translation>未安装中文字体，无法生成报告。请联系管理员安装（例如文泉驿微米黑）。</translation>
    </message>
    <message>
        <source>The report cannot be saved as %1: %2. Choose another folder.</source>
        <translation>报告无法保存为 %1：%2。请换一个文件夹。</translation>
    </message>
    <message>
        <source>The report could not be laid out as a PDF. Try again.</source>
        <translation>报告无法排版为 PDF，请重试。</translation>
    </message>
</context>
<context>
    <name>StatisticsRollup</name>
    <message>
        <source>Cannot prepare the working-day table.</source>
        <translation>无法准备工作日表。</translation>
    </message>
    <message>
        <source>Cannot update the statistics.</source>
        <translation>无法更新统计数据。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync worker cannot open the local database.</source>
        <translation>同步进程无法打开本地数据库。</translation>
    </message>
    <message>
        <source>The server has revoked this device: it no longer syncs. Changes made here stay on this device. Ask the administrator to enroll it again.</source>
        <translation>服务器已注销本设备，不再同步。本机的变更仍保存在本设备上。请联系管理员重新注册。</translation>
    </message>
    <message>
        <source>Upgrade required: the server no longer accepts this version of OneWindow (%1). Changes stay queued here; install the new version.</source>
        <translation>需要升级：服务器不再接受此版本的一窗通（%1）。变更保留在本机队列中；请安装新版本。</translation>
    </message>
    <message>
        <source>This device&apos;s sign-in to the server has expired. Ask the administrator for a new enrollment code; changes stay queued here.</source>
        <translation>本设备在服务器的登录凭证已过期。请向管理员申请新的注册码；变更保留在本机队列中。</translation>
    </message>
    <message>
        <source>The server does not accept this device&apos;s credentials any more. Ask the administrator for a new enrollment code; changes stay queued here.</source>
        <translation>服务器不再接受本设备的凭证。请向管理员申请新的注册码；变更保留在本机队列中。</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read (%1). Tell the IT administrator.</source>
        <translation>无法读取服务器的答复（%1）。请告知信息技术管理员。</translation>
    </message>
    <message>
        <source>The server stopped the upload at change %1 and a new stream did not help. Tell the IT administrator.</source>
        <translation>服务器在第 %1 条变更处停止接收，重新开始同步序列后仍未解决。请告知信息技术管理员。</translation>
    </message>
    <message>
        <source>The server accepted none of the queued changes. Tell the IT administrator.</source>
        <translation>服务器未接受队列中的任何变更。请告知信息技术管理员。</translation>
    </message>
    <message>
        <source>The server refused this device&apos;s audit log: %1 Changes and cases still sync. Tell the IT administrator: the audit log on this device may have been tampered with.</source>
        <translation>服务器拒收本机的审计日志：%1 办件和其他更改仍照常同步。请告知信息管理员：本机的审计日志可能被篡改。</translation>
    </message>
    <message>
        <source>a row was changed after it was written.</source>
        <translation>有记录在写入后被修改。</translation>
    </message>
    <message>
        <source>rows are missing or out of order.</source>
        <translation>有记录缺失或顺序错乱。</translation>
    </message>
    <message>
        <source>rows the server already received are missing at the end.</source>
        <translation>服务器已收到的末尾记录在本机缺失。</translation>
    </message>
    <message>
        <source>the log names another device.</source>
        <translation>日志属于另一台设备。</translation>
    </message>
    <message>
        <source>This device is not enrolled with a server yet: it works in practice mode and nothing done here is ever sent. Enroll it with a code from the administrator (Sync menu).</source>
        <translation>本机尚未在服务器注册：现处于练习模式，所办业务不会上传。请使用管理员提供的一次性注册码注册本机（“同步”菜单）。</translation>
    </message>
</context>
<context>
    <name>SyncEnroller</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter it like http://192.168.1.10:8470.</source>
        <translation>“%1”不是服务器地址。请按 http://192.168.1.10:8470 的格式填写。</translation>
    </message>
    <message>
        <source>The server did not accept the enrollment code: %1 Ask the administrator for a new code (codes are valid for 7 days and work once).</source>
        <translation>服务器未接受注册码：%1 请向管理员申请新的注册码（注册码7日内有效，只能使用一次）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrollment cannot be read. Check the server address.</source>
        <translation>无法读取服务器对注册的答复。请检查服务器地址。</translation>
    </message>
</context>
<context>
    <name>SyncHttp</name>
    <message>
        <source>The server at %1 refused the connection: it is not running, or the address is wrong. Work goes on here; changes wait in the queue.</source>
        <translation>服务器 %1 拒绝连接：服务器未运行或地址有误。本机可继续办理，变更在队列中等待上传。</translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network. Work goes on here; changes wait in the queue.</source>
        <translation>本网络中找不到服务器名称 %1。本机可继续办理，变更在队列中等待上传。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Work goes on here; changes wait in the queue.</source>
        <translation>服务器 %1 未及时应答。本机可继续办理，变更在队列中等待上传。</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2). Work goes on here; changes wait in the queue.</source>
        <translation>无法连接服务器 %1（%2）。本机可继续办理，变更在队列中等待上传。</translation>
    </message>
    <message>
        <source>The server&apos;s database is not available. Changes wait in the queue; tell the IT administrator if this lasts.</source>
        <translation>服务器数据库暂不可用。变更在队列中等待；如持续出现，请告知信息技术管理员。</translation>
    </message>
    <message>
        <source>The server is busy with this device&apos;s requests. Sync tries again shortly.</source>
        <translation>服务器正忙于处理本设备的请求，稍后将自动重试同步。</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1). Tell the IT administrator.</source>
        <translation>服务器返回错误（HTTP %1）。请告知信息技术管理员。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2.</source>
        <translation>无法读取 CA 证书文件 %1：%2。</translation>
    </message>
    <message>
        <source>The server at %1 shows a certificate this computer does not trust (%2). Nothing was sent. Tell the IT administrator: the county&apos;s CA certificate goes in the settings (CA certificate file). Work goes on here; changes wait in the queue.</source>
        <translation>服务器 %1 出示的证书不受本机信任（%2），未发送任何数据。请告知信息化管理员：在设置中填写县里的 CA 证书文件。本机工作照常进行，改动在队列中等待。</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM form (a text file with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>文件 %1 中没有可用的 PEM 格式证书（应为含有“-----BEGIN CERTIFICATE-----”的文本文件）。</translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <source>Open pool</source>
        <translation>待认领任务池</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Claimed by others</source>
        <translation>他人已认领</translation>
    </message>
    <message>
        <source>Near due / overdue</source>
        <translation>临期/超期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>TaskRules</name>
    <message>
        <source>Proxy (代办)</source>
        <translation>代办</translation>
    </message>
    <message>
        <source>Help (帮办)</source>
        <translation>帮办</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待认领</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Release to the pool</source>
        <translation>退回任务池</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Add progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Key project</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <source>Disabled applicant</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Elderly applicant</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>From intake</source>
        <translation>来自受理</translation>
    </message>
    <message>
        <source>From a township point</source>
        <translation>来自乡镇便民服务中心</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>独立创建</translation>
    </message>
    <message>
        <source>Entrust (委托)</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Accept (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Handle (办理)</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Deliver (送达)</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Archive (归档)</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Report (上报)</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Follow-up visit (回访)</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>The task does not exist yet.</source>
        <translation>任务尚不存在。</translation>
    </message>
    <message>
        <source>The task exists already.</source>
        <translation>任务已存在。</translation>
    </message>
    <message>
        <source>The task is closed (%1); it cannot be changed any more.</source>
        <translation>任务已关闭（%1），不能再更改。</translation>
    </message>
    <message>
        <source>Nobody has claimed this task yet: claim it first.</source>
        <translation>此任务尚无人认领：请先认领。</translation>
    </message>
    <message>
        <source>“%1” is not possible for a task that is “%2”.</source>
        <translation>任务处于“%2”状态时不能“%1”。</translation>
    </message>
    <message>
        <source>Someone else has claimed this task already.</source>
        <translation>已有他人认领此任务。</translation>
    </message>
    <message>
        <source>%1 has claimed this task already.</source>
        <translation>%1 已认领此任务。</translation>
    </message>
    <message>
        <source>Supervisors assign and return tasks but do not work them.</source>
        <translation>管理人员负责分派和退回任务，不办理任务。</translation>
    </message>
    <message>
        <source>The role “%1” may not do this: %2.</source>
        <translation>“%1”角色无权执行此操作：%2。</translation>
    </message>
    <message>
        <source>This task belongs to another place&apos;s pool.</source>
        <translation>此任务属于其他场所的任务池。</translation>
    </message>
    <message>
        <source>This task is for another department&apos;s agents.</source>
        <translation>此任务由其他部门的帮办员办理。</translation>
    </message>
    <message>
        <source>Nobody has claimed this task: claim it first.</source>
        <translation>此任务尚无人认领：请先认领。</translation>
    </message>
    <message>
        <source>This task is %1&apos;s: only the agent who has it may do this.</source>
        <translation>此任务由 %1 办理：只有承办人可执行此操作。</translation>
    </message>
    <message>
        <source>A proxy task needs the applicant&apos;s power of attorney (委托书). Record it first.</source>
        <translation>代办任务须有申请人的委托书，请先登记委托书。</translation>
    </message>
    <message>
        <source>The power of attorney was valid until %1 and has expired. Ask the applicant for a new one.</source>
        <translation>委托书有效期至 %1，已过期。请申请人重新出具委托书。</translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation>请填写此步骤的理由。</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>请填写所做的工作。</translation>
    </message>
    <message>
        <source>Write the outcome: what the applicant got.</source>
        <translation>请填写办理结果：申请人得到了什么。</translation>
    </message>
    <message>
        <source>Choose another active agent of this place to hand the task over to.</source>
        <translation>请选择本场所另一位在岗帮办员接手此任务。</translation>
    </message>
    <message>
        <source>The steps go in order (委托 → 受理 → 办理 → 送达 → 归档 → 上报 → 回访); this step comes before one already recorded.</source>
        <translation>步骤须按顺序记录（委托 → 受理 → 办理 → 送达 → 归档 → 上报 → 回访）；此步骤早于已记录的步骤。</translation>
    </message>
    <message>
        <source>The task is done: only archiving, reporting and the follow-up visit can be recorded now.</source>
        <translation>任务已办结：现在只能记录归档、上报和回访。</translation>
    </message>
    <message>
        <source>That department&apos;s sub-step does not exist or is done already.</source>
        <translation>该部门子事项不存在或已办结。</translation>
    </message>
    <message>
        <source>Some departments&apos; sub-steps are not done yet.</source>
        <translation>部分部门的子事项尚未办结。</translation>
    </message>
    <message>
        <source>Say what the applicant needs help with.</source>
        <translation>请说明申请人需要帮办的事项。</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message numerus="yes">
        <source>The title is too long: at most %n characters.</source>
        <translation>
            <numerusform>标题过长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>内容过长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sub-step names its department.</source>
        <translation>每个子事项须注明部门。</translation>
    </message>
    <message>
        <source>Apply for “%1”, supply materials and collect the result</source>
        <translation>申请“%1”、补正材料并领取结果</translation>
    </message>
    <message>
        <source>Use create() for a new task.</source>
        <translation>新任务请使用 create()。</translation>
    </message>
    <message>
        <source>save the task</source>
        <translation>保存任务</translation>
    </message>
    <message>
        <source>The task was changed meanwhile. Look at it again and repeat the action.</source>
        <translation>任务已被他人更改。请重新查看后再操作。</translation>
    </message>
    <message>
        <source>save the task log</source>
        <translation>保存任务记录</translation>
    </message>
    <message>
        <source>read the task</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <source>The task was not found.</source>
        <translation>未找到该任务。</translation>
    </message>
    <message>
        <source>The task from the server is incomplete.</source>
        <translation>服务器发来的任务不完整。</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Cannot read the working-day calendar %1: %2</source>
        <translation>无法读取工作日历 %1：%2</translation>
    </message>
    <message>
        <source>%1: the working-day calendar is not UTF-8 text.</source>
        <translation>%1：工作日历不是UTF-8编码的文本。</translation>
    </message>
    <message>
        <source>expected “year &lt;YYYY&gt; &lt;notice number&gt;…”.</source>
        <translation>格式应为“year &lt;YYYY&gt; &lt;通知文号&gt;…”。</translation>
    </message>
    <message>
        <source>“%1” is not a year (expected YYYY).</source>
        <translation>“%1”不是年份（格式应为YYYY）。</translation>
    </message>
    <message>
        <source>year %1 is listed twice (first on line %2).</source>
        <translation>年份%1重复出现（首次出现在第%2行）。</translation>
    </message>
    <message>
        <source>unknown keyword “%1” (expected year, holiday or workday).</source>
        <translation>未知关键字“%1”（应为 year、holiday 或 workday）。</translation>
    </message>
    <message>
        <source>“%1” comes before any “year” line.</source>
        <translation>“%1”出现在第一个“year”行之前。</translation>
    </message>
    <message>
        <source>expected “%1 &lt;YYYY-MM-DD&gt; &lt;name&gt;”.</source>
        <translation>格式应为“%1 &lt;YYYY-MM-DD&gt; &lt;名称&gt;”。</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD).</source>
        <translation>“%1”不是日期（格式应为YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 is not in %2, the year of this section (line %3).</source>
        <translation>%1不在本节所属的%2年内（见第%3行）。</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2).</source>
        <translation>%1重复出现（首次出现在第%2行）。</translation>
    </message>
    <message>
        <source>make-up working day %1 is not a Saturday or Sunday.</source>
        <translation>调休上班日%1不是星期六或星期日。</translation>
    </message>
    <message>
        <source>%1: the working-day calendar has no “year” line.</source>
        <translation>%1：工作日历中没有“year”行。</translation>
    </message>
    <message>
        <source>The working-day calendar has no data for %1. Ask the administrator to publish the State Council holiday notice for that year.</source>
        <translation>工作日历中没有%1年的数据。请联系系统管理员导入国务院办公厅发布的该年度节假日安排通知。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no active user &quot;%1&quot; on this device.</source>
        <translation>本设备上没有可用的用户“%1”。</translation>
    </message>
    <message>
        <source>The place %1 of user &quot;%2&quot; is unknown on this device.</source>
        <translation>本设备上没有用户“%2”所属的服务网点 %1。</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The local database is busy. Wait a moment and try again; nothing was saved.</source>
        <translation>本地数据库正忙，本次内容未保存。请稍候再试。</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneWindow cannot start</source>
        <translation>一窗通无法启动</translation>
    </message>
    <message>
        <source>Enrollment failed</source>
        <translation>注册失败</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>Enroll this device</source>
        <translation>注册本设备</translation>
    </message>
    <message>
        <source>Enroll now?</source>
        <translation>现在注册吗？</translation>
    </message>
</context>
<context>
    <name>ow::AppealListModel</name>
    <message>
        <source>Not appealed</source>
        <translation>未申诉</translation>
    </message>
    <message>
        <source>%1 — decision: %2</source>
        <translation>%1 — 复核意见：%2</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>被评人员</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantForm</name>
    <message>
        <source>&amp;Person</source>
        <translation>个人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>企业(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>18-digit resident ID number</source>
        <translation>18位居民身份证号码</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>地址(&amp;R)：</translation>
    </message>
    <message>
        <source>New applicant: not found in earlier cases.</source>
        <translation>新申请人：以往办件中没有记录。</translation>
    </message>
    <message>
        <source>Returning applicant %1: the details from earlier cases were filled in (data sharing). Check them with the applicant.</source>
        <translation>老申请人 %1：已按以往办件自动填入信息（数据共享），请与申请人核对。</translation>
    </message>
</context>
<context>
    <name>ow::AuditLogModel</name>
    <message>
        <source>Row %1 · %2
Device: %3
User: %4
Place: %5
Action: %6
Record: %7 %8
Result: %9
Detail: %10
Previous hash: %11
Hash: %12</source>
        <translation>第 %1 条 · %2
设备：%3
用户：%4
地点：%5
操作：%6
对象：%7 %8
结果：%9
详情：%10
前一哈希：%11
哈希：%12</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>ow::AuditScreen</name>
    <message>
        <source>&amp;Search (Enter)</source>
        <translation>查询(&amp;S)（回车）</translation>
    </message>
    <message>
        <source>&amp;Verify the chains (Ctrl+Shift+V)</source>
        <translation>校验审计链(&amp;V)（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>e.g. case. or login</source>
        <translation>例如 case. 或 login</translation>
    </message>
    <message>
        <source>case id, task id, …</source>
        <translation>办件编号、任务编号……</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Done (ok)</source>
        <translation>成功（ok）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;审计日志&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every write, every look at personal data, every sign-in and every refused action, newest first. Nothing here can be changed.</source>
        <translation>每一次写入、每一次查看个人信息、每一次登录和每一次被拒绝的操作，最新的在前。此处内容不可更改。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>对象(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>结果(&amp;E)：</translation>
    </message>
    <message>
        <source>Selected row &amp;detail:</source>
        <translation>所选记录详情(&amp;D)：</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>记录(&amp;W)：</translation>
    </message>
    <message>
        <source>The first day comes after the last day: swap them.</source>
        <translation>起始日晚于截止日：请对调。</translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation>没有符合条件的审计记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) shown (more load as you scroll).</source>
        <translation>
            <numerusform>已显示 %n 条审计记录（向下滚动加载更多）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1: %2</source>
        <translation>设备 %1：%2</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source>Audit chains intact.</source>
        <translation>审计链完整。</translation>
    </message>
    <message>
        <source>An audit chain is broken: see the audit screen.</source>
        <translation>审计链已断开：请查看审计日志页面。</translation>
    </message>
</context>
<context>
    <name>ow::CaseDetailView</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>跑动次数</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>受托代理人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Result held at</source>
        <translation>出件地点</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>出件时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Shows the whole ID and phone numbers. Each look is recorded.</source>
        <translation>显示完整的证件号码和电话号码。每次查看都会记录在审计日志中。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存为PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>流转记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>申请材料(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Bundle parts</source>
        <translation>一件事分项(&amp;B)</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>文书(&amp;O)</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>未选择办件</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>已显示</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>at the window</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <source>at a township point</source>
        <translation>乡镇便民服务中心受理</translation>
    </message>
    <message>
        <source>through a help agent</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>online</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>(%n working day(s) promised)</source>
        <translation>
            <numerusform>（承诺%n个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>— clock paused</source>
        <translation>— 暂停计时</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自%1起</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) not counted</source>
        <translation>
            <numerusform>%n个工作日不计入办理时限</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(by post)</source>
        <translation>（邮寄送达）</translation>
    </message>
    <message>
        <source>(at the counter)</source>
        <translation>（窗口领取）</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>to be supplied later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No move on this case is open to you now.</source>
        <translation>您目前不能对该办件进行任何操作。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Give the reason. It is kept in the case history and printed on the applicant&apos;s document.</source>
        <translation>请填写理由。理由将记入办件流转记录，并打印在交给申请人的文书上。</translation>
    </message>
    <message>
        <source>ID number of the person collecting the result:</source>
        <translation>领取人的证件号码：</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>请先选择一个办件。</translation>
    </message>
    <message>
        <source>%1: done. The case is now &quot;%2&quot;.</source>
        <translation>%1：已完成。办件当前状态为“%2”。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存为PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>One-time notice was due by %1: the application counts as accepted from receipt</source>
        <translation>一次性告知期限%1已过：自收件之日起视为受理</translation>
    </message>
    <message>
        <source>One-time notice, if any, by %1</source>
        <translation>如需一次性告知，期限至%1</translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation>（即将到期）</translation>
    </message>
</context>
<context>
    <name>ow::CaseListModel</name>
    <message>
        <source>Overdue: the promised date %1 has passed.</source>
        <translation>已超期：承诺办结日期 %1 已过。</translation>
    </message>
    <message>
        <source>Due soon: promised by %1.</source>
        <translation>临近到期：承诺 %1 前办结。</translation>
    </message>
    <message>
        <source>The clock is paused while the special procedure runs.</source>
        <translation>特别程序期间暂停计时。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>跑动次数</translation>
    </message>
    <message>
        <source>No one-time notice was issued by %1: the application counts as accepted from the day it was received. Accept it now.</source>
        <translation>%1前未出具一次性告知书：自收到申请材料之日起即为受理，请立即受理。</translation>
    </message>
    <message>
        <source>A one-time notice, if any, must be issued by %1 (5 working days after receipt); after that the application counts as accepted.</source>
        <translation>如需一次性告知，须在%1前（收件后5个工作日内）出具；逾期即视为受理。</translation>
    </message>
    <message>
        <source>Notice by %1</source>
        <translation>告知期限 %1</translation>
    </message>
</context>
<context>
    <name>ow::CaseListScreen</name>
    <message>
        <source>Hall window</source>
        <translation>政务服务中心窗口</translation>
    </message>
    <message>
        <source>Township point</source>
        <translation>乡镇便民服务中心</translation>
    </message>
    <message>
        <source>Help agent</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <source>Case number, ID number or its last 4+ digits, phone, applicant name (2+ characters), item</source>
        <translation>办件编号、证件号码或其后4位以上、电话、申请人姓名（2个字以上）、事项</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办办件</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Type at least 2 characters.</source>
        <translation>请至少输入2个字符。</translation>
    </message>
    <message>
        <source>Nothing to search for in this text.</source>
        <translation>输入的内容无法用于查询。</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>没有符合条件的办件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; more below</source>
        <translation>
            <numerusform>已显示%n件，向下滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sync is still bringing this place&apos;s cases from the server; the list fills when it is done.</source>
        <translation>首次同步仍在从服务器取回本地的办件，取完后列表即会显示。</translation>
    </message>
</context>
<context>
    <name>ow::CaseQueueModel</name>
    <message numerus="yes">
        <source>%1 (%n part(s))</source>
        <translation>
            <numerusform>%1（共%n项）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>承诺办结日期</translation>
    </message>
</context>
<context>
    <name>ow::CatalogBrowser</name>
    <message>
        <source>&amp;Immediate</source>
        <translation>马上办(&amp;I)</translation>
    </message>
    <message>
        <source>O&amp;nline</source>
        <translation>网上办(&amp;N)</translation>
    </message>
    <message>
        <source>Near&amp;by</source>
        <translation>就近办(&amp;B)</translation>
    </message>
    <message>
        <source>One &amp;trip</source>
        <translation>一次办(&amp;T)</translation>
    </message>
    <message>
        <source>To&amp;wnship may accept</source>
        <translation>乡镇可受理(&amp;W)</translation>
    </message>
    <message>
        <source>Name, code or pinyin initials (e.g. qysl)</source>
        <translation>事项名称、编码或拼音首字母（如 qysl）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共%n个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>No item matches. Try fewer characters or another department.</source>
        <translation>没有匹配的事项。请减少输入的字符，或选择其他部门。</translation>
    </message>
    <message>
        <source>Choose an item to see its materials.</source>
        <translation>请选择一个事项，查看所需材料。</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>legal %1, promised %2</source>
        <translation>法定：%1；承诺：%2</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>free</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>Four ways</source>
        <translation>四办</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Township point</source>
        <translation>乡镇便民服务中心</translation>
    </message>
    <message>
        <source>may accept</source>
        <translation>可受理</translation>
    </message>
    <message>
        <source>county hall only</source>
        <translation>仅限政务服务中心受理</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>One visit for</source>
        <translation>一件事包含</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>整合证照</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>%1份</translation>
    </message>
    <message>
        <source>may be supplied later</source>
        <translation>可容缺后补</translation>
    </message>
    <message>
        <source>No longer required (do not ask for):</source>
        <translation>已取消的材料（请勿要求申请人提供）：</translation>
    </message>
</context>
<context>
    <name>ow::CatalogItemModel</name>
    <message>
        <source>Immediate</source>
        <translation>马上办</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上办</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>就近办</translation>
    </message>
    <message>
        <source>One trip</source>
        <translation>一次办</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Promised time</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Four ways</source>
        <translation>四办</translation>
    </message>
</context>
<context>
    <name>ow::CountyCaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>承诺办结日期</translation>
    </message>
</context>
<context>
    <name>ow::CountyCasesDialog</name>
    <message>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Cases of %1</source>
        <translation>%1 的办件</translation>
    </message>
    <message>
        <source>Period: %1 to %2. Overdue and near due are counted today.</source>
        <translation>统计期间：%1 至 %2。超期和临期按今天统计。</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>指标(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;ases:</source>
        <translation>办件(&amp;A)：</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在查询服务器…</translation>
    </message>
    <message>
        <source>No cases from the server.</source>
        <translation>服务器未返回办件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) shown</source>
        <translation>
            <numerusform>已显示 %1 件，共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>cases-%1-%2-%3-%4.csv</source>
        <translation>办件-%1-%2-%3-%4.csv</translation>
    </message>
    <message>
        <source>Export cases as CSV</source>
        <translation>将办件导出为 CSV</translation>
    </message>
</context>
<context>
    <name>ow::CountyClient</name>
    <message>
        <source>The county view needs the server, which cannot be reached now. The local dashboard (Shift+F4) still works.</source>
        <translation>县级汇总需要连接服务器，目前连不上服务器。本机的统计看板（Shift+F4）仍可使用。</translation>
    </message>
    <message>
        <source>The server does not know your sign-in any more (it expired or ended). Sign in again (File → Switch user) to see the county view.</source>
        <translation>服务器上的登录已失效（已过期或已结束）。请重新登录（文件 → 切换用户）后查看县级汇总。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the county view could not be read. Tell the IT administrator (the server may be of another version).</source>
        <translation>无法读取服务器返回的县级汇总。请告知信息技术管理员（服务器可能是其他版本）。</translation>
    </message>
    <message>
        <source>The county view needs the server, and this device is not enrolled with one. The local dashboard (Shift+F4) still works.</source>
        <translation>县级汇总需要连接服务器，但本设备尚未在服务器注册。本机的统计看板（Shift+F4）仍可使用。</translation>
    </message>
    <message>
        <source>The county view needs a sign-in at the server; this sign-in was checked on this device only. Sign in again (File → Switch user) when the server can be reached. The local dashboard (Shift+F4) still works.</source>
        <translation>县级汇总需要在服务器上登录；本次登录只在本机核验。请在能连上服务器时重新登录（文件 → 切换用户）。本机的统计看板（Shift+F4）仍可使用。</translation>
    </message>
</context>
<context>
    <name>ow::CountyScreen</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>县级汇总</translation>
    </message>
    <message>
        <source>Every place&apos;s figures for the period, as the county server counts them from what the devices have synced.</source>
        <translation>本期各场所的统计数字，由县级服务器根据各设备已同步的数据统计。</translation>
    </message>
    <message>
        <source>Pl&amp;aces:</source>
        <translation>各场所(&amp;A)：</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在向服务器查询…</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n place(s)</source>
        <translation>
            <numerusform>%1 至 %2：%n 个场所</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures from the server.</source>
        <translation>未能从服务器取得统计数字。</translation>
    </message>
    <message>
        <source>county-%1-%2.csv</source>
        <translation>县级汇总-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
</context>
<context>
    <name>ow::CountyTableModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Where the cases were received (ratings: where they were given). The total row adds up the places shown.</source>
        <translation>办件的受理场所（评价：作出评价的场所）。合计行为所列各场所之和。</translation>
    </message>
    <message>
        <source>Applicants&apos; matters whose result went out in the period (a bundle once).</source>
        <translation>本期已出件的申请人事项数（一件事只计一次）。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>出件</translation>
    </message>
</context>
<context>
    <name>ow::DashboardScreen</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部场所</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>场所(&amp;L)：</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Accepted and completed</source>
        <translation>受理与办结</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>%1 with its township points</source>
        <translation>%1（含乡镇）</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>仅%1</translation>
    </message>
    <message>
        <source>%1 to %2, counted in %3 s</source>
        <translation>%1 至 %2，统计用时 %3 秒</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>统计报告 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The report of the period shown, with its charts and tables, as a PDF (Ctrl+P)</source>
        <translation>将当前期间的统计报告（含图表）保存为 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>正在统计，请稍后再试。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将统计报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>没有可导出的表格。</translation>
    </message>
</context>
<context>
    <name>ow::DeadlineSweeper</name>
    <message numerus="yes">
        <source>%n case(s) terminated: the deadline for their materials passed (%1).</source>
        <translation>
            <numerusform>已终止%n件办件：材料期限已过（%1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::EnrollmentDialog</name>
    <message>
        <source>Enroll this device</source>
        <translation>注册本设备</translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>例如 ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性注册码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>注册(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>To send its work to the county&apos;s server, this device must be enrolled once. Ask the administrator for a one-time code (valid 7 days). Until then the device works in practice mode: for training only, nothing done on it is valid.</source>
        <translation>本设备需注册一次，才能将办理数据上传到县级服务器。请向管理员申请一次性注册码（7日内有效）。注册前本机处于练习模式：仅供练习，所办业务不生效。</translation>
    </message>
    <message>
        <source>The practice data on this device will be cleared when it enrolls (%1): none of it is sent to the server.</source>
        <translation>注册时本机的练习数据将被清除（%1），练习数据不会上传到服务器。</translation>
    </message>
    <message>
        <source>&amp;Enroll and clear practice data</source>
        <translation>注册并清除练习数据(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ow::FirstRunWizard</name>
    <message>
        <source>Set up OneWindow on this device</source>
        <translation>在本设备上设置一窗通</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Enroll &gt;</source>
        <translation>注册(&amp;E) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Welcome to OneWindow. This device is new: a few questions set it up. Enter goes on, Esc stops; nothing is kept before the last page.</source>
        <translation>欢迎使用一窗通。这是一台新设备，回答几个问题即可完成设置。按 Enter 继续，按 Esc 退出；到最后一页之前不会保存任何设置。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The county&apos;s OneWindow server, as the IT office gave it. Its address is checked now.</source>
        <translation>县里的一窗通服务器，地址由信息化部门提供。现在会检查该地址能否连通。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>注册本设备</translation>
    </message>
    <message>
        <source>Enter the one-time code the administrator printed for this device (onewindow-server device enroll). The server tells the place the code is for.</source>
        <translation>请输入管理员为本设备打印的一次性注册码（onewindow-server device enroll）。注册码对应的点位由服务器告知。</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性注册码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>点位(&amp;P)：</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Receipts and notices are printed here. This machine has no default printer yet.</source>
        <translation>受理回执和一次性告知书在此打印。本机尚未设置默认打印机。</translation>
    </message>
    <message>
        <source>Receipts and notices are printed here. The system&apos;s default printer is %1.</source>
        <translation>受理回执和一次性告知书在此打印。系统默认打印机为 %1。</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>打印机(&amp;R)：</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>The screen locks after this many minutes without input, so that nobody reads personal data at an empty counter.</source>
        <translation>无操作达到此分钟数后锁定屏幕，以免他人在无人值守的窗口看到个人信息。</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>无操作锁屏(&amp;I)：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>确认设置</translation>
    </message>
    <message>
        <source>Finish keeps these settings; all of them can be changed later in Settings.</source>
        <translation>点击“完成”保存以下设置；以后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>服务器已应答。</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>请输入一次性注册码。</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>This device is enrolled at %1.</source>
        <translation>本设备已注册到 %1。</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>界面语言：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Enrolled at: %1</source>
        <translation>注册点位：%1</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <source>Screen lock: never</source>
        <translation>锁屏：从不</translation>
    </message>
    <message numerus="yes">
        <source>Screen lock: after %n minutes</source>
        <translation>
            <numerusform>锁屏：无操作 %n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Skip: work in practice mode for now (training only: nothing done here is valid)</source>
        <translation>跳过(&amp;S)：暂以练习模式工作（仅供练习，所办业务不生效）</translation>
    </message>
    <message>
        <source>The server at %1 does not answer: %2 Check the address and the network, or skip and work in practice mode for now.</source>
        <translation>服务器 %1 没有应答：%2请检查地址和网络，或先跳过，暂以练习模式工作。</translation>
    </message>
    <message>
        <source>Server: none yet, practice mode (enroll later from the Sync menu)</source>
        <translation>服务器：暂无，练习模式（以后可在“同步”菜单中注册本设备）</translation>
    </message>
</context>
<context>
    <name>ow::FollowUpListModel</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>被评人员</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ow::IntakeScreen</name>
    <message>
        <source>Materials received; not yet decided</source>
        <translation>已收件，尚未决定是否受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>One-time notice issued: waiting for the missing materials</source>
        <translation>已出具一次性告知书，等待补正材料</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>1 · Item</source>
        <translation>1 · 事项</translation>
    </message>
    <message>
        <source>2 · Applicant</source>
        <translation>2 · 申请人</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代理人姓名</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>代理人证件号码</translation>
    </message>
    <message>
        <source>Agen&amp;t:</source>
        <translation>受托代理人(&amp;T)：</translation>
    </message>
    <message>
        <source>An authorised agent who may collect the result</source>
        <translation>可代为领取结果的受托代理人</translation>
    </message>
    <message>
        <source>3 · Materials</source>
        <translation>3 · 申请材料</translation>
    </message>
    <message>
        <source>Receive only (F9)</source>
        <translation>仅收件（F9）</translation>
    </message>
    <message>
        <source>One-time notice (F11)</source>
        <translation>一次性告知（F11）</translation>
    </message>
    <message>
        <source>Reject… (F12)</source>
        <translation>不予受理…（F12）</translation>
    </message>
    <message>
        <source>Accept (F10)</source>
        <translation>受理（F10）</translation>
    </message>
    <message>
        <source>Save what was handed in and decide later; the time limit runs.</source>
        <translation>保存已提交的材料，稍后决定；办理时限开始计算。</translation>
    </message>
    <message>
        <source>Tell the applicant in writing, once, everything that is missing.</source>
        <translation>一次性书面告知申请人需要补正的全部材料。</translation>
    </message>
    <message>
        <source>Not accepted, with the reason.</source>
        <translation>不予受理，并说明理由。</translation>
    </message>
    <message>
        <source>Accept the application (F10 or Ctrl+Enter).</source>
        <translation>受理申请（F10 或 Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>&amp;Documents for the applicant:</source>
        <translation>交申请人的文书(&amp;D)：</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save PDF… (Ctrl+S)</source>
        <translation>保存为PDF…（Ctrl+S）</translation>
    </message>
    <message>
        <source>New intake (F2)</source>
        <translation>新受理（F2）</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>新受理</translation>
    </message>
    <message>
        <source>Discard the intake in progress? Nothing of it has been saved.</source>
        <translation>放弃正在办理的受理吗？其内容尚未保存。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Type the item&apos;s name, code or pinyin initials, then Enter.</source>
        <translation>输入事项名称、编码或拼音首字母，然后按回车。</translation>
    </message>
    <message>
        <source>handled on the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <source>promised in %n working day(s)</source>
        <translation>
            <numerusform>承诺%n个工作日办结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Licensing item: a one-time notice must be given by %1 (%n working day(s) from receipt).</source>
        <translation>
            <numerusform>行政许可事项：如需一次性告知，须在 %1 前出具（收件后%n个工作日内）。</numerusform>
        </translation>
    </message>
    <message>
        <source>One visit for: %1</source>
        <translation>一件事包含：%1</translation>
    </message>
    <message>
        <source>No longer required (do not ask for): %1</source>
        <translation>已取消的材料（请勿要求提供）：%1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Why is the application not accepted? The reason is printed on the rejection notice.</source>
        <translation>不予受理的理由是什么？理由将打印在不予受理通知书上。</translation>
    </message>
    <message>
        <source>Save the intake before printing its documents.</source>
        <translation>请先保存受理，再打印文书。</translation>
    </message>
    <message>
        <source>Agent who may collect the result: %1</source>
        <translation>可代领结果的受托代理人：%1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>承诺 %1 前办结</translation>
    </message>
    <message>
        <source>A one-time notice, if needed, must be given by %1.</source>
        <translation>如需一次性告知，须在 %1 前出具。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2前补交</translation>
    </message>
    <message>
        <source>To be supplied later: %1</source>
        <translation>容缺后补：%1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存为PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>No help asked</source>
        <translation>不需帮办</translation>
    </message>
    <message>
        <source>The power of attorney (委托书) is valid until</source>
        <translation>委托书有效期至</translation>
    </message>
    <message>
        <source>Help/pro&amp;xy:</source>
        <translation>帮办代办(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>ow::ItemPicker</name>
    <message>
        <source>Item: name, code or pinyin initials (e.g. qysl)</source>
        <translation>事项：名称、编码或拼音首字母（如 qysl）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共%n个事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>OneWindow — %1</source>
        <translation>一窗通 — %1</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>搜索事项目录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation>立即检查连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗通(&amp;A)</translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation>关于一窗通</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Counter software for government service halls and township convenience-service points.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一窗通 %1&lt;/h3&gt;&lt;p&gt;面向政务服务中心和乡镇便民服务中心的窗口受理软件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Catalogue %1</source>
        <translation>事项目录 %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>Server %1 answers (version %2).</source>
        <translation>服务器 %1 连接正常（版本 %2）。</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>Server %1 does not answer: %2. Work goes on locally.</source>
        <translation>服务器 %1 无响应：%2
业务可继续在本机办理。</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 连接中…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Help &amp; proxy</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>流转单</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Back up local data…</source>
        <translation>备份本机数据(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore local data…</source>
        <translation>恢复本机数据(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Sends this device&apos;s cases to the server and fetches updates.</source>
        <translation>把本机的办件发送到服务器并取回更新。</translation>
    </message>
    <message>
        <source>This device is not enrolled yet: enroll it first.</source>
        <translation>本设备尚未注册，请先注册。</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>正在与服务器同步…</translation>
    </message>
    <message>
        <source>&amp;Enroll this device…</source>
        <translation>注册本设备(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>办件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>新建受理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>查找(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>审批队列(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>统一出件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Nothing to print here: print from the intake result (Ctrl+P) or from a case&apos;s documents (open it from the case list).</source>
        <translation>此处没有可打印的内容：请在受理结果页打印（Ctrl+P），或从办件列表打开办件，在其文书中打印。</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when OneWindow starts again.</source>
        <translation>设置已保存。新的界面语言在重新启动一窗通后生效。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Back up local data</source>
        <translation>备份本机数据</translation>
    </message>
    <message>
        <source>OneWindow backup (*.sqlite)</source>
        <translation>一窗通备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Choose another file.</source>
        <translation>无法替换 %1。请另选一个文件。</translation>
    </message>
    <message>
        <source>Local data backed up to %1. Keep the file safe: it holds personal data.</source>
        <translation>本机数据已备份到 %1。该文件含个人信息，请妥善保管。</translation>
    </message>
    <message>
        <source>Restore local data</source>
        <translation>恢复本机数据</translation>
    </message>
    <message>
        <source>Replace all data on this device with the backup %1?

The data as it is now is saved first to %2. Cases the server already has come back with the next sync. OneWindow closes after the restore; start it again.</source>
        <translation>用备份 %1 替换本机的全部数据吗？

当前数据会先另存到 %2。服务器上已有的办件会在下一次同步时取回。恢复后一窗通将关闭，请重新启动。</translation>
    </message>
    <message>
        <source>The backup was restored. OneWindow closes now; start it again.</source>
        <translation>备份已恢复。一窗通现在关闭，请重新启动。</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>待上传：%1</translation>
    </message>
    <message>
        <source>Changes made here and not yet acknowledged by the server.</source>
        <translation>本机已办理、服务器尚未确认的变更。</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message numerus="yes">
        <source>Clock differs from the server&apos;s by %n minute(s)</source>
        <translation>
            <numerusform>时钟与服务器相差 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation>● 正在同步…</translation>
    </message>
    <message>
        <source>This device is enrolled; sync starts now.</source>
        <translation>本设备已注册，现在开始同步。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Rating follow-up</source>
        <translation>差评处置</translation>
    </message>
    <message>
        <source>Signed in offline: the server cannot be reached.</source>
        <translation>已离线登录：无法连接服务器。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级汇总</translation>
    </message>
    <message>
        <source>Practice mode: this device is not enrolled yet; nothing done here is valid.</source>
        <translation>练习模式：本机尚未注册，所办业务不生效</translation>
    </message>
    <message>
        <source>Practice mode: this device is not enrolled yet. Sign in as one of the demo users to train; no password is checked because nothing done here is valid. Enroll the device (Sync → Enroll this device) before real work: its practice data is then cleared and never reaches the server.</source>
        <translation>练习模式：本机尚未注册。请以演示用户登录进行练习；所办业务均不生效，因此不核验密码。办理真实业务前请先注册本机（同步 → 注册本设备）：注册时本机的练习数据将被清除，不会上传到服务器。</translation>
    </message>
    <message>
        <source>OneWindow — %1 — PRACTICE MODE (not enrolled, not valid)</source>
        <translation>一窗通 — %1 — 练习模式（本机未注册，所办业务不生效）</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <source>Enroll this device</source>
        <translation>注册本设备</translation>
    </message>
    <message>
        <source>This device is enrolled and its practice data was cleared. OneWindow closes now: start it again and sign in with your own account.</source>
        <translation>本机已注册，练习数据已清除。一窗通现在关闭，请重新启动并以本人账号登录。</translation>
    </message>
</context>
<context>
    <name>ow::ManifestScreen</name>
    <message>
        <source>Send a manifest</source>
        <translation>发出流转单</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>材料袋</translation>
    </message>
    <message>
        <source>Note (carrier, vehicle, …)</source>
        <translation>备注（送件人、车辆等）</translation>
    </message>
    <message>
        <source>&amp;Send manifest</source>
        <translation>发出流转单(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Receive a manifest</source>
        <translation>签收流转单</translation>
    </message>
    <message>
        <source>Scan the QR code or type the manifest number, then Enter</source>
        <translation>扫描二维码或输入流转单编号，然后按回车</translation>
    </message>
    <message>
        <source>Manifest &amp;number:</source>
        <translation>流转单编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Receive all</source>
        <translation>全部签收(&amp;R)</translation>
    </message>
    <message>
        <source>Manifests of this place</source>
        <translation>本场所的流转单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件清单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Missing packets</source>
        <translation>缺失材料袋</translation>
    </message>
    <message>
        <source>Awaiting sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <source>Cases of this point for the county hall: forwarded ones and those only the hall may accept.</source>
        <translation>本点需送县政务服务中心的办件：已转办的，以及只能由中心受理的。</translation>
    </message>
    <message>
        <source>Results ready for release, back to the township point where the case was received.</source>
        <translation>待出件的结果，返还给收件的乡镇便民服务中心。</translation>
    </message>
    <message numerus="yes">
        <source>Manifest %1 sent: %n case(s).</source>
        <translation>
            <numerusform>流转单 %1 已发出：办件 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n case(s)</source>
        <translation>
            <numerusform>%1 · %2 · 办件 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) awaiting sync</source>
        <translation>
            <numerusform>%n 件办件等待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) missing</source>
        <translation>
            <numerusform>缺失材料袋 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest %1: %2</source>
        <translation>流转单 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::MaterialChecklistModel</name>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>Supply later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>may be supplied later</source>
        <translation>可容缺后补</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应交</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ow::MaterialChecklistView</name>
    <message>
        <source>Space: received, next · D: defective · L: supply later · M: missing · +/−: copies · A: all received</source>
        <translation>空格：已收并下移 · D：不符合要求 · L：容缺后补 · M：缺少 · +/−：份数 · A：全部已收</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not be supplied later: the catalogue requires it now.</source>
        <translation>“%1”不能容缺后补：事项目录要求现在提交。</translation>
    </message>
</context>
<context>
    <name>ow::NewTaskDialog</name>
    <message>
        <source>Power of attorney (委托书)</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>New help-agent task</source>
        <translation>新建帮办代办任务</translation>
    </message>
    <message>
        <source>What the applicant needs help with</source>
        <translation>申请人需要帮办的事项</translation>
    </message>
    <message>
        <source>Departments, e.g. FGJ 项目备案; ZRZY 用地规划许可</source>
        <translation>部门，例如：FGJ 项目备案; ZRZY 用地规划许可</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Grantor (applicant):</source>
        <translation>委托人（申请人）：</translation>
    </message>
    <message>
        <source>Grantor&apos;s ID number:</source>
        <translation>委托人身份证号码：</translation>
    </message>
    <message>
        <source>Grantee:</source>
        <translation>受托人：</translation>
    </message>
    <message>
        <source>For what:</source>
        <translation>委托事项：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>求助人(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>部门(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sub-steps:</source>
        <translation>子事项(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Working days:</source>
        <translation>工作日(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ow::PeriodPicker</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ow::RatingDialog</name>
    <message>
        <source>Rate our service</source>
        <translation>服务评价</translation>
    </message>
</context>
<context>
    <name>ow::RatingFollowUpScreen</name>
    <message>
        <source>File &amp;appeal</source>
        <translation>提出申诉(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Uphold</source>
        <translation>申诉成立(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>驳回申诉(&amp;D)</translation>
    </message>
    <message>
        <source>Bad ratings: follow-ups and appeals</source>
        <translation>差评回访整改与申诉复核</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>A bad rating&apos;s follow-up is due this many working days after the rating; follow-ups opened from now on use it.</source>
        <translation>差评回访整改须在评价后多少个工作日内完成；此后新开的回访按此期限。</translation>
    </message>
    <message>
        <source>Follow-up dead&amp;line:</source>
        <translation>回访期限(&amp;L)：</translation>
    </message>
    <message>
        <source>What was done: whom you called and what they said, what was fixed, how the applicant responded</source>
        <translation>办理情况：回访了谁、对方怎么说，整改了什么，申请人如何反馈</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>Why the rating is mistaken or malicious, or why the appeal is upheld or dismissed</source>
        <translation>差评为何属误评或恶意评价，或申诉成立、驳回的理由</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访整改</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉复核</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups opened from now on are due in %n working day(s).</source>
        <translation>
            <numerusform>此后新开的回访期限为 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>待办回访 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>超期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No step recorded yet. Opened on %1, due on %2.</source>
        <translation>尚未记录任何步骤。%1 开启，%2 到期。</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot;</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>记录步骤</translation>
    </message>
    <message>
        <source>Choose a follow-up in the list first.</source>
        <translation>请先在列表中选择一条回访。</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for case %2.</source>
        <translation>已为办件 %2 记录“%1”。</translation>
    </message>
    <message>
        <source>Choose a rating in the list first.</source>
        <translation>请先在列表中选择一条评价。</translation>
    </message>
    <message>
        <source>The appeal was filed; a supervisor decides it.</source>
        <translation>申诉已提交，由管理人员复核。</translation>
    </message>
    <message>
        <source>Choose an appeal in the list first.</source>
        <translation>请先在列表中选择一条申诉。</translation>
    </message>
    <message>
        <source>The appeal was upheld: the rating no longer counts in the satisfaction rate. The rating itself is kept.</source>
        <translation>申诉成立：该评价不再计入满意率，评价本身保留。</translation>
    </message>
    <message>
        <source>The appeal was dismissed: the rating counts.</source>
        <translation>申诉已驳回：该评价照常计入。</translation>
    </message>
</context>
<context>
    <name>ow::RatingLevelsModel</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>ow::RatingScreen</name>
    <message>
        <source>How satisfied are you with our service today?</source>
        <translation>您对今天的服务满意吗？</translation>
    </message>
    <message numerus="yes">
        <source>Anything to tell us? (optional, at most %n characters)</source>
        <translation>
            <numerusform>有什么想对我们说的？（选填，最多 %n 个字）</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit (Enter)</source>
        <translation>提交（回车）</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>跳过（Esc）</translation>
    </message>
    <message>
        <source>Press 1 to 5 or touch a button, then Enter.</source>
        <translation>请按 1 至 5 键或点击按钮，然后按回车。</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>Choose one of the five levels first (keys 1 to 5).</source>
        <translation>请先选择一个等级（按 1 至 5 键）。</translation>
    </message>
</context>
<context>
    <name>ow::ReasonDialog</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ow::ReleaseScreen</name>
    <message>
        <source>Scan the QR code or type the case number, then Enter</source>
        <translation>扫描二维码或输入办件编号，然后按回车</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>办件编号(&amp;N)：</translation>
    </message>
    <message>
        <source>ID number of the applicant or the authorised agent</source>
        <translation>申请人或受托代理人的证件号码</translation>
    </message>
    <message>
        <source>&amp;Release (F9)</source>
        <translation>出件(&amp;R)（F9）</translation>
    </message>
    <message>
        <source>Hand the result over and record the time.</source>
        <translation>交付办理结果并记录出件时间。</translation>
    </message>
    <message>
        <source>The result was posted to the applicant (邮寄送达): no trip.</source>
        <translation>办理结果已邮寄送达申请人，不计跑动次数。</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;ID number:</source>
        <translation>领取人证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Record that the result of case %1 was posted to the applicant?</source>
        <translation>确认记录办件 %1 的办理结果已邮寄送达申请人？</translation>
    </message>
    <message>
        <source>There is no case numbered &quot;%1&quot;.</source>
        <translation>没有编号为“%1”的办件。</translation>
    </message>
    <message>
        <source>Choose a case from the list or scan its number.</source>
        <translation>请从列表中选择办件，或扫描办件编号。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Authorised agent: %1</source>
        <translation>受托代理人：%1</translation>
    </message>
    <message>
        <source>• %1 %2: %3</source>
        <translation>• %1 %2：%3</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Case %1 released.</source>
        <translation>办件 %1 已出件。</translation>
    </message>
    <message>
        <source>Case %1 recorded as posted.</source>
        <translation>已记录办件 %1 邮寄送达。</translation>
    </message>
    <message>
        <source>&amp;Same visit as acceptance: no extra trip</source>
        <translation>与受理同一次到场，不另计跑动(&amp;S)</translation>
    </message>
    <message>
        <source>The applicant waited while the case was accepted and decided (马上办): handing the result over now is not another trip.</source>
        <translation>申请人在受理、办结期间未离开（马上办）：此时出件不算再跑一次。</translation>
    </message>
    <message>
        <source>Posted by mai&amp;l</source>
        <translation>已邮寄送达(&amp;L)</translation>
    </message>
    <message>
        <source>(result not at the window yet)</source>
        <translation>（结果尚未送达窗口）</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 released with %n part(s) of the bundle.</source>
        <translation>
            <numerusform>办件%1已出件，“一件事”中%n个事项一并出件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 recorded as posted with %n part(s) of the bundle.</source>
        <translation>
            <numerusform>办件%1已登记邮寄送达，“一件事”中%n个事项一并送达。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ReviewQueueScreen</name>
    <message>
        <source>Only approvers of a department have a review queue.</source>
        <translation>只有部门审批人员才有审批队列。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) for %1 at %2, the earliest due first.</source>
        <translation>
            <numerusform>%1 在 %2 共有 %n 件待审批，按承诺办结日期先后排列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ServerProbe</name>
    <message>
        <source>No server address is set, or it is not a valid address (&quot;%1&quot;).</source>
        <translation>未设置服务器地址，或地址无效（“%1”）。请在设置中填写正确的服务器地址。</translation>
    </message>
    <message>
        <source>The server at %1 answers, but its database is not available. Tell the IT administrator.</source>
        <translation>服务器 %1 有响应，但其数据库不可用。请联系信息技术运维人员。</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection: it is not running, or the address is wrong.</source>
        <translation>服务器 %1 拒绝连接：服务器未运行，或地址有误。</translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network.</source>
        <translation>在当前网络中找不到服务器 %1。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation>服务器 %1 在 %2 秒内未响应。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection.</source>
        <translation>服务器 %1 断开了连接。</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The address %1 answers, but not like a OneWindow server. Check the server address in the settings.</source>
        <translation>地址 %1 有响应，但不是一窗通服务器。请在设置中检查服务器地址。</translation>
    </message>
</context>
<context>
    <name>ow::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The county&apos;s OneWindow server, as the IT office gave it (https://… behind nginx; http://… only inside the hall&apos;s network).</source>
        <translation>县一窗通服务器的地址，以信息中心提供的为准（经 nginx 时为 https://…；仅在大厅内网中才用 http://…）。</translation>
    </message>
    <message>
        <source>The signed-in user&apos;s place</source>
        <translation>当前用户所在点位</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without input, so that nobody reads personal data at an empty counter.</source>
        <translation>无操作超过设定的分钟数后锁屏，以免窗口无人时个人信息被他人看到。</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>点位(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>打印机(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>无操作锁屏(&amp;I)：</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://onewindow.example.gov.cn.</source>
        <translation>请填写服务器地址，例如 https://onewindow.example.gov.cn。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as https://name or http://address:port.</source>
        <translation>“%1”不是服务器地址。请写成 https://域名 或 http://地址:端口。</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>The new language takes effect when OneWindow starts again.</source>
        <translation>新的界面语言在重新启动一窗通后生效。</translation>
    </message>
    <message>
        <source>Empty: certificates of public CAs only</source>
        <translation>留空：只信任公共 CA 的证书</translation>
    </message>
    <message>
        <source>Only when the server&apos;s certificate comes from the county&apos;s own CA or is self-signed: the path of that CA&apos;s certificate (PEM), as the IT office gave it, e.g. /etc/onewindow/county-ca.pem.</source>
        <translation>仅当服务器证书由县里自己的 CA 签发或为自签名证书时填写：信息化部门提供的该 CA 证书（PEM）的路径，例如 /etc/onewindow/county-ca.pem。</translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation>CA 证书文件(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ow::SignInDialog</name>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Sign in to OneWindow</source>
        <translation>登录一窗通</translation>
    </message>
    <message>
        <source>only if you use an authenticator app</source>
        <translation>仅在使用身份验证器应用时填写</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Enter your password to go on, or sign in as someone else from the File menu afterwards.</source>
        <translation>一段时间无操作，屏幕已锁定。请输入您的密码继续；如需换人，解锁后从“文件”菜单切换用户。</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>动态验证码(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <source>This is your first sign-in: choose a new password. It needs at least %n characters from three of: lower-case letters, capitals, digits, other signs.</source>
        <translation>
            <numerusform>这是您首次登录，请设置新密码：至少 %n 个字符，并包含小写字母、大写字母、数字、其他符号中的三类。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Your role signs in with a second factor. Scan this code with an authenticator app on your phone (or type the key below into it), then enter the 6-digit code it shows.</source>
        <translation>您的角色登录需要第二重验证。请用手机上的身份验证器应用扫描此二维码（或手动输入下方密钥），然后输入它显示的 6 位验证码。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Code shown:</source>
        <translation>显示的验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit OneWindow</source>
        <translation>退出一窗通(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>设置密码(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code the authenticator app shows.</source>
        <translation>请输入身份验证器应用显示的 6 位验证码。</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>身份验证器应用的二维码</translation>
    </message>
</context>
<context>
    <name>ow::StatisticsLoader</name>
    <message>
        <source>Cannot open the store for statistics.</source>
        <translation>无法打开数据库进行统计。</translation>
    </message>
</context>
<context>
    <name>ow::StatisticsSeriesModel</name>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
</context>
<context>
    <name>ow::StatisticsTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>ow::SyncIssueModel</name>
    <message>
        <source>Intake of a new case</source>
        <translation>新办件收件</translation>
    </message>
    <message>
        <source>The server does not have this case. Check the case with the applicant and tell the IT administrator; the case stays on this device only.</source>
        <translation>服务器上没有此办件。请与申请人核对办件并告知信息技术管理员；此办件仅保存在本设备上。</translation>
    </message>
    <message>
        <source>Open the case and check it; if the move is still needed, make it again. Tell the IT administrator if this repeats.</source>
        <translation>请打开办件核查；如仍需办理该操作，请重新办理。如反复出现，请告知信息技术管理员。</translation>
    </message>
    <message>
        <source>The case is already closed (%1) on the server, so your move was not made. Tell the applicant if it concerns them; nothing else to do.</source>
        <translation>此办件在服务器上已办结（%1），您的操作未生效。如与申请人有关请告知申请人，无需其他处理。</translation>
    </message>
    <message>
        <source>Someone else moved the case first: it is now &quot;%1&quot;. Open the case, check what happened and make the move again if it still applies.</source>
        <translation>他人已先办理此办件，当前状态为“%1”。请打开办件了解情况，如仍需要请重新办理。</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>（不在本设备上）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Case %1
Attempted: %2 (%3)
Server&apos;s reason: %4
On the server the case is: %5
What you can do: %6</source>
        <translation>办件 %1
所办操作：%2（%3）
服务器说明：%4
服务器上的状态：%5
处理建议：%6</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>所办操作</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器说明</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>服务器上的状态</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>处理建议</translation>
    </message>
</context>
<context>
    <name>ow::SyncPanel</name>
    <message>
        <source>&amp;Sync now (F5)</source>
        <translation>立即同步(&amp;S) (F5)</translation>
    </message>
    <message>
        <source>&amp;Enroll this device…</source>
        <translation>注册本设备(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>打开办件(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync with the server&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;与服务器同步&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Queued changes:</source>
        <translation>待上传变更：</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>最近错误：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes the server refused&lt;/b&gt; — conflicts and rejections. Select one to see why and what to do.</source>
        <translation>&lt;b&gt;服务器未接受的变更&lt;/b&gt;——冲突和驳回。选中一条可查看原因和处理建议。</translation>
    </message>
    <message>
        <source>No change was refused by the server.</source>
        <translation>服务器没有驳回任何变更。</translation>
    </message>
    <message>
        <source>Not enrolled: work stays on this device</source>
        <translation>未注册：办理数据仅保存在本设备</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 条变更等待上传</numerusform>
        </translation>
    </message>
    <message>
        <source>none: everything was sent</source>
        <translation>无：已全部上传</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the server&apos;s by %n minute(s). Dates on receipts and case numbers come from this clock: ask the IT administrator to set it right.</source>
        <translation>
            <numerusform>本机时钟与服务器相差 %n 分钟。受理回执和办件编号中的日期取自本机时钟：请联系信息技术管理员校准。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate applications (%n):</source>
        <translation>
            <numerusform>可能的重复申请（%n 件）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::TaskBoardModel</name>
    <message>
        <source>Claimed on this device; the server has not confirmed the claim yet.</source>
        <translation>已在本机认领；服务器尚未确认。</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1.</source>
        <translation>已超期：应于 %1 办结。</translation>
    </message>
    <message>
        <source>Due soon: by %1.</source>
        <translation>即将到期：须于 %1 前办结。</translation>
    </message>
    <message>
        <source>%1 (not yet confirmed)</source>
        <translation>%1（待确认）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>帮办员</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>ow::TaskBoardScreen</name>
    <message>
        <source>&amp;Claim</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Release to pool</source>
        <translation>退回任务池(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>移交(&amp;H)…</translation>
    </message>
    <message>
        <source>Add &amp;progress…</source>
        <translation>记录进展(&amp;P)…</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>办结(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>新建任务(&amp;N)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;No tasks in “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;“%1”中没有任务。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 by %2 (claimed on this device; not yet confirmed by the server)</source>
        <translation>%1：%2 承办（在本机认领，服务器尚未确认）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1：%2 承办</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>求助人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最近步骤</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>%1 (%2) authorises %3: %4; valid until %5</source>
        <translation>%1（%2）委托 %3：%4；有效期至 %5</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门子事项</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Release to the pool</source>
        <translation>退回任务池</translation>
    </message>
    <message>
        <source>Why is the task taken from its agent?</source>
        <translation>为什么要从承办人手中收回此任务？</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>办结任务</translation>
    </message>
    <message>
        <source>The outcome: what did the applicant get?</source>
        <translation>办理结果：申请人得到了什么？</translation>
    </message>
    <message>
        <source>Return the task</source>
        <translation>退回任务</translation>
    </message>
    <message>
        <source>Why can the task not be done?</source>
        <translation>为什么无法办理此任务？</translation>
    </message>
    <message>
        <source>Task created: %1</source>
        <translation>已创建任务：%1</translation>
    </message>
    <message>
        <source>%1 gave you “%2”</source>
        <translation>%1 将“%2”移交给您</translation>
    </message>
    <message numerus="yes">
        <source>%n of your task(s) due by %1 or overdue.</source>
        <translation>
            <numerusform>您有 %n 个任务将于 %1 前到期或已超期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::TaskHandoverDialog</name>
    <message>
        <source>Hand the task over</source>
        <translation>移交任务</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>帮办员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ow::TaskProgressDialog</name>
    <message>
        <source>Add progress</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>（无步骤）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Department sub-step:</source>
        <translation>部门子事项(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>所做工作(&amp;W)：</translation>
    </message>
</context>
</TS>
