#include "catalogfilterproxy.h"

#include "catalogitemmodel.h"

namespace ow {

CatalogFilterProxy::CatalogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
}

CatalogFilterProxy::~CatalogFilterProxy() = default;

void CatalogFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = qobject_cast<CatalogItemModel *>(sourceModel);
    Q_ASSERT_X(m_catalog || !sourceModel, "CatalogFilterProxy",
               "source must be a CatalogItemModel");
    // Keys first: the proxy's own reset handling runs after this and filters with them.
    if (m_catalog) {
        connect(m_catalog, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_keys.clear(); });
        connect(m_catalog, &QAbstractItemModel::modelReset, this, [this] {
            rebuildKeys();
            invalidateFilter();
        });
    }
    rebuildKeys();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void CatalogFilterProxy::rebuildKeys()
{
    m_keys = m_catalog ? CatalogSearch::keysFor(m_catalog->catalog()) : QList<CatalogSearch::Key>();
}

void CatalogFilterProxy::setFilter(const CatalogSearch::Filter &filter)
{
    m_filter = filter;
    m_search = CatalogSearch(filter);
    invalidateFilter();
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_catalog || sourceRow >= m_keys.size())
        return false;
    const ServiceItem *item = m_catalog->itemAt(sourceRow);
    return item && m_search.matches(*item, m_keys.at(sourceRow));
}

} // namespace ow
