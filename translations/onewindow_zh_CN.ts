<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicantRules</name>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s name has letters only (a middle dot · is allowed), at most 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the legal representative&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal representative&apos;s name has letters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name has letters only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>record the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>save the working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working-day calendar has been loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored working-day calendar cannot be read. Load it again.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue one-time notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept supplemented materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ready for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has not been received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has already been received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time notice has already been issued; a second notice is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed (%1); nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has been decided; it can no longer be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not possible for a case that is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors may look at cases but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A township point may forward this case but not decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approver of the case&apos;s department decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” may not do this: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is held at another place and is released there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is received at the place where you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another department; approvers decide only their own department&apos;s cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot be accepted at a township point; forward the materials to the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot receive a case through this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n working day(s) for a one-time notice have passed: the application counts as accepted from the day it was received.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Required materials are still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required materials are missing: issue a one-time notice instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline for the outstanding materials has not passed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue, field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid department code (upper-case letters and digits, starting with a letter, at most 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid item code (letters, digits, “-”, “.” and “_”, at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of working days from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promised time limit (%1 working days) exceeds the legal one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item handled immediately (马上办) must promise 0 working days, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal basis is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the material&apos;s name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies: expected 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a material that is asked for needs at least one copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle cannot contain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” is not an item of the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” is itself a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle (一件事) needs at least two parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column “%1” (expected: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tab-separated fields, but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 是 or 否, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order %1 appears twice for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must have exactly one row below its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a six-digit GB/T 2260 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department “%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1” (expected one of: 行政许可, 行政确认, 行政给付, 行政裁决, 行政征收, 行政奖励, 其他行政权力, 公共服务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan (e.g. 0, 20 or 12.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item code “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown form “%1” (expected 原件, 复印件 or 原件和复印件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown requirement “%1” (expected 必需, 容缺 or 已取消)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a OneWindow catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this program understands (%2); update the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown form “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown requirement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>save the service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service catalogue has been loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The unified social credit code is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters: check for a missing or an extra character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code holds only digits and capital letters other than I, O, S, V and Z: check for a 0 typed as O, a 1 as I, a 5 as S, a 2 as Z, or a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first character is not a registration authority code: compare it with the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second character is not an entity type that this registration authority issues: compare the first two characters with the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 are not a valid region code: compare them with the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character does not match: please check each character again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This device has no valid place or device number yet, so it cannot number cases. Enrol the device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not %1. Nothing was saved. If this happens again, tell the IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Check that the file exists, is readable and is not used by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database (or it is damaged). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data. It was not changed; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to data version %2. It was not changed. Tell the IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue the change for the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryJson</name>
    <message>
        <source>Place %1: the code and the name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1: unknown kind &quot;%2&quot; (hall or township).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1: its hall %2 must be listed before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: the id, the user name and the name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: unknown role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: unknown place %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>save the places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>No Chinese font is installed, so the document cannot be written. Ask the administrator to install one (for example WenQuanYi Micro Hei).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be saved as %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be laid out as a PDF. Try again, or print it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number holds only half-width digits, spaces and hyphens: remove any letters or other signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers in mainland China can be entered: the country code must be +86.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number: a mobile number starts with 1, a landline number with its area code (0...), a service number with 400 or 800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has too few or too many digits: a mobile number has 11 digits, a landline number an area code and 7 or 8 digits, a service number 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19: check the first two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code is not valid: it is 010, 02x or four digits starting with 0, such as 0931.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local number never starts with 0 or 1: check the digits after the area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension is not valid: only a landline number can have one, of up to 6 digits after a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>The ID number is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters: check for a missing or an extra digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number holds only the digits 0-9 and, as its last character, X: remove spaces and type half-width digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first digits are not a valid region code: compare the first six digits with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a real birth date: compare them with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 give a birth date in the future: compare them with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 give a birth date before 1900: compare them with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character does not match: please check each digit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number, which is no longer accepted: ask for the current 18-digit ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counter staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township point staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceItem</name>
    <message>
        <source>Administrative licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be supplied later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Cannot read the working-day calendar %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the working-day calendar is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “year &lt;YYYY&gt; &lt;notice number&gt;…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year (expected YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 is listed twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown keyword “%1” (expected year, holiday or workday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes before any “year” line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “%1 &lt;YYYY-MM-DD&gt; &lt;name&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2, the year of this section (line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up working day %1 is not a Saturday or Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the working-day calendar has no “year” line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working-day calendar has no data for %1. Ask the administrator to publish the State Council holiday notice for that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no active user &quot;%1&quot; on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place %1 of user &quot;%2&quot; is unknown on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The local database is busy. Wait a moment and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneWindow cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CatalogBrowser</name>
    <message>
        <source>&amp;Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near&amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;wnship may accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code or pinyin initials (e.g. qysl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No item matches. Try fewer characters or another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to see its materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">承办部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal %1, promised %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county hall only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished">法律依据</translation>
    </message>
    <message>
        <source>One visit for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished">申请材料</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be supplied later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer required (do not ask for):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CatalogItemModel</name>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">承办部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four ways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>OneWindow — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Counter software for government service halls and township convenience-service points.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 answers (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 does not answer: %2. Work goes on locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ServerProbe</name>
    <message>
        <source>No server address is set, or it is not a valid address (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answers, but its database is not available. Tell the IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the connection: it is not running, or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 answers, but not like a OneWindow server. Check the server address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
