#pragma once

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace ow::test {

// The Chinese of strings not yet merged into the .ts files, from pending translation lists
// (translations/pending-*.tsv: context, English, Chinese): installed over the app's own
// translation, screenshots show what a Chinese user will see.
class PendingTranslator final : public QTranslator
{
public:
    explicit PendingTranslator(const QStringList &names)
    {
        for (const QString &name : names) {
            QFile file(QStringLiteral(ONEWINDOW_SOURCE_DIR "/translations/") + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QList<QByteArray> parts = line.split('\t');
                if (parts.size() == 3)
                    m_strings.insert(parts[0] + '\x1f' + parts[1], QString::fromUtf8(parts[2]));
            }
        }
    }
    bool isEmpty() const override { return m_strings.isEmpty(); }
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        QString s = m_strings.value(QByteArray(context) + '\x1f' + sourceText);
        if (n >= 0 && !s.isEmpty())
            s.replace(QStringLiteral("%n"), QString::number(n));
        return s;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

} // namespace ow::test
