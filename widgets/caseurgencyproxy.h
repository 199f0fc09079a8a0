#pragma once

#include <QIdentityProxyModel>

namespace ow {

// Colours the rows of a case list by their deadline (CaseListModel::UrgencyRole): due soon
// yellow, overdue red. The model says the same in words; colour is never the only sign.
class CaseUrgencyProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseUrgencyProxy)
public:
    explicit CaseUrgencyProxy(QObject *parent = nullptr);
    ~CaseUrgencyProxy() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ow
