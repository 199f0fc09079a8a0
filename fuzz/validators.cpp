// libFuzzer target: the validators every field of intake and every pushed case goes through.
// The input is read as UTF-8 and, to reach the digit paths more often, also as Latin-1.
#include "domain/casenumber.h"
#include "domain/creditcode.h"
#include "domain/phonenumber.h"
#include "domain/residentid.h"

#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

void checkAll(const QString &text)
{
    (void)ow::ResidentId::validate(text, QDate(2026, 11, 29));
    (void)ow::CreditCode::validate(text);
    (void)ow::PhoneNumber::validate(text);
    (void)ow::CaseNumber::parse(text);
    if (text.size() >= 17) {
        (void)ow::ResidentId::checkCharacter(QStringView(text).left(17));
        (void)ow::CreditCode::checkCharacter(QStringView(text).left(17));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *chars = reinterpret_cast<const char *>(data);
    checkAll(QString::fromUtf8(chars, qsizetype(size)));
    checkAll(QString::fromLatin1(chars, qsizetype(size)));
    return 0;
}
