#include "case.h"

#include "creditcode.h"
#include "residentid.h"

#include <algorithm>

namespace ow {

QString CaseMaterial::statusKey(Status status)
{
    switch (status) {
    case Status::Received:
        return QStringLiteral("received");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Defective:
        return QStringLiteral("defective");
    case Status::Deferred:
        return QStringLiteral("deferred");
    }
    return {};
}

bool CaseMaterial::statusFromKey(const QString &key, Status *status)
{
    for (Status s : {Status::Received, Status::Missing, Status::Defective, Status::Deferred}) {
        if (statusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

bool Case::materialsComplete() const
{
    // Deferred (容缺) materials do not hold up acceptance; missing and defective ones do.
    return std::none_of(materials.cbegin(), materials.cend(), [](const CaseMaterial &m) {
        return m.status == CaseMaterial::Status::Missing
                || m.status == CaseMaterial::Status::Defective;
    });
}

QList<CaseMaterial> Case::outstandingMaterials() const
{
    QList<CaseMaterial> outstanding;
    for (const CaseMaterial &m : materials) {
        if (m.isOutstanding())
            outstanding.append(m);
    }
    return outstanding;
}

QList<CaseMaterial> CaseRules::checklistFor(const ServiceItem &item)
{
    QList<CaseMaterial> list;
    for (const Material &m : item.materials) {
        if (m.requirement == Material::Requirement::NoLongerRequired)
            continue; // 取消证明: never asked for
        CaseMaterial cm;
        cm.name = m.name;
        cm.form = m.form;
        cm.copiesExpected = m.copies;
        cm.requirement = m.requirement;
        cm.status = CaseMaterial::Status::Missing;
        list.append(cm);
    }
    return list;
}

bool CaseRules::mayCollect(const Case &c, const QString &recipientIdNumber)
{
    const auto normalise = [](const QString &id) {
        const auto person = ResidentId::validate(id);
        if (person.isValid())
            return person.normalized;
        const auto enterprise = CreditCode::validate(id);
        return enterprise.isValid() ? enterprise.normalized : QString();
    };
    const QString recipient = normalise(recipientIdNumber);
    if (recipient.isEmpty())
        return false;
    return recipient == normalise(c.applicant.idNumber)
            || (!c.agentIdNumber.isEmpty() && recipient == normalise(c.agentIdNumber));
}

QDate CaseRules::businessDate(const QDateTime &utc)
{
    return BusinessClock::dateOf(utc);
}

QDate CaseRules::supplementDeadline(QDate noticeDay,
                                    const CaseLifecycle::AddWorkingDays &addWorkingDays)
{
    if (!noticeDay.isValid() || !addWorkingDays)
        return {};
    return addWorkingDays(noticeDay, supplementWorkingDays);
}

void CaseRules::setSupplementDeadline(QList<CaseMaterial> &materials, QDate deadline)
{
    for (CaseMaterial &m : materials) {
        const bool toSupply = m.status == CaseMaterial::Status::Missing
                || m.status == CaseMaterial::Status::Defective;
        if (toSupply && !m.supplyBy.isValid())
            m.supplyBy = deadline;
    }
}

bool CaseRules::materialsOverdue(const Case &c, QDate today)
{
    if (!today.isValid())
        return false;
    return std::any_of(c.materials.cbegin(), c.materials.cend(), [&today](const CaseMaterial &m) {
        return m.isOutstanding() && m.supplyBy.isValid() && m.supplyBy < today;
    });
}

QDate CaseRules::earliestDeadline(const Case &c)
{
    QDate earliest;
    for (const CaseMaterial &m : c.materials) {
        if (m.isOutstanding() && m.supplyBy.isValid()
            && (!earliest.isValid() || m.supplyBy < earliest)) {
            earliest = m.supplyBy;
        }
    }
    return earliest;
}

bool CaseRules::terminationDue(const Case &c, QDate today)
{
    return CaseLifecycle::isTerminable(c.state) && materialsOverdue(c, today);
}

} // namespace ow
