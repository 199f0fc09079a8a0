#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace ow {

// Puts the clerk's recently used catalogue items first (newest first) and keeps every other
// row in its source order. Stacks on a CatalogItemModel or a CatalogFilterProxy; rows are
// told apart by CatalogItemModel::ItemCodeRole.
class RecentFirstProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFirstProxy)
public:
    explicit RecentFirstProxy(QObject *parent = nullptr);
    ~RecentFirstProxy() override;

    void setRecentCodes(const QStringList &codes);
    QStringList recentCodes() const { return m_codes; }
    bool isRecent(const QModelIndex &index) const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int rank(const QModelIndex &sourceIndex) const;

    QStringList m_codes;
    QHash<QString, int> m_rank;
};

} // namespace ow
