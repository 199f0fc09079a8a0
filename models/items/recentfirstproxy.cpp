#include "recentfirstproxy.h"

#include "catalogitemmodel.h"

#include <limits>

namespace ow {

RecentFirstProxy::RecentFirstProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

RecentFirstProxy::~RecentFirstProxy() = default;

void RecentFirstProxy::setRecentCodes(const QStringList &codes)
{
    m_codes = codes;
    m_rank.clear();
    for (int i = 0; i < codes.size(); ++i)
        m_rank.insert(codes[i], i);
    invalidate();
    sort(0, Qt::AscendingOrder);
}

int RecentFirstProxy::rank(const QModelIndex &sourceIndex) const
{
    const QString code
            = sourceIndex.siblingAtColumn(0).data(CatalogItemModel::ItemCodeRole).toString();
    return m_rank.value(code, std::numeric_limits<int>::max());
}

bool RecentFirstProxy::isRecent(const QModelIndex &index) const
{
    return index.isValid() && rank(mapToSource(index)) != std::numeric_limits<int>::max();
}

bool RecentFirstProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = rank(left);
    const int r = rank(right);
    if (l != r)
        return l < r;
    return left.row() < right.row();
}

} // namespace ow
