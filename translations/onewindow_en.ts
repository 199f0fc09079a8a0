<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicantRules</name>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>Enter the applicant&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>Enter the enterprise&apos;s name.</translation>
    </message>
    <message>
        <source>A person&apos;s name has letters only (a middle dot · is allowed), at most 30.</source>
        <translation>A person&apos;s name has letters only (a middle dot · is allowed), at most 30.</translation>
    </message>
    <message>
        <source>Enter the legal representative&apos;s name.</source>
        <translation>Enter the legal representative&apos;s name.</translation>
    </message>
    <message>
        <source>The legal representative&apos;s name has letters only.</source>
        <translation>The legal representative&apos;s name has letters only.</translation>
    </message>
    <message>
        <source>The contact&apos;s name has letters only.</source>
        <translation>The contact&apos;s name has letters only.</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message numerus="yes">
        <source>Chain intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Chain intact: %n row verified.</numerusform>
            <numerusform>Chain intact: %n rows verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at row %1 (%2): the row was changed after it was written. %3 row(s) before it are intact.</source>
        <translation>Chain broken at row %1 (%2): the row was changed after it was written. %3 row(s) before it are intact.</translation>
    </message>
    <message>
        <source>Chain broken at row %1 (%2): it does not follow the row before it — a row was deleted, inserted or moved there. %3 row(s) before it are intact.</source>
        <translation>Chain broken at row %1 (%2): it does not follow the row before it — a row was deleted, inserted or moved there. %3 row(s) before it are intact.</translation>
    </message>
    <message>
        <source>Rows are missing at the end: the chain no longer reaches row %1, which the server acknowledged. %2 row(s) are intact.</source>
        <translation>Rows are missing at the end: the chain no longer reaches row %1, which the server acknowledged. %2 row(s) are intact.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>record the audit trail</source>
        <translation>record the audit trail</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
</context>
<context>
    <name>AuditSync</name>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>record what the server received</source>
        <translation>record what the server received</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>save the working-day calendar</source>
        <translation>save the working-day calendar</translation>
    </message>
    <message>
        <source>read the working-day calendar</source>
        <translation>read the working-day calendar</translation>
    </message>
    <message>
        <source>No working-day calendar has been loaded yet.</source>
        <translation>No working-day calendar has been loaded yet.</translation>
    </message>
    <message>
        <source>The stored working-day calendar cannot be read. Load it again.</source>
        <translation>The stored working-day calendar cannot be read. Load it again.</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>the Administrative Licensing Law of the People&apos;s Republic of China</source>
        <translation>the Administrative Licensing Law of the People&apos;s Republic of China</translation>
    </message>
    <message>
        <source>Article 32 of %1</source>
        <translation>Article 32 of %1</translation>
    </message>
    <message>
        <source>Article 38, paragraph 1, of %1</source>
        <translation>Article 38, paragraph 1, of %1</translation>
    </message>
    <message>
        <source>Article 38, paragraph 2, of %1</source>
        <translation>Article 38, paragraph 2, of %1</translation>
    </message>
    <message>
        <source>Article 45 of %1</source>
        <translation>Article 45 of %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>Original received</source>
        <translation>Original received</translation>
    </message>
    <message>
        <source>Copy received</source>
        <translation>Copy received</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>To be corrected</source>
        <translation>To be corrected</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Supply by %1</source>
        <translation>Supply by %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Applicant and application</source>
        <translation>Applicant and application</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Enquiries: %1</source>
        <translation>Enquiries: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>the competent administrative reconsideration authority</source>
        <translation>the competent administrative reconsideration authority</translation>
    </message>
    <message>
        <source>the competent people&apos;s court</source>
        <translation>the competent people&apos;s court</translation>
    </message>
    <message>
        <source>the Administrative Reconsideration Law of the People&apos;s Republic of China</source>
        <translation>the Administrative Reconsideration Law of the People&apos;s Republic of China</translation>
    </message>
    <message>
        <source>Article 46 of the Administrative Litigation Law of the People&apos;s Republic of China</source>
        <translation>Article 46 of the Administrative Litigation Law of the People&apos;s Republic of China</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>If you do not accept this decision, you may apply to %1 for administrative reconsideration within 60 days from the day you receive this notice, in accordance with %2; or you may bring an administrative lawsuit before %3 within six months from the day you receive this notice, in accordance with %4.</source>
        <translation>If you do not accept this decision, you may apply to %1 for administrative reconsideration within 60 days from the day you receive this notice, in accordance with %2; or you may bring an administrative lawsuit before %3 within six months from the day you receive this notice, in accordance with %4.</translation>
    </message>
    <message>
        <source>If you do not accept this decision, you may apply to %1 for administrative reconsideration within 60 days from the day you receive this decision, in accordance with %2; or you may bring an administrative lawsuit before %3 within six months from the day you receive this decision, in accordance with %4.</source>
        <translation>If you do not accept this decision, you may apply to %1 for administrative reconsideration within 60 days from the day you receive this decision, in accordance with %2; or you may bring an administrative lawsuit before %3 within six months from the day you receive this decision, in accordance with %4.</translation>
    </message>
    <message>
        <source>On %1 you submitted an application for &quot;%2&quot; (item code: %3).</source>
        <translation>On %1 you submitted an application for &quot;%2&quot; (item code: %3).</translation>
    </message>
    <message>
        <source>Your application for &quot;%2&quot; submitted on %1 was accepted on %3 under case number %4.</source>
        <translation>Your application for &quot;%2&quot; submitted on %1 was accepted on %3 under case number %4.</translation>
    </message>
    <message>
        <source>Please keep this notice; the case number or the QR code lets you check progress.</source>
        <translation>Please keep this notice; the case number or the QR code lets you check progress.</translation>
    </message>
    <message>
        <source>On %1 we received from %2 the materials listed below for &quot;%3&quot; (item code: %4).</source>
        <translation>On %1 we received from %2 the materials listed below for &quot;%3&quot; (item code: %4).</translation>
    </message>
    <message>
        <source>This receipt certifies only that the materials were received. Whether the application is accepted is stated in the acceptance notice or the one-time notice.</source>
        <translation>This receipt certifies only that the materials were received. Whether the application is accepted is stated in the acceptance notice or the one-time notice.</translation>
    </message>
    <message>
        <source>In accordance with %1, if the materials are incomplete or not in the statutory form, you will be told on the spot or within five days everything that must be supplemented; if you are not told in time, the application is deemed accepted from the day the materials were received.</source>
        <translation>In accordance with %1, if the materials are incomplete or not in the statutory form, you will be told on the spot or within five days everything that must be supplemented; if you are not told in time, the application is deemed accepted from the day the materials were received.</translation>
    </message>
    <message>
        <source>Please keep this receipt; the case number or the QR code lets you check progress.</source>
        <translation>Please keep this receipt; the case number or the QR code lets you check progress.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <source>Applicant (signature):</source>
        <translation>Applicant (signature):</translation>
    </message>
    <message>
        <source>Upon examination, the application materials are complete and in the statutory form. It is decided to accept the application.</source>
        <translation>Upon examination, the application materials are complete and in the statutory form. It is decided to accept the application.</translation>
    </message>
    <message>
        <source>Upon examination, the application materials are complete and in the statutory form. In accordance with %1, it is decided to accept the application.</source>
        <translation>Upon examination, the application materials are complete and in the statutory form. In accordance with %1, it is decided to accept the application.</translation>
    </message>
    <message>
        <source>The item is handled on the spot.</source>
        <translation>The item is handled on the spot.</translation>
    </message>
    <message>
        <source>The promised time limit is %1 working days; the case is due to be completed by %2 (public holidays are not counted).</source>
        <translation>The promised time limit is %1 working days; the case is due to be completed by %2 (public holidays are not counted).</translation>
    </message>
    <message>
        <source>The promised time limit is %1 working days (public holidays are not counted).</source>
        <translation>The promised time limit is %1 working days (public holidays are not counted).</translation>
    </message>
    <message>
        <source>Some materials were accepted as deferred: please supply them by the dates in the table below, as promised in your letter of commitment.</source>
        <translation>Some materials were accepted as deferred: please supply them by the dates in the table below, as promised in your letter of commitment.</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>Received by the applicant (signature):</source>
        <translation>Received by the applicant (signature):</translation>
    </message>
    <message>
        <source>Upon examination, the application materials are incomplete or not in the statutory form. In accordance with %1, you are hereby told at one time everything that must be supplemented or corrected, as listed below.</source>
        <translation>Upon examination, the application materials are incomplete or not in the statutory form. In accordance with %1, you are hereby told at one time everything that must be supplemented or corrected, as listed below.</translation>
    </message>
    <message>
        <source>Upon examination, the application materials are incomplete or not in the statutory form. You are hereby told at one time everything that must be supplemented or corrected, as listed below.</source>
        <translation>Upon examination, the application materials are incomplete or not in the statutory form. You are hereby told at one time everything that must be supplemented or corrected, as listed below.</translation>
    </message>
    <message>
        <source>Materials to supplement or correct</source>
        <translation>Materials to supplement or correct</translation>
    </message>
    <message>
        <source>Once you have supplied everything listed above and the materials are complete and in the statutory form, the application will be accepted. Apart from what this notice lists, you will not be asked to supplement any other material.</source>
        <translation>Once you have supplied everything listed above and the materials are complete and in the statutory form, the application will be accepted. Apart from what this notice lists, you will not be asked to supplement any other material.</translation>
    </message>
    <message>
        <source>The materials can be handed in at any integrated window of %1.</source>
        <translation>The materials can be handed in at any integrated window of %1.</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <source>Upon examination, your application does not meet the conditions for acceptance, for the reasons stated below. It is decided not to accept the application.</source>
        <translation>Upon examination, your application does not meet the conditions for acceptance, for the reasons stated below. It is decided not to accept the application.</translation>
    </message>
    <message>
        <source>Upon examination, your application does not meet the conditions for acceptance, for the reasons stated below. In accordance with %1, it is decided not to accept the application.</source>
        <translation>Upon examination, your application does not meet the conditions for acceptance, for the reasons stated below. In accordance with %1, it is decided not to accept the application.</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>To %1:</translation>
    </message>
    <message>
        <source>I (my organisation), %1, have applied for &quot;%2&quot; (case number: %3). As the materials listed below are not yet complete, I ask for acceptance with deferred materials and hereby promise:</source>
        <translation>I (my organisation), %1, have applied for &quot;%2&quot; (case number: %3). As the materials listed below are not yet complete, I ask for acceptance with deferred materials and hereby promise:</translation>
    </message>
    <message>
        <source>1. I will supply every material listed below by the date stated for it;</source>
        <translation>1. I will supply every material listed below by the date stated for it;</translation>
    </message>
    <message>
        <source>2. The materials submitted and the information given are true, accurate and complete, and I am responsible for their truthfulness;</source>
        <translation>2. The materials submitted and the information given are true, accurate and complete, and I am responsible for their truthfulness;</translation>
    </message>
    <message>
        <source>3. If I fail to supply the materials in time, or what I supply does not meet the requirements, I accept that the application be dealt with according to the rules, and I bear the consequences.</source>
        <translation>3. If I fail to supply the materials in time, or what I supply does not meet the requirements, I accept that the application be dealt with according to the rules, and I bear the consequences.</translation>
    </message>
    <message>
        <source>Deferred materials</source>
        <translation>Deferred materials</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>Supply by</translation>
    </message>
    <message>
        <source>Sign or seal here</source>
        <translation>Sign or seal here</translation>
    </message>
    <message>
        <source>Promisor: %1</source>
        <translation>Promisor: %1</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Accepted by:</translation>
    </message>
    <message>
        <source>Upon review, your application meets the statutory conditions and standards. In accordance with %1, it is decided to grant the administrative licence.</source>
        <translation>Upon review, your application meets the statutory conditions and standards. In accordance with %1, it is decided to grant the administrative licence.</translation>
    </message>
    <message>
        <source>Upon review, your application meets the required conditions. In accordance with %1, it is decided to approve it.</source>
        <translation>Upon review, your application meets the required conditions. In accordance with %1, it is decided to approve it.</translation>
    </message>
    <message>
        <source>Upon review, your application meets the required conditions. It is decided to approve it.</source>
        <translation>Upon review, your application meets the required conditions. It is decided to approve it.</translation>
    </message>
    <message>
        <source>Please collect the result at %1 with this decision and a valid identity document.</source>
        <translation>Please collect the result at %1 with this decision and a valid identity document.</translation>
    </message>
    <message>
        <source>Upon review, your application does not meet the statutory conditions and standards. In accordance with %1, it is decided not to grant the administrative licence, for the reasons stated below.</source>
        <translation>Upon review, your application does not meet the statutory conditions and standards. In accordance with %1, it is decided not to grant the administrative licence, for the reasons stated below.</translation>
    </message>
    <message>
        <source>Upon review, your application does not meet the required conditions. In accordance with %1, it is decided not to approve it, for the reasons stated below.</source>
        <translation>Upon review, your application does not meet the required conditions. In accordance with %1, it is decided not to approve it, for the reasons stated below.</translation>
    </message>
    <message>
        <source>Upon review, your application does not meet the required conditions. It is decided not to approve it, for the reasons stated below.</source>
        <translation>Upon review, your application does not meet the required conditions. It is decided not to approve it, for the reasons stated below.</translation>
    </message>
    <message>
        <source>Your application requires the special procedure described below. In accordance with %1, the time it takes is not counted in the time limit for the licensing decision.</source>
        <translation>Your application requires the special procedure described below. In accordance with %1, the time it takes is not counted in the time limit for the licensing decision.</translation>
    </message>
    <message>
        <source>Your application requires the special procedure described below. The time it takes is not counted in the promised time limit.</source>
        <translation>Your application requires the special procedure described below. The time it takes is not counted in the promised time limit.</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <source>Procedure and reason</source>
        <translation>Procedure and reason</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Expected time needed</source>
        <translation>Expected time needed</translation>
    </message>
    <message>
        <source>Expected to end by</source>
        <translation>Expected to end by</translation>
    </message>
    <message>
        <source>When the special procedure ends, the time limit runs on from where it stopped, and we will tell you the result in time.</source>
        <translation>When the special procedure ends, the time limit runs on from where it stopped, and we will tell you the result in time.</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>No.: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Scan to check progress</source>
        <translation>Scan to check progress</translation>
    </message>
    <message>
        <source>Seal here</source>
        <translation>Seal here</translation>
    </message>
    <message>
        <source>Receipt of Materials</source>
        <translation>Receipt of Materials</translation>
    </message>
    <message>
        <source>Acceptance Notice</source>
        <translation>Acceptance Notice</translation>
    </message>
    <message>
        <source>One-Time Notice of Materials to Supplement</source>
        <translation>One-Time Notice of Materials to Supplement</translation>
    </message>
    <message>
        <source>Notice of Non-Acceptance</source>
        <translation>Notice of Non-Acceptance</translation>
    </message>
    <message>
        <source>Letter of Commitment for Deferred Materials</source>
        <translation>Letter of Commitment for Deferred Materials</translation>
    </message>
    <message>
        <source>Decision to Grant an Administrative Licence</source>
        <translation>Decision to Grant an Administrative Licence</translation>
    </message>
    <message>
        <source>Decision to Approve the Application</source>
        <translation>Decision to Approve the Application</translation>
    </message>
    <message>
        <source>Decision Not to Grant an Administrative Licence</source>
        <translation>Decision Not to Grant an Administrative Licence</translation>
    </message>
    <message>
        <source>Decision Not to Approve the Application</source>
        <translation>Decision Not to Approve the Application</translation>
    </message>
    <message>
        <source>Notice of Special Procedure</source>
        <translation>Notice of Special Procedure</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <extracomment>Year, month and day without leading zeros, as official documents write dates.</extracomment>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>If the materials are not supplied by the dates stated in the table, the handling of the application will be terminated.</source>
        <translation>If the materials are not supplied by the dates stated in the table, the handling of the application will be terminated.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Outcome of each part of this one-visit application</source>
        <translation>Outcome of each part of this one-visit application</translation>
    </message>
    <message>
        <source>Each part was decided by its own department. A part that was not approved does not affect the others; the reasons for it and your rights are stated in that department&apos;s decision.</source>
        <translation>Each part was decided by its own department. A part that was not approved does not affect the others; the reasons for it and your rights are stated in that department&apos;s decision.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>The materials listed below had to be supplied by the dates stated, as set out in the one-time notice or in your letter of commitment for deferred materials. They were not supplied in time.</source>
        <translation>The materials listed below had to be supplied by the dates stated, as set out in the one-time notice or in your letter of commitment for deferred materials. They were not supplied in time.</translation>
    </message>
    <message>
        <source>The handling of your application is therefore terminated.</source>
        <translation>The handling of your application is therefore terminated.</translation>
    </message>
    <message>
        <source>In accordance with %1, the handling of your application is terminated.</source>
        <translation>In accordance with %1, the handling of your application is terminated.</translation>
    </message>
    <message>
        <source>Materials not supplied</source>
        <translation>Materials not supplied</translation>
    </message>
    <message>
        <source>You may apply again at any time with complete materials; the materials already handed in can be collected at the window.</source>
        <translation>You may apply again at any time with complete materials; the materials already handed in can be collected at the window.</translation>
    </message>
    <message>
        <source>Notice of Termination</source>
        <translation>Notice of Termination</translation>
    </message>
</context>
<context>
    <name>CaseFlagStore</name>
    <message>
        <source>The duplicate-application flag could not be saved.</source>
        <translation>The duplicate-application flag could not be saved.</translation>
    </message>
