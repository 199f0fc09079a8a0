#include "catalogsearch.h"

#include "pinyinindex.h"

#include <QRegularExpression>

namespace ow {

namespace {

bool isAsciiAlnum(const QString &term)
{
    for (const QChar c : term) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return !term.isEmpty();
}

} // namespace

CatalogSearch::Key CatalogSearch::keyFor(const ServiceItem &item, const QString &departmentName)
{
    Key key;
    key.name = item.name.toCaseFolded();
    key.code = item.code.toCaseFolded();
    key.departmentCode = item.departmentCode.toCaseFolded();
    key.departmentName = departmentName.toCaseFolded();
    key.initials = PinyinIndex::initialsVariants(item.name);
    return key;
}

QList<CatalogSearch::Key> CatalogSearch::keysFor(const Catalog &catalog)
{
    QHash<QString, QString> departmentNames;
    for (const Department &d : catalog.departments)
        departmentNames.insert(d.code, d.name);
    QList<Key> keys;
    keys.reserve(catalog.items.size());
    for (const ServiceItem &item : catalog.items)
        keys.append(keyFor(item, departmentNames.value(item.departmentCode)));
    return keys;
}

CatalogSearch::CatalogSearch(const Filter &filter)
    : m_filter(filter)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    m_terms = filter.text.toCaseFolded().split(whitespace, Qt::SkipEmptyParts);
    for (const QString &term : std::as_const(m_terms))
        m_initialsTerms.append(isAsciiAlnum(term));
}

bool CatalogSearch::isEmpty() const
{
    return m_terms.isEmpty() && m_filter.departmentCode.isEmpty() && !m_filter.immediateOnly
            && !m_filter.onlineOnly && !m_filter.nearbyOnly && !m_filter.oneTripOnly
            && !m_filter.townshipOnly;
}

bool CatalogSearch::matches(const ServiceItem &item, const Key &key) const
{
    return matchesFilters(item) && matchesText(key);
}

bool CatalogSearch::matchesFilters(const ServiceItem &item) const
{
    if (!m_filter.departmentCode.isEmpty() && item.departmentCode != m_filter.departmentCode)
        return false;
    return (!m_filter.immediateOnly || item.immediate) && (!m_filter.onlineOnly || item.online)
            && (!m_filter.nearbyOnly || item.nearby) && (!m_filter.oneTripOnly || item.oneTrip)
            && (!m_filter.townshipOnly || item.townshipAcceptable);
}

bool CatalogSearch::matchesText(const Key &key) const
{
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        if (!termMatches(key, m_terms.at(i), m_initialsTerms.at(i)))
            return false;
    }
    return true;
}

bool CatalogSearch::termMatches(const Key &key, const QString &term, bool initialsTerm)
{
    if (key.name.contains(term) || key.code.contains(term) || key.departmentName.contains(term)
        || key.departmentCode.startsWith(term))
        return true;
    if (initialsTerm) {
        for (const QString &variant : key.initials) {
            if (variant.contains(term))
                return true;
        }
    }
    return false;
}

QList<int> CatalogSearch::matchingRows(const Catalog &catalog, const QList<Key> &keys) const
{
    Q_ASSERT(keys.size() == catalog.items.size());
    QList<int> rows;
    for (qsizetype i = 0; i < catalog.items.size() && i < keys.size(); ++i) {
        if (matches(catalog.items.at(i), keys.at(i)))
            rows.append(int(i));
    }
    return rows;
}

} // namespace ow
