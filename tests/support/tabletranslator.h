#pragma once

// A QTranslator over a tab-separated table (English source<TAB>translation, '#' comments), for
// one translation context. Tests use it to print documents in Chinese before the strings reach
// the .ts file, and to find source strings that the table does not cover.
#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTranslator>

#include <utility>

class TableTranslator final : public QTranslator
{
public:
    explicit TableTranslator(QString context)
        : m_context(std::move(context))
    { }

    bool loadTable(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            if (tab <= 0)
                return false;
            m_table.insert(line.left(tab), line.mid(tab + 1));
        }
        return !m_table.isEmpty();
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (m_context != QLatin1String(context))
            return {};
        const QString source = QString::fromUtf8(sourceText);
        const auto it = m_table.constFind(source);
        if (it == m_table.constEnd()) {
            m_missing.insert(source);
            return {};
        }
        m_used.insert(source);
        return *it;
    }

    bool isEmpty() const override { return m_table.isEmpty(); }

    QSet<QString> missing() const { return m_missing; }
    QSet<QString> unused() const
    {
        QSet<QString> keys;
        for (auto it = m_table.constBegin(); it != m_table.constEnd(); ++it)
            keys.insert(it.key());
        return keys - m_used;
    }

private:
    QString m_context;
    QHash<QString, QString> m_table;
    mutable QSet<QString> m_missing;
    mutable QSet<QString> m_used;
};