</context>
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation>Awaiting materials</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Ready for release</source>
        <translation>Ready for release</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Issue one-time notice</source>
        <translation>Issue one-time notice</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <source>Accept supplemented materials</source>
        <translation>Accept supplemented materials</translation>
    </message>
    <message>
        <source>Forward to department</source>
        <translation>Forward to department</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Mark ready for release</source>
        <translation>Mark ready for release</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Release by post</source>
        <translation>Release by post</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>The case has not been received yet.</source>
        <translation>The case has not been received yet.</translation>
    </message>
    <message>
        <source>The case has already been received.</source>
        <translation>The case has already been received.</translation>
    </message>
    <message>
        <source>A one-time notice has already been issued; a second notice is not allowed.</source>
        <translation>A one-time notice has already been issued; a second notice is not allowed.</translation>
    </message>
    <message>
        <source>The case is closed (%1); nothing more can be done with it.</source>
        <translation>The case is closed (%1); nothing more can be done with it.</translation>
    </message>
    <message>
        <source>The case has been decided; it can no longer be withdrawn.</source>
        <translation>The case has been decided; it can no longer be withdrawn.</translation>
    </message>
    <message>
        <source>“%1” is not possible for a case that is “%2”.</source>
        <translation>“%1” is not possible for a case that is “%2”.</translation>
    </message>
    <message>
        <source>Auditors may look at cases but not change them.</source>
        <translation>Auditors may look at cases but not change them.</translation>
    </message>
    <message>
        <source>A township point may forward this case but not decide it.</source>
        <translation>A township point may forward this case but not decide it.</translation>
    </message>
    <message>
        <source>Only an approver of the case&apos;s department decides it.</source>
        <translation>Only an approver of the case&apos;s department decides it.</translation>
    </message>
    <message>
        <source>The role “%1” may not do this: %2.</source>
        <translation>The role “%1” may not do this: %2.</translation>
    </message>
    <message>
        <source>The result is held at another place and is released there.</source>
        <translation>The result is held at another place and is released there.</translation>
    </message>
    <message>
        <source>A case is received at the place where you work.</source>
        <translation>A case is received at the place where you work.</translation>
    </message>
    <message>
        <source>This case belongs to another place.</source>
        <translation>This case belongs to another place.</translation>
    </message>
    <message>
        <source>This case belongs to another department; approvers decide only their own department&apos;s cases.</source>
        <translation>This case belongs to another department; approvers decide only their own department&apos;s cases.</translation>
    </message>
    <message>
        <source>This item cannot be accepted at a township point; forward the materials to the hall.</source>
        <translation>This item cannot be accepted at a township point; forward the materials to the hall.</translation>
    </message>
    <message>
        <source>Your role cannot receive a case through this channel.</source>
        <translation>Your role cannot receive a case through this channel.</translation>
    </message>
    <message numerus="yes">
        <source>The %n working day(s) for a one-time notice have passed: the application counts as accepted from the day it was received.</source>
        <translation>
            <numerusform>The %n working day for a one-time notice has passed: the application counts as accepted from the day it was received.</numerusform>
            <numerusform>The %n working days for a one-time notice have passed: the application counts as accepted from the day it was received.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required materials are still missing.</source>
        <translation>Required materials are still missing.</translation>
    </message>
    <message>
        <source>Required materials are missing: issue a one-time notice instead.</source>
        <translation>Required materials are missing: issue a one-time notice instead.</translation>
    </message>
    <message>
        <source>The deadline for the outstanding materials has not passed yet.</source>
        <translation>The deadline for the outstanding materials has not passed yet.</translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation>Give a reason for this step.</translation>
    </message>
    <message>
        <source>A part of this one-visit bundle is not decided yet; the results are released together once every part is decided.</source>
        <translation>A part of this one-visit bundle is not decided yet; the results are released together once every part is decided.</translation>
    </message>
    <message>
        <source>This result is part of a one-visit bundle: release the bundle&apos;s main case, and every part&apos;s result goes out with it, so that the applicant gets all outcomes at once.</source>
        <translation>This result is part of a one-visit bundle: release the bundle&apos;s main case, and every part&apos;s result goes out with it, so that the applicant gets all outcomes at once.</translation>
    </message>
</context>
<context>
    <name>CaseQueues</name>
    <message>
        <source>read the work queue</source>
        <translation>read the work queue</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>save the applicant</source>
        <translation>save the applicant</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>save the case</translation>
    </message>
    <message>
        <source>save the materials</source>
        <translation>save the materials</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else meanwhile. Open it again and repeat the action.</source>
        <translation>Case %1 was changed by someone else meanwhile. Open it again and repeat the action.</translation>
    </message>
    <message>
        <source>save the case history</source>
        <translation>save the case history</translation>
    </message>
    <message>
        <source>Choose the item the applicant applies for.</source>
        <translation>Choose the item the applicant applies for.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>The reason is too long: at most %n characters.</numerusform>
            <numerusform>The reason is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be supplied later only if the catalogue allows it, with a promised date after today.</source>
        <translation>&quot;%1&quot; can be supplied later only if the catalogue allows it, with a promised date after today.</translation>
    </message>
    <message>
        <source>The note on &quot;%1&quot; is too long.</source>
        <translation>The note on &quot;%1&quot; is too long.</translation>
    </message>
    <message>
        <source>The parts of this one-visit bundle are missing from the catalogue.</source>
        <translation>The parts of this one-visit bundle are missing from the catalogue.</translation>
    </message>
    <message>
        <source>Every material was handed in: there is nothing to put on a one-time notice.</source>
        <translation>Every material was handed in: there is nothing to put on a one-time notice.</translation>
    </message>
    <message>
        <source>The materials list does not match the case.</source>
        <translation>The materials list does not match the case.</translation>
    </message>
    <message>
        <source>The ID number does not match the applicant&apos;s or an authorised agent&apos;s. The result can be handed only to them.</source>
        <translation>The ID number does not match the applicant&apos;s or an authorised agent&apos;s. The result can be handed only to them.</translation>
    </message>
    <message>
        <source>read the case</source>
        <translation>read the case</translation>
    </message>
    <message>
        <source>The case was not found.</source>
        <translation>The case was not found.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>A case reaches the server in the state received, not %1.</source>
        <translation>A case reaches the server in the state received, not %1.</translation>
    </message>
    <message>
        <source>Case %1 was received at %2, not at the device&apos;s place %3.</source>
        <translation>Case %1 was received at %2, not at the device&apos;s place %3.</translation>
    </message>
    <message>
        <source>Case %1 has no time of receipt.</source>
        <translation>Case %1 has no time of receipt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number of place %2 on %3.</source>
        <translation>&quot;%1&quot; is not a case number of place %2 on %3.</translation>
    </message>
    <message>
        <source>read the catalogue</source>
        <translation>read the catalogue</translation>
    </message>
    <message>
        <source>Item %1 is not in the catalogue.</source>
        <translation>Item %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>The bundle case of %1 is not known.</source>
        <translation>The bundle case of %1 is not known.</translation>
    </message>
    <message>
        <source>A case with the id or number of %1 exists already.</source>
        <translation>A case with the id or number of %1 exists already.</translation>
    </message>
    <message>
        <source>Released together with bundle case %1</source>
        <translation>Released together with bundle case %1</translation>
    </message>
    <message>
        <source>The ID number does not match the applicant&apos;s or an authorised agent&apos;s of case %1.</source>
        <translation>The ID number does not match the applicant&apos;s or an authorised agent&apos;s of case %1.</translation>
    </message>
    <message>
        <source>Case %1 of this bundle: %2</source>
        <translation>Case %1 of this bundle: %2</translation>
    </message>
    <message>
        <source>find the cases past their deadline</source>
        <translation>find the cases past their deadline</translation>
    </message>
    <message>
        <source>The materials listed on the one-time notice were not supplied by %1.</source>
        <translation>The materials listed on the one-time notice were not supplied by %1.</translation>
    </message>
    <message>
        <source>The deferred materials promised for %1 were not supplied.</source>
        <translation>The deferred materials promised for %1 were not supplied.</translation>
    </message>
    <message>
        <source>Sign in to see personal data.</source>
        <translation>Sign in to see personal data.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Catalogue, field %1: %2</source>
        <translation>Catalogue, field %1: %2</translation>
    </message>
    <message>
        <source>Item %1, field %2: %3</source>
        <translation>Item %1, field %2: %3</translation>
    </message>
    <message>
        <source>“%1” is not a valid department code (upper-case letters and digits, starting with a letter, at most 16)</source>
        <translation>“%1” is not a valid department code (upper-case letters and digits, starting with a letter, at most 16)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>“%1” is not a valid item code (letters, digits, “-”, “.” and “_”, at most 64)</source>
        <translation>“%1” is not a valid item code (letters, digits, “-”, “.” and “_”, at most 64)</translation>
    </message>
    <message>
        <source>unknown department “%1”</source>
        <translation>unknown department “%1”</translation>
    </message>
    <message>
        <source>%1 is not a number of working days from 0 to %2</source>
        <translation>%1 is not a number of working days from 0 to %2</translation>
    </message>
    <message>
        <source>the promised time limit (%1 working days) exceeds the legal one (%2)</source>
        <translation>the promised time limit (%1 working days) exceeds the legal one (%2)</translation>
    </message>
    <message>
        <source>an item handled immediately (马上办) must promise 0 working days, not %1</source>
        <translation>an item handled immediately (马上办) must promise 0 working days, not %1</translation>
    </message>
    <message>
        <source>the fee is out of range</source>
        <translation>the fee is out of range</translation>
    </message>
    <message>
        <source>the legal basis is empty</source>
        <translation>the legal basis is empty</translation>
    </message>
    <message>
        <source>the material&apos;s name is empty</source>
        <translation>the material&apos;s name is empty</translation>
    </message>
    <message>
        <source>%1 copies: expected 0 to %2</source>
        <translation>%1 copies: expected 0 to %2</translation>
    </message>
    <message>
        <source>a material that is asked for needs at least one copy</source>
        <translation>a material that is asked for needs at least one copy</translation>
    </message>
    <message>
        <source>the certificate&apos;s name is empty</source>
        <translation>the certificate&apos;s name is empty</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>“%1” is listed twice</translation>
    </message>
    <message>
        <source>a bundle cannot contain itself</source>
        <translation>a bundle cannot contain itself</translation>
    </message>
    <message>
        <source>the part “%1” is not an item of the catalogue</source>
        <translation>the part “%1” is not an item of the catalogue</translation>
    </message>
    <message>
        <source>the part “%1” is itself a bundle</source>
        <translation>the part “%1” is itself a bundle</translation>
    </message>
    <message>
        <source>the part “%1” is listed twice</source>
        <translation>the part “%1” is listed twice</translation>
    </message>
    <message>
        <source>a bundle (一件事) needs at least two parts</source>
        <translation>a bundle (一件事) needs at least two parts</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>cannot read the file (%1)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation>the column “%1” appears twice</translation>
    </message>
    <message>
        <source>the header has no column “%1”</source>
        <translation>the header has no column “%1”</translation>
    </message>
    <message>
        <source>unknown column “%1” (expected: %2)</source>
        <translation>unknown column “%1” (expected: %2)</translation>
    </message>
    <message>
        <source>%1 tab-separated fields, but the header has %2</source>
        <translation>%1 tab-separated fields, but the header has %2</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <source>“%1” is not a whole number in range</source>
        <translation>“%1” is not a whole number in range</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>the cell is empty</translation>
    </message>
    <message>
        <source>expected 是 or 否, found “%1”</source>
        <translation>expected 是 or 否, found “%1”</translation>
    </message>
    <message>
        <source>no item “%1” in %2</source>
        <translation>no item “%1” in %2</translation>
    </message>
    <message>
        <source>the order %1 appears twice for this item</source>
        <translation>the order %1 appears twice for this item</translation>
    </message>
    <message>
        <source>the file must have exactly one row below its header</source>
        <translation>the file must have exactly one row below its header</translation>
    </message>
    <message>
        <source>“%1” is not a six-digit GB/T 2260 code</source>
        <translation>“%1” is not a six-digit GB/T 2260 code</translation>
    </message>
    <message>
        <source>the department “%1” is listed twice</source>
        <translation>the department “%1” is listed twice</translation>
    </message>
    <message>
        <source>no departments</source>
        <translation>no departments</translation>
    </message>
    <message>
        <source>unknown kind “%1” (expected one of: 行政许可, 行政确认, 行政给付, 行政裁决, 行政征收, 行政奖励, 其他行政权力, 公共服务)</source>
        <translation>unknown kind “%1” (expected one of: 行政许可, 行政确认, 行政给付, 行政裁决, 行政征收, 行政奖励, 其他行政权力, 公共服务)</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan (e.g. 0, 20 or 12.50)</source>
        <translation>“%1” is not an amount in yuan (e.g. 0, 20 or 12.50)</translation>
    </message>
    <message>
        <source>the item code “%1” appears twice</source>
        <translation>the item code “%1” appears twice</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>no items</translation>
    </message>
    <message>
        <source>unknown form “%1” (expected 原件, 复印件 or 原件和复印件)</source>
        <translation>unknown form “%1” (expected 原件, 复印件 or 原件和复印件)</translation>
    </message>
    <message>
        <source>unknown requirement “%1” (expected 必需, 容缺 or 已取消)</source>
        <translation>unknown requirement “%1” (expected 必需, 容缺 or 已取消)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected a whole number, at least 0</source>
        <translation>expected a whole number, at least 0</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>expected a list of strings</translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation>expected a list of objects</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>“%1” is not a OneWindow catalogue</source>
        <translation>“%1” is not a OneWindow catalogue</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program understands (%2); update the program</source>
        <translation>format version %1 is newer than this program understands (%2); update the program</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>unknown kind “%1”</translation>
    </message>
    <message>
        <source>unknown form “%1”</source>
        <translation>unknown form “%1”</translation>
    </message>
    <message>
        <source>unknown requirement “%1”</source>
        <translation>unknown requirement “%1”</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>save the service catalogue</source>
        <translation>save the service catalogue</translation>
    </message>
    <message>
        <source>read the service catalogue</source>
        <translation>read the service catalogue</translation>
    </message>
    <message>
        <source>No service catalogue has been loaded yet.</source>
        <translation>No service catalogue has been loaded yet.</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The unified social credit code is valid.</source>
        <translation>The unified social credit code is valid.</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>Enter the unified social credit code.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters: check for a missing or an extra character.</source>
        <translation>A unified social credit code has 18 characters: check for a missing or an extra character.</translation>
    </message>
    <message>
        <source>A unified social credit code holds only digits and capital letters other than I, O, S, V and Z: check for a 0 typed as O, a 1 as I, a 5 as S, a 2 as Z, or a space.</source>
        <translation>A unified social credit code holds only digits and capital letters other than I, O, S, V and Z: check for a 0 typed as O, a 1 as I, a 5 as S, a 2 as Z, or a space.</translation>
    </message>
    <message>
        <source>The first character is not a registration authority code: compare it with the licence.</source>
        <translation>The first character is not a registration authority code: compare it with the licence.</translation>
    </message>
    <message>
        <source>The second character is not an entity type that this registration authority issues: compare the first two characters with the licence.</source>
        <translation>The second character is not an entity type that this registration authority issues: compare the first two characters with the licence.</translation>
    </message>
    <message>
        <source>Characters 3 to 8 are not a valid region code: compare them with the licence.</source>
        <translation>Characters 3 to 8 are not a valid region code: compare them with the licence.</translation>
    </message>
    <message>
        <source>The check character does not match: please check each character again.</source>
        <translation>The check character does not match: please check each character again.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvSaveDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This device has no valid place or device number yet, so it cannot number cases. Enrol the device first.</source>
        <translation>This device has no valid place or device number yet, so it cannot number cases. Enrol the device first.</translation>
    </message>
    <message>
        <source>number the case</source>
        <translation>number the case</translation>
    </message>
    <message>
        <source>The local database could not %1. Nothing was saved. If this happens again, tell the IT administrator.</source>
        <translation>The local database could not %1. Nothing was saved. If this happens again, tell the IT administrator.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose another place for the database.</source>
        <translation>%1 is not a file. Choose another place for the database.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>The folder %1 cannot be created. Check its permissions.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Check that the file exists, is readable and is not used by another program.</source>
        <translation>The database %1 cannot be opened. Check that the file exists, is readable and is not used by another program.</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database (or it is damaged). It was not changed.</source>
        <translation>%1 is not a OneWindow database (or it is damaged). It was not changed.</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data. It was not changed; choose another file.</source>
        <translation>%1 holds another program&apos;s data. It was not changed; choose another file.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version; the file was not changed.</source>
        <translation>The database %1 was written by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version; the file was not changed.</translation>
    </message>
    <message>
        <source>be prepared</source>
        <translation>be prepared</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded to data version %2. It was not changed. Tell the IT administrator.</source>
        <translation>The database %1 could not be upgraded to data version %2. It was not changed. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>be upgraded</source>
        <translation>be upgraded</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>save the settings</translation>
    </message>
    <message>
        <source>queue the change for the server</source>
        <translation>queue the change for the server</translation>
    </message>
    <message>
        <source>This program cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql.</source>
        <translation>This program cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Check that PostgreSQL runs, that the database exists and that the user may log in.</source>
        <translation>The database %1 cannot be opened. Check that PostgreSQL runs, that the database exists and that the user may log in.</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data. It was not changed; choose another database.</source>
        <translation>%1 holds another program&apos;s data. It was not changed; choose another database.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version; the database was not changed.</source>
        <translation>The database %1 was written by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version; the database was not changed.</translation>
    </message>
    <message>
        <source>write the database file</source>
        <translation>write the database file</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The working-day calendar cannot be read.</source>
        <translation>The working-day calendar cannot be read.</translation>
    </message>
    <message>
        <source>The working-day calendar must cover %1 and the %2 working days after it.</source>
        <translation>The working-day calendar must cover %1 and the %2 working days after it.</translation>
    </message>
    <message>
        <source>The demo name and region tables built into this program are missing.</source>
        <translation>The demo name and region tables built into this program are missing.</translation>
    </message>
    <message>
        <source>The embedded catalogue has no items to generate cases for.</source>
        <translation>The embedded catalogue has no items to generate cases for.</translation>
    </message>
    <message>
        <source>The demo directory built into this program cannot be read.</source>
        <translation>The demo directory built into this program cannot be read.</translation>
    </message>
    <message>
        <source>Place %1 has no staff to receive cases.</source>
        <translation>Place %1 has no staff to receive cases.</translation>
    </message>
    <message>
        <source>The store has no places or users table.</source>
        <translation>The store has no places or users table.</translation>
    </message>
    <message>
        <source>Cannot save the places.</source>
        <translation>Cannot save the places.</translation>
    </message>
    <message>
        <source>Cannot save the users.</source>
        <translation>Cannot save the users.</translation>
    </message>
    <message>
        <source>Cannot save case %1.</source>
        <translation>Cannot save case %1.</translation>
    </message>
    <message>
        <source>Cannot save the materials.</source>
        <translation>Cannot save the materials.</translation>
    </message>
    <message>
        <source>Cannot save the case history.</source>
        <translation>Cannot save the case history.</translation>
    </message>
    <message>
        <source>This database has no case tables, so there is nowhere to put generated cases.</source>
        <translation>This database has no case tables, so there is nowhere to put generated cases.</translation>
    </message>
    <message>
        <source>This database already holds cases: generate demo data into a new store only.</source>
        <translation>This database already holds cases: generate demo data into a new store only.</translation>
    </message>
    <message>
        <source>Cannot start writing.</source>
        <translation>Cannot start writing.</translation>
    </message>
    <message>
        <source>The store&apos;s case tables do not have the columns this program writes.</source>
        <translation>The store&apos;s case tables do not have the columns this program writes.</translation>
    </message>
    <message>
        <source>The period has no working days.</source>
        <translation>The period has no working days.</translation>
    </message>
    <message>
        <source>Cannot save the case numbers.</source>
        <translation>Cannot save the case numbers.</translation>
    </message>
    <message>
        <source>Cannot save the applicants.</source>
        <translation>Cannot save the applicants.</translation>
    </message>
    <message>
        <source>Cannot build the indexes.</source>
        <translation>Cannot build the indexes.</translation>
    </message>
    <message>
        <source>Cannot save the demo data.</source>
        <translation>Cannot save the demo data.</translation>
    </message>
    <message>
        <source>The number of cases, places and days must not be negative.</source>
        <translation>The number of cases, places and days must not be negative.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder beside %1: check that its folder is writable and has room.</source>
        <translation>Cannot create a temporary folder beside %1: check that its folder is writable and has room.</translation>
    </message>
