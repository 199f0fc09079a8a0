#include "caseurgencyproxy.h"

#include "domain/duestatus.h"
#include "items/caselistmodel.h"

#include <QBrush>
#include <QColor>

namespace ow {

CaseUrgencyProxy::CaseUrgencyProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

CaseUrgencyProxy::~CaseUrgencyProxy() = default;

QVariant CaseUrgencyProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole)
        return QIdentityProxyModel::data(index, role);
    const int urgency = QIdentityProxyModel::data(index, CaseListModel::UrgencyRole).toInt();
    // Light backgrounds with dark text keep the contrast readable (WCAG AA) in both.
    switch (urgency) {
    case DueStatus::NearDue:
        return role == Qt::BackgroundRole ? QBrush(QColor(0xff, 0xf1, 0xb8))
                                          : QBrush(QColor(0x5c, 0x43, 0x00));
    case DueStatus::Overdue:
        return role == Qt::BackgroundRole ? QBrush(QColor(0xfd, 0xd8, 0xd5))
                                          : QBrush(QColor(0x8a, 0x10, 0x10));
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace ow
