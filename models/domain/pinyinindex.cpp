#include "pinyinindex.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QStringView>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace ow {

namespace {

Q_LOGGING_CATEGORY(lcPinyin, "ow.pinyin")

// The initials of one character: a bit per letter for matching, and the letters in table order
// (most common reading first) for spelling variants.
struct Entry
{
    quint32 mask = 0;
    quint8 count = 0;
    std::array<char, 7> letters{};
};

struct Table
{
    QHash<char32_t, Entry> entries;
};

Table loadTable()
{
    Table table;
    QFile file(u":/data/pinyin/initials.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPinyin) << "cannot open" << file.fileName() << "- initials search disabled";
        return table;
    }
    const QByteArray data = file.readAll();
    table.entries.reserve(42000);
    for (const QByteArray &rawLine : data.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> tokens = line.split(' ');
        bool ok = false;
        char32_t codePoint = tokens.first().toUInt(&ok, 16);
        if (!ok) {
            qCWarning(lcPinyin) << "bad line in initials table:" << line.left(40);
            continue;
        }
        for (qsizetype i = 1; i < tokens.size(); ++i, ++codePoint) {
            const QByteArray &token = tokens.at(i);
            if (token == ".")
                continue;
            Entry entry;
            for (const char letter : token) {
                if (letter < 'a' || letter > 'z' || entry.count == entry.letters.size())
                    continue;
                entry.mask |= 1u << (letter - 'a');
                entry.letters[entry.count++] = letter;
            }
            if (entry.count > 0)
                table.entries.insert(codePoint, entry);
        }
    }
    return table;
}

const Table &table()
{
    static const Table instance = loadTable(); // C++11 guarantees one thread-safe initialisation
    return instance;
}

// What one position of the text may match: the initials of a Han character, or one other letter
// or digit (lower-cased). Spaces and punctuation have no position.
struct Position
{
    const Entry *entry = nullptr;
    char32_t other = 0;
};

QList<Position> positionsOf(const QString &text)
{
    const Table &t = table();
    QList<Position> positions;
    positions.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        const auto it = t.entries.constFind(c);
        if (it != t.entries.cend())
            positions.append({&it.value(), 0});
        else if (QChar::isLetterOrNumber(c))
            positions.append({nullptr, QChar::toLower(c)});
    }
    return positions;
}

bool positionMatches(const Position &position, char32_t queryChar)
{
    if (position.entry) {
        return queryChar >= U'a' && queryChar <= U'z'
                && (position.entry->mask & (1u << (queryChar - U'a')));
    }
    return position.other == queryChar;
}

} // namespace

QStringList PinyinIndex::initialsVariants(const QString &text, int maxVariants)
{
    const QList<Position> positions = positionsOf(text);
    if (positions.isEmpty() || maxVariants < 1)
        return {};
    QStringList variants{QString()};
    for (const Position &p : positions) {
        if (!p.entry) {
            const QString other = QString::fromUcs4(&p.other, 1);
            for (QString &v : variants)
                v += other;
            continue;
        }
        // Option-major order keeps every variant of the most common reading when the cap bites.
        QStringList next;
        next.reserve(qMin<qsizetype>(maxVariants, variants.size() * p.entry->count));
        for (int option = 0; option < p.entry->count; ++option) {
            const QChar letter = QLatin1Char(p.entry->letters[option]);
            for (const QString &v : std::as_const(variants)) {
                if (next.size() >= maxVariants)
                    break;
                next.append(v + letter);
            }
        }
        variants = std::move(next);
    }
    return variants;
}

bool PinyinIndex::matchesInitials(const QString &text, const QString &query)
{
    QList<char32_t> needle;
    for (const char32_t c : QStringView(query).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            needle.append(QChar::toLower(c));
    }
    if (needle.isEmpty())
        return true;
    const QList<Position> positions = positionsOf(text);
    for (qsizetype start = 0; start + needle.size() <= positions.size(); ++start) {
        qsizetype j = 0;
        while (j < needle.size() && positionMatches(positions.at(start + j), needle.at(j)))
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

QString PinyinIndex::initialsOf(char32_t codePoint)
{
    const auto it = table().entries.constFind(codePoint);
    if (it == table().entries.cend())
        return {};
    return QString::fromLatin1(it->letters.data(), it->count);
}

bool PinyinIndex::contains(char32_t codePoint)
{
    return table().entries.contains(codePoint);
}

int PinyinIndex::size()
{
    return int(table().entries.size());
}

} // namespace ow