</context>
<context>
    <name>DemoRatings</name>
    <message>
        <source>Cannot generate ratings.</source>
        <translation>Cannot generate ratings.</translation>
    </message>
</context>
<context>
    <name>DirectoryJson</name>
    <message>
        <source>Place %1: the code and the name are required.</source>
        <translation>Place %1: the code and the name are required.</translation>
    </message>
    <message>
        <source>Place %1: unknown kind &quot;%2&quot; (hall or township).</source>
        <translation>Place %1: unknown kind &quot;%2&quot; (hall or township).</translation>
    </message>
    <message>
        <source>Place %1: its hall %2 must be listed before it.</source>
        <translation>Place %1: its hall %2 must be listed before it.</translation>
    </message>
    <message>
        <source>Place %1 is listed twice.</source>
        <translation>Place %1 is listed twice.</translation>
    </message>
    <message>
        <source>User %1: the id, the user name and the name are required.</source>
        <translation>User %1: the id, the user name and the name are required.</translation>
    </message>
    <message>
        <source>User %1: unknown role &quot;%2&quot;.</source>
        <translation>User %1: unknown role &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>User %1: unknown place %2.</source>
        <translation>User %1: unknown place %2.</translation>
    </message>
    <message>
        <source>User %1 is listed twice.</source>
        <translation>User %1 is listed twice.</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>save the places</source>
        <translation>save the places</translation>
    </message>
    <message>
        <source>save the users</source>
        <translation>save the users</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>No Chinese font is installed, so the document cannot be written. Ask the administrator to install one (for example WenQuanYi Micro Hei).</source>
        <translation>No Chinese font is installed, so the document cannot be written. Ask the administrator to install one (for example WenQuanYi Micro Hei).</translation>
    </message>
    <message>
        <source>The document cannot be saved as %1: %2. Choose another folder.</source>
        <translation>The document cannot be saved as %1: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>The document could not be laid out as a PDF. Try again, or print it instead.</source>
        <translation>The document could not be laid out as a PDF. Try again, or print it instead.</translation>
    </message>
</context>
<context>
    <name>DueStatus</name>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>Clock paused</translation>
    </message>
</context>
<context>
    <name>DuplicateApplication</name>
    <message>
        <source>Possible duplicate application: case %1 at place %2 is open for the same applicant and the same item (%3).</source>
        <translation>Possible duplicate application: case %1 at place %2 is open for the same applicant and the same item (%3).</translation>
    </message>
    <message>
        <source>%1 (place %2) and %3 (place %4): the same applicant applied for %5 at both places.</source>
        <translation>%1 (place %2) and %3 (place %4): the same applicant applied for %5 at both places.</translation>
    </message>
    <message>
        <source>Call the other place and agree which case goes on; the other one is withdrawn at the applicant&apos;s request or terminated. Do not handle both.</source>
        <translation>Call the other place and agree which case goes on; the other one is withdrawn at the applicant&apos;s request or terminated. Do not handle both.</translation>
    </message>
</context>
<context>
    <name>FirstRunService</name>
    <message>
        <source>the connection was refused (the server is not running there, or the address or port is wrong).</source>
        <translation>the connection was refused (the server is not running there, or the address or port is wrong).</translation>
    </message>
    <message>
        <source>the name %1 is not known on this network.</source>
        <translation>the name %1 is not known on this network.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds.</source>
        <translation>
            <numerusform>no answer within %n seconds.</numerusform>
            <numerusform>no answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>something answered (HTTP %1), but not a OneWindow server that is ready.</source>
        <translation>something answered (HTTP %1), but not a OneWindow server that is ready.</translation>
    </message>
</context>
<context>
    <name>LocalSyncStore</name>
    <message>
        <source>The server sent data this version of OneWindow cannot read (%1). Nothing of it was saved; tell the IT administrator.</source>
        <translation>The server sent data this version of OneWindow cannot read (%1). Nothing of it was saved; tell the IT administrator.</translation>
    </message>
    <message>
        <source>The server sent a case this version of OneWindow cannot read. Nothing of the page was saved; tell the IT administrator.</source>
        <translation>The server sent a case this version of OneWindow cannot read. Nothing of the page was saved; tell the IT administrator.</translation>
    </message>
    <message>
        <source>apply the server&apos;s changes</source>
        <translation>apply the server&apos;s changes</translation>
    </message>
    <message>
        <source>save the enrollment</source>
        <translation>save the enrollment</translation>
    </message>
    <message>
        <source>start a new sync stream</source>
        <translation>start a new sync stream</translation>
    </message>
    <message>
        <source>save the sync state</source>
        <translation>save the sync state</translation>
    </message>
    <message>
        <source>save what the server answered</source>
        <translation>save what the server answered</translation>
    </message>
    <message>
        <source>remove the personal data</source>
        <translation>remove the personal data</translation>
    </message>
</context>
<context>
    <name>ManifestDocument</name>
    <message>
        <source>Case Handoff Manifest</source>
        <translation>Case Handoff Manifest</translation>
    </message>
    <message>
        <source>Result Return Manifest</source>
        <translation>Result Return Manifest</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>No.: %1</translation>
    </message>
    <message>
        <source>Scan to receive the batch</source>
        <translation>Scan to receive the batch</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n case(s) with %3 material packet(s).</source>
        <translation>
            <numerusform>From %1 to %2: %n case with %3 material packet.</numerusform>
            <numerusform>From %1 to %2: %n cases with %3 material packets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The receiving side checks every packet against this list and records any packet that is missing; both sides see the difference.</source>
        <translation>The receiving side checks every packet against this list and records any packet that is missing; both sides see the difference.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Seal here</source>
        <translation>Seal here</translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation>Handed over by:</translation>
    </message>
    <message>
        <source>Carried by:</source>
        <translation>Carried by:</translation>
    </message>
    <message>
        <source>Received by (%1):</source>
        <translation>Received by (%1):</translation>
    </message>
</context>
<context>
    <name>ManifestRules</name>
    <message>
        <source>Only a township point sends cases to the county hall.</source>
        <translation>Only a township point sends cases to the county hall.</translation>
    </message>
    <message>
        <source>A manifest is sent from where you work.</source>
        <translation>A manifest is sent from where you work.</translation>
    </message>
    <message>
        <source>A township point sends its cases to its own county hall.</source>
        <translation>A township point sends its cases to its own county hall.</translation>
    </message>
    <message>
        <source>Only a hall counter returns results to a township point.</source>
        <translation>Only a hall counter returns results to a township point.</translation>
    </message>
    <message>
        <source>Results go back to a township point of this hall.</source>
        <translation>Results go back to a township point of this hall.</translation>
    </message>
    <message>
        <source>Only cases received at this township point are sent from it.</source>
        <translation>Only cases received at this township point are sent from it.</translation>
    </message>
    <message>
        <source>The case is accepted but not forwarded yet: forward it to the department first.</source>
        <translation>The case is accepted but not forwarded yet: forward it to the department first.</translation>
    </message>
    <message>
        <source>This item is accepted here: accept and forward the case first.</source>
        <translation>This item is accepted here: accept and forward the case first.</translation>
    </message>
    <message>
        <source>A case that is “%1” is not sent to the county.</source>
        <translation>A case that is “%1” is not sent to the county.</translation>
    </message>
    <message>
        <source>Only results of cases received at that township point go back to it.</source>
        <translation>Only results of cases received at that township point go back to it.</translation>
    </message>
    <message>
        <source>Only results ready for release are returned.</source>
        <translation>Only results ready for release are returned.</translation>
    </message>
    <message>
        <source>The result is not held here.</source>
        <translation>The result is not held here.</translation>
    </message>
    <message>
        <source>Manifest %1 has been received already.</source>
        <translation>Manifest %1 has been received already.</translation>
    </message>
    <message>
        <source>The hall&apos;s counter receives manifests from township points.</source>
        <translation>The hall&apos;s counter receives manifests from township points.</translation>
    </message>
    <message>
        <source>The township point receives returned results.</source>
        <translation>The township point receives returned results.</translation>
    </message>
    <message>
        <source>Manifest %1 is addressed to another place.</source>
        <translation>Manifest %1 is addressed to another place.</translation>
    </message>
    <message>
        <source>Return (results to the township)</source>
        <translation>Return (results to the township)</translation>
    </message>
    <message>
        <source>Forward (cases to the county)</source>
        <translation>Forward (cases to the county)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received — packets missing</source>
        <translation>Received — packets missing</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>On its way</translation>
    </message>
    <message>
        <source>Packet missing</source>
        <translation>Packet missing</translation>
    </message>
    <message>
        <source>Awaiting sync</source>
        <translation>Awaiting sync</translation>
    </message>
</context>
<context>
    <name>ManifestStore</name>
    <message>
        <source>Choose at least one case for the manifest.</source>
        <translation>Choose at least one case for the manifest.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>The note is too long: at most %n characters.</numerusform>
            <numerusform>The note is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A case is listed twice.</source>
        <translation>A case is listed twice.</translation>
    </message>
    <message>
        <source>Each case goes with 1 to %1 packets.</source>
        <translation>Each case goes with 1 to %1 packets.</translation>
    </message>
    <message>
        <source>The case was not found.</source>
        <translation>The case was not found.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>number the manifest</source>
        <translation>number the manifest</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>save the case</translation>
    </message>
    <message>
        <source>Say for every case on the manifest how many packets arrived.</source>
        <translation>Say for every case on the manifest how many packets arrived.</translation>
    </message>
    <message>
        <source>%1: between 0 and %2 packets can arrive.</source>
        <translation>%1: between 0 and %2 packets can arrive.</translation>
    </message>
    <message>
        <source>save the manifest</source>
        <translation>save the manifest</translation>
    </message>
    <message>
        <source>The manifest was changed meanwhile. Open it again.</source>
        <translation>The manifest was changed meanwhile. Open it again.</translation>
    </message>
    <message>
        <source>read the manifest</source>
        <translation>read the manifest</translation>
    </message>
    <message>
        <source>No manifest %1 here. If it was sent just now, wait for the next sync.</source>
        <translation>No manifest %1 here. If it was sent just now, wait for the next sync.</translation>
    </message>
    <message>
        <source>The manifest was not found.</source>
        <translation>The manifest was not found.</translation>
    </message>
    <message>
        <source>The manifest from the server is incomplete.</source>
        <translation>The manifest from the server is incomplete.</translation>
    </message>
</context>
<context>
    <name>OfflineGrant</name>
    <message>
        <source>The stored offline sign-in is damaged; sign in once while the server can be reached.</source>
        <translation>The stored offline sign-in is damaged; sign in once while the server can be reached.</translation>
    </message>
</context>
<context>
    <name>OfflineSignIn</name>
    <message>
        <source>The local database could not be read.</source>
        <translation>The local database could not be read.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is locked for a while. Check them and try again, or ask the administrator.</source>
        <translation>The user name or password is wrong, or the account is locked for a while. Check them and try again, or ask the administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s offline sign-in permit does not check out; offline sign-in stays off for this user.</source>
        <translation>The server&apos;s offline sign-in permit does not check out; offline sign-in stays off for this user.</translation>
    </message>
    <message>
        <source>Your role signs in with a second factor, and this device holds none for you yet: sign in once with your one-time code while the server can be reached.</source>
        <translation>Your role signs in with a second factor, and this device holds none for you yet: sign in once with your one-time code while the server can be reached.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>Choose a password of at least %1 characters with at least three of: lower case letters, upper case letters, digits, other characters.</source>
        <translation>Choose a password of at least %1 characters with at least three of: lower case letters, upper case letters, digits, other characters.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A %1 may not do this: %2.</source>
        <translation>A %1 may not do this: %2.</translation>
    </message>
    <message>
        <source>This record belongs to another place: %1 is done where it is held.</source>
        <translation>This record belongs to another place: %1 is done where it is held.</translation>
    </message>
    <message>
        <source>create a help-agent task</source>
        <translation>create a help-agent task</translation>
    </message>
    <message>
        <source>claim a task</source>
        <translation>claim a task</translation>
    </message>
    <message>
        <source>release a task</source>
        <translation>release a task</translation>
    </message>
    <message>
        <source>hand a task over</source>
        <translation>hand a task over</translation>
    </message>
    <message>
        <source>record a task&apos;s progress</source>
        <translation>record a task&apos;s progress</translation>
    </message>
    <message>
        <source>complete a task</source>
        <translation>complete a task</translation>
    </message>
    <message>
        <source>return a task</source>
        <translation>return a task</translation>
    </message>
    <message>
        <source>send cases to the county hall</source>
        <translation>send cases to the county hall</translation>
    </message>
    <message>
        <source>return results to a township point</source>
        <translation>return results to a township point</translation>
    </message>
    <message>
        <source>receive a township point&apos;s manifest</source>
        <translation>receive a township point&apos;s manifest</translation>
    </message>
    <message>
        <source>receive returned results</source>
        <translation>receive returned results</translation>
    </message>
    <message>
        <source>record a rating</source>
        <translation>record a rating</translation>
    </message>
    <message>
        <source>follow up a bad rating</source>
        <translation>follow up a bad rating</translation>
    </message>
    <message>
        <source>appeal a rating</source>
        <translation>appeal a rating</translation>
    </message>
    <message>
        <source>decide an appeal</source>
        <translation>decide an appeal</translation>
    </message>
    <message>
        <source>import the service catalogue</source>
        <translation>import the service catalogue</translation>
    </message>
    <message>
        <source>import the working-day calendar</source>
        <translation>import the working-day calendar</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>manage devices</source>
        <translation>manage devices</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>show personal data in full</source>
        <translation>show personal data in full</translation>
    </message>
    <message>
        <source>read every place&apos;s statistics</source>
        <translation>read every place&apos;s statistics</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is valid.</source>
        <translation>The phone number is valid.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Enter the phone number.</translation>
    </message>
    <message>
        <source>A phone number holds only half-width digits, spaces and hyphens: remove any letters or other signs.</source>
        <translation>A phone number holds only half-width digits, spaces and hyphens: remove any letters or other signs.</translation>
    </message>
    <message>
        <source>Only numbers in mainland China can be entered: the country code must be +86.</source>
        <translation>Only numbers in mainland China can be entered: the country code must be +86.</translation>
    </message>
    <message>
        <source>This is not a phone number: a mobile number starts with 1, a landline number with its area code (0...), a service number with 400 or 800.</source>
        <translation>This is not a phone number: a mobile number starts with 1, a landline number with its area code (0...), a service number with 400 or 800.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits: a mobile number has 11 digits, a landline number an area code and 7 or 8 digits, a service number 10 digits.</source>
        <translation>The number has too few or too many digits: a mobile number has 11 digits, a landline number an area code and 7 or 8 digits, a service number 10 digits.</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19: check the first two digits.</source>
        <translation>A mobile number starts with 13 to 19: check the first two digits.</translation>
    </message>
    <message>
        <source>The area code is not valid: it is 010, 02x or four digits starting with 0, such as 0931.</source>
        <translation>The area code is not valid: it is 010, 02x or four digits starting with 0, such as 0931.</translation>
    </message>
    <message>
        <source>A local number never starts with 0 or 1: check the digits after the area code.</source>
        <translation>A local number never starts with 0 or 1: check the digits after the area code.</translation>
    </message>
    <message>
        <source>The extension is not valid: only a landline number can have one, of up to 6 digits after a hyphen.</source>
        <translation>The extension is not valid: only a landline number can have one, of up to 6 digits after a hyphen.</translation>
    </message>
</context>
<context>
    <name>PracticeMode</name>
    <message>
        <source>count the practice data</source>
        <translation>count the practice data</translation>
    </message>
    <message>
        <source>clear the practice data</source>
        <translation>clear the practice data</translation>
    </message>
    <message>
        <source>%1 case(s), %2 applicant(s), %3 task(s), %4 manifest(s), %5 rating(s)</source>
        <translation>%1 case(s), %2 applicant(s), %3 task(s), %4 manifest(s), %5 rating(s)</translation>
    </message>
