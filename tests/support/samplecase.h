#pragma once

// The facts of one realistic case, shared by the document tests.
#include "domain/casedocument.h"

#include <QDate>
#include <QString>

namespace sample {

inline const QString kResidentId = QStringLiteral("62102119850612003X");
inline const QString kMaskedResidentId = QStringLiteral("621021********003X");
inline const QString kCreditCode = QStringLiteral("91620102MA71AB3C2P");
inline const QString kMaskedCreditCode = QStringLiteral("916201********3C2P");
inline const QString kPhone = QStringLiteral("13893912345");
inline const QString kMaskedPhone = QStringLiteral("138****2345");
inline const QString kCaseNumber = QStringLiteral("621221101-20261130-A3-0042");
inline const QString kLegalBasis = QStringLiteral("《食品经营许可和备案管理办法》第十三条");

inline ow::DocumentFacts licensingFacts()
{
    using ow::DocumentMaterial;
    using Status = DocumentMaterial::Status;
    ow::DocumentFacts facts;
    facts.hallName = QStringLiteral("礼县政务服务中心");
    facts.hallAddress = QStringLiteral("甘肃省陇南市礼县城关镇建设路88号");
    facts.hallPhone = QStringLiteral("0939-4421234");
    facts.authorityName = QStringLiteral("礼县市场监督管理局");
    facts.staffName = QStringLiteral("王晓燕");
    facts.caseNumber = kCaseNumber;
    facts.itemName = QStringLiteral("食品经营许可");
    facts.itemCode = QStringLiteral("621226-SCJG-017");
    facts.itemKind = ow::ItemKind::Licensing;
    facts.legalBasis = kLegalBasis;
    facts.applicantKind = ow::DocumentFacts::ApplicantKind::Person;
    facts.applicantName = QStringLiteral("李建国");
    facts.applicantIdNumber = kResidentId;
    facts.applicantPhone = kPhone;
    facts.materials = {
            {QStringLiteral("食品经营许可申请书"), Status::ReceivedOriginal, 1, {}, {}},
            {QStringLiteral("营业执照"), Status::ReceivedCopy, 1, {}, {}},
            {QStringLiteral("经营场所平面图"),
             Status::Defective,
             1,
             QStringLiteral("未标注操作间面积，请重新绘制"),
             {}},
            {QStringLiteral("食品安全管理制度文本"), Status::Missing, 0, {}, {}},
            {QStringLiteral("从业人员健康证明"), Status::Deferred, 0, {}, QDate(2026, 12, 10)},
    };
    facts.receivedOn = QDate(2026, 11, 30);
    facts.acceptedOn = QDate(2026, 11, 30);
    facts.promisedDays = 5;
    facts.dueOn = QDate(2026, 12, 7);
    facts.decidedOn = QDate(2026, 12, 4);
    facts.reason = QStringLiteral("经现场核查，经营场所与污染源的距离不足二十五米，不符合食品经营"
                                  "场所的设置要求。");
    facts.suspendedFrom = QDate(2026, 12, 2);
    facts.suspensionDays = 10;
    facts.suspensionEndsOn = QDate(2026, 12, 15);
    facts.reviewAuthority = QStringLiteral("礼县人民政府");
    facts.court = QStringLiteral("礼县人民法院");
    return facts;
}

// A public-service item applied for by an enterprise: no licensing article applies.
inline ow::DocumentFacts publicServiceFacts()
{
    ow::DocumentFacts facts = licensingFacts();
    facts.itemName = QStringLiteral("就业创业证申领");
    facts.itemCode = QStringLiteral("621226-RSJ-004");
    facts.itemKind = ow::ItemKind::PublicService;
    facts.legalBasis = QStringLiteral("《就业服务与就业管理规定》第六十二条");
    facts.authorityName = QStringLiteral("礼县人力资源和社会保障局");
    facts.applicantKind = ow::DocumentFacts::ApplicantKind::Organisation;
    facts.applicantName = QStringLiteral("礼县兴农果业有限公司");
    facts.applicantIdNumber = kCreditCode;
    return facts;
}

} // namespace sample
