#pragma once

#include "serviceitem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// The one catalogue search, used by the client's item proxy model and by the server: a text
// query matched against an item's name, code, department (name or code) and the pinyin
// initials of its name, plus filters by department and by the 四办 and township flags.
// Build a CatalogSearch once per query (each keystroke) and Keys once per catalogue.
class CatalogSearch final
{
public:
    struct Filter
    {
        QString text;           // whitespace-separated terms; every term must match
        QString departmentCode; // empty: every department
        bool immediateOnly = false;
        bool onlineOnly = false;
        bool nearbyOnly = false;
        bool oneTripOnly = false;
        bool townshipOnly = false;
    };

    // What matching needs of one item, folded and precomputed.
    struct Key
    {
        QString name;           // case-folded
        QString code;           // case-folded
        QString departmentCode; // case-folded
        QString departmentName; // case-folded
        QStringList initials;   // PinyinIndex::initialsVariants of the name
    };

    static Key keyFor(const ServiceItem &item, const QString &departmentName);
    static QList<Key> keysFor(const Catalog &catalog); // parallel to catalog.items

    CatalogSearch() = default;
    explicit CatalogSearch(const Filter &filter);

    const Filter &filter() const { return m_filter; }
    bool isEmpty() const; // matches every item

    bool matches(const ServiceItem &item, const Key &key) const;
    bool matchesText(const Key &key) const;
    bool matchesFilters(const ServiceItem &item) const;

    // Indexes into catalog.items of the matching items, in catalogue order.
    QList<int> matchingRows(const Catalog &catalog, const QList<Key> &keys) const;

private:
    static bool termMatches(const Key &key, const QString &term, bool initialsTerm);

    Filter m_filter;
    QStringList m_terms;         // case-folded
    QList<bool> m_initialsTerms; // whether the term may be pinyin initials (ASCII letters/digits)
};

} // namespace ow