</context>
<context>
    <name>PullBulkLoad</name>
    <message>
        <source>prepare the pulled cases for searching</source>
        <translation>prepare the pulled cases for searching</translation>
    </message>
</context>
<context>
    <name>RatingRules</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Call back and verify</source>
        <translation>Call back and verify</translation>
    </message>
    <message>
        <source>Rectify</source>
        <translation>Rectify</translation>
    </message>
    <message>
        <source>Applicant&apos;s feedback</source>
        <translation>Applicant&apos;s feedback</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>Appeal pending</translation>
    </message>
    <message>
        <source>Appeal upheld: not counted</source>
        <translation>Appeal upheld: not counted</translation>
    </message>
    <message>
        <source>Appeal dismissed</source>
        <translation>Appeal dismissed</translation>
    </message>
    <message>
        <source>Choose the case to rate.</source>
        <translation>Choose the case to rate.</translation>
    </message>
    <message numerus="yes">
        <source>The comment is too long: at most %n characters.</source>
        <translation>
            <numerusform>The comment is too long: at most %n characters.</numerusform>
            <numerusform>The comment is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rating on site belongs to a visit; none was given.</source>
        <translation>A rating on site belongs to a visit; none was given.</translation>
    </message>
    <message>
        <source>Only a supervisor records the follow-up of a bad rating.</source>
        <translation>Only a supervisor records the follow-up of a bad rating.</translation>
    </message>
    <message>
        <source>This follow-up is closed.</source>
        <translation>This follow-up is closed.</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; first.</source>
        <translation>Record &quot;%1&quot; first.</translation>
    </message>
    <message>
        <source>Write down what was done for &quot;%1&quot;.</source>
        <translation>Write down what was done for &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>The note is too long: at most %n characters.</numerusform>
            <numerusform>The note is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a bad rating can be appealed.</source>
        <translation>Only a bad rating can be appealed.</translation>
    </message>
    <message>
        <source>Only the staff member who was rated may appeal this rating.</source>
        <translation>Only the staff member who was rated may appeal this rating.</translation>
    </message>
    <message>
        <source>This rating was appealed already.</source>
        <translation>This rating was appealed already.</translation>
    </message>
    <message>
        <source>Say why the rating is mistaken or malicious.</source>
        <translation>Say why the rating is mistaken or malicious.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>The reason is too long: at most %n characters.</numerusform>
            <numerusform>The reason is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This rating has no appeal.</source>
        <translation>This rating has no appeal.</translation>
    </message>
    <message>
        <source>This appeal is decided already.</source>
        <translation>This appeal is decided already.</translation>
    </message>
    <message>
        <source>Only a supervisor decides appeals.</source>
        <translation>Only a supervisor decides appeals.</translation>
    </message>
    <message>
        <source>An appeal is decided by someone else.</source>
        <translation>An appeal is decided by someone else.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Give the reason for the decision.</translation>
    </message>
</context>
<context>
    <name>RatingStore</name>
    <message>
        <source>Cannot read the case.</source>
        <translation>Cannot read the case.</translation>
    </message>
    <message>
        <source>The case to rate was not found.</source>
        <translation>The case to rate was not found.</translation>
    </message>
    <message>
        <source>That visit is not part of the case.</source>
        <translation>That visit is not part of the case.</translation>
    </message>
    <message>
        <source>This visit has been rated already: one rating per visit.</source>
        <translation>This visit has been rated already: one rating per visit.</translation>
    </message>
    <message>
        <source>This case has been rated already: one rating per case.</source>
        <translation>This case has been rated already: one rating per case.</translation>
    </message>
    <message>
        <source>Cannot save the rating.</source>
        <translation>Cannot save the rating.</translation>
    </message>
    <message>
        <source>Cannot open the follow-up.</source>
        <translation>Cannot open the follow-up.</translation>
    </message>
    <message>
        <source>This rating has no follow-up: only a bad rating has one.</source>
        <translation>This rating has no follow-up: only a bad rating has one.</translation>
    </message>
    <message>
        <source>Cannot save the follow-up.</source>
        <translation>Cannot save the follow-up.</translation>
    </message>
    <message>
        <source>The rating was not found.</source>
        <translation>The rating was not found.</translation>
    </message>
    <message>
        <source>Cannot save the appeal.</source>
        <translation>Cannot save the appeal.</translation>
    </message>
    <message>
        <source>Cannot save the decision.</source>
        <translation>Cannot save the decision.</translation>
    </message>
    <message>
        <source>Choose a follow-up deadline between 1 and 30 working days.</source>
        <translation>Choose a follow-up deadline between 1 and 30 working days.</translation>
    </message>
</context>
<context>
    <name>RefusalWording</name>
    <message>
        <source>The server could not read this device&apos;s request. Tell the IT administrator; changes stay queued here.</source>
        <translation>The server could not read this device&apos;s request. Tell the IT administrator; changes stay queued here.</translation>
    </message>
    <message>
        <source>The server found a wrong field in this device&apos;s request. Tell the IT administrator; changes stay queued here.</source>
        <translation>The server found a wrong field in this device&apos;s request. Tell the IT administrator; changes stay queued here.</translation>
    </message>
    <message>
        <source>The request was too large for the server. Sync sends smaller batches; tell the IT administrator if this repeats.</source>
        <translation>The request was too large for the server. Sync sends smaller batches; tell the IT administrator if this repeats.</translation>
    </message>
    <message>
        <source>The server is busy with this device&apos;s requests. Sync tries again shortly.</source>
        <translation>The server is busy with this device&apos;s requests. Sync tries again shortly.</translation>
    </message>
    <message>
        <source>The server stopped the upload because it took too long. The rest is sent at the next sync.</source>
        <translation>The server stopped the upload because it took too long. The rest is sent at the next sync.</translation>
    </message>
    <message>
        <source>The request carried no credentials. Enroll this device again; changes stay queued here.</source>
        <translation>The request carried no credentials. Enroll this device again; changes stay queued here.</translation>
    </message>
    <message>
        <source>The server does not accept this device&apos;s credentials any more. Ask the administrator for a new enrollment code; changes stay queued here.</source>
        <translation>The server does not accept this device&apos;s credentials any more. Ask the administrator for a new enrollment code; changes stay queued here.</translation>
    </message>
    <message>
        <source>This device&apos;s sign-in to the server has expired. Ask the administrator for a new enrollment code; changes stay queued here.</source>
        <translation>This device&apos;s sign-in to the server has expired. Ask the administrator for a new enrollment code; changes stay queued here.</translation>
    </message>
    <message>
        <source>The enrollment code is unknown, used or expired. Ask the administrator for a new code (codes are valid for 7 days and work once).</source>
        <translation>The enrollment code is unknown, used or expired. Ask the administrator for a new code (codes are valid for 7 days and work once).</translation>
    </message>
    <message>
        <source>The server has revoked this device: it no longer syncs. Changes made here stay on this device. Ask the administrator to enroll it again.</source>
        <translation>The server has revoked this device: it no longer syncs. Changes made here stay on this device. Ask the administrator to enroll it again.</translation>
    </message>
    <message>
        <source>The server does not know this request; it may be of another version. Tell the IT administrator.</source>
        <translation>The server does not know this request; it may be of another version. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>This device&apos;s data went back in time (restored from a backup). Sync starts a new stream and sends the changes again; nothing is lost.</source>
        <translation>This device&apos;s data went back in time (restored from a backup). Sync starts a new stream and sends the changes again; nothing is lost.</translation>
    </message>
    <message>
        <source>The server expects this device&apos;s newer stream. Sync starts again with it; nothing is lost.</source>
        <translation>The server expects this device&apos;s newer stream. Sync starts again with it; nothing is lost.</translation>
    </message>
    <message>
        <source>The server no longer keeps the changes since this device&apos;s last sync. Sync downloads everything again.</source>
        <translation>The server no longer keeps the changes since this device&apos;s last sync. Sync downloads everything again.</translation>
    </message>
    <message>
        <source>The server already has a change with this id but different content. Nothing of the batch was saved there; tell the IT administrator.</source>
        <translation>The server already has a change with this id but different content. Nothing of the batch was saved there; tell the IT administrator.</translation>
    </message>
    <message>
        <source>The server is missing earlier changes of this device. Sync sends them again first.</source>
        <translation>The server is missing earlier changes of this device. Sync sends them again first.</translation>
    </message>
    <message>
        <source>The server no longer accepts this version of OneWindow. Changes stay queued here; install the new version.</source>
        <translation>The server no longer accepts this version of OneWindow. Changes stay queued here; install the new version.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not available. Changes wait in the queue; tell the IT administrator if this lasts.</source>
        <translation>The server&apos;s database is not available. Changes wait in the queue; tell the IT administrator if this lasts.</translation>
    </message>
    <message>
        <source>The server failed with an internal error. Changes wait in the queue; tell the IT administrator.</source>
        <translation>The server failed with an internal error. Changes wait in the queue; tell the IT administrator.</translation>
    </message>
    <message>
        <source>The user who made this change has been disabled, so the server did not apply it.</source>
        <translation>The user who made this change has been disabled, so the server did not apply it.</translation>
    </message>
    <message>
        <source>Your role may not do this; the server did not apply it. Ask a colleague with the right role.</source>
        <translation>Your role may not do this; the server did not apply it. Ask a colleague with the right role.</translation>
    </message>
    <message>
        <source>This may not be done at your place; the server did not apply it. The case&apos;s own place must do it.</source>
        <translation>This may not be done at your place; the server did not apply it. The case&apos;s own place must do it.</translation>
    </message>
    <message>
        <source>The case (or task) had already moved on, so this step is not possible any more.</source>
        <translation>The case (or task) had already moved on, so this step is not possible any more.</translation>
    </message>
    <message>
        <source>The case belongs to another department; only its staff may do this.</source>
        <translation>The case belongs to another department; only its staff may do this.</translation>
    </message>
    <message>
        <source>This item may not be accepted at a township point; the county hall must accept it.</source>
        <translation>This item may not be accepted at a township point; the county hall must accept it.</translation>
    </message>
    <message>
        <source>This step is not allowed for the way the case was received.</source>
        <translation>This step is not allowed for the way the case was received.</translation>
    </message>
    <message>
        <source>The one-time notice was too late: the deadline of 5 working days had passed.</source>
        <translation>The one-time notice was too late: the deadline of 5 working days had passed.</translation>
    </message>
    <message>
        <source>Materials are still missing, so the case cannot be accepted yet.</source>
        <translation>Materials are still missing, so the case cannot be accepted yet.</translation>
    </message>
    <message>
        <source>The deadline for the missing materials has not passed yet, so the case cannot be terminated.</source>
        <translation>The deadline for the missing materials has not passed yet, so the case cannot be terminated.</translation>
    </message>
    <message>
        <source>This step needs a reason. Make it again and give the reason.</source>
        <translation>This step needs a reason. Make it again and give the reason.</translation>
    </message>
    <message>
        <source>The case changed on the server before your change arrived. Open the case and check it.</source>
        <translation>The case changed on the server before your change arrived. Open the case and check it.</translation>
    </message>
    <message>
        <source>The server found the intake data of this case invalid (applicant, agent, number or place). Check the case with the applicant.</source>
        <translation>The server found the intake data of this case invalid (applicant, agent, number or place). Check the case with the applicant.</translation>
    </message>
    <message>
        <source>The server&apos;s catalogue does not have this item. Tell the IT administrator to update the catalogue.</source>
        <translation>The server&apos;s catalogue does not have this item. Tell the IT administrator to update the catalogue.</translation>
    </message>
    <message>
        <source>The server does not have this case.</source>
        <translation>The server does not have this case.</translation>
    </message>
    <message>
        <source>The server already has a case with this id or number (this device&apos;s data went back in time). Tell the IT administrator.</source>
        <translation>The server already has a case with this id or number (this device&apos;s data went back in time). Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The case number does not belong to this device. Tell the IT administrator.</source>
        <translation>The case number does not belong to this device. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The person collecting the result is neither the applicant nor an authorised agent.</source>
        <translation>The person collecting the result is neither the applicant nor an authorised agent.</translation>
    </message>
    <message>
        <source>Parts of this bundle are not decided yet, so it cannot be released.</source>
        <translation>Parts of this bundle are not decided yet, so it cannot be released.</translation>
    </message>
    <message>
        <source>A part of this bundle is held elsewhere, so it cannot be released here.</source>
        <translation>A part of this bundle is held elsewhere, so it cannot be released here.</translation>
    </message>
    <message>
        <source>Someone else claimed this task first.</source>
        <translation>Someone else claimed this task first.</translation>
    </message>
    <message>
        <source>Only the help agent who has the task may do this.</source>
        <translation>Only the help agent who has the task may do this.</translation>
    </message>
    <message>
        <source>A proxy task needs the power of attorney (委托书) first.</source>
        <translation>A proxy task needs the power of attorney (委托书) first.</translation>
    </message>
    <message>
        <source>The power of attorney (委托书) has expired.</source>
        <translation>The power of attorney (委托书) has expired.</translation>
    </message>
    <message>
        <source>This step needs a note. Make it again and write the note.</source>
        <translation>This step needs a note. Make it again and write the note.</translation>
    </message>
    <message>
        <source>The note is too long. Shorten it and make the step again.</source>
        <translation>The note is too long. Shorten it and make the step again.</translation>
    </message>
    <message>
        <source>Completing a task needs its outcome. Make it again and give the outcome.</source>
        <translation>Completing a task needs its outcome. Make it again and give the outcome.</translation>
    </message>
    <message>
        <source>The task cannot be handed over to that person.</source>
        <translation>The task cannot be handed over to that person.</translation>
    </message>
    <message>
        <source>This step of the task is out of order.</source>
        <translation>This step of the task is out of order.</translation>
    </message>
    <message>
        <source>Only archiving, reporting or a follow-up may come after the task was completed.</source>
        <translation>Only archiving, reporting or a follow-up may come after the task was completed.</translation>
    </message>
    <message>
        <source>That department sub-step does not exist in this task.</source>
        <translation>That department sub-step does not exist in this task.</translation>
    </message>
    <message>
        <source>A department&apos;s sub-step of this task is not done yet.</source>
        <translation>A department&apos;s sub-step of this task is not done yet.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>A task needs a title.</translation>
    </message>
    <message>
        <source>The server could not read this task. Tell the IT administrator.</source>
        <translation>The server could not read this task. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The server does not have this task.</source>
        <translation>The server does not have this task.</translation>
    </message>
    <message>
        <source>The server already has a task with this id.</source>
        <translation>The server already has a task with this id.</translation>
    </message>
    <message>
        <source>The task changed on the server before your change arrived. Open it and check.</source>
        <translation>The task changed on the server before your change arrived. Open it and check.</translation>
    </message>
    <message>
        <source>The server found this task&apos;s data invalid. Tell the IT administrator.</source>
        <translation>The server found this task&apos;s data invalid. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The handoff manifest goes to a place it may not go to.</source>
        <translation>The handoff manifest goes to a place it may not go to.</translation>
    </message>
    <message>
        <source>The case was not forwarded to this place, so its result cannot be returned from here.</source>
        <translation>The case was not forwarded to this place, so its result cannot be returned from here.</translation>
    </message>
    <message>
        <source>A case on the manifest is held at another place.</source>
        <translation>A case on the manifest is held at another place.</translation>
    </message>
    <message>
        <source>A case on the manifest is not in a state that may be sent.</source>
        <translation>A case on the manifest is not in a state that may be sent.</translation>
    </message>
    <message>
        <source>A case on the manifest has not been accepted yet.</source>
        <translation>A case on the manifest has not been accepted yet.</translation>
    </message>
    <message>
        <source>The result of a case on the manifest is not held here.</source>
        <translation>The result of a case on the manifest is not held here.</translation>
    </message>
    <message>
        <source>The manifest was received already.</source>
        <translation>The manifest was received already.</translation>
    </message>
    <message>
        <source>The server could not read this manifest. Tell the IT administrator.</source>
        <translation>The server could not read this manifest. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The server does not have this manifest.</source>
        <translation>The server does not have this manifest.</translation>
    </message>
    <message>
        <source>The server already has a manifest with this id or number.</source>
        <translation>The server already has a manifest with this id or number.</translation>
    </message>
    <message>
        <source>The server found this manifest&apos;s data invalid (packet counts or entries).</source>
        <translation>The server found this manifest&apos;s data invalid (packet counts or entries).</translation>
    </message>
    <message>
        <source>The manifest changed on the server before your change arrived.</source>
        <translation>The manifest changed on the server before your change arrived.</translation>
    </message>
    <message>
        <source>The rating&apos;s comment is too long.</source>
        <translation>The rating&apos;s comment is too long.</translation>
    </message>
    <message>
        <source>The visit this rating is for is not on the server.</source>
        <translation>The visit this rating is for is not on the server.</translation>
    </message>
    <message>
        <source>This visit (or case) was rated already; the first rating stands.</source>
        <translation>This visit (or case) was rated already; the first rating stands.</translation>
    </message>
    <message>
        <source>The server already has a rating with this id.</source>
        <translation>The server already has a rating with this id.</translation>
    </message>
    <message>
        <source>The server found this rating&apos;s data invalid.</source>
        <translation>The server found this rating&apos;s data invalid.</translation>
    </message>
    <message>
        <source>The server does not have this rating.</source>
        <translation>The server does not have this rating.</translation>
    </message>
    <message>
        <source>The case of this rating is not on the server.</source>
        <translation>The case of this rating is not on the server.</translation>
    </message>
    <message>
        <source>This rating has no follow-up (整改) to record a step in.</source>
        <translation>This rating has no follow-up (整改) to record a step in.</translation>
    </message>
    <message>
        <source>The follow-up of this rating is already closed.</source>
        <translation>The follow-up of this rating is already closed.</translation>
    </message>
    <message>
        <source>Follow-up steps go in order: call back, rectify, feedback.</source>
        <translation>Follow-up steps go in order: call back, rectify, feedback.</translation>
    </message>
    <message>
        <source>Only the rated staff member may appeal this rating.</source>
        <translation>Only the rated staff member may appeal this rating.</translation>
    </message>
    <message>
        <source>Only a bad rating may be appealed.</source>
        <translation>Only a bad rating may be appealed.</translation>
    </message>
    <message>
        <source>This rating was appealed already.</source>
        <translation>This rating was appealed already.</translation>
    </message>
    <message>
        <source>This rating has no appeal to decide.</source>
        <translation>This rating has no appeal to decide.</translation>
    </message>
    <message>
        <source>The appeal was decided already.</source>
        <translation>The appeal was decided already.</translation>
    </message>
    <message>
        <source>The appeal must come from the staff member who was rated.</source>
        <translation>The appeal must come from the staff member who was rated.</translation>
    </message>
    <message>
        <source>The server refused the change (%1). Tell the IT administrator.</source>
        <translation>The server refused the change (%1). Tell the IT administrator.</translation>
    </message>
    <message>
        <source>Server&apos;s message (%1): %2</source>
        <translation>Server&apos;s message (%1): %2</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>The ID number is valid.</source>
        <translation>The ID number is valid.</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: check for a missing or an extra digit.</source>
        <translation>An ID number has 18 characters: check for a missing or an extra digit.</translation>
    </message>
    <message>
        <source>An ID number holds only the digits 0-9 and, as its last character, X: remove spaces and type half-width digits.</source>
        <translation>An ID number holds only the digits 0-9 and, as its last character, X: remove spaces and type half-width digits.</translation>
    </message>
    <message>
        <source>The first digits are not a valid region code: compare the first six digits with the card.</source>
        <translation>The first digits are not a valid region code: compare the first six digits with the card.</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a real birth date: compare them with the card.</source>
        <translation>Digits 7 to 14 are not a real birth date: compare them with the card.</translation>
    </message>
    <message>
        <source>Digits 7 to 14 give a birth date in the future: compare them with the card.</source>
        <translation>Digits 7 to 14 give a birth date in the future: compare them with the card.</translation>
    </message>
    <message>
        <source>Digits 7 to 14 give a birth date before 1900: compare them with the card.</source>
        <translation>Digits 7 to 14 give a birth date before 1900: compare them with the card.</translation>
    </message>
    <message>
        <source>The check character does not match: please check each digit again.</source>
        <translation>The check character does not match: please check each digit again.</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number, which is no longer accepted: ask for the current 18-digit ID card.</source>
        <translation>This is an old 15-digit ID number, which is no longer accepted: ask for the current 18-digit ID card.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counter staff</source>
        <translation>Counter staff</translation>
    </message>
    <message>
        <source>Help agent</source>
        <translation>Help agent</translation>
    </message>
    <message>
        <source>Township point staff</source>
        <translation>Township point staff</translation>
    </message>
    <message>
        <source>Department approver</source>
        <translation>Department approver</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ServiceItem</name>
    <message>
        <source>Administrative licensing</source>
        <translation>Administrative licensing</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>Administrative confirmation</translation>
    </message>
    <message>
        <source>Administrative payment</source>
        <translation>Administrative payment</translation>
    </message>
    <message>
        <source>Administrative adjudication</source>
        <translation>Administrative adjudication</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>Administrative levy</translation>
    </message>
    <message>
        <source>Administrative award</source>
        <translation>Administrative award</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>Other administrative power</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Public service</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>Original and copy</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>May be supplied later</source>
        <translation>May be supplied later</translation>
    </message>
    <message>
        <source>No longer required</source>
        <translation>No longer required</translation>
    </message>
