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
    <name>AuditLog</name>
    <message>
        <source>record the audit trail</source>
        <translation>record the audit trail</translation>
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
        <source>Case %1 of this bundle is not decided yet; the results are released together.</source>
        <translation>Case %1 of this bundle is not decided yet; the results are released together.</translation>
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
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
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
        <source>&amp;Mailed</source>
        <translation>&amp;Mailed</translation>
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
</TS>
