#pragma once

#include <QString>
#include <QStringList>

namespace ow {

// Pinyin initials of Han text, for search by initials (qysl finds 企业设立登记). The table
// (resources/pinyin/initials.txt, from go-pinyin) is loaded once, on first use, from
// :/data/pinyin/initials.txt; all functions are thread-safe.
class PinyinIndex final
{
public:
    // Every spelling of the text's initials, most common readings first: a polyphonic character
    // (多音字) multiplies them (银行 → "yx", "yh"), up to maxVariants. Letters and digits that
    // are not Han are kept, lower-cased; spaces and punctuation are dropped.
    static QStringList initialsVariants(const QString &text, int maxVariants = 64);

    // Whether query (letters and digits; case, spaces and punctuation ignored) occurs in some
    // spelling of the text's initials. Not capped: every reading of every character counts.
    static bool matchesInitials(const QString &text, const QString &query);

    // The initial letters of all readings of one character, most common first ("zct" for 重);
    // empty when the table has no reading for it.
    static QString initialsOf(char32_t codePoint);
    static bool contains(char32_t codePoint);
    static int size(); // code points in the table; 0 when the table could not be loaded
};

} // namespace ow