</context>
<context>
    <name>SignInClient</name>
    <message>
        <source>This device does not know user %1 yet. Sync the device (F5) and sign in again.</source>
        <translation>This device does not know user %1 yet. Sync the device (F5) and sign in again.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the new password is not set. Try again when it can.</source>
        <translation>The server cannot be reached: the new password is not set. Try again when it can.</translation>
    </message>
    <message>
        <source>The administrator has revoked this device: nobody can sign in on it. Ask the administrator for a new enrollment code and enroll it again.</source>
        <translation>The administrator has revoked this device: nobody can sign in on it. Ask the administrator for a new enrollment code and enroll it again.</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>The backup failed; try again. The database was not changed.</source>
        <translation>The backup failed; try again. The database was not changed.</translation>
    </message>
    <message>
        <source>The restore failed; the database was not changed. Close other programs that use it and try again.</source>
        <translation>The restore failed; the database was not changed. Close other programs that use it and try again.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a sound database (damaged or not SQLite). Use another backup.</source>
        <translation>%1 is not a sound database (damaged or not SQLite). Use another backup.</translation>
    </message>
    <message>
        <source>%1 is not a backup of this kind of OneWindow database. Choose a backup made by OneWindow.</source>
        <translation>%1 is not a backup of this kind of OneWindow database. Choose a backup made by OneWindow.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version first.</source>
        <translation>The backup %1 was made by a newer version of OneWindow (data version %2; this program knows up to %3). Install the newer version first.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name for the backup.</source>
        <translation>%1 exists already. Choose a new file name for the backup.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its permissions.</source>
        <translation>The folder %1 cannot be created. Check its permissions.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>The database %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written. Check the folder&apos;s permissions and free space.</source>
        <translation>The backup file %1 cannot be written. Check the folder&apos;s permissions and free space.</translation>
    </message>
    <message>
        <source>The backup could not be renamed to %1.</source>
        <translation>The backup could not be renamed to %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for the restore; nothing was changed.</source>
        <translation>The database %1 cannot be opened for the restore; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StatisticsDefinitions</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Near due</source>
        <translation>Near due</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>At most one trip</source>
        <translation>At most one trip</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation>Average working days</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Top items</translation>
    </message>
    <message>
        <source>Cases accepted in the period (by the day of acceptance). Rejected applications were never accepted; withdrawn cases are left out. A one-visit bundle counts its department cases, not the bundle itself.</source>
        <translation>Cases accepted in the period (by the day of acceptance). Rejected applications were never accepted; withdrawn cases are left out. A one-visit bundle counts its department cases, not the bundle itself.</translation>
    </message>
    <message>
        <source>Cases decided (approved or denied) in the period, by the day of the decision, wherever they were accepted.</source>
        <translation>Cases decided (approved or denied) in the period, by the day of the decision, wherever they were accepted.</translation>
    </message>
    <message>
        <source>Completed cases decided on or before their due date / completed. The due date already moves by the working days a case was suspended.</source>
        <translation>Completed cases decided on or before their due date / completed. The due date already moves by the working days a case was suspended.</translation>
    </message>
    <message>
        <source>Open cases (accepted or in review, not suspended) whose due date has passed, counted today.</source>
        <translation>Open cases (accepted or in review, not suspended) whose due date has passed, counted today.</translation>
    </message>
    <message>
        <source>Open cases with at most one working day left or at least 80% of the promised working days used, counted today.</source>
        <translation>Open cases with at most one working day left or at least 80% of the promised working days used, counted today.</translation>
    </message>
    <message>
        <source>(Very satisfied + satisfied + basically satisfied) / ratings given in the period. Ratings whose appeal was upheld are not counted.</source>
        <translation>(Very satisfied + satisfied + basically satisfied) / ratings given in the period. Ratings whose appeal was upheld are not counted.</translation>
    </message>
    <message>
        <source>Ratings given in the period at each of the five levels; appeals upheld left out.</source>
        <translation>Ratings given in the period at each of the five levels; appeals upheld left out.</translation>
    </message>
    <message>
        <source>Of the applicants&apos; matters whose result went out in the period, the share for which the applicant came at most once. A bundle counts once.</source>
        <translation>Of the applicants&apos; matters whose result went out in the period, the share for which the applicant came at most once. A bundle counts once.</translation>
    </message>
    <message>
        <source>Cases accepted in the period by how they reached the hall: window, township point, help agent, online.</source>
        <translation>Cases accepted in the period by how they reached the hall: window, township point, help agent, online.</translation>
    </message>
    <message>
        <source>For cases completed in the period: working days from the day of acceptance to the day of the decision, on the working-day calendar, averaged.</source>
        <translation>For cases completed in the period: working days from the day of acceptance to the day of the decision, on the working-day calendar, averaged.</translation>
    </message>
    <message>
        <source>The items with the most cases accepted in the period.</source>
        <translation>The items with the most cases accepted in the period.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Township point</source>
        <translation>Township point</translation>
    </message>
    <message>
        <source>Help agent</source>
        <translation>Help agent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Completion of accepted</source>
        <translation>Completion of accepted</translation>
    </message>
    <message>
        <source>Completed / accepted in the same period, rejected and withdrawn applications excluded. A case accepted in one period and decided in the next counts in each period for what happened in it, so a period that decides more than it accepts shows more than 100%; &quot;Completion of accepted&quot; never does.</source>
        <translation>Completed / accepted in the same period, rejected and withdrawn applications excluded. A case accepted in one period and decided in the next counts in each period for what happened in it, so a period that decides more than it accepts shows more than 100%; &quot;Completion of accepted&quot; never does.</translation>
    </message>
    <message>
        <source>Of the cases accepted in the period, the share decided (approved or denied) to date, whenever the decision came. At most 100%; it still grows while cases of the period are open.</source>
        <translation>Of the cases accepted in the period, the share decided (approved or denied) to date, whenever the decision came. At most 100%; it still grows while cases of the period are open.</translation>
    </message>
</context>
<context>
    <name>StatisticsQuery</name>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>Choose a period whose start is not after its end.</translation>
    </message>
    <message>
        <source>Cannot count the accepted cases.</source>
        <translation>Cannot count the accepted cases.</translation>
    </message>
    <message>
        <source>Cannot count the completed cases.</source>
        <translation>Cannot count the completed cases.</translation>
    </message>
    <message>
        <source>Cannot count the ratings.</source>
        <translation>Cannot count the ratings.</translation>
    </message>
    <message>
        <source>Cannot count the trips.</source>
        <translation>Cannot count the trips.</translation>
    </message>
    <message>
        <source>Cannot count the overdue cases.</source>
        <translation>Cannot count the overdue cases.</translation>
    </message>
    <message>
        <source>Cannot count the cases near their due date.</source>
        <translation>Cannot count the cases near their due date.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Statistics report, %1</source>
        <translation>Statistics report, %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Statistics report, %1 to %2</source>
        <translation>Statistics report, %1 to %2</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · counted on %4</source>
        <translation>%1 · %2 to %3 · counted on %4</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Accepted and completed</source>
        <translation>Accepted and completed</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>by day</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>by week</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>by month</translation>
    </message>
    <message>
        <source>Ratings (%1 given, satisfaction rate %2)</source>
        <translation>Ratings (%1 given, satisfaction rate %2)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>%1 (the %2 with the most accepted cases of %3)</source>
        <translation>%1 (the %2 with the most accepted cases of %3)</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so the report cannot be written. Ask the administrator to install one (for example WenQuanYi Micro Hei).</source>
        <translation>No Chinese font is installed, so the report cannot be written. Ask the administrator to install one (for example WenQuanYi Micro Hei).</translation>
    </message>
    <message>
        <source>The report cannot be saved as %1: %2. Choose another folder.</source>
        <translation>The report cannot be saved as %1: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>The report could not be laid out as a PDF. Try again.</source>
        <translation>The report could not be laid out as a PDF. Try again.</translation>
    </message>
</context>
<context>
    <name>StatisticsRollup</name>
    <message>
        <source>Cannot prepare the working-day table.</source>
        <translation>Cannot prepare the working-day table.</translation>
    </message>
    <message>
        <source>Cannot update the statistics.</source>
        <translation>Cannot update the statistics.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync worker cannot open the local database.</source>
        <translation>The sync worker cannot open the local database.</translation>
    </message>
    <message>
        <source>The server has revoked this device: it no longer syncs. Changes made here stay on this device. Ask the administrator to enroll it again.</source>
        <translation>The server has revoked this device: it no longer syncs. Changes made here stay on this device. Ask the administrator to enroll it again.</translation>
    </message>
    <message>
        <source>Upgrade required: the server no longer accepts this version of OneWindow (%1). Changes stay queued here; install the new version.</source>
        <translation>Upgrade required: the server no longer accepts this version of OneWindow (%1). Changes stay queued here; install the new version.</translation>
    </message>
    <message>
        <source>This device&apos;s sign-in to the server has expired. Ask the administrator for a new enrollment code; changes stay queued here.</source>
        <translation>This device&apos;s sign-in to the server has expired. Ask the administrator for a new enrollment code; changes stay queued here.</translation>
    </message>
    <message>
        <source>The server does not accept this device&apos;s credentials any more. Ask the administrator for a new enrollment code; changes stay queued here.</source>
        <translation>The server does not accept this device&apos;s credentials any more. Ask the administrator for a new enrollment code; changes stay queued here.</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read (%1). Tell the IT administrator.</source>
        <translation>The server&apos;s answer cannot be read (%1). Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The server stopped the upload at change %1 and a new stream did not help. Tell the IT administrator.</source>
        <translation>The server stopped the upload at change %1 and a new stream did not help. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The server accepted none of the queued changes. Tell the IT administrator.</source>
        <translation>The server accepted none of the queued changes. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The server refused this device&apos;s audit log: %1 Changes and cases still sync. Tell the IT administrator: the audit log on this device may have been tampered with.</source>
        <translation>The server refused this device&apos;s audit log: %1 Changes and cases still sync. Tell the IT administrator: the audit log on this device may have been tampered with.</translation>
    </message>
    <message>
        <source>a row was changed after it was written.</source>
        <translation>a row was changed after it was written.</translation>
    </message>
    <message>
        <source>rows are missing or out of order.</source>
        <translation>rows are missing or out of order.</translation>
    </message>
    <message>
        <source>rows the server already received are missing at the end.</source>
        <translation>rows the server already received are missing at the end.</translation>
    </message>
    <message>
        <source>the log names another device.</source>
        <translation>the log names another device.</translation>
    </message>
    <message>
        <source>This device is not enrolled with a server yet: it works in practice mode and nothing done here is ever sent. Enroll it with a code from the administrator (Sync menu).</source>
        <translation>This device is not enrolled with a server yet: it works in practice mode and nothing done here is ever sent. Enroll it with a code from the administrator (Sync menu).</translation>
    </message>
</context>
<context>
    <name>SyncEnroller</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter it like http://192.168.1.10:8470.</source>
        <translation>&quot;%1&quot; is not a server address. Enter it like http://192.168.1.10:8470.</translation>
    </message>
    <message>
        <source>The server did not accept the enrollment code: %1 Ask the administrator for a new code (codes are valid for 7 days and work once).</source>
        <translation>The server did not accept the enrollment code: %1 Ask the administrator for a new code (codes are valid for 7 days and work once).</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the enrollment cannot be read. Check the server address.</source>
        <translation>The server&apos;s answer to the enrollment cannot be read. Check the server address.</translation>
    </message>
</context>
<context>
    <name>SyncHttp</name>
    <message>
        <source>The server at %1 refused the connection: it is not running, or the address is wrong. Work goes on here; changes wait in the queue.</source>
        <translation>The server at %1 refused the connection: it is not running, or the address is wrong. Work goes on here; changes wait in the queue.</translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network. Work goes on here; changes wait in the queue.</source>
        <translation>The server name %1 is not known on this network. Work goes on here; changes wait in the queue.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Work goes on here; changes wait in the queue.</source>
        <translation>The server at %1 did not answer in time. Work goes on here; changes wait in the queue.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2). Work goes on here; changes wait in the queue.</source>
        <translation>The server at %1 cannot be reached (%2). Work goes on here; changes wait in the queue.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not available. Changes wait in the queue; tell the IT administrator if this lasts.</source>
        <translation>The server&apos;s database is not available. Changes wait in the queue; tell the IT administrator if this lasts.</translation>
    </message>
    <message>
        <source>The server is busy with this device&apos;s requests. Sync tries again shortly.</source>
        <translation>The server is busy with this device&apos;s requests. Sync tries again shortly.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1). Tell the IT administrator.</source>
        <translation>The server answered with an error (HTTP %1). Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2.</source>
        <translation>The CA certificate file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The server at %1 shows a certificate this computer does not trust (%2). Nothing was sent. Tell the IT administrator: the county&apos;s CA certificate goes in the settings (CA certificate file). Work goes on here; changes wait in the queue.</source>
        <translation>The server at %1 shows a certificate this computer does not trust (%2). Nothing was sent. Tell the IT administrator: the county&apos;s CA certificate goes in the settings (CA certificate file). Work goes on here; changes wait in the queue.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM form (a text file with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>The file %1 holds no certificate in PEM form (a text file with &quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <source>Open pool</source>
        <translation>Open pool</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Claimed by others</source>
        <translation>Claimed by others</translation>
    </message>
    <message>
        <source>Near due / overdue</source>
        <translation>Near due / overdue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TaskRules</name>
    <message>
        <source>Proxy (代办)</source>
        <translation>Proxy (代办)</translation>
    </message>
    <message>
        <source>Help (帮办)</source>
        <translation>Help (帮办)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Release to the pool</source>
        <translation>Release to the pool</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Add progress</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Key project</source>
        <translation>Key project</translation>
    </message>
    <message>
        <source>Disabled applicant</source>
        <translation>Disabled applicant</translation>
    </message>
    <message>
        <source>Elderly applicant</source>
        <translation>Elderly applicant</translation>
    </message>
    <message>
        <source>From intake</source>
        <translation>From intake</translation>
    </message>
    <message>
        <source>From a township point</source>
        <translation>From a township point</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>Entrust (委托)</source>
        <translation>Entrust (委托)</translation>
    </message>
    <message>
        <source>Accept (受理)</source>
        <translation>Accept (受理)</translation>
    </message>
    <message>
        <source>Handle (办理)</source>
        <translation>Handle (办理)</translation>
    </message>
    <message>
        <source>Deliver (送达)</source>
        <translation>Deliver (送达)</translation>
    </message>
    <message>
        <source>Archive (归档)</source>
        <translation>Archive (归档)</translation>
    </message>
    <message>
        <source>Report (上报)</source>
        <translation>Report (上报)</translation>
    </message>
    <message>
        <source>Follow-up visit (回访)</source>
        <translation>Follow-up visit (回访)</translation>
    </message>
    <message>
        <source>The task does not exist yet.</source>
        <translation>The task does not exist yet.</translation>
    </message>
    <message>
        <source>The task exists already.</source>
        <translation>The task exists already.</translation>
    </message>
    <message>
        <source>The task is closed (%1); it cannot be changed any more.</source>
        <translation>The task is closed (%1); it cannot be changed any more.</translation>
    </message>
    <message>
        <source>Nobody has claimed this task yet: claim it first.</source>
        <translation>Nobody has claimed this task yet: claim it first.</translation>
    </message>
    <message>
        <source>“%1” is not possible for a task that is “%2”.</source>
        <translation>“%1” is not possible for a task that is “%2”.</translation>
    </message>
    <message>
        <source>Someone else has claimed this task already.</source>
        <translation>Someone else has claimed this task already.</translation>
    </message>
    <message>
        <source>%1 has claimed this task already.</source>
        <translation>%1 has claimed this task already.</translation>
    </message>
    <message>
        <source>Supervisors assign and return tasks but do not work them.</source>
        <translation>Supervisors assign and return tasks but do not work them.</translation>
    </message>
    <message>
        <source>The role “%1” may not do this: %2.</source>
        <translation>The role “%1” may not do this: %2.</translation>
    </message>
    <message>
        <source>This task belongs to another place&apos;s pool.</source>
        <translation>This task belongs to another place&apos;s pool.</translation>
    </message>
    <message>
        <source>This task is for another department&apos;s agents.</source>
        <translation>This task is for another department&apos;s agents.</translation>
    </message>
    <message>
        <source>Nobody has claimed this task: claim it first.</source>
        <translation>Nobody has claimed this task: claim it first.</translation>
    </message>
    <message>
        <source>This task is %1&apos;s: only the agent who has it may do this.</source>
        <translation>This task is %1&apos;s: only the agent who has it may do this.</translation>
    </message>
    <message>
        <source>A proxy task needs the applicant&apos;s power of attorney (委托书). Record it first.</source>
        <translation>A proxy task needs the applicant&apos;s power of attorney (委托书). Record it first.</translation>
    </message>
    <message>
        <source>The power of attorney was valid until %1 and has expired. Ask the applicant for a new one.</source>
        <translation>The power of attorney was valid until %1 and has expired. Ask the applicant for a new one.</translation>
    </message>
    <message>
        <source>Give a reason for this step.</source>
        <translation>Give a reason for this step.</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>Write what was done.</translation>
    </message>
    <message>
        <source>Write the outcome: what the applicant got.</source>
        <translation>Write the outcome: what the applicant got.</translation>
    </message>
    <message>
        <source>Choose another active agent of this place to hand the task over to.</source>
        <translation>Choose another active agent of this place to hand the task over to.</translation>
    </message>
    <message>
        <source>The steps go in order (委托 → 受理 → 办理 → 送达 → 归档 → 上报 → 回访); this step comes before one already recorded.</source>
        <translation>The steps go in order (委托 → 受理 → 办理 → 送达 → 归档 → 上报 → 回访); this step comes before one already recorded.</translation>
    </message>
    <message>
        <source>The task is done: only archiving, reporting and the follow-up visit can be recorded now.</source>
        <translation>The task is done: only archiving, reporting and the follow-up visit can be recorded now.</translation>
    </message>
    <message>
        <source>That department&apos;s sub-step does not exist or is done already.</source>
        <translation>That department&apos;s sub-step does not exist or is done already.</translation>
    </message>
    <message>
        <source>Some departments&apos; sub-steps are not done yet.</source>
        <translation>Some departments&apos; sub-steps are not done yet.</translation>
    </message>
    <message>
        <source>Say what the applicant needs help with.</source>
        <translation>Say what the applicant needs help with.</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message numerus="yes">
        <source>The title is too long: at most %n characters.</source>
        <translation>
            <numerusform>The title is too long: at most %n characters.</numerusform>
            <numerusform>The title is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>The text is too long: at most %n characters.</numerusform>
            <numerusform>The text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sub-step names its department.</source>
        <translation>Every sub-step names its department.</translation>
    </message>
    <message>
        <source>Apply for “%1”, supply materials and collect the result</source>
        <translation>Apply for “%1”, supply materials and collect the result</translation>
    </message>
    <message>
        <source>Use create() for a new task.</source>
        <translation>Use create() for a new task.</translation>
    </message>
    <message>
        <source>save the task</source>
        <translation>save the task</translation>
    </message>
    <message>
        <source>The task was changed meanwhile. Look at it again and repeat the action.</source>
        <translation>The task was changed meanwhile. Look at it again and repeat the action.</translation>
    </message>
    <message>
        <source>save the task log</source>
        <translation>save the task log</translation>
    </message>
    <message>
        <source>read the task</source>
        <translation>read the task</translation>
    </message>
    <message>
        <source>The task was not found.</source>
        <translation>The task was not found.</translation>
    </message>
    <message>
        <source>The task from the server is incomplete.</source>
        <translation>The task from the server is incomplete.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Cannot read the working-day calendar %1: %2</source>
        <translation>Cannot read the working-day calendar %1: %2</translation>
    </message>
    <message>
        <source>%1: the working-day calendar is not UTF-8 text.</source>
        <translation>%1: the working-day calendar is not UTF-8 text.</translation>
    </message>
    <message>
        <source>expected “year &lt;YYYY&gt; &lt;notice number&gt;…”.</source>
        <translation>expected “year &lt;YYYY&gt; &lt;notice number&gt;…”.</translation>
    </message>
    <message>
        <source>“%1” is not a year (expected YYYY).</source>
        <translation>“%1” is not a year (expected YYYY).</translation>
    </message>
    <message>
        <source>year %1 is listed twice (first on line %2).</source>
        <translation>year %1 is listed twice (first on line %2).</translation>
    </message>
    <message>
        <source>unknown keyword “%1” (expected year, holiday or workday).</source>
        <translation>unknown keyword “%1” (expected year, holiday or workday).</translation>
    </message>
    <message>
        <source>“%1” comes before any “year” line.</source>
        <translation>“%1” comes before any “year” line.</translation>
    </message>
    <message>
        <source>expected “%1 &lt;YYYY-MM-DD&gt; &lt;name&gt;”.</source>
        <translation>expected “%1 &lt;YYYY-MM-DD&gt; &lt;name&gt;”.</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD).</source>
        <translation>“%1” is not a date (expected YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 is not in %2, the year of this section (line %3).</source>
        <translation>%1 is not in %2, the year of this section (line %3).</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2).</source>
        <translation>%1 is listed twice (first on line %2).</translation>
    </message>
    <message>
        <source>make-up working day %1 is not a Saturday or Sunday.</source>
        <translation>make-up working day %1 is not a Saturday or Sunday.</translation>
    </message>
    <message>
        <source>%1: the working-day calendar has no “year” line.</source>
        <translation>%1: the working-day calendar has no “year” line.</translation>
    </message>
    <message>
        <source>The working-day calendar has no data for %1. Ask the administrator to publish the State Council holiday notice for that year.</source>
        <translation>The working-day calendar has no data for %1. Ask the administrator to publish the State Council holiday notice for that year.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no active user &quot;%1&quot; on this device.</source>
        <translation>There is no active user &quot;%1&quot; on this device.</translation>
    </message>
    <message>
        <source>The place %1 of user &quot;%2&quot; is unknown on this device.</source>
        <translation>The place %1 of user &quot;%2&quot; is unknown on this device.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The local database is busy. Wait a moment and try again; nothing was saved.</source>
        <translation>The local database is busy. Wait a moment and try again; nothing was saved.</translation>
    </message>
    <message>
        <source>save</source>
        <translation>save</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneWindow cannot start</source>
        <translation>OneWindow cannot start</translation>
    </message>
    <message>
        <source>Enrollment failed</source>
        <translation>Enrollment failed</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <source>Enroll this device</source>
        <translation>Enroll this device</translation>
    </message>
    <message>
        <source>Enroll now?</source>
        <translation>Enroll now?</translation>
    </message>
</context>
<context>
    <name>ow::AppealListModel</name>
    <message>
        <source>Not appealed</source>
        <translation>Not appealed</translation>
    </message>
    <message>
        <source>%1 — decision: %2</source>
        <translation>%1 — decision: %2</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Rated on</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantForm</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>&amp;Credit code:</translation>
    </message>
    <message>
        <source>18-digit resident ID number</source>
        <translation>18-digit resident ID number</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Enterprise &amp;name:</source>
        <translation>Enterprise &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>New applicant: not found in earlier cases.</source>
        <translation>New applicant: not found in earlier cases.</translation>
    </message>
    <message>
        <source>Returning applicant %1: the details from earlier cases were filled in (data sharing). Check them with the applicant.</source>
        <translation>Returning applicant %1: the details from earlier cases were filled in (data sharing). Check them with the applicant.</translation>
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
        <translation>Row %1 · %2
Device: %3
User: %4
Place: %5
Action: %6
Record: %7 %8
Result: %9
Detail: %10
Previous hash: %11
Hash: %12</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
</context>
<context>
    <name>ow::AuditScreen</name>
    <message>
        <source>&amp;Search (Enter)</source>
        <translation>&amp;Search (Enter)</translation>
    </message>
    <message>
        <source>&amp;Verify the chains (Ctrl+Shift+V)</source>
        <translation>&amp;Verify the chains (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>e.g. case. or login</source>
        <translation>e.g. case. or login</translation>
    </message>
    <message>
        <source>case id, task id, …</source>
        <translation>case id, task id, …</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>All results</translation>
    </message>
    <message>
        <source>Done (ok)</source>
        <translation>Done (ok)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Audit log&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every write, every look at personal data, every sign-in and every refused action, newest first. Nothing here can be changed.</source>
        <translation>Every write, every look at personal data, every sign-in and every refused action, newest first. Nothing here can be changed.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>R&amp;esult:</translation>
    </message>
    <message>
        <source>Selected row &amp;detail:</source>
        <translation>Selected row &amp;detail:</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>Ro&amp;ws:</translation>
    </message>
    <message>
        <source>The first day comes after the last day: swap them.</source>
        <translation>The first day comes after the last day: swap them.</translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation>No audit rows match.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) shown (more load as you scroll).</source>
        <translation>
            <numerusform>%n audit row shown (more load as you scroll).</numerusform>
            <numerusform>%n audit rows shown (more load as you scroll).</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1: %2</source>
        <translation>Device %1: %2</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>The audit log is empty.</translation>
    </message>
    <message>
        <source>Audit chains intact.</source>
        <translation>Audit chains intact.</translation>
    </message>
    <message>
        <source>An audit chain is broken: see the audit screen.</source>
        <translation>An audit chain is broken: see the audit screen.</translation>
    </message>
</context>
<context>
    <name>ow::CaseDetailView</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Result held at</source>
        <translation>Result held at</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Shows the whole ID and phone numbers. Each look is recorded.</source>
        <translation>Shows the whole ID and phone numbers. Each look is recorded.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>Supply by</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Materials</translation>
    </message>
    <message>
        <source>&amp;Bundle parts</source>
        <translation>&amp;Bundle parts</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>No case chosen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>at the window</source>
        <translation>at the window</translation>
    </message>
    <message>
        <source>at a township point</source>
        <translation>at a township point</translation>
    </message>
    <message>
        <source>through a help agent</source>
        <translation>through a help agent</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n working day(s) promised)</source>
        <translation>
            <numerusform>(%n working day promised)</numerusform>
            <numerusform>(%n working days promised)</numerusform>
        </translation>
    </message>
    <message>
        <source>— clock paused</source>
        <translation>— clock paused</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) not counted</source>
        <translation>
            <numerusform>%n working day not counted</numerusform>
            <numerusform>%n working days not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(by post)</source>
        <translation>(by post)</translation>
    </message>
    <message>
        <source>(at the counter)</source>
        <translation>(at the counter)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>defective</translation>
    </message>
    <message>
        <source>to be supplied later</source>
        <translation>to be supplied later</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No move on this case is open to you now.</source>
        <translation>No move on this case is open to you now.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the reason. It is kept in the case history and printed on the applicant&apos;s document.</source>
        <translation>Give the reason. It is kept in the case history and printed on the applicant&apos;s document.</translation>
    </message>
    <message>
        <source>ID number of the person collecting the result:</source>
        <translation>ID number of the person collecting the result:</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>Choose a case first.</translation>
    </message>
    <message>
        <source>%1: done. The case is now &quot;%2&quot;.</source>
        <translation>%1: done. The case is now &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>One-time notice was due by %1: the application counts as accepted from receipt</source>
        <translation>One-time notice was due by %1: the application counts as accepted from receipt</translation>
    </message>
    <message>
        <source>One-time notice, if any, by %1</source>
        <translation>One-time notice, if any, by %1</translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation>(due soon)</translation>
    </message>
</context>
<context>
    <name>ow::CaseListModel</name>
    <message>
        <source>Overdue: the promised date %1 has passed.</source>
        <translation>Overdue: the promised date %1 has passed.</translation>
    </message>
    <message>
        <source>Due soon: promised by %1.</source>
        <translation>Due soon: promised by %1.</translation>
    </message>
    <message>
        <source>The clock is paused while the special procedure runs.</source>
        <translation>The clock is paused while the special procedure runs.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>No one-time notice was issued by %1: the application counts as accepted from the day it was received. Accept it now.</source>
        <translation>No one-time notice was issued by %1: the application counts as accepted from the day it was received. Accept it now.</translation>
    </message>
    <message>
        <source>A one-time notice, if any, must be issued by %1 (5 working days after receipt); after that the application counts as accepted.</source>
        <translation>A one-time notice, if any, must be issued by %1 (5 working days after receipt); after that the application counts as accepted.</translation>
    </message>
    <message>
        <source>Notice by %1</source>
        <translation>Notice by %1</translation>
    </message>
</context>
<context>
    <name>ow::CaseListScreen</name>
    <message>
        <source>Hall window</source>
        <translation>Hall window</translation>
    </message>
    <message>
        <source>Township point</source>
        <translation>Township point</translation>
    </message>
    <message>
        <source>Help agent</source>
        <translation>Help agent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Case number, ID number or its last 4+ digits, phone, applicant name (2+ characters), item</source>
        <translation>Case number, ID number or its last 4+ digits, phone, applicant name (2+ characters), item</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Type at least 2 characters.</source>
        <translation>Type at least 2 characters.</translation>
    </message>
    <message>
        <source>Nothing to search for in this text.</source>
        <translation>Nothing to search for in this text.</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>No case matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; more below</source>
        <translation>
            <numerusform>%n case shown; more below</numerusform>
            <numerusform>%n cases shown; more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sync is still bringing this place&apos;s cases from the server; the list fills when it is done.</source>
        <translation>The first sync is still bringing this place&apos;s cases from the server; the list fills when it is done.</translation>
    </message>
</context>
<context>
    <name>ow::CaseQueueModel</name>
    <message numerus="yes">
        <source>%1 (%n part(s))</source>
        <translation>
            <numerusform>%1 (%n part)</numerusform>
            <numerusform>%1 (%n parts)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>ow::CatalogBrowser</name>
    <message>
        <source>&amp;Immediate</source>
        <translation>&amp;Immediate</translation>
    </message>
    <message>
        <source>O&amp;nline</source>
        <translation>O&amp;nline</translation>
    </message>
    <message>
        <source>Near&amp;by</source>
        <translation>Near&amp;by</translation>
    </message>
    <message>
        <source>One &amp;trip</source>
        <translation>One &amp;trip</translation>
    </message>
    <message>
        <source>To&amp;wnship may accept</source>
        <translation>To&amp;wnship may accept</translation>
    </message>
    <message>
        <source>Name, code or pinyin initials (e.g. qysl)</source>
        <translation>Name, code or pinyin initials (e.g. qysl)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No item matches. Try fewer characters or another department.</source>
        <translation>No item matches. Try fewer characters or another department.</translation>
    </message>
    <message>
        <source>Choose an item to see its materials.</source>
        <translation>Choose an item to see its materials.</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>on the spot</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>legal %1, promised %2</source>
        <translation>legal %1, promised %2</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Four ways</source>
        <translation>Four ways</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Township point</source>
        <translation>Township point</translation>
    </message>
    <message>
        <source>may accept</source>
        <translation>may accept</translation>
    </message>
    <message>
        <source>county hall only</source>
        <translation>county hall only</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>One visit for</source>
        <translation>One visit for</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>may be supplied later</source>
        <translation>may be supplied later</translation>
    </message>
    <message>
        <source>No longer required (do not ask for):</source>
        <translation>No longer required (do not ask for):</translation>
    </message>
</context>
<context>
    <name>ow::CatalogItemModel</name>
    <message>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>Nearby</translation>
    </message>
    <message>
        <source>One trip</source>
        <translation>One trip</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Promised time</source>
        <translation>Promised time</translation>
    </message>
    <message>
        <source>Four ways</source>
        <translation>Four ways</translation>
    </message>
</context>
<context>
    <name>ow::CountyCaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>ow::CountyCasesDialog</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Cases of %1</source>
        <translation>Cases of %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2. Overdue and near due are counted today.</source>
        <translation>Period: %1 to %2. Overdue and near due are counted today.</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Figure:</translation>
    </message>
    <message>
        <source>C&amp;ases:</source>
        <translation>C&amp;ases:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>No cases from the server.</source>
        <translation>No cases from the server.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) shown</source>
        <translation>
            <numerusform>%1 of %n case shown</numerusform>
            <numerusform>%1 of %n cases shown</numerusform>
        </translation>
    </message>
    <message>
        <source>cases-%1-%2-%3-%4.csv</source>
        <translation>cases-%1-%2-%3-%4.csv</translation>
    </message>
    <message>
        <source>Export cases as CSV</source>
        <translation>Export cases as CSV</translation>
    </message>
</context>
<context>
    <name>ow::CountyClient</name>
    <message>
        <source>The county view needs the server, which cannot be reached now. The local dashboard (Shift+F4) still works.</source>
        <translation>The county view needs the server, which cannot be reached now. The local dashboard (Shift+F4) still works.</translation>
    </message>
    <message>
        <source>The server does not know your sign-in any more (it expired or ended). Sign in again (File → Switch user) to see the county view.</source>
        <translation>The server does not know your sign-in any more (it expired or ended). Sign in again (File → Switch user) to see the county view.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the county view could not be read. Tell the IT administrator (the server may be of another version).</source>
        <translation>The server&apos;s answer to the county view could not be read. Tell the IT administrator (the server may be of another version).</translation>
    </message>
    <message>
        <source>The county view needs the server, and this device is not enrolled with one. The local dashboard (Shift+F4) still works.</source>
        <translation>The county view needs the server, and this device is not enrolled with one. The local dashboard (Shift+F4) still works.</translation>
    </message>
    <message>
        <source>The county view needs a sign-in at the server; this sign-in was checked on this device only. Sign in again (File → Switch user) when the server can be reached. The local dashboard (Shift+F4) still works.</source>
        <translation>The county view needs a sign-in at the server; this sign-in was checked on this device only. Sign in again (File → Switch user) when the server can be reached. The local dashboard (Shift+F4) still works.</translation>
    </message>
</context>
<context>
    <name>ow::CountyScreen</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>County summary</translation>
    </message>
    <message>
        <source>Every place&apos;s figures for the period, as the county server counts them from what the devices have synced.</source>
        <translation>Every place&apos;s figures for the period, as the county server counts them from what the devices have synced.</translation>
    </message>
    <message>
        <source>Pl&amp;aces:</source>
        <translation>Pl&amp;aces:</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n place(s)</source>
        <translation>
            <numerusform>%1 to %2: %n place</numerusform>
            <numerusform>%1 to %2: %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures from the server.</source>
        <translation>No figures from the server.</translation>
    </message>
    <message>
        <source>county-%1-%2.csv</source>
        <translation>county-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Export table as CSV</translation>
    </message>
</context>
<context>
    <name>ow::CountyTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Where the cases were received (ratings: where they were given). The total row adds up the places shown.</source>
        <translation>Where the cases were received (ratings: where they were given). The total row adds up the places shown.</translation>
    </message>
    <message>
        <source>Applicants&apos; matters whose result went out in the period (a bundle once).</source>
        <translation>Applicants&apos; matters whose result went out in the period (a bundle once).</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
</context>
<context>
    <name>ow::DashboardScreen</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Accepted and completed</source>
        <translation>Accepted and completed</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>%1 with its township points</source>
        <translation>%1 with its township points</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 only</translation>
    </message>
    <message>
        <source>%1 to %2, counted in %3 s</source>
        <translation>%1 to %2, counted in %3 s</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>Report &amp;PDF…</translation>
    </message>
    <message>
        <source>The report of the period shown, with its charts and tables, as a PDF (Ctrl+P)</source>
        <translation>The report of the period shown, with its charts and tables, as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>The figures are still being counted; try again in a moment.</source>
        <translation>The figures are still being counted; try again in a moment.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>There is no table to export.</translation>
    </message>
</context>
<context>
    <name>ow::DeadlineSweeper</name>
    <message numerus="yes">
        <source>%n case(s) terminated: the deadline for their materials passed (%1).</source>
        <translation>
            <numerusform>%n case terminated: the deadline for their materials passed (%1).</numerusform>
            <numerusform>%n cases terminated: the deadline for their materials passed (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::EnrollmentDialog</name>
    <message>
        <source>Enroll this device</source>
        <translation>Enroll this device</translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>e.g. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Enroll</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>To send its work to the county&apos;s server, this device must be enrolled once. Ask the administrator for a one-time code (valid 7 days). Until then the device works in practice mode: for training only, nothing done on it is valid.</source>
        <translation>To send its work to the county&apos;s server, this device must be enrolled once. Ask the administrator for a one-time code (valid 7 days). Until then the device works in practice mode: for training only, nothing done on it is valid.</translation>
    </message>
    <message>
        <source>The practice data on this device will be cleared when it enrolls (%1): none of it is sent to the server.</source>
        <translation>The practice data on this device will be cleared when it enrolls (%1): none of it is sent to the server.</translation>
    </message>
    <message>
        <source>&amp;Enroll and clear practice data</source>
        <translation>&amp;Enroll and clear practice data</translation>
    </message>
</context>
<context>
    <name>ow::FirstRunWizard</name>
    <message>
        <source>Set up OneWindow on this device</source>
        <translation>Set up OneWindow on this device</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Enroll &gt;</source>
        <translation>&amp;Enroll &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Welcome to OneWindow. This device is new: a few questions set it up. Enter goes on, Esc stops; nothing is kept before the last page.</source>
        <translation>Welcome to OneWindow. This device is new: a few questions set it up. Enter goes on, Esc stops; nothing is kept before the last page.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The county&apos;s OneWindow server, as the IT office gave it. Its address is checked now.</source>
        <translation>The county&apos;s OneWindow server, as the IT office gave it. Its address is checked now.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Enter the one-time code the administrator printed for this device (onewindow-server device enroll). The server tells the place the code is for.</source>
        <translation>Enter the one-time code the administrator printed for this device (onewindow-server device enroll). The server tells the place the code is for.</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Receipts and notices are printed here. This machine has no default printer yet.</source>
        <translation>Receipts and notices are printed here. This machine has no default printer yet.</translation>
    </message>
    <message>
        <source>Receipts and notices are printed here. The system&apos;s default printer is %1.</source>
        <translation>Receipts and notices are printed here. The system&apos;s default printer is %1.</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>P&amp;rinter:</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>The screen locks after this many minutes without input, so that nobody reads personal data at an empty counter.</source>
        <translation>The screen locks after this many minutes without input, so that nobody reads personal data at an empty counter.</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>&amp;Idle lock after:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Finish keeps these settings; all of them can be changed later in Settings.</source>
        <translation>Finish keeps these settings; all of them can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>The server answers.</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Enter the one-time code.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>This device is enrolled at %1.</source>
        <translation>This device is enrolled at %1.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Enrolled at: %1</source>
        <translation>Enrolled at: %1</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>Screen lock: never</source>
        <translation>Screen lock: never</translation>
    </message>
    <message numerus="yes">
        <source>Screen lock: after %n minutes</source>
        <translation>
            <numerusform>Screen lock: after %n minutes</numerusform>
            <numerusform>Screen lock: after %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Skip: work in practice mode for now (training only: nothing done here is valid)</source>
        <translation>&amp;Skip: work in practice mode for now (training only: nothing done here is valid)</translation>
    </message>
    <message>
        <source>The server at %1 does not answer: %2 Check the address and the network, or skip and work in practice mode for now.</source>
        <translation>The server at %1 does not answer: %2 Check the address and the network, or skip and work in practice mode for now.</translation>
    </message>
    <message>
        <source>Server: none yet, practice mode (enroll later from the Sync menu)</source>
        <translation>Server: none yet, practice mode (enroll later from the Sync menu)</translation>
    </message>
</context>
<context>
    <name>ow::FollowUpListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ow::IntakeScreen</name>
    <message>
        <source>Materials received; not yet decided</source>
        <translation>Materials received; not yet decided</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>One-time notice issued: waiting for the missing materials</source>
        <translation>One-time notice issued: waiting for the missing materials</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>1 · Item</source>
        <translation>1 · Item</translation>
    </message>
    <message>
        <source>2 · Applicant</source>
        <translation>2 · Applicant</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <source>Agen&amp;t:</source>
        <translation>Agen&amp;t:</translation>
    </message>
    <message>
        <source>An authorised agent who may collect the result</source>
        <translation>An authorised agent who may collect the result</translation>
    </message>
    <message>
        <source>3 · Materials</source>
        <translation>3 · Materials</translation>
    </message>
    <message>
        <source>Receive only (F9)</source>
        <translation>Receive only (F9)</translation>
    </message>
    <message>
        <source>One-time notice (F11)</source>
        <translation>One-time notice (F11)</translation>
    </message>
    <message>
        <source>Reject… (F12)</source>
        <translation>Reject… (F12)</translation>
    </message>
    <message>
        <source>Accept (F10)</source>
        <translation>Accept (F10)</translation>
    </message>
    <message>
        <source>Save what was handed in and decide later; the time limit runs.</source>
        <translation>Save what was handed in and decide later; the time limit runs.</translation>
    </message>
    <message>
        <source>Tell the applicant in writing, once, everything that is missing.</source>
        <translation>Tell the applicant in writing, once, everything that is missing.</translation>
    </message>
    <message>
        <source>Not accepted, with the reason.</source>
        <translation>Not accepted, with the reason.</translation>
    </message>
    <message>
        <source>Accept the application (F10 or Ctrl+Enter).</source>
        <translation>Accept the application (F10 or Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>&amp;Documents for the applicant:</source>
        <translation>&amp;Documents for the applicant:</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save PDF… (Ctrl+S)</source>
        <translation>Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>New intake (F2)</source>
        <translation>New intake (F2)</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Discard the intake in progress? Nothing of it has been saved.</source>
        <translation>Discard the intake in progress? Nothing of it has been saved.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Type the item&apos;s name, code or pinyin initials, then Enter.</source>
        <translation>Type the item&apos;s name, code or pinyin initials, then Enter.</translation>
    </message>
    <message>
        <source>handled on the spot</source>
        <translation>handled on the spot</translation>
    </message>
    <message numerus="yes">
        <source>promised in %n working day(s)</source>
        <translation>
            <numerusform>promised in %n working day</numerusform>
            <numerusform>promised in %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Licensing item: a one-time notice must be given by %1 (%n working day(s) from receipt).</source>
        <translation>
            <numerusform>Licensing item: a one-time notice must be given by %1 (%n working day from receipt).</numerusform>
            <numerusform>Licensing item: a one-time notice must be given by %1 (%n working days from receipt).</numerusform>
        </translation>
    </message>
    <message>
        <source>One visit for: %1</source>
        <translation>One visit for: %1</translation>
    </message>
    <message>
        <source>No longer required (do not ask for): %1</source>
        <translation>No longer required (do not ask for): %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Why is the application not accepted? The reason is printed on the rejection notice.</source>
        <translation>Why is the application not accepted? The reason is printed on the rejection notice.</translation>
    </message>
    <message>
        <source>Save the intake before printing its documents.</source>
        <translation>Save the intake before printing its documents.</translation>
    </message>
    <message>
        <source>Agent who may collect the result: %1</source>
        <translation>Agent who may collect the result: %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Due by %1</translation>
    </message>
    <message>
        <source>A one-time notice, if needed, must be given by %1.</source>
        <translation>A one-time notice, if needed, must be given by %1.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>To be supplied later: %1</source>
        <translation>To be supplied later: %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>No help asked</source>
        <translation>No help asked</translation>
    </message>
    <message>
        <source>The power of attorney (委托书) is valid until</source>
        <translation>The power of attorney (委托书) is valid until</translation>
    </message>
    <message>
        <source>Help/pro&amp;xy:</source>
        <translation>Help/pro&amp;xy:</translation>
    </message>
</context>
<context>
    <name>ow::ItemPicker</name>
    <message>
        <source>Item: name, code or pinyin initials (e.g. qysl)</source>
        <translation>Item: name, code or pinyin initials (e.g. qysl)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>OneWindow — %1</source>
        <translation>OneWindow — %1</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>&amp;Search the catalogue</translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation>&amp;Check connection now</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>&amp;About OneWindow</translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation>About OneWindow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Counter software for government service halls and township convenience-service points.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Counter software for government service halls and township convenience-service points.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>Catalogue %1</source>
        <translation>Catalogue %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>Server %1 answers (version %2).</source>
        <translation>Server %1 answers (version %2).</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>Server %1 does not answer: %2. Work goes on locally.</source>
        <translation>Server %1 does not answer: %2. Work goes on locally.</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Help &amp; proxy</source>
        <translation>Help &amp; proxy</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Back up local data…</source>
        <translation>&amp;Back up local data…</translation>
    </message>
    <message>
        <source>&amp;Restore local data…</source>
        <translation>&amp;Restore local data…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Sends this device&apos;s cases to the server and fetches updates.</source>
        <translation>Sends this device&apos;s cases to the server and fetches updates.</translation>
    </message>
    <message>
        <source>This device is not enrolled yet: enroll it first.</source>
        <translation>This device is not enrolled yet: enroll it first.</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>Syncing with the server…</translation>
    </message>
    <message>
        <source>&amp;Enroll this device…</source>
        <translation>&amp;Enroll this device…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;New intake</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Review queue</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>R&amp;elease</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Nothing to print here: print from the intake result (Ctrl+P) or from a case&apos;s documents (open it from the case list).</source>
        <translation>Nothing to print here: print from the intake result (Ctrl+P) or from a case&apos;s documents (open it from the case list).</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when OneWindow starts again.</source>
        <translation>Settings saved. The new language takes effect when OneWindow starts again.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Back up local data</source>
        <translation>Back up local data</translation>
    </message>
    <message>
        <source>OneWindow backup (*.sqlite)</source>
        <translation>OneWindow backup (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Choose another file.</source>
        <translation>%1 cannot be replaced. Choose another file.</translation>
    </message>
    <message>
        <source>Local data backed up to %1. Keep the file safe: it holds personal data.</source>
        <translation>Local data backed up to %1. Keep the file safe: it holds personal data.</translation>
    </message>
    <message>
        <source>Restore local data</source>
        <translation>Restore local data</translation>
    </message>
    <message>
        <source>Replace all data on this device with the backup %1?

The data as it is now is saved first to %2. Cases the server already has come back with the next sync. OneWindow closes after the restore; start it again.</source>
        <translation>Replace all data on this device with the backup %1?

The data as it is now is saved first to %2. Cases the server already has come back with the next sync. OneWindow closes after the restore; start it again.</translation>
    </message>
    <message>
        <source>The backup was restored. OneWindow closes now; start it again.</source>
        <translation>The backup was restored. OneWindow closes now; start it again.</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Queued: %1</translation>
    </message>
    <message>
        <source>Changes made here and not yet acknowledged by the server.</source>
        <translation>Changes made here and not yet acknowledged by the server.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message numerus="yes">
        <source>Clock differs from the server&apos;s by %n minute(s)</source>
        <translation>
            <numerusform>Clock differs from the server&apos;s by %n minute</numerusform>
            <numerusform>Clock differs from the server&apos;s by %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <source>This device is enrolled; sync starts now.</source>
        <translation>This device is enrolled; sync starts now.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Rating follow-up</source>
        <translation>Rating follow-up</translation>
    </message>
    <message>
        <source>Signed in offline: the server cannot be reached.</source>
        <translation>Signed in offline: the server cannot be reached.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Practice mode: this device is not enrolled yet; nothing done here is valid.</source>
        <translation>Practice mode: this device is not enrolled yet; nothing done here is valid.</translation>
    </message>
    <message>
        <source>Practice mode: this device is not enrolled yet. Sign in as one of the demo users to train; no password is checked because nothing done here is valid. Enroll the device (Sync → Enroll this device) before real work: its practice data is then cleared and never reaches the server.</source>
        <translation>Practice mode: this device is not enrolled yet. Sign in as one of the demo users to train; no password is checked because nothing done here is valid. Enroll the device (Sync → Enroll this device) before real work: its practice data is then cleared and never reaches the server.</translation>
    </message>
    <message>
        <source>OneWindow — %1 — PRACTICE MODE (not enrolled, not valid)</source>
        <translation>OneWindow — %1 — PRACTICE MODE (not enrolled, not valid)</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Practice mode</translation>
    </message>
    <message>
        <source>Enroll this device</source>
        <translation>Enroll this device</translation>
    </message>
    <message>
        <source>This device is enrolled and its practice data was cleared. OneWindow closes now: start it again and sign in with your own account.</source>
        <translation>This device is enrolled and its practice data was cleared. OneWindow closes now: start it again and sign in with your own account.</translation>
    </message>
</context>
<context>
    <name>ow::ManifestScreen</name>
    <message>
        <source>Send a manifest</source>
        <translation>Send a manifest</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>Note (carrier, vehicle, …)</source>
        <translation>Note (carrier, vehicle, …)</translation>
    </message>
    <message>
        <source>&amp;Send manifest</source>
        <translation>&amp;Send manifest</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Receive a manifest</source>
        <translation>Receive a manifest</translation>
    </message>
    <message>
        <source>Scan the QR code or type the manifest number, then Enter</source>
        <translation>Scan the QR code or type the manifest number, then Enter</translation>
    </message>
    <message>
        <source>Manifest &amp;number:</source>
        <translation>Manifest &amp;number:</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Receive all</source>
        <translation>&amp;Receive all</translation>
    </message>
    <message>
        <source>Manifests of this place</source>
        <translation>Manifests of this place</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Missing packets</source>
        <translation>Missing packets</translation>
    </message>
    <message>
        <source>Awaiting sync</source>
        <translation>Awaiting sync</translation>
    </message>
    <message>
        <source>Cases of this point for the county hall: forwarded ones and those only the hall may accept.</source>
        <translation>Cases of this point for the county hall: forwarded ones and those only the hall may accept.</translation>
    </message>
    <message>
        <source>Results ready for release, back to the township point where the case was received.</source>
        <translation>Results ready for release, back to the township point where the case was received.</translation>
    </message>
    <message numerus="yes">
        <source>Manifest %1 sent: %n case(s).</source>
        <translation>
            <numerusform>Manifest %1 sent: %n case.</numerusform>
            <numerusform>Manifest %1 sent: %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n case(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n case</numerusform>
            <numerusform>%1 · %2 · %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) awaiting sync</source>
        <translation>
            <numerusform>%n case awaiting sync</numerusform>
            <numerusform>%n cases awaiting sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) missing</source>
        <translation>
            <numerusform>%n packet missing</numerusform>
            <numerusform>%n packets missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest %1: %2</source>
        <translation>Manifest %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::MaterialChecklistModel</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defective</translation>
    </message>
    <message>
        <source>Supply later</source>
        <translation>Supply later</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>may be supplied later</source>
        <translation>may be supplied later</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>Supply by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ow::MaterialChecklistView</name>
    <message>
        <source>Space: received, next · D: defective · L: supply later · M: missing · +/−: copies · A: all received</source>
        <translation>Space: received, next · D: defective · L: supply later · M: missing · +/−: copies · A: all received</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not be supplied later: the catalogue requires it now.</source>
        <translation>&quot;%1&quot; may not be supplied later: the catalogue requires it now.</translation>
    </message>
</context>
<context>
    <name>ow::NewTaskDialog</name>
    <message>
        <source>Power of attorney (委托书)</source>
        <translation>Power of attorney (委托书)</translation>
    </message>
    <message>
        <source>New help-agent task</source>
        <translation>New help-agent task</translation>
    </message>
    <message>
        <source>What the applicant needs help with</source>
        <translation>What the applicant needs help with</translation>
    </message>
    <message>
        <source>Departments, e.g. FGJ 项目备案; ZRZY 用地规划许可</source>
        <translation>Departments, e.g. FGJ 项目备案; ZRZY 用地规划许可</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Grantor (applicant):</source>
        <translation>Grantor (applicant):</translation>
    </message>
    <message>
        <source>Grantor&apos;s ID number:</source>
        <translation>Grantor&apos;s ID number:</translation>
    </message>
    <message>
        <source>Grantee:</source>
        <translation>Grantee:</translation>
    </message>
    <message>
        <source>For what:</source>
        <translation>For what:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Applicant:</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>&amp;Requested by:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>D&amp;epartment:</translation>
    </message>
    <message>
        <source>&amp;Sub-steps:</source>
        <translation>&amp;Sub-steps:</translation>
    </message>
    <message>
        <source>&amp;Working days:</source>
        <translation>&amp;Working days:</translation>
    </message>
</context>
<context>
    <name>ow::PeriodPicker</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>ow::RatingDialog</name>
    <message>
        <source>Rate our service</source>
        <translation>Rate our service</translation>
    </message>
</context>
<context>
    <name>ow::RatingFollowUpScreen</name>
    <message>
        <source>File &amp;appeal</source>
        <translation>File &amp;appeal</translation>
    </message>
    <message>
        <source>&amp;Uphold</source>
        <translation>&amp;Uphold</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Bad ratings: follow-ups and appeals</source>
        <translation>Bad ratings: follow-ups and appeals</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>A bad rating&apos;s follow-up is due this many working days after the rating; follow-ups opened from now on use it.</source>
        <translation>A bad rating&apos;s follow-up is due this many working days after the rating; follow-ups opened from now on use it.</translation>
    </message>
    <message>
        <source>Follow-up dead&amp;line:</source>
        <translation>Follow-up dead&amp;line:</translation>
    </message>
    <message>
        <source>What was done: whom you called and what they said, what was fixed, how the applicant responded</source>
        <translation>What was done: whom you called and what they said, what was fixed, how the applicant responded</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Why the rating is mistaken or malicious, or why the appeal is upheld or dismissed</source>
        <translation>Why the rating is mistaken or malicious, or why the appeal is upheld or dismissed</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups opened from now on are due in %n working day(s).</source>
        <translation>
            <numerusform>Follow-ups opened from now on are due in %n working day.</numerusform>
            <numerusform>Follow-ups opened from now on are due in %n working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No step recorded yet. Opened on %1, due on %2.</source>
        <translation>No step recorded yet. Opened on %1, due on %2.</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot;</source>
        <translation>Record &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Record step</translation>
    </message>
    <message>
        <source>Choose a follow-up in the list first.</source>
        <translation>Choose a follow-up in the list first.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for case %2.</source>
        <translation>Recorded &quot;%1&quot; for case %2.</translation>
    </message>
    <message>
        <source>Choose a rating in the list first.</source>
        <translation>Choose a rating in the list first.</translation>
    </message>
    <message>
        <source>The appeal was filed; a supervisor decides it.</source>
        <translation>The appeal was filed; a supervisor decides it.</translation>
    </message>
    <message>
        <source>Choose an appeal in the list first.</source>
        <translation>Choose an appeal in the list first.</translation>
    </message>
    <message>
        <source>The appeal was upheld: the rating no longer counts in the satisfaction rate. The rating itself is kept.</source>
        <translation>The appeal was upheld: the rating no longer counts in the satisfaction rate. The rating itself is kept.</translation>
    </message>
    <message>
        <source>The appeal was dismissed: the rating counts.</source>
        <translation>The appeal was dismissed: the rating counts.</translation>
    </message>
</context>
<context>
    <name>ow::RatingLevelsModel</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>ow::RatingScreen</name>
    <message>
        <source>How satisfied are you with our service today?</source>
        <translation>How satisfied are you with our service today?</translation>
    </message>
    <message numerus="yes">
        <source>Anything to tell us? (optional, at most %n characters)</source>
        <translation>
            <numerusform>Anything to tell us? (optional, at most %n characters)</numerusform>
            <numerusform>Anything to tell us? (optional, at most %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit (Enter)</source>
        <translation>Submit (Enter)</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Skip (Esc)</translation>
    </message>
    <message>
        <source>Press 1 to 5 or touch a button, then Enter.</source>
        <translation>Press 1 to 5 or touch a button, then Enter.</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Thank you for your rating.</translation>
    </message>
    <message>
        <source>Choose one of the five levels first (keys 1 to 5).</source>
        <translation>Choose one of the five levels first (keys 1 to 5).</translation>
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
        <translation>Scan the QR code or type the case number, then Enter</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <source>ID number of the applicant or the authorised agent</source>
        <translation>ID number of the applicant or the authorised agent</translation>
    </message>
    <message>
        <source>&amp;Release (F9)</source>
        <translation>&amp;Release (F9)</translation>
    </message>
    <message>
        <source>Hand the result over and record the time.</source>
        <translation>Hand the result over and record the time.</translation>
    </message>
    <message>
        <source>The result was posted to the applicant (邮寄送达): no trip.</source>
        <translation>The result was posted to the applicant (邮寄送达): no trip.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;ID number:</source>
        <translation>Recipient&apos;s &amp;ID number:</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Mailed</translation>
    </message>
    <message>
        <source>Record that the result of case %1 was posted to the applicant?</source>
        <translation>Record that the result of case %1 was posted to the applicant?</translation>
    </message>
    <message>
        <source>There is no case numbered &quot;%1&quot;.</source>
        <translation>There is no case numbered &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose a case from the list or scan its number.</source>
        <translation>Choose a case from the list or scan its number.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Authorised agent: %1</source>
        <translation>Authorised agent: %1</translation>
    </message>
    <message>
        <source>• %1 %2: %3</source>
        <translation>• %1 %2: %3</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Case %1 released.</source>
        <translation>Case %1 released.</translation>
    </message>
    <message>
        <source>Case %1 recorded as posted.</source>
        <translation>Case %1 recorded as posted.</translation>
    </message>
    <message>
        <source>&amp;Same visit as acceptance: no extra trip</source>
        <translation>&amp;Same visit as acceptance: no extra trip</translation>
    </message>
    <message>
        <source>The applicant waited while the case was accepted and decided (马上办): handing the result over now is not another trip.</source>
        <translation>The applicant waited while the case was accepted and decided (马上办): handing the result over now is not another trip.</translation>
    </message>
    <message>
        <source>Posted by mai&amp;l</source>
        <translation>Posted by mai&amp;l</translation>
    </message>
    <message>
        <source>(result not at the window yet)</source>
        <translation>(result not at the window yet)</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 released with %n part(s) of the bundle.</source>
        <translation>
            <numerusform>Case %1 released with %n part of the bundle.</numerusform>
            <numerusform>Case %1 released with %n parts of the bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 recorded as posted with %n part(s) of the bundle.</source>
        <translation>
            <numerusform>Case %1 recorded as posted with %n part of the bundle.</numerusform>
            <numerusform>Case %1 recorded as posted with %n parts of the bundle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ReviewQueueScreen</name>
    <message>
        <source>Only approvers of a department have a review queue.</source>
        <translation>Only approvers of a department have a review queue.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) for %1 at %2, the earliest due first.</source>
        <translation>
            <numerusform>%n case for %1 at %2, the earliest due first.</numerusform>
            <numerusform>%n cases for %1 at %2, the earliest due first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ServerProbe</name>
    <message>
        <source>No server address is set, or it is not a valid address (&quot;%1&quot;).</source>
        <translation>No server address is set, or it is not a valid address (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The server at %1 answers, but its database is not available. Tell the IT administrator.</source>
        <translation>The server at %1 answers, but its database is not available. Tell the IT administrator.</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection: it is not running, or the address is wrong.</source>
        <translation>The server at %1 refused the connection: it is not running, or the address is wrong.</translation>
    </message>
    <message>
        <source>The server name %1 is not known on this network.</source>
        <translation>The server name %1 is not known on this network.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation>The server at %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection.</source>
        <translation>The server at %1 closed the connection.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>The server at %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>The address %1 answers, but not like a OneWindow server. Check the server address in the settings.</source>
        <translation>The address %1 answers, but not like a OneWindow server. Check the server address in the settings.</translation>
    </message>
</context>
<context>
    <name>ow::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The county&apos;s OneWindow server, as the IT office gave it (https://… behind nginx; http://… only inside the hall&apos;s network).</source>
        <translation>The county&apos;s OneWindow server, as the IT office gave it (https://… behind nginx; http://… only inside the hall&apos;s network).</translation>
    </message>
    <message>
        <source>The signed-in user&apos;s place</source>
        <translation>The signed-in user&apos;s place</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without input, so that nobody reads personal data at an empty counter.</source>
        <translation>Lock the screen after this many minutes without input, so that nobody reads personal data at an empty counter.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>P&amp;rinter:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>&amp;Idle lock after:</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://onewindow.example.gov.cn.</source>
        <translation>Enter the server address, e.g. https://onewindow.example.gov.cn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as https://name or http://address:port.</source>
        <translation>&quot;%1&quot; is not a server address. Write it as https://name or http://address:port.</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (not available)</translation>
    </message>
    <message>
        <source>The new language takes effect when OneWindow starts again.</source>
        <translation>The new language takes effect when OneWindow starts again.</translation>
    </message>
    <message>
        <source>Empty: certificates of public CAs only</source>
        <translation>Empty: certificates of public CAs only</translation>
    </message>
    <message>
        <source>Only when the server&apos;s certificate comes from the county&apos;s own CA or is self-signed: the path of that CA&apos;s certificate (PEM), as the IT office gave it, e.g. /etc/onewindow/county-ca.pem.</source>
        <translation>Only when the server&apos;s certificate comes from the county&apos;s own CA or is self-signed: the path of that CA&apos;s certificate (PEM), as the IT office gave it, e.g. /etc/onewindow/county-ca.pem.</translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation>&amp;CA certificate file:</translation>
    </message>
</context>
<context>
    <name>ow::SignInDialog</name>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Sign in to OneWindow</source>
        <translation>Sign in to OneWindow</translation>
    </message>
    <message>
        <source>only if you use an authenticator app</source>
        <translation>only if you use an authenticator app</translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Enter your password to go on, or sign in as someone else from the File menu afterwards.</source>
        <translation>The screen was locked after a while without use. Enter your password to go on, or sign in as someone else from the File menu afterwards.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;One-time code:</translation>
    </message>
    <message numerus="yes">
        <source>This is your first sign-in: choose a new password. It needs at least %n characters from three of: lower-case letters, capitals, digits, other signs.</source>
        <translation>
            <numerusform>This is your first sign-in: choose a new password. It needs at least %n characters from three of: lower-case letters, capitals, digits, other signs.</numerusform>
            <numerusform>This is your first sign-in: choose a new password. It needs at least %n characters from three of: lower-case letters, capitals, digits, other signs.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Your role signs in with a second factor. Scan this code with an authenticator app on your phone (or type the key below into it), then enter the 6-digit code it shows.</source>
        <translation>Your role signs in with a second factor. Scan this code with an authenticator app on your phone (or type the key below into it), then enter the 6-digit code it shows.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;Code shown:</source>
        <translation>&amp;Code shown:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit OneWindow</source>
        <translation>&amp;Quit OneWindow</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>Set &amp;password</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>The two new passwords differ: type the same one twice.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code the authenticator app shows.</source>
        <translation>Enter the 6-digit code the authenticator app shows.</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR code for the authenticator app</translation>
    </message>
</context>
<context>
    <name>ow::StatisticsLoader</name>
    <message>
        <source>Cannot open the store for statistics.</source>
        <translation>Cannot open the store for statistics.</translation>
    </message>
</context>
<context>
    <name>ow::StatisticsSeriesModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>ow::StatisticsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ow::SyncIssueModel</name>
    <message>
        <source>Intake of a new case</source>
        <translation>Intake of a new case</translation>
    </message>
    <message>
        <source>The server does not have this case. Check the case with the applicant and tell the IT administrator; the case stays on this device only.</source>
        <translation>The server does not have this case. Check the case with the applicant and tell the IT administrator; the case stays on this device only.</translation>
    </message>
    <message>
        <source>Open the case and check it; if the move is still needed, make it again. Tell the IT administrator if this repeats.</source>
        <translation>Open the case and check it; if the move is still needed, make it again. Tell the IT administrator if this repeats.</translation>
    </message>
    <message>
        <source>The case is already closed (%1) on the server, so your move was not made. Tell the applicant if it concerns them; nothing else to do.</source>
        <translation>The case is already closed (%1) on the server, so your move was not made. Tell the applicant if it concerns them; nothing else to do.</translation>
    </message>
    <message>
        <source>Someone else moved the case first: it is now &quot;%1&quot;. Open the case, check what happened and make the move again if it still applies.</source>
        <translation>Someone else moved the case first: it is now &quot;%1&quot;. Open the case, check what happened and make the move again if it still applies.</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(not on this device)</translation>
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
        <translation>Case %1
Attempted: %2 (%3)
Server&apos;s reason: %4
On the server the case is: %5
What you can do: %6</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Attempted</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Server&apos;s reason</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>State on the server</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>What you can do</translation>
    </message>
</context>
<context>
    <name>ow::SyncPanel</name>
    <message>
        <source>&amp;Sync now (F5)</source>
        <translation>&amp;Sync now (F5)</translation>
    </message>
    <message>
        <source>&amp;Enroll this device…</source>
        <translation>&amp;Enroll this device…</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync with the server&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sync with the server&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>Queued changes:</source>
        <translation>Queued changes:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Last error:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes the server refused&lt;/b&gt; — conflicts and rejections. Select one to see why and what to do.</source>
        <translation>&lt;b&gt;Changes the server refused&lt;/b&gt; — conflicts and rejections. Select one to see why and what to do.</translation>
    </message>
    <message>
        <source>No change was refused by the server.</source>
        <translation>No change was refused by the server.</translation>
    </message>
    <message>
        <source>Not enrolled: work stays on this device</source>
        <translation>Not enrolled: work stays on this device</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>none: everything was sent</source>
        <translation>none: everything was sent</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the server&apos;s by %n minute(s). Dates on receipts and case numbers come from this clock: ask the IT administrator to set it right.</source>
        <translation>
            <numerusform>This computer&apos;s clock differs from the server&apos;s by %n minute. Dates on receipts and case numbers come from this clock: ask the IT administrator to set it right.</numerusform>
            <numerusform>This computer&apos;s clock differs from the server&apos;s by %n minutes. Dates on receipts and case numbers come from this clock: ask the IT administrator to set it right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate applications (%n):</source>
        <translation>
            <numerusform>Possible duplicate applications (%n):</numerusform>
            <numerusform>Possible duplicate applications (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::TaskBoardModel</name>
    <message>
        <source>Claimed on this device; the server has not confirmed the claim yet.</source>
        <translation>Claimed on this device; the server has not confirmed the claim yet.</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1.</source>
        <translation>Overdue: it was due on %1.</translation>
    </message>
    <message>
        <source>Due soon: by %1.</source>
        <translation>Due soon: by %1.</translation>
    </message>
    <message>
        <source>%1 (not yet confirmed)</source>
        <translation>%1 (not yet confirmed)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1 (due soon)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>ow::TaskBoardScreen</name>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>&amp;Release to pool</source>
        <translation>&amp;Release to pool</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>Add &amp;progress…</source>
        <translation>Add &amp;progress…</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>Co&amp;mplete…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No tasks in “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No tasks in “%1”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 by %2 (claimed on this device; not yet confirmed by the server)</source>
        <translation>%1 by %2 (claimed on this device; not yet confirmed by the server)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n working day)</numerusform>
            <numerusform>%1 (%n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>%1 (%2) authorises %3: %4; valid until %5</source>
        <translation>%1 (%2) authorises %3: %4; valid until %5</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Release to the pool</source>
        <translation>Release to the pool</translation>
    </message>
    <message>
        <source>Why is the task taken from its agent?</source>
        <translation>Why is the task taken from its agent?</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Complete the task</translation>
    </message>
    <message>
        <source>The outcome: what did the applicant get?</source>
        <translation>The outcome: what did the applicant get?</translation>
    </message>
    <message>
        <source>Return the task</source>
        <translation>Return the task</translation>
    </message>
    <message>
        <source>Why can the task not be done?</source>
        <translation>Why can the task not be done?</translation>
    </message>
    <message>
        <source>Task created: %1</source>
        <translation>Task created: %1</translation>
    </message>
    <message>
        <source>%1 gave you “%2”</source>
        <translation>%1 gave you “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n of your task(s) due by %1 or overdue.</source>
        <translation>
            <numerusform>%n of your task due by %1 or overdue.</numerusform>
            <numerusform>%n of your tasks due by %1 or overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::TaskHandoverDialog</name>
    <message>
        <source>Hand the task over</source>
        <translation>Hand the task over</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>ow::TaskProgressDialog</name>
    <message>
        <source>Add progress</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(no step)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>&amp;Department sub-step:</source>
        <translation>&amp;Department sub-step:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;What was done:</translation>
    </message>
</context>
</TS>
